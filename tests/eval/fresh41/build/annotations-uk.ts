// Hand annotations, Ukrainian articles of tests/eval/fresh41. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const ARMY = "country inside an army's name";
const AXIS = 'a front axis named by an adjective';
const SYRSKYI = 'Олександр Сирський';
const YEVLASH = 'Ілля Євлаш';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2022-09-12',
    url: 'https://6262.com.ua/amp/news/3460840/nacgvardia-pidtverdila-deokupaciu-svatogirska',
    notes: 'Stored copy on 6262.com.ua (Слов\'янськ), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the repeated sentence ("Це підтвердили у Нацгвардії. На своїй сторінці ...", printed twice) kept once, and the site\'s subscription lines after the body ("Читайте також:", Viber, Instagram, Telegram) removed. The date is the text\'s: the National Guard\'s video of the entry into Sviatohirsk after the General Staff\'s report on the day of 11 September (12 September 2022). Events: "Українські військові зайшли у Святогірськ" and "Підрозділи Нацгвардії, ЗСУ та територіальної оборони зайшли в місто Святогірськ" (entered, UA); "Святогірськ був окупований російськими військами у червні" (captured, RU, June). Not events: the mayor who went over to the occupiers, "У Святогірській громаді поки не прокоментували" (the hromada\'s office), the 20 settlements freed in three oblasts (no settlement named). Claim: "понад 20 населених пунктів" freed "протягом 11 вересня" (count, settlements, UA, the General Staff). Traps: people.',
    places: [
      { t: 'Святогірськ', all: true, ref: 'sviatohirsk' },
      { t: 'Святогірській громаді', ref: 'sviatohirskHromada' },
      { t: 'Харківській', ref: 'kharkivOblast' },
      { t: 'Луганській', ref: 'luhanskOblast' },
      { t: 'Донецькій областях', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Віталієм Марківим', why: 'person' },
      { t: 'Володимир Бандура', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'понад 20 населених пунктів', kind: 'count', value: 20, unit: 'settlements', holder: 'UA', claimant: 'Генштаб', asOf: ['2022-09-11'], note: '"українські військові протягом 11 вересня звільнили понад 20 населених пунктів у Харківській, Луганській та Донецькій областях"' },
    ],
    events: [
      { t: 'Святогірськ', n: 1, ref: 'sviatohirsk', action: 'entered', actor: 'UA', claimant: 'Нацгвардія', asOf: ['2022-09-12'], note: '"Українські військові зайшли у Святогірськ. Це підтвердили у Нацгвардії"' },
      { t: 'Святогірськ', n: 2, ref: 'sviatohirsk', action: 'entered', actor: 'UA', claimant: 'Віталій Марків', asOf: ['2022-09-12'], note: '"Підрозділи Нацгвардії, ЗСУ та територіальної оборони зайшли в місто Святогірськ"' },
      { t: 'Святогірськ', n: 3, ref: 'sviatohirsk', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-06-01', '2022-06-30'], note: '"Святогірськ був окупований російськими військами у червні"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-11-10',
    url: 'https://patrioty.org.ua/politic/kliuchovyi-ukriplenyi-punkt-shcho-prykryvav-shliakh-na-kherson-zsu-vytisnyly-rosiian-zi-snihurivky-na-karta-442999.html',
    notes: 'Stored copy on Патріоти України (patrioty.org.ua), its headline, standfirst and body as the store gives them, up to the last full sentence (the next, "Крім того, ворог почав виходити з багатьох ділян", is cut by the store and removed). The date is the text\'s ("Сьогодні, 10 листопада 2022 року"). Events: "ЗСУ витіснили росіян зі Снігурівки" (the headline: liberated, UA, Ukraine retaking its own town); "Російські окупаційні війська відступили з ... міста Снігурівка" and DeepState\'s "ворог покинув Снігурівку" (withdrew, RU); "Інформація про звільнення Снігурівки з’являлась неодноразово" and "було звільнено населений пункт Снігурівка силами 131 окремого розвідувального батальйону" (liberated, UA); "Аналогічно як і в Давидовому Броді місяць тому, ворог покинув ..." (withdrew, RU, at Davydiv Brid a month before); "ЗСУ просунулися в Калинівку та в південну частину Дудчан" (entered, UA; Dudchany part). Not events: Snihurivka made a fortified district (no change of hands), its residents applauding. Traps: the outlet, DeepState. Skipped: the Dnipro, the R-81 road.',
    places: [
      { t: 'Херсон', ref: 'kherson' },
      { t: 'Херсону', ref: 'kherson' },
      { t: 'Снігурівки', all: true, ref: 'snihurivka' },
      { t: 'Снігурівку', all: true, ref: 'snihurivka' },
      { t: 'Снігурівка', all: true, ref: 'snihurivka' },
      { t: 'Миколаївської області', ref: 'mykolaivOblast' },
      { t: 'Україні', all: true, ref: 'ukraine' },
      { t: 'Давидовому Броді', ref: 'davydivBrid' },
      { t: 'Калинівку', ref: 'kalynivkaKherson' },
      { t: 'Дудчан', ref: 'dudchany' },
    ],
    traps: [
      { t: 'Патріоти України', why: 'the outlet' },
      { t: 'DeepState', why: 'OSINT project' },
    ],
    skipped: [
      { t: 'Дніпра', why: 'a river (правобережжі Дніпра)' },
      { t: 'Р-81', why: 'a road (траси Р-81)' },
    ],
    claims: [],
    events: [
      { t: 'Снігурівки', n: 1, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-11-10'], note: 'the headline: "ЗСУ витіснили росіян зі Снігурівки" (Ukraine retaking its own town)' },
      { t: 'Снігурівка', n: 1, ref: 'snihurivka', action: 'withdrew', actor: 'RU', claimant: null, asOf: ['2022-11-10'], note: '"Російські окупаційні війська відступили з одного з ключових пунктів своєї оборони ... - міста Снігурівка Миколаївської області"' },
      { t: 'Снігурівки', n: 2, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-11-09', '2022-11-10'], note: '"Інформація про звільнення Снігурівки з’являлась неодноразово впродовж останньої доби"' },
      { t: 'Снігурівка', n: 2, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: '131 окремий розвідувальний батальйон', asOf: ['2022-11-10'], note: '"Сьогодні, 10 листопада 2022 року, було звільнено населений пункт Снігурівка силами 131 окремого розвідувального батальйону"' },
      { t: 'Давидовому Броді', ref: 'davydivBrid', action: 'withdrew', actor: 'RU', claimant: 'DeepState', asOf: ['2022-10-10'], note: '"Аналогічно як і в Давидовому Броді місяць тому, ворог покинув Снігурівку в темну пору доби" (the enemy left Davydiv Brid a month before)' },
      { t: 'Снігурівку', n: 2, ref: 'snihurivka', action: 'withdrew', actor: 'RU', claimant: 'DeepState', asOf: ['2022-11-10'], note: '"ворог покинув Снігурівку в темну пору доби"' },
      { t: 'Калинівку', ref: 'kalynivkaKherson', action: 'entered', actor: 'UA', claimant: 'DeepState', asOf: ['2022-11-10'], note: '"ЗСУ просунулися в Калинівку"' },
      { t: 'Дудчан', ref: 'dudchany', action: 'entered', actor: 'UA', claimant: 'DeepState', part: true, asOf: ['2022-11-10'], note: '"та в південну частину Дудчан" (the southern part)' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-09-11',
    url: 'https://lb.ua/society/2022/09/11/529041_kozachiy_lopani_bilya_kordonu_z_rf.html',
    notes: 'Stored copy on LB.ua, its headline, standfirst and body as the store gives them; the breadcrumb ("ГоловнаСуспільствоВійна") before the headline, the repeated headline and the photo credit ("Фото: Міськрада Дергачів") after the standfirst, and the closing line ("Читайте головні новини LB.ua в соціальних мережах ...") removed. The date is the URL\'s (11 September 2022). Events: the Ukrainian flag raised in Kozacha Lopan (headline and body: controls, UA, as a flag over a settlement is read), each unconfirmed ("Офіційної інформації від Генштабу про звільнення селища ... наразі немає": denied); Zelenskyy\'s "звільнення смт Чкаловське" (liberated, UA). Not events: "Селище потрапило під окупацію РФ з першого дня вторгнення" (no name: "селище"). Traps: people. Skipped: the Derhachi council\'s adjective in "Дергачівська міська рада" (a body\'s name) and the Kozacha Lopan starosta district\'s adjective ("Козачолопанський старостинський округ", an administrative unit named by an adjective).',
    places: [
      { t: 'Козачій Лопані', all: true, ref: 'kozachaLopan' },
      { t: 'РФ', all: true, ref: 'russia' },
      { t: 'Харківська область', ref: 'kharkivOblast' },
      { t: 'Чкаловське', ref: 'chkalovske' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Володимир Зеленський', why: 'person' },
    ],
    skipped: [
      { t: 'Дергачівська', why: 'a council\'s name ("Дергачівська міська рада")' },
      { t: 'Козачолопанський', why: 'an administrative unit named by an adjective ("Козачолопанський старостинський округ")' },
    ],
    claims: [],
    events: [
      { t: 'Козачій Лопані', n: 1, ref: 'kozachaLopan', action: 'controls', actor: 'UA', claimant: null, denied: true, asOf: ['2022-09-11'], note: 'the headline: "У Козачій Лопані біля кордону з РФ підняли український прапор" (no official confirmation yet)' },
      { t: 'Козачій Лопані', n: 2, ref: 'kozachaLopan', action: 'controls', actor: 'UA', claimant: 'Дергачівська міська рада', denied: true, asOf: ['2022-09-11'], note: '"опублікувала фото підняття українського прапора у Козачій Лопані" ("Офіційної інформації від Генштабу про звільнення селища ... наразі немає")' },
      { t: 'Чкаловське', ref: 'chkalovske', action: 'liberated', actor: 'UA', claimant: 'Володимир Зеленський', asOf: ['2022-09-11'], note: '"Раніше президент Володимир Зеленський повідомив про звільнення смт Чкаловське Харківської області"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-12-11',
    url: 'https://sputnik.net.ua/2023/12/11/okupanty-hochut-zablokuvaty-kupyansk-syrskyj',
    notes: 'Stored copy on sputnik.net.ua, its headline and body as the store gives them, up to the last full sentence (the next subheading, cut by the store to "Бахмутсь", removed). The date is the URL\'s (11 December 2023). Events: the attempts to capture Synkivka, twice (fighting, RU, Syrskyi); the offensive "на напрямках Новоселівське, Стельмахівка, Лиман Перший та у напрямку Сіверська" and the failed assaults "на напрямку Житлівка, Терни" (fighting, RU, at each place named as a direction, as an advance toward a place is read). Not events: the aim to block Kupiansk (headline and body: an aim), the push beyond the Chornyi Zherebets river and from the Serebrianka forestry (no settlement), moving troops from Russia. Traps: Syrskyi. Skipped: the axes named by adjectives (Куп‘янському, Лиманському, Бахмутському, Лиманський), the Chornyi Zherebets river, the Serebrianka forestry.',
    places: [
      { t: 'Куп’янськ', all: true, ref: 'kupiansk' },
      { t: 'Куп’янська', ref: 'kupiansk' },
      { t: 'Синьківка', all: true, ref: 'synkivka' },
      { t: 'Новоселівське', ref: 'novoselivske' },
      { t: 'Стельмахівка', ref: 'stelmakhivka' },
      { t: 'Лиман Перший', ref: 'lymanPershyi' },
      { t: 'Сіверська', ref: 'siversk' },
      { t: 'Житлівка', ref: 'zhytlivka' },
      { t: 'Терни', ref: 'terny' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'Олександр Сирський', why: 'person' },
      { t: 'Сирський', n: 1, why: 'person (the headline)' },
      { t: 'Сирський', n: 3, why: 'person' },
    ],
    skipped: [
      { t: 'Куп‘янському', why: AXIS },
      { t: 'Лиманському', why: AXIS },
      { t: 'Бахмутському', why: AXIS },
      { t: 'Лиманський', why: AXIS + ' (a subheading)' },
      { t: 'Чорний Жеребець', why: 'a river' },
      { t: 'Серебрянського лісництва', why: 'a forestry (a forest, not a settlement)' },
    ],
    claims: [],
    events: [
      { t: 'Синьківка', n: 1, ref: 'synkivka', action: 'fighting', actor: 'RU', claimant: SYRSKYI, asOf: ['2023-12-11'], note: '"намагаючись заблокувати Куп’янськ, намагаються захопити село Синьківка" (attempts)' },
      { t: 'Синьківка', n: 2, ref: 'synkivka', action: 'fighting', actor: 'RU', claimant: SYRSKYI, asOf: ['2023-12-11'], note: '"противник намагається захопити силами штурмових рот населений пункт Синьківка"' },
      { t: 'Новоселівське', ref: 'novoselivske', action: 'fighting', actor: 'RU', claimant: SYRSKYI, asOf: ['2023-12-11'], note: '"активні наступальні дії російські окупанти здійснюють на напрямках Новоселівське, Стельмахівка, Лиман Перший"' },
      { t: 'Стельмахівка', ref: 'stelmakhivka', action: 'fighting', actor: 'RU', claimant: SYRSKYI, asOf: ['2023-12-11'], note: 'the same offensive' },
      { t: 'Лиман Перший', ref: 'lymanPershyi', action: 'fighting', actor: 'RU', claimant: SYRSKYI, asOf: ['2023-12-11'], note: 'the same offensive' },
      { t: 'Сіверська', ref: 'siversk', action: 'fighting', actor: 'RU', claimant: SYRSKYI, asOf: ['2023-12-11'], note: '"та у напрямку Сіверська"' },
      { t: 'Житлівка', ref: 'zhytlivka', action: 'fighting', actor: 'RU', claimant: SYRSKYI, asOf: ['2023-12-11'], note: '"Проводить безуспішні штурмові дії на напрямку Житлівка, Терни"' },
      { t: 'Терни', ref: 'terny', action: 'fighting', actor: 'RU', claimant: SYRSKYI, asOf: ['2023-12-11'], note: 'the same failed assaults' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2023-09-13',
    url: 'https://ukrainetimes.info/2023/09/13/domoglisya-usp-hu-u-zsu-rozpov-li-yak-ydut-spravi-v-rayon-bahmuta',
    notes: 'Stored copy on ukrainetimes.info (after Радіо Свобода), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug), up to the quote that ends the report; the rubric "Війна в Україні: Новини" and the unrelated teaser after it (the "third line" in Zaporizhzhia Oblast, cut by the store) removed. The date is the URL\'s (13 September 2023). Events: "ВСУ просуваються у селі Кліщіївка і там ще тривають бої" and "У Кліщіївці у нас просування ... тривають бойові дії" (fighting, UA, the attacker), "є успіхи в напрямку населеного пункту Андріївка, Бахмут і Курдюмовка" (fighting, UA, toward each), the enemy\'s attacks "біля Оріхово – Василівки" (fighting, RU). Not events: the troops the Russian army keeps "в районі села Оріхово-Василівка" (a deployment), "на північному фланзі Бахмута" (a locator). Claim: "близько 50 тис. військових" of the Russian army near Orikhovo-Vasylivka (count, troops, RU); the systems, armoured vehicles and the garbled "2500 тис. танків" are not a claim kind. Traps: Radio Svoboda, Yevlash. Skipped: Russia in "армія РФ".',
    places: [
      { t: 'Кліщіївка', ref: 'klishchiivka' },
      { t: 'Кліщіївці', ref: 'klishchiivka' },
      { t: 'Андріївка', ref: 'andriivkaBakhmut' },
      { t: 'Бахмут', ref: 'bakhmut' },
      { t: 'Бахмута', ref: 'bakhmut' },
      { t: 'Курдюмовка', ref: 'kurdiumivka' },
      { t: 'Оріхово-Василівка', ref: 'orikhovoVasylivka' },
      { t: 'Оріхово – Василівки', ref: 'orikhovoVasylivka' },
    ],
    traps: [
      { t: 'Ілля Євлаш', why: 'person' },
      { t: 'Євлаш', n: 2, why: 'person' },
      { t: 'Євлаш', n: 3, why: 'person' },
      { t: 'радіо Свобода', why: 'a broadcaster' },
    ],
    skipped: [
      { t: 'РФ', why: ARMY + ' ("армія РФ")' },
    ],
    claims: [
      { t: 'близько 50 тис. військових', kind: 'count', value: 50000, unit: 'troops', holder: 'RU', claimant: YEVLASH, asOf: ['2023-09-13'], note: '"в районі села Оріхово-Василівка армія РФ тримає близько 50 тис. військових"' },
    ],
    events: [
      { t: 'Кліщіївка', ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: YEVLASH, asOf: ['2023-09-13'], note: '"ВСУ просуваються у селі Кліщіївка і там ще тривають бої"' },
      { t: 'Кліщіївці', ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: YEVLASH, asOf: ['2023-09-13'], note: '"У Кліщіївці у нас просування. Однак ще рано говорити про те, що ми повністю закінчили там операцію, тривають бойові дії"' },
      { t: 'Андріївка', ref: 'andriivkaBakhmut', action: 'fighting', actor: 'UA', claimant: YEVLASH, asOf: ['2023-09-13'], note: '"є успіхи в напрямку населеного пункту Андріївка, Бахмут і Курдюмовка" (toward each)' },
      { t: 'Бахмут', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: YEVLASH, asOf: ['2023-09-13'], note: 'the same successes toward Bakhmut' },
      { t: 'Курдюмовка', ref: 'kurdiumivka', action: 'fighting', actor: 'UA', claimant: YEVLASH, asOf: ['2023-09-13'], note: 'the same successes toward Kurdiumivka' },
      { t: 'Оріхово – Василівки', ref: 'orikhovoVasylivka', action: 'fighting', actor: 'RU', claimant: YEVLASH, asOf: ['2023-09-13'], note: '"Постійні подібні атаки противника зараз відбуваються біля Оріхово – Василівки"' },
    ],
  },
];
