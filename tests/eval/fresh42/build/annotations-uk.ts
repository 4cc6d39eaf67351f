// Hand annotations, Ukrainian articles of tests/eval/fresh42. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const KHORTYTSIA = 'ОСУВ «Хортиця»';
const KALYNA = '14 бригада НГУ «Червона Калина»';
const OKISHEV = 'Сергій Окішев';
const GERASIMOV = 'Валерій Герасимов';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2024-10-02',
    url: 'https://dw.com/uk/ukraina-oficijno-pidtverdila-vivedenna-vijsk-iz-vugledara2-a-70385301/a-70385301',
    notes: 'Stored copy on DW Українська, its headline, standfirst and body as the store gives them; the skip links, the author and date line ("Євгенія Наконечна, 2 жовтня 2024 р."), the short link and the photo captions removed, and the last sentence, cut by the store ("\\"Вищим командуванням наданий дозвіл на здійснення мане"), removed. The date is the date line\'s (2 October 2024, "у середу, 2 жовтня"). Events: the withdrawal from Vuhledar (headline, standfirst and lead: withdrew, UA, Khortytsia). Not events: "загроза оточення міста" (a threat, no name), "Чи повністю контролюють росіяни наразі місто" (a question, no name). No claims. Traps: Хортиця (a grouping). Skipped: України in "Збройних Сил України", РФ in "сили РФ".',
    places: [
      { t: 'Україна', all: true, ref: 'ukraine' },
      { t: 'Вугледара', all: true, ref: 'vuhledar' },
    ],
    traps: [
      { t: 'Хортиця', all: true, why: 'a grouping of forces' },
      { t: 'Хортиці', why: 'a grouping of forces' },
    ],
    skipped: [
      { t: 'України', why: OFFICIAL + ' ("Збройних Сил України")' },
      { t: 'РФ', why: 'country inside a force\'s name ("сили РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Вугледара', n: 1, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2024-10-02'], note: 'the headline: "Україна офіційно підтвердила виведення військ із Вугледара"' },
      { t: 'Вугледара', n: 2, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: KHORTYTSIA, asOf: ['2024-10-02'], note: '"отримали дозвіл вищого командування на виведення підрозділів з Вугледара"' },
      { t: 'Вугледара', n: 3, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: KHORTYTSIA, asOf: ['2024-10-02'], note: '"Україна виводить свої підрозділи з Вугледара через загрозу оточення міста"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-12-31',
    url: 'https://www.unian.ua/war/bitva-za-rodinske-u-silah-oboroni-poyasnili-shcho-tam-vidbuvayetsya-13242195.html',
    notes: 'Stored copy on УНІАН, its standfirst and body as the store gives them (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed, and the closing subheading with the sentence after it, cut by the store ("Війна в Україні - що відбувається у Родинському" / "Нагадаємо, днями в Оперативному командува"), removed. The date is the index\'s (31 December 2025). Events: Rodynske "перебуває під контролем Сил оборони України" and "Сили оборони України утримують н. п. Родинське, попри брехливі заяви окупантів" (controls, UA, the brigade), the Ukrainian flag "встановлений у Родинському" (controls, UA: Ukraine\'s flag set up over a settlement it holds). Not events: "тривають бої" (a clause with no name of its own, after the hold), "Військові РФ, яким вдається просочитися в місто" (no name), the occupiers\' "брехливі заяви" (no settlement named in them). No claims. Traps: Telegram, Червона Калина and Азов (units), Івана Богуна (a person in a brigade\'s name). Skipped: України in "Сил оборони України", РФ in "Військові РФ".',
    places: [
      { t: 'Росія', all: true, ref: 'russia' },
      { t: 'Родинське', all: true, ref: 'rodynske' },
      { t: 'Родинському', ref: 'rodynske' },
      { t: 'Донецької області', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'Івана Богуна', why: 'a person in a brigade\'s name' },
      { t: 'Червона Калина', all: true, why: 'a brigade\'s name' },
      { t: 'Азов', why: 'a corps\' name' },
    ],
    skipped: [
      { t: 'України', all: true, why: OFFICIAL + ' ("Сил оборони України")' },
      { t: 'РФ', why: 'country inside a force\'s name ("Військові РФ")' },
    ],
    claims: [],
    events: [
      { t: 'Родинське', n: 1, ref: 'rodynske', action: 'controls', actor: 'UA', claimant: KALYNA, asOf: ['2025-12-31'], note: '"Населений пункт Родинське Донецької області наразі перебуває під контролем Сил оборони України"' },
      { t: 'Родинське', n: 2, ref: 'rodynske', action: 'controls', actor: 'UA', claimant: KALYNA, asOf: ['2025-12-31'], note: '"Сили оборони України утримують н. п. Родинське, попри брехливі заяви окупантів"' },
      { t: 'Родинському', ref: 'rodynske', action: 'controls', actor: 'UA', claimant: 'Сили оборони', asOf: ['2025-12-31'], note: '"український прапор, встановлений у Родинському бійцями 14-ї бригади" (Ukraine\'s flag set up over a settlement it holds)' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-18',
    url: 'https://freeradio.com.ua/vtraty-rosiian-pid-pokrovskom-ta-myrnohradom-zrosly-pryblyzno-na-30-7-korpus-dshv/',
    notes: 'Stored copy on Вільне радіо, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix, the map caption ("Покровськ та Мирноград на мапі. Фото: DeepState") and the donation line removed, and the last sentence, cut by the store ("Сили оборони нищать техніку, яку окупанти заводили туди під ч"), removed. The date is the index\'s (18 December 2025). Events: "штурмів на Покровськ та Мирноград" (fighting, RU: assaults on named towns), "у Покровську бої тривають в південній частині міста" (fighting, RU, part: the southern part of the town). Not events: "аби захопити Мирноград та Покровськ" (an aim), "аби захопити міста" (an aim, no name), clashes "на північ від залізниці" (no settlement). Claims: "близько 500 піхотинців" lost in the last week, restated as "близько півтисячі осіб" "За минулий тиждень" (count, casualties, RU, Okishev, the seven days to the report). Traps: Окішев, the telethon «Єдині новини». Skipped: "Покровському відтинку" (a front sector).',
    places: [
      { t: 'Мирноград', all: true, ref: 'myrnohrad' },
      { t: 'Покровськ', all: true, ref: 'pokrovsk' },
      { t: 'Покровську', ref: 'pokrovsk' },
    ],
    traps: [
      { t: 'Сергій Окішев', why: 'person' },
      { t: 'Окішев', n: 2, why: 'person' },
      { t: 'Єдині новини', why: 'a telethon' },
    ],
    skipped: [
      { t: 'Покровському', why: 'a front sector ("на Покровському відтинку")' },
    ],
    claims: [
      { t: 'близько 500 піхотинців', kind: 'count', value: 500, unit: 'casualties', holder: 'RU', claimant: OKISHEV, asOf: ['2025-12-11', '2025-12-18'], note: '"Упродовж останнього тижня війська країни-агресорки втратили близько 500 піхотинців"' },
      { t: 'близько півтисячі осіб', kind: 'count', value: 500, unit: 'casualties', holder: 'RU', claimant: OKISHEV, asOf: ['2025-12-11', '2025-12-18'], note: '"За минулий тиждень вони склали близько півтисячі осіб особового складу" (the losses restated)' },
    ],
    events: [
      { t: 'Покровськ', n: 2, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: OKISHEV, asOf: ['2025-12-18'], note: '"зі збільшенням штурмів на Покровськ та Мирноград"' },
      { t: 'Мирноград', n: 2, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: OKISHEV, asOf: ['2025-12-18'], note: 'the same assaults' },
      { t: 'Покровську', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: OKISHEV, part: true, asOf: ['2025-12-18'], note: '"нині у Покровську бої тривають в південній частині міста" (the southern part)' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-09-20',
    url: 'https://glavcom.ua/country/incidents/zsu-sprostuvali-fejk-rf-pro-zakhoplennja-serebrjanskoho-lisu-1079408.html',
    notes: 'Stored copy on Главком, its headline and body as the store gives them; the index\'s date prefix removed, and the last sentence, cut by the store ("Підполковник Бєльський розповів, що 13 в"), removed. The date is the index\'s (20 September 2025). Events: "окупанти розпочали наступ на село Ямпіль" (fighting, RU: an offensive on a named village). Not events: the Serebrianka forest claimed, denied and defended (a forest, not a settlement), Russian forces advancing "на ділянці фронту між Лиманом і Сіверськом" (a sector named by its ends, not an action at them), "відкриває шлях до Лимана та Слов\'янська" (a route), "поруч із селом проходить траса" (no name). No claims. Traps: «Дніпро» (a grouping), «Главком», BBC, Олексій Бєльський. Skipped: the Serebrianka forest, Росії in "Міністерство оборони Росії", України in "Збройні сили України".',
    places: [
      { t: 'Луганщині', ref: 'luhanskOblast' },
      { t: 'Лиманом', ref: 'lyman' },
      { t: 'Сіверськом', ref: 'siversk' },
      { t: 'Ямпіль', ref: 'yampil' },
      { t: 'Лимана', ref: 'lyman' },
      { t: 'Слов\'янська', ref: 'sloviansk' },
    ],
    traps: [
      { t: 'Дніпро', why: 'a grouping of forces' },
      { t: 'Олексій Бєльський', why: 'person' },
      { t: 'Главком', why: 'an outlet' },
      { t: 'BBC', why: 'a broadcaster' },
    ],
    skipped: [
      { t: 'Серебрянського лісу', why: 'a forest' },
      { t: 'Серебрянське лісництво', why: 'a forest' },
      { t: 'Серебрянський ліс', why: 'a forest' },
      { t: 'Росії', why: OFFICIAL + ' ("Міністерство оборони Росії")' },
      { t: 'України', why: OFFICIAL + ' ("Збройні сили України")' },
    ],
    claims: [],
    events: [
      { t: 'Ямпіль', ref: 'yampil', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-09-20'], note: '"Після цього окупанти розпочали наступ на село Ямпіль"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2026-01-27',
    url: 'https://www.radiosvoboda.org/a/kupyansk-kup-yansk-vuzlovyy-herasymov-syly-oborony/33661380.html',
    notes: 'Stored copy on Радіо Свобода, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed, and the last sentence, cut by the store ("Також Герасимов заявив, що у Куп\'янську заблоковано до 800 військовослужбовців ЗСУ, а бої тривають у Ківшарівці та Глушківц"), removed. The date is the index\'s (27 January 2026). Events: Gerasimov\'s "нібито захоплення селища Куп\'янськ-Узловий" (captured, RU, denied: "заяви Росії про захоплення селища спростували"), the Joint Forces\' "Куп’янськ-Вузловий не тільки не перебуває під контролем загарбників" (controls, RU, denied: the hold the statement denies), the Russian army advancing on the "околицях Добропілля" (fighting, RU: a town\'s outskirts). Not events: "там ... вже йде зачистка" (no name), the fronts named by regions. Claims: "17 населених пунктів в Україні за січень" (count, settlements, RU, Gerasimov, 1–27 January 2026) and "близько 500 квадратних кілометрів" (area-gained, RU, the same span). Traps: Герасимов, «Захід» (a grouping), DeepState. Skipped: "Лиманському та Слов\'янському напрямках" (front axes), РФ in "ЗС РФ" and "армія РФ".',
    places: [
      { t: 'Україні', ref: 'ukraine' },
      { t: 'Сумської', ref: 'sumyOblast' },
      { t: 'Харківської', ref: 'kharkivOblast' },
      { t: 'Добропілля', ref: 'dobropillia' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
      { t: 'Куп\'янськ-Узловий', ref: 'kupianskVuzlovyi' },
      { t: 'Куп’янськ-Вузловий', ref: 'kupianskVuzlovyi' },
      { t: 'Росії', ref: 'russia' },
    ],
    traps: [
      { t: 'Валерій Герасимов', why: 'person' },
      { t: 'Герасимова', why: 'person' },
      { t: 'Захід', why: 'a grouping of forces' },
      { t: 'DeepState', why: 'an analysts\' project' },
    ],
    skipped: [
      { t: 'Лиманському', why: 'a front axis ("Лиманському та Слов\'янському напрямках")' },
      { t: 'Слов\'янському', why: 'a front axis' },
      { t: 'РФ', all: true, why: OFFICIAL + ' ("генштабу ЗС РФ", "армія РФ")' },
    ],
    claims: [
      { t: '17 населених пунктів', kind: 'count', value: 17, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-01-01', '2026-01-27'], note: '"Російська армія нібито захопила 17 населених пунктів в Україні за січень"' },
      { t: 'близько 500 квадратних кілометрів', kind: 'area-gained', value: 500, unit: 'km2', holder: 'RU', claimant: GERASIMOV, asOf: ['2026-01-01', '2026-01-27'], note: '"що становить близько 500 квадратних кілометрів" (January)' },
    ],
    events: [
      { t: 'Куп\'янськ-Узловий', ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, asOf: ['2026-01-27'], note: '"заяви Герасимова про нібито захоплення селища Куп\'янськ-Узловий" (denied by the Joint Forces)' },
      { t: 'Куп’янськ-Вузловий', ref: 'kupianskVuzlovyi', action: 'controls', actor: 'RU', claimant: 'Угруповання об’єднаних сил', denied: true, asOf: ['2026-01-27'], note: '"«Куп’янськ-Вузловий не тільки не перебуває під контролем загарбників»" (the Russian hold denied)' },
      { t: 'Добропілля', ref: 'dobropillia', action: 'fighting', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'], note: '"армія РФ успішно наступає ... околицях Добропілля" (a town\'s outskirts)' },
    ],
  },
];
