// Hand annotations, Ukrainian articles of tests/eval/fresh49 (see annotations-en.ts for the locator fields).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = 'країна в назві органу чи посади (country inside an official body\'s or title\'s name)';
const AXIS = 'a front axis named by an adjective';
const RIVER = 'a river';
const RU_MOD = 'Міністерство оборони росії';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-09-23',
    url: 'https://bomok.net/?p=33771',
    notes: 'Stored copy on bomok.net, its headline, standfirst and body as the store gives them; the date line ("23.09.2022"), the repeated headline, the photo label ("Фото: умовне") and the comments block after the body removed. The date is the date line\'s (23 September 2022). Events (Oleksii Hromov, the General Staff): Yatskivka liberated by UA ("встановили контроль над селом Яцьківка"); the positions regained south of Bakhmut (fighting, UA: an advance near a named place), in the headline ("повернули позиції під Бахмутом") and the body. Not events: "звільнили село на Донеччині" (no name), the plan to encircle Bakhmut (an aim), the shelling of "звільнений населений пункт" (no name). Traps: Олексій Громов, Громова. Skipped: the river Оскіл.',
    places: [
      { t: 'Донеччині', all: true, ref: 'donetskOblast' },
      { t: 'Бахмутом', ref: 'bakhmut' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'Яцьківка', ref: 'yatskivka' },
      { t: 'Харківською областю', ref: 'kharkivOblast' },
      { t: 'Бахмута', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Олексій Громов', why: 'person' },
      { t: 'Громова', why: 'person' },
    ],
    skipped: [
      { t: 'Оскіл', why: RIVER },
    ],
    claims: [],
    events: [
      { t: 'Бахмутом', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Олексій Громов', asOf: ['2022-09-23'], note: 'the headline: "повернули позиції під Бахмутом"' },
      { t: 'Яцьківка', ref: 'yatskivka', action: 'liberated', actor: 'UA', claimant: 'Олексій Громов', asOf: ['2022-09-23'], note: '"Українські військові встановили контроль над селом Яцьківка"' },
      { t: 'Бахмута', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Олексій Громов', asOf: ['2022-09-23'], note: '"Сили оборони змогли відновити раніше втрачені позиції на південь від Бахмута"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2023-09-01',
    url: 'https://bahmut.in.ua/okupanty-stverdzhuyut-shho-vidkynuly-zsu-na-kilka-kilometriv-vid-klishhiyivky',
    notes: 'Stored copy on bahmut.in.ua, its headline, subheading and body as the store gives them; the author and date line ("Микола Ситник 09:57, 1 Вересня 2023"), the photo label ("Українські військові") and the last paragraph, cut by the store ("Російський блогер повідомив ... Інший російський блогер п"), removed. The date is the date line\'s (1 September 2023). Events (ISW\'s account of 31 August): the Russians pushing the Ukrainian forces back near Klishchiivka (fighting, RU; headline and body), the Ukrainian offensive near and south of Bakhmut (fighting, UA, twice), the ministry\'s "ЗСУ безрезультатно атакували поблизу Богданівки, Андріївки та Майорського" (fighting, UA, three). Not events: "на південному фланзі міста" (no name), the subheading "Обстановка під Бахмутом". Traps: Інститут вивчення війни, ISW, Ганна Маляр. Skipped: the axis "Бахмутському", України in "Генштаб України", росії in "Міністерство оборони росії".',
    places: [
      { t: 'Кліщіївки', all: true, ref: 'klishchiivka' },
      { t: 'Бахмута', all: true, ref: 'bakhmut' },
      { t: 'Бахмутом', ref: 'bakhmut' },
      { t: 'Богданівки', ref: 'bohdanivka' },
      { t: 'Андріївки', ref: 'andriivka' },
      { t: 'Майорського', ref: 'maiorsk' },
    ],
    traps: [
      { t: 'Інститут вивчення війни', why: 'a think tank' },
      { t: 'ISW', why: 'a think tank' },
      { t: 'Ганна Маляр', why: 'person' },
    ],
    skipped: [
      { t: 'Бахмутському', why: AXIS },
      { t: 'України', why: OFFICIAL + ' ("Генштаб України")' },
      { t: 'росії', why: OFFICIAL + ' ("Міністерство оборони росії")' },
    ],
    claims: [],
    events: [
      { t: 'Кліщіївки', n: 1, ref: 'klishchiivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-08-31'], note: 'the headline: "Окупанти стверджують, що відкинули ЗСУ на кілька кілометрів від Кліщіївки"' },
      { t: 'Бахмута', n: 1, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'ISW', asOf: ['2023-08-31'], note: '"українські війська провели наступальні операції поблизу Бахмута"' },
      { t: 'Кліщіївки', n: 2, ref: 'klishchiivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-08-31'], note: '"росіяни заявляють, що відкинули ЗСУ і повернули втрачені позиції поблизу Кліщіївки"' },
      { t: 'Бахмута', n: 2, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Ганна Маляр', asOf: ['2023-08-31'], note: '"українські війська продовжують вести наступальні дії на південь від Бахмута"' },
      { t: 'Богданівки', ref: 'bohdanivka', action: 'fighting', actor: 'UA', claimant: RU_MOD, asOf: ['2023-08-31'], note: '"ЗСУ безрезультатно атакували поблизу Богданівки"' },
      { t: 'Андріївки', ref: 'andriivka', action: 'fighting', actor: 'UA', claimant: RU_MOD, asOf: ['2023-08-31'], note: '"... Андріївки (10 км на південний захід)"' },
      { t: 'Майорського', ref: 'maiorsk', action: 'fighting', actor: 'UA', claimant: RU_MOD, asOf: ['2023-08-31'], note: '"... та Майорського (17 км на південь)"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2023-12-05',
    url: 'https://fun.my.ua/uk/news/cluster/2023-12-05-khochut-pererizati-logistiku-zsu-barabash-pro-boyi-na-pivnich-vid-avdiyivki',
    notes: 'Stored copy on fun.my.ua (a news aggregator, after Radio Svoboda), its body as the store gives it, up to the last full paragraph; the last paragraph, cut by the store ("Він також повідомив, що окупанти продовжують ш"), removed; the store gives no headline, so the manifest\'s title is made from the URL slug. The date is the URL\'s (5 December 2023). Events (Vitalii Barabash, the day): the fighting around Avdiivka (fighting, RU: "Ворог тисне"), the heavy fighting at Stepove (fighting, RU), Stepove "повністю ... контролюється Збройними силами України" (controls, UA). Not events: "хочуть захопити селище Степове" (an aim), "не контролюють населений пункт" and "селище залишається під контролем" (no name in the clause), "Зараз ворога в Степовому немає" (an absence, not an action). Namesake: this Stepove is the village north-west of Avdiivka, not Stepove of Zaporizhzhia Oblast. Traps: Віталій Барабаш, Барабаш (twice), Радіо Свобода. Skipped: Авдіївської in the administration\'s name, України in "Збройних сил України" and "Збройними силами України".',
    places: [
      { t: 'РФ', ref: 'russia' },
      { t: 'Степове', all: true, ref: 'stepove' },
      { t: 'Авдіївки', all: true, ref: 'avdiivka' },
      { t: 'Степовому', all: true, ref: 'stepove' },
    ],
    traps: [
      { t: 'Віталій Барабаш', why: 'person' },
      { t: 'Барабаш', n: 2, why: 'person' },
      { t: 'Барабаш', n: 3, why: 'person' },
      { t: 'Радіо Свобода', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Авдіївської', why: 'the city inside an administration\'s name' },
      { t: 'України', all: true, why: OFFICIAL + ' ("Збройних сил України")' },
    ],
    claims: [],
    events: [
      { t: 'Авдіївки', n: 2, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-12-05'], note: '"по всій лінії фронту довкола Авдіївки тривають запеклі бої. Ворог тисне"' },
      { t: 'Степовому', n: 1, ref: 'stepove', action: 'fighting', actor: 'RU', claimant: 'Віталій Барабаш', asOf: ['2023-12-05'], note: '"Дуже багато уваги окупанти приділяють саме Степовому, там тривають важкі бої"' },
      { t: 'Степове', n: 3, ref: 'stepove', action: 'controls', actor: 'UA', claimant: 'Віталій Барабаш', asOf: ['2023-12-05'], note: '"Зараз повністю Степове контролюється Збройними силами України"' },
    ],
  },
  {
    file: 'uk-04.txt',
    language: 'uk',
    published: '2023-02-08',
    url: 'https://news.lviv-company.in.ua/na-kreminskomu-napryamku-zaraz-maksimalna-eskalaciya-gajdaj.html',
    notes: 'Stored copy on Львівський портал (news.lviv-company.in.ua, after ФАКТИ ICTV), its headline and body as the store gives them; the rubric ("Україна і світ"), the subscription prompt, the source line ("Джерело ФАКТИ. ICTV") and the time stamp ("2023-02-08 12:13:05") removed. The date is the time stamp\'s (8 February 2023). Event (Serhii Haidai): the Russians "намагаються наступати і в Білогорівці" (fighting, RU). Not events: "Якщо взяти Сватівсько-Кремінський напрямок та Білогорівку" (a frame, not an action on it), the attacks repelled (no name). No claims (small groups "до взводу" are no figure). Namesake: Bilohorivka of Luhansk Oblast near Lysychansk (the Luhansk front of the text), not the Bilohorivka of Donetsk Oblast. Traps: Сергій Гайдай, Гайдай. Skipped: the axes "Кремінському" (twice) and "Сватівсько-Кремінський", Луганської in "Луганської ОВА".',
    places: [
      { t: 'Луганщині', ref: 'luhanskOblast' },
      { t: 'Білогорівку', ref: 'bilohorivka' },
      { t: 'Білогорівці', ref: 'bilohorivka' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'Сергій Гайдай', why: 'person' },
      { t: 'Гайдай', n: 1, why: 'person (the headline)' },
      { t: 'Гайдай', n: 3, why: 'person' },
    ],
    skipped: [
      { t: 'Кремінському', all: true, why: AXIS },
      { t: 'Сватівсько-Кремінський', why: AXIS },
      { t: 'Луганської', why: 'the oblast inside an administration\'s name ("Луганської ОВА")' },
    ],
    claims: [],
    events: [
      { t: 'Білогорівці', ref: 'bilohorivka', action: 'fighting', actor: 'RU', claimant: 'Сергій Гайдай', asOf: ['2023-02-08'], note: '"Гайдай зазначив, що росіяни також намагаються наступати і в Білогорівці"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2023-09-04',
    url: 'https://ua-news.in.ua/ponad-sim-misiaciv-v-okypacii-rf-visokopillia-na-hersonshini-vidznachilo-rik-vid-dnia-zvilnennia',
    notes: 'Stored copy on ua-news.in.ua, its headline and body as the store gives them; the source line ("За інформацією: Суспільне Херсон."), the photo caption with its credit ("Херсонщина. Військові ЗСУ встановлюють прапор України на даху лікарні ... Фото: Олександр Прокудін/Telegram") and the last caption, cut by the store, removed. The date: the body\'s "4 вересня 2023 року виповнився рік" (4 September 2023). Events: Vysokopillia liberated by UA on 4 September 2022 (the headline\'s "рік від дня звільнення" and the body\'s "звільнили Високопілля"), Potomkyne liberated by UA at the end of June 2022, Vysokopillia held by RU "ще понад два місяці" (controls, RU, July–3 September 2022). Not events: "Селище окупували у березні 2022 року" (no name in the clause), the shelling of Zelenodolsk, Serhiivka, Koshove and Velyka Kostromka. Traps: Олександр Прокудін, Ганна Шостак–Кучмяк, Telegram, Facebook. Skipped: Херсонської in "Херсонської ОВА" (the administration\'s name), the hromada in the official\'s title ("керівниця Високопільської територіальної громади").',
    places: [
      { t: 'РФ', all: true, ref: 'russia' },
      { t: 'Високопілля', all: true, ref: 'vysokopillia' },
      { t: 'Херсонщині', ref: 'khersonOblast' },
      { t: 'Херсонської області', ref: 'khersonOblast' },
      { t: 'Потьомкіне', ref: 'potomkyne' },
      { t: 'Високопільської громади', ref: 'vysokopilliaHromada' },
      { t: 'Зеленодольськ', ref: 'zelenodolsk' },
      { t: 'Сергіївку', ref: 'serhiivka' },
      { t: 'Кошове', ref: 'koshove' },
      { t: 'Велику Костромку', ref: 'velykaKostromka' },
    ],
    traps: [
      { t: 'Олександр Прокудін', why: 'person' },
      { t: 'Ганна Шостак–Кучмяк', why: 'person' },
      { t: 'Telegram', why: 'a messenger' },
      { t: 'Facebook', why: 'a social network' },
    ],
    skipped: [
      { t: 'Херсонської', n: 2, why: 'the oblast inside an administration\'s name ("Херсонської ОВА")' },
      { t: 'Високопільської', n: 1, why: 'the hromada inside an official\'s title ("керівниця Високопільської територіальної громади")' },
    ],
    claims: [],
    events: [
      { t: 'Високопілля', n: 1, ref: 'vysokopillia', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-04'], note: 'the headline: "Високопілля на Херсонщині відзначило рік від дня звільнення"' },
      { t: 'Високопілля', n: 2, ref: 'vysokopillia', action: 'liberated', actor: 'UA', claimant: 'Олександр Прокудін', asOf: ['2022-09-04'], note: '"4 вересня 2023 року виповнився рік, як звільнили Високопілля"' },
      { t: 'Потьомкіне', ref: 'potomkyne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-06-20', '2022-06-30'], note: '"Наприкінці червня 2022 року українські військові звільнили Потьомкіне"' },
      { t: 'Високопілля', n: 3, ref: 'vysokopillia', action: 'controls', actor: 'RU', claimant: null, asOf: ['2022-07-01', '2022-09-03'], note: '"А саме селище Високопілля ще понад два місяці утримували у напівоточенні з трьох боків війська РФ"' },
    ],
  },
];
