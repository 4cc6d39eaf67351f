// Hand annotations, Ukrainian articles of tests/eval/fresh55. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country or region inside an official body's name";
const AXIS = 'a front axis named by an adjective';
const SOUTH_START = '2023-06-04';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2023-07-31',
    url: 'https://www.ostro.org/news/zsu-zvilnyly-vzhe-ponad-200-kvadratnyh-kilometriv-pivdnya-ukrayiny-minoborony-i429749',
    notes: 'Stored copy on ОстроВ (ostro.org), its headline and body as the store gives them; the closing appeal for support and the teaser of other articles removed. The date is the body\'s ("31 липня", Hanna Malyar\'s Telegram post of Monday 31 July 2023; the year by the southern counteroffensive). Claims: "понад 200 квадратних кілометрів" twice (headline and body) and "204,7 квадратних кілометрів" (area-retaken, UA, Malyar, since the start of the southern counteroffensive, 4 June 2023, the campaign\'s start as the convention reads "з моменту початку контрнаступу"), and "12,6 квадратних кілометрів" of "минулого тижня" (area-retaken, UA, Monday 24 to Sunday 30 July 2023). Events: on the axis "Мала Токмачка, Роботине" the AFU "мали успіх, закріплюються": fighting at Robotyne by UA (the advance toward it); Mala Tokmachka, held by Ukraine, only names the axis\'s start (judgement call: no event); "просуваються на південному фланзі Бахмута" is fighting on Bakhmut\'s fringe by UA. "Мелітопольському та Бердянському напрямках" are axes (skipped).',
    places: [
      { t: 'України', ref: 'ukraine' },
      { t: 'Мала Токмачка', ref: 'malaTokmachka' },
      { t: 'Роботине', ref: 'robotyne' },
      { t: 'Запорізької області', ref: 'zaporizhzhiaOblast' },
      { t: 'Бахмута', ref: 'bakhmut' },
    ],
    traps: [],
    skipped: [
      { t: 'Мелітопольському', why: AXIS },
      { t: 'Бердянському', why: AXIS },
    ],
    claims: [
      { t: 'понад 200 квадратних кілометрів', n: 1, kind: 'area-retaken', value: 200, unit: 'km2', holder: 'UA', claimant: 'Hanna Malyar', asOf: [SOUTH_START, '2023-07-31'], note: 'headline' },
      { t: 'понад 200 квадратних кілометрів', n: 2, kind: 'area-retaken', value: 200, unit: 'km2', holder: 'UA', claimant: 'Hanna Malyar', asOf: [SOUTH_START, '2023-07-31'], note: '"з моменту початку контрнаступу на півдні звільнили ... понад 200"' },
      { t: '12,6 квадратних кілометрів', kind: 'area-retaken', value: 12.6, unit: 'km2', holder: 'UA', claimant: 'Hanna Malyar', asOf: ['2023-07-24', '2023-07-30'], note: '"минулого тижня українські воїни звільнили 12,6"' },
      { t: '204,7 квадратних кілометрів', kind: 'area-retaken', value: 204.7, unit: 'km2', holder: 'UA', claimant: 'Hanna Malyar', asOf: [SOUTH_START, '2023-07-31'], note: '"Загалом звільнена площа тут – 204,7"' },
    ],
    events: [
      { t: 'Роботине', ref: 'robotyne', action: 'fighting', actor: 'UA', claimant: 'Hanna Malyar', asOf: ['2023-07-24', '2023-07-31'], note: '"На напрямку Мала Токмачка, Роботине ... ЗСУ мали успіх, закріплюються на досягнутих рубежах"' },
      { t: 'Бахмута', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-07-31'], note: '"просуваються на південному фланзі Бахмута"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2022-10-01',
    url: 'https://www.6451.com.ua/news/3471426/boi-za-doneccinu-ak-zminilasa-situacia-z-vijnou-u-doneckij-oblasti',
    notes: 'Stored copy on 6451.com.ua (Краматорськ, сайт міста), its headline and body as the store gives them; the menu line, the date line ("13:17, 1 жовтня 2022 р.") and the repeated headline removed, and its last sentence, cut by the store, removed. The date is the date line\'s (1 October 2022). Claim: "більше 300 селищ та міст Харківської області" liberated (count, settlements, UA, since the start of the Kharkiv counteroffensive, 6 September 2022, to the report). Events: Sviatohirsk and Yampil liberated (UA, dated to the report: the text gives no day); "важкі бої за Лиман" and its "Деокупація ... йде" (the operation named by its aim, under way) are fighting at Lyman by UA; "перебувають на околицях Лисичанська" is fighting on its outskirts by UA (Haidai). The encirclement of "місто" has no span of Lyman (no event). "росії" is the country; Донеччину and Донецькій області, Харківщині and Харківської області, Луганщині are the oblasts; "Донецької військової адміністрації" and "Луганської ОВА" are bodies (skipped), as is "Збройні Сили України".',
    places: [
      { t: 'Донеччину', all: true, ref: 'donetskOblast' },
      { t: 'Донецькій області', ref: 'donetskOblast' },
      { t: 'росії', ref: 'russia' },
      { t: 'Україною', ref: 'ukraine' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Харківської області', ref: 'kharkivOblast' },
      { t: 'Святогірська', ref: 'sviatohirsk' },
      { t: 'Лиман', ref: 'lyman' },
      { t: 'Ямполя', ref: 'yampil' },
      { t: 'Лиману', ref: 'lyman' },
      { t: 'Лисичанська', ref: 'lysychansk' },
      { t: 'Луганщині', ref: 'luhanskOblast' },
    ],
    traps: [],
    skipped: [
      { t: 'України', why: BODY },
      { t: 'Донецької', why: BODY },
      { t: 'Луганської', why: BODY },
    ],
    claims: [
      { t: 'більше 300 селищ та міст', kind: 'count', value: 300, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2022-09-06', '2022-10-01'], note: '"Контрнаступ наших військових на Харківщині ... звільнили більше 300 селищ та міст Харківської області" (the counteroffensive from its start)' },
    ],
    events: [
      { t: 'Святогірська', ref: 'sviatohirsk', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-01'], note: '"відомо про звільнення Святогірська"' },
      { t: 'Лиман', ref: 'lyman', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-10-01'], note: '"важкі бої за Лиман"' },
      { t: 'Ямполя', ref: 'yampil', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-10-01'], note: '"про звільнення низки населених пунктів навколо, у тому числі Ямполя"' },
      { t: 'Лиману', ref: 'lyman', action: 'fighting', actor: 'UA', claimant: 'Pavlo Kyrylenko', asOf: ['2022-10-01'], note: '"Деокупація, в тому числі і Лиману, йде за чітко визначеним алгоритмом" (the operation under way)' },
      { t: 'Лисичанська', ref: 'lysychansk', action: 'fighting', actor: 'UA', claimant: 'Serhii Haidai', asOf: ['2022-10-01'], note: '"українські військові перебувають на околицях Лисичанська"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2022-05-04',
    url: 'https://espreso.tv/evakuatsiya-zi-starogo-saltova-poki-nemozhliva-vorog-ne-pripinyae-obstrili-golova-kharkivskoi-ova',
    notes: 'Stored copy on Еспресо (espreso.tv), its headline and body as the store gives them; the date line ("4 травня, 2022 середа 17:33"), the word "Зміст" and a photo credit removed, and the last paragraph, a quotation whose attribution the store cuts, removed. The date is the date line\'s (4 May 2022). Event: "Поблизу населених пунктів у бік Старого Салтова тривають бойові дії" is fighting at Staryi Saltiv by the side advancing toward it, UA (the direction convention; judgement call on the side, as en-05 reads the same report). The village "продовжують обстрілювати" and "обстріли російської армії" are shelling (no event); the planned evacuation from it is no change of control. Харкова is the city (the evacuation\'s destination); "Харківської ОВА" and "Харківської обласної військової адміністрації" are bodies (skipped). Trap: none (Суспільному is an outlet no tool reads as a place).',
    places: [
      { t: 'Старого Салтова', all: true, ref: 'staryiSaltiv' },
      { t: 'Харкова', ref: 'kharkiv' },
      { t: 'Старий Салтів', all: true, ref: 'staryiSaltiv' },
    ],
    traps: [],
    skipped: [{ t: 'Харківської', all: true, why: BODY }],
    claims: [],
    events: [
      { t: 'Старого Салтова', n: 3, ref: 'staryiSaltiv', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-05-04'], note: '"Поблизу населених пунктів у бік Старого Салтова тривають бойові дії"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2023-11-12',
    url: 'https://my.ua/uk/news/cluster/2023-11-12-u-zsu-zaiavili-pro-zagostrennia-pid-bakhiutom/079df0da-b8a3-5d10-9a41-c8e0ea2b0bf0',
    notes: 'Stored copy on my.ua (a news aggregator), its headline and body as the store gives them; an image address line and the teaser links at the end removed. The date is the URL\'s (12 November 2023). Event: "Під Бахмутом - загострення, окупанти атакують позиції ЗСУ" is fighting on Bakhmut\'s fringe by the attacker, RU (Russian counterattacks on the Ukrainian positions of its flanks; Bakhmut itself held by Russia). "на південь від Бахмута ворог намагається тиснути" is fighting on its southern fringe by RU (added after the first run: the first pass read it as a place named to locate, but it locates no other place, and uk-01 reads "на південному фланзі Бахмута" as fighting). "Бахмутському напрямку" (twice) is an axis (skipped); "Збройних сил України" is a body (skipped). Trap: none.',
    places: [
      { t: 'Бахмутом', ref: 'bakhmut' },
      { t: 'Бахмута', ref: 'bakhmut' },
    ],
    traps: [],
    skipped: [
      { t: 'Бахмутському', all: true, why: AXIS },
      { t: 'України', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Бахмутом', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: 'Volodymyr Fitio', asOf: ['2023-11-12'], note: 'headline: "Під Бахмутом - загострення, окупанти атакують позиції ЗСУ"' },
      { t: 'Бахмута', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: 'Volodymyr Fitio', asOf: ['2023-11-12'], note: '"на Бахмутському напрямку та на південь від Бахмута ворог намагається тиснути на наші Сили оборони" (fighting on its southern fringe; added after the first run, as uk-01 reads "на південному фланзі Бахмута")' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2022-11-16',
    url: 'https://golos.zp.ua/obshhestvo/255800/minoboroni-pidtverdilo-zvilnennja-makiivki-na-luganshhini',
    notes: 'Stored copy on Голос Запоріжжя (golos.zp.ua), its headline and body as the store gives them; the closing site chrome ("spot_img", "Важливо", "Схожі новини") removed. The date is the body\'s ("у середу, 16 листопада", 16 November 2022, a Wednesday). Events: Makiivka of Luhansk Oblast liberated (headline "звільнення Макіївки", "взяли під контроль село Макіївка", "повернули Макіївку додому": liberated, UA, the Ministry of Defence of Ukraine) and "Село Макіївка ... – під контролем України!" (controls, UA: a hold stated). Hard case: Makiivka of Luhansk Oblast, not the city of Donetsk Oblast. "під контролем України" and "в Україну" are the country; "Збройні сили України" and "Міністерство оборони України" are bodies (skipped).',
    places: [
      { t: 'Макіївки', ref: 'makiivkaLuhansk' },
      { t: 'Луганщині', all: true, ref: 'luhanskOblast' },
      { t: 'Макіївка', all: true, ref: 'makiivkaLuhansk' },
      { t: 'Луганській області', ref: 'luhanskOblast' },
      { t: 'України', ctx: 'під контролем України', ref: 'ukraine' },
      { t: 'Макіївку', ref: 'makiivkaLuhansk' },
      { t: 'Україну', ref: 'ukraine' },
    ],
    traps: [],
    skipped: [
      { t: 'України', ctx: 'сили України', why: BODY },
      { t: 'України', ctx: 'оборони України', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Макіївки', ref: 'makiivkaLuhansk', action: 'liberated', actor: 'UA', claimant: 'Ministry of Defence of Ukraine', asOf: ['2022-11-16'], note: 'headline' },
      { t: 'Макіївка', n: 1, ref: 'makiivkaLuhansk', action: 'liberated', actor: 'UA', claimant: 'Ministry of Defence of Ukraine', asOf: ['2022-11-16'], note: '"взяли під контроль село Макіївка"' },
      { t: 'Макіївка', n: 2, ref: 'makiivkaLuhansk', action: 'controls', actor: 'UA', claimant: 'Ministry of Defence of Ukraine', asOf: ['2022-11-16'], note: '"Село Макіївка, що на Луганщині, – під контролем України!"' },
      { t: 'Макіївку', ref: 'makiivkaLuhansk', action: 'liberated', actor: 'UA', claimant: 'Ministry of Defence of Ukraine', asOf: ['2022-11-16'], note: '"українські захисники повернули Макіївку додому"' },
    ],
  },
];
