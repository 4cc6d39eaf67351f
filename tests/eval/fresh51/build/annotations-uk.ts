// Hand annotations, Ukrainian articles of tests/eval/fresh51 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "країна чи область у назві органу (country or oblast inside an official body's name)";
const AXIS = 'назва напрямку прикметником (a front axis named by an adjective)';
const MALIAR = 'Ганна Маляр';
const GENSTAFF = 'Генштаб ЗСУ';
const CHEREVATYI = 'Сергій Череватий';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2023-09-14',
    url: 'https://globalnews.org.ua/2023/09/14/%D0%B1%D0%B0%D1%85%D0%BC%D1%83%D1%82%D1%81%D1%8C%D0%BA%D0%B8%D0%B9-%D0%BD%D0%B0%D0%BF%D1%80%D1%8F%D0%BC%D0%BE%D0%BA-%D0%BC%D0%B0%D0%BB%D1%8F%D1%80-%D0%BF%D0%BE%D0%B2%D1%96%D0%B4%D0%BE%D0%BC%D0%B8',
    notes: 'Stored copy on Global News (globalnews.org.ua), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug, itself cut); a teaser of another article ("Читайте також: «Найперспективніший напрямок». Як змінюється фронт у Запорізькій області?") and the closing block ("Більше новин" and three teasers) removed. The date is the URL\'s and the body\'s (14 September 2023). Events: "Основні бої тривають в районах Андріївки, Курдюмівки, Кліщіївки" (fighting, UA, the side advancing on the southern flank, Maliar), "Андріївка наша" (liberated, UA, Maliar), the General Staff\'s "частковий успіх в районах Кліщіївки, Андріївки, Курдюмівки" the day before (fighting, UA). Not events: "намагається повернути втрачені позиції на північному флангу Бахмута" (positions on a flank), "Село Андріївка Бахмутського району розташоване південніше Бахмута" (a location), the namesakes "в Краматорському та Волноваському районах" (locations). No claims. Traps: Ганна Маляр, Маляр (twice). Skipped: "Бахмутському напрямку" (an axis). Hard cases: Андріївка has namesakes in the Kramatorsk and Volnovakha raions, as the text says; "Краматорському" is the Kramatorsk raion with its noun shared ("районах").',
    places: [
      { t: 'Бахмута', all: true, ref: 'bakhmut' },
      { t: 'Андріївки', all: true, ref: 'andriivka' },
      { t: 'Курдюмівки', all: true, ref: 'kurdiumivka' },
      { t: 'Кліщіївки', all: true, ref: 'klishchiivka' },
      { t: 'Андріївка', all: true, ref: 'andriivka' },
      { t: 'Бахмутського району', ref: 'bakhmutRaion' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Краматорському', ref: 'kramatorskRaion' },
      { t: 'Волноваському районах', ref: 'volnovakhaRaion' },
      { t: 'Донеччині', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Ганна Маляр', why: 'person' },
      { t: 'Маляр', n: 2, why: 'person' },
    ],
    skipped: [
      { t: 'Бахмутському напрямку', why: AXIS },
    ],
    claims: [],
    events: [
      { t: 'Андріївки', n: 1, ref: 'andriivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: '"Основні бої тривають в районах Андріївки, Курдюмівки, Кліщіївки" (the southern flank, where "ми успішно просуваємось")' },
      { t: 'Курдюмівки', n: 1, ref: 'kurdiumivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: 'the same list' },
      { t: 'Кліщіївки', n: 1, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: 'the same list' },
      { t: 'Андріївка', n: 1, ref: 'andriivka', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: '"Андріївка наша"' },
      { t: 'Кліщіївки', n: 3, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: GENSTAFF, asOf: ['2023-09-13'], note: '"Напередодні Генштаб повідомив про «частковий успіх в районах Кліщіївки, Андріївки, Курдюмівки»"' },
      { t: 'Андріївки', n: 2, ref: 'andriivka', action: 'fighting', actor: 'UA', claimant: GENSTAFF, asOf: ['2023-09-13'], note: 'the same list' },
      { t: 'Курдюмівки', n: 2, ref: 'kurdiumivka', action: 'fighting', actor: 'UA', claimant: GENSTAFF, asOf: ['2023-09-13'], note: 'the same list' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-04-15',
    url: 'https://patrioty.org.ua/politic/bilshist-budynkiv-bez-dakhiv-ta-shybok-selyshche-rohan-zvilnyly-vid-okupantiv-holova-kharkivskoi-ova-foto-417864.html',
    notes: 'Stored copy on Патріоти України (patrioty.org.ua), its headline and body as the store gives them; the last paragraph, a quotation cut by the store ("... Вже передали майже 2500 наборів\\","), removed. The date is the body\'s ("Про це 15 квітня повідомив"; 15 April 2022, the year of the Kharkiv Oblast Military Administration and of the text\'s Russian occupation). Events: the headline\'s "Селище Рогань звільнили від окупантів" and "повністю звільнили від російських окупантів селище Рогань" (liberated, UA, Syniehubov). No claims ("70% – без вікон", "27 будинків" are damage, not control). Traps: Олег Синєгубов, "Патріоти України" (the outlet). Skipped: "Харківської ОВА" and "Харківської обласної військової адміністрації" (the oblast in an administration\'s name). Рогань is the urban-type settlement east of Kharkiv (not Mala Rohan, nor Kharkiv\'s Rohan district).',
    places: [
      { t: 'Рогань', all: true, ref: 'rohan' },
      { t: 'Харківській області', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Олег Синєгубов', why: 'person' },
      { t: 'Патріоти України', why: 'the outlet' },
    ],
    skipped: [
      { t: 'Харківської ОВА', why: OFFICIAL },
      { t: 'Харківської обласної військової адміністрації', why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Рогань', n: 1, ref: 'rohan', action: 'liberated', actor: 'UA', claimant: 'Олег Синєгубов', asOf: ['2022-04-15'], note: 'headline: "Селище Рогань звільнили від окупантів"' },
      { t: 'Рогань', n: 2, ref: 'rohan', action: 'liberated', actor: 'UA', claimant: 'Олег Синєгубов', asOf: ['2022-04-15'], note: '"Українські захисники повністю звільнили від російських окупантів селище Рогань"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-08-16',
    url: 'https://amp.dw.com/uk/zsu-zvilnili-urozajne-na-doneccini-minoboroni/a-66545906',
    notes: 'Stored copy on DW Українська (dw.com/uk, its AMP copy), its headline, standfirst and body as the store gives them; the skip links ("Перейти до змісту" ...), the author and date lines ("Віолетта Чайковська", "16 серпня 2023 р."), the photo caption and credit ("Ілюстративне фото українських військових" twice, "Фото: Kin Cheung/AP/picture alliance") and the last paragraph, cut by the store ("... на Бахмутському, Ме"), removed. The date is the date line\'s (Wednesday 16 August 2023). Events (all liberated, UA, 16 August): the headline\'s "ЗСУ звільнили Урожайне", "деокупацію селища Урожайне" (Maliar and the General Staff), "деокупували селище Урожайне у Волноваському районі", Maliar\'s "Урожайне звільнили", the General Staff\'s "опанували населений пункт Урожайне" (the owner rule). Not events: "Наступальні дії тривають" (no name). No claims. Traps: Ганна Маляр (twice). Skipped: "України" in "міністра оборони України" (twice), "Збройні сили України" and "Сил оборони України" (the country in an official\'s title and in the forces\' names). DW Українська is an outlet of fresh42, none of fresh45 … fresh50; the Urozhaine liberation is reported in fresh10 by another outlet (Главред), this text is another.',
    places: [
      { t: 'Урожайне', all: true, ref: 'urozhaine' },
      { t: 'Донеччині', ref: 'donetskOblast' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'Волноваському районі', ref: 'volnovakhaRaion' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Ганна Маляр', all: true, why: 'person' },
    ],
    skipped: [
      { t: 'України', all: true, why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Урожайне', n: 1, ref: 'urozhaine', action: 'liberated', actor: 'UA', claimant: 'міноборони', asOf: ['2023-08-16'], note: 'headline: "ЗСУ звільнили Урожайне на Донеччині - міноборони"' },
      { t: 'Урожайне', n: 2, ref: 'urozhaine', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-08-16'], note: '"повідомили про деокупацію селища Урожайне"' },
      { t: 'Урожайне', n: 3, ref: 'urozhaine', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-08-16'], note: '"деокупували селище Урожайне у Волноваському районі"' },
      { t: 'Урожайне', n: 4, ref: 'urozhaine', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-08-16'], note: '"Урожайне звільнили"' },
      { t: 'Урожайне', n: 5, ref: 'urozhaine', action: 'liberated', actor: 'UA', claimant: GENSTAFF, asOf: ['2023-08-16'], note: '"підрозділи Сил оборони України опанували населений пункт Урожайне" (owner rule)' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2022-08-01',
    url: 'https://varta1.com.ua/news/stalo-vidomo-skilki-naselenih-punktiv-hersonshchini-vzhe-zvilnili-ukrayinski-voyini_350958.html',
    notes: 'Stored copy on Варта1 (varta1.com.ua), its headline, standfirst and body as the store gives them; the closing block ("varta1.com.ua: Новини" and the teasers after it) removed. The page carries no date: it is dated 1 August 2022, the day of Butrii\'s briefing that other copies of the same statement give (Радіо Свобода: "на брифінгу 1 серпня"; judgement call). Claims: 46 settlements of Kherson Oblast liberated "З початку вторгнення РФ" (count, UA, the invasion to the briefing) and again in his quotation "на сьогодні вже деокуповано 46" (count, UA, the day). Not events: "у Херсоні окупанти постійно спалюють своїх побратимів" (an act in the city, no control stated), villages "які вже перейшли під контроль України" (no name). Traps: Дмитро Бутрій, Бутрій (twice). Skipped: "Херсонської обласної військової адміністрації" (the oblast in an administration\'s name).',
    places: [
      { t: 'Херсонщини', all: true, ref: 'khersonOblast' },
      { t: 'РФ', ref: 'russia' },
      { t: 'України', all: true, ref: 'ukraine' },
      { t: 'Херсонській області', ref: 'khersonOblast' },
      { t: 'Дніпропетровською областю', ref: 'dnipropetrovskOblast' },
      { t: 'Миколаївською областю', ref: 'mykolaivOblast' },
      { t: 'Херсоні', ref: 'kherson' },
    ],
    traps: [
      { t: 'Дмитро Бутрій', why: 'person' },
      { t: 'Бутрій', n: 2, why: 'person' },
      { t: 'Бутрій', n: 3, why: 'person' },
    ],
    skipped: [
      { t: 'Херсонської обласної військової адміністрації', why: OFFICIAL },
    ],
    claims: [
      { t: '46 населених пунктів', n: 1, kind: 'count', value: 46, unit: 'settlements', holder: 'UA', claimant: 'Дмитро Бутрій', asOf: ['2022-02-24', '2022-08-01'], note: '"З початку вторгнення РФ, захисники України деокупували 46 населених пунктів Херсонщини"' },
      { t: '46 населених пунктів', n: 2, kind: 'count', value: 46, unit: 'settlements', holder: 'UA', claimant: 'Дмитро Бутрій', asOf: ['2022-08-01'], note: '"на сьогодні вже деокуповано 46 населених пунктів"' },
    ],
    events: [],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2023-03-05',
    url: 'https://gordonua.com/ukr/news/war/masovogo-vivedennja-ukrajinskih-vijsk-iz-bahmuta-nemaje-boji-jdut-na-okolitsjah-mista-ndash-cherevatij-1653297.html',
    notes: 'Stored copy on Гордон (gordonua.com, Ukrainian edition), its headline, standfirst and body as the store gives them; the currency and weather bar ("$41.28 €43.46 menu closed menu open weather -1 Київ languages"), the repeated headline, the photo credit ("Фото: ЕРА") and the last paragraph, cut by the store ("... Загалом, за словами Чер"), removed. The page carries no date: it is dated 5 March 2023, the day after the "4 березня" whose fighting it reports (judgement call). Events: the headline\'s "Масового виведення українських військ із Бахмута немає" (withdrew, UA, denied: the reported withdrawal denied), "Українські сили оборони контролюють Бахмут" and "Бахмут контролюють українські сили оборони" (controls, UA), "бойові дії ... вели навколо Бахмута, у селах Васюківка і Дубово-Василівка, Іванівське та Богданівка" (fighting, RU, 4 March; "навколо Бахмута" is its outskirts). Not events: "бої тривають на околицях міста" (twice; no name in the clause), "змінюють позиції у Бахмуті у межах ... ротацій" (rotations, no change of hands), "виведення з міста деяких підрозділів" (no name). No claims. Traps: Череватий (twice), Сергій Череватий, Череватого, CNN. Skipped: "Підрозділи сил оборони України" and "Збройних сил України" (the country in the forces\' names). Гордон is an outlet of fresh43, none of fresh45 … fresh50.',
    places: [
      { t: 'Бахмута', all: true, ref: 'bakhmut' },
      { t: 'Бахмут', all: true, ref: 'bakhmut' },
      { t: 'Бахмуті', ref: 'bakhmut' },
      { t: 'Васюківка', ref: 'vasiukivka' },
      { t: 'Дубово-Василівка', ref: 'dubovoVasylivka' },
      { t: 'Іванівське', ref: 'ivanivske' },
      { t: 'Богданівка', ref: 'bohdanivka' },
    ],
    traps: [
      { t: 'Череватий', n: 1, why: 'person' },
      { t: 'Череватий', n: 2, why: 'person' },
      { t: 'Сергій Череватий', why: 'person' },
      { t: 'Череватого', why: 'person' },
      { t: 'CNN', why: 'an outlet' },
    ],
    skipped: [
      { t: 'України', n: 1, why: OFFICIAL },
      { t: 'України', n: 2, why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Бахмута', n: 1, ref: 'bakhmut', action: 'withdrew', actor: 'UA', claimant: CHEREVATYI, denied: true, asOf: ['2023-03-05'], note: 'headline: "Масового виведення українських військ із Бахмута немає" (the reported withdrawal denied)' },
      { t: 'Бахмут', n: 1, ref: 'bakhmut', action: 'controls', actor: 'UA', claimant: CHEREVATYI, asOf: ['2023-03-05'], note: '"Українські сили оборони контролюють Бахмут"' },
      { t: 'Бахмут', n: 2, ref: 'bakhmut', action: 'controls', actor: 'UA', claimant: CHEREVATYI, asOf: ['2023-03-05'], note: '"Бахмут контролюють українські сили оборони – ЗСУ, Нацгвардія і Держприкордонслужба"' },
      { t: 'Бахмута', n: 2, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: CHEREVATYI, asOf: ['2023-03-04'], note: '"4 березня бойові дії на цьому напрямку вели навколо Бахмута"' },
      { t: 'Васюківка', ref: 'vasiukivka', action: 'fighting', actor: 'RU', claimant: CHEREVATYI, asOf: ['2023-03-04'], note: '"у селах Васюківка і Дубово-Василівка, Іванівське та Богданівка"' },
      { t: 'Дубово-Василівка', ref: 'dubovoVasylivka', action: 'fighting', actor: 'RU', claimant: CHEREVATYI, asOf: ['2023-03-04'], note: 'the same list' },
      { t: 'Іванівське', ref: 'ivanivske', action: 'fighting', actor: 'RU', claimant: CHEREVATYI, asOf: ['2023-03-04'], note: 'the same list' },
      { t: 'Богданівка', ref: 'bohdanivka', action: 'fighting', actor: 'RU', claimant: CHEREVATYI, asOf: ['2023-03-04'], note: 'the same list' },
    ],
  },
];
