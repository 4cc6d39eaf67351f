// Hand annotations, Ukrainian articles of tests/eval/fresh56. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named by an adjective';
const REGIMENT = '225th Separate Assault Regiment';
const VOLOSHYN = 'Vladyslav Voloshyn (Southern Defence Forces)';
const ZELENSKY = 'Volodymyr Zelensky';
const CORPS = '7th Rapid Response Corps';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-12-25',
    url: 'https://dp.vgorode.ua/ukr/news/sobytyia/a1285442-shturmoviki-zsu-zvilnili-pjat-sil-na-dnipropetrovshchini-pislja-ponad-100-dniv-bojiv',
    notes: 'Stored copy on dp.vgorode.ua, its headline and body as the store gives them; the headline repeated twice more, the rubric and time ("Події", "Сьогодні 20:49"), the channel promotion ("Зараз все найоперативніше у нашому Telegram-каналі. Підписуйтесь ...") and the last sentence cut by the store ("У полку зазначили, що це унікальний випадок, коли один і той самий підрозділ не лише викон") removed. The date is the body\'s ("25 грудня 2025 року ... повідомили", the page\'s "Сьогодні"). Events: Khoroshe, Novoselivka, Orestopil, Vorone and Sosnivka, control over them restored (liberated, UA, the 225th regiment; the operation "тривала понад три місяці", "понад 100 діб": mid-September to 25 December 2025). Claims: "п’ять сіл" (headline) and "п’яти населених пунктів" (count, settlements, UA, the same period). Hard case: Novoselivka and Sosnivka of Dnipropetrovsk Oblast among many namesakes; Vorone, taken by Russia in August (en-01), here retaken. "Збройних сил України" is skipped (the country inside a body\'s name).',
    places: [
      { t: 'Дніпропетровщині', ref: 'dnipropetrovskOblast' },
      { t: 'Дніпропетровській області', ref: 'dnipropetrovskOblast' },
      { t: 'Хороше', ref: 'khoroshe' },
      { t: 'Новоселівка', ref: 'novoselivkaDnipro' },
      { t: 'Орестопіль', ref: 'orestopil' },
      { t: 'Вороне', ref: 'voroneDnipro' },
      { t: 'Соснівка', ref: 'sosnivkaDnipro' },
    ],
    traps: [],
    skipped: [{ t: 'України', why: BODY + ' ("Збройних сил України")' }],
    claims: [
      { t: 'п’ять сіл', kind: 'count', value: 5, unit: 'settlements', holder: 'UA', claimant: REGIMENT, asOf: ['2025-09-16', '2025-12-25'], note: 'the headline: "Штурмовики ЗСУ звільнили п’ять сіл на Дніпропетровщині після понад 100 днів боїв"' },
      { t: 'п’яти населених пунктів', kind: 'count', value: 5, unit: 'settlements', holder: 'UA', claimant: REGIMENT, asOf: ['2025-09-16', '2025-12-25'], note: '"повідомили про успішне звільнення п’яти населених пунктів у Дніпропетровській області"' },
    ],
    events: [
      { t: 'Хороше', ref: 'khoroshe', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: ['2025-09-16', '2025-12-25'], note: '"завершилася відновленням контролю над селами Хороше, Новоселівка, Орестопіль, Вороне та Соснівка"' },
      { t: 'Новоселівка', ref: 'novoselivkaDnipro', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: ['2025-09-16', '2025-12-25'] },
      { t: 'Орестопіль', ref: 'orestopil', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: ['2025-09-16', '2025-12-25'] },
      { t: 'Вороне', ref: 'voroneDnipro', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: ['2025-09-16', '2025-12-25'] },
      { t: 'Соснівка', ref: 'sosnivkaDnipro', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: ['2025-09-16', '2025-12-25'] },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-10-02',
    url: 'https://www.rbc.ua/rus/news/rosiya-promatsue-noviy-napryamok-shturmu-1759414152.html/amp',
    notes: 'Stored copy on РБК-Україна (AMP page), its body as the store gives it from its first stored paragraph (no headline: the manifest\'s title is made from the URL slug); the map caption ("Фото: Степове, П\'ятихатки та Жереб\'янки на карті (скріншот)") and the last paragraph cut by the store ("Речник Сил оборони Півдня розповів, що найближче завдання росіян на цій ділянці фронту - р") removed. The date is the index\'s and the URL\'s (2 October 2025). Events: the attempt to break through to the Ukrainian positions west of Stepove along the road from Zherebianky and Piatykhatky (fighting, RU: an attack at its fringes, Voloshyn), Russian aviation working on the Ukrainian troops in Stepove "кілька днів тому" (fighting, RU, the days before the report). Not events: Zherebianky and Piatykhatky, where the road starts (they locate it). Hard case: the text names no oblast; Stepove, Zherebianky and Piatykhatky are read as the villages of Zaporizhzhia Oblast (judgement call, region precision). Trap: Voloshyn (three times).',
    places: [
      { t: 'Степового', ref: 'stepoveZp' },
      { t: "Жереб'янок", ref: 'zherebianky' },
      { t: "П'ятихаток", ref: 'piatykhatkyZp' },
      { t: 'Степовому', ref: 'stepoveZp' },
    ],
    traps: [{ t: 'Волошин', all: true, why: 'person' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Степового', ref: 'stepoveZp', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-10-02'], note: '"окупанти намагалися проскочити до українських позицій, що розташовані на захід від Степового"' },
      { t: 'Степовому', ref: 'stepoveZp', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-09-25', '2025-10-01'], note: '"у Степовому кілька днів тому по українських військових працювала російська авіація"' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-10-20',
    url: 'https://censor.net/ua/news/3580578/sytuatsiya-na-fronti-pokrovsk-ta-novopavlivskyyi-napryamok',
    notes: 'Stored copy on Цензор.НЕТ, its headline and body as the store gives them, up to the last whole paragraph (the next, "Крім того, президент повідомив, що на Сумському напрямку ситуація ", is cut by the store and removed). The date is the index\'s (20 October 2025). Claims: "чотири села" returned under control, "вісім сіл" the Russians temporarily took on the administrative border with Dnipropetrovsk Oblast, and "чотири з цих населених пунктів" retaken, restated (count, settlements; UA, RU, UA; Zelensky, dated to the report). Events: Lyman\'s outskirts, where "всі спроби проходу" of the Russians were eliminated (fighting, RU: the outskirts convention). Not events: "У Куп\'янську ситуація стала кращою", "Покровськ - складна ситуація" (no change or attack told), the oblast border (a region). Skipped: the axis "Новопавлівському напрямку" (twice), "Сили оборони України" and "президент України" (the country inside a body\'s or an office\'s name). Traps: Цензор.НЕТ, Lb.ua, Главком, Zelensky (three times).',
    places: [
      { t: 'Дніпропетровщиною', ref: 'dnipropetrovskOblast' },
      { t: "Куп'янську", ref: 'kupiansk' },
      { t: 'Покровськ', ref: 'pokrovsk' },
      { t: 'Лимана', ref: 'lyman' },
      { t: 'Дніпропетровською областю', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Цензор.НЕТ', why: 'an outlet' },
      { t: 'Lb.ua', why: 'an outlet' },
      { t: 'Главком', why: 'an outlet' },
      { t: 'Зеленський', all: true, why: 'person' },
    ],
    skipped: [
      { t: 'Новопавлівському', all: true, why: AXIS },
      { t: 'України', n: 1, why: BODY + ' ("Сили оборони України")' },
      { t: 'України', n: 2, why: 'the country inside an office\'s title ("президент України")' },
    ],
    claims: [
      { t: 'чотири села', kind: 'count', value: 4, unit: 'settlements', holder: 'UA', claimant: ZELENSKY, asOf: ['2025-10-20'], note: '"На Новопавлівському напрямку вже повернуто під контроль чотири села"' },
      { t: 'вісім сіл', kind: 'count', value: 8, unit: 'settlements', holder: 'RU', claimant: ZELENSKY, asOf: ['2025-10-20'], note: '"Російські окупанти тимчасово захопили вісім сіл на адміністративній межі з Дніпропетровською областю"' },
      { t: 'чотири', ctx: 'відбили чотири з цих', kind: 'count', value: 4, unit: 'settlements', holder: 'UA', claimant: ZELENSKY, asOf: ['2025-10-20'], note: '"українські сили відбили чотири з цих населених пунктів" (restated)' },
    ],
    events: [
      { t: 'Лимана', ref: 'lyman', action: 'fighting', actor: 'RU', claimant: ZELENSKY, asOf: ['2025-10-20'], note: '"На околицях Лимана ... там тільки наші війська, і всі спроби проходу "руских" були ліквідовані"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2025-11-25',
    url: 'https://lb.ua/society/2025/11/25/708610_mirnogradi_oborontsi_vzyali.html',
    notes: 'Stored copy on LB.ua, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug), up to the last whole sentence (the next, a quotation from the prisoners, "“Троє із затриманих – ...", is cut by the store and removed). The date is the URL\'s (25 November 2025). Events: the Russian army "тисне на Миирноград" (fighting, RU; the outlet\'s misspelling kept), the northern part of Myrnohrad stormed by small infantry groups (fighting, RU: fighting inside a part, not `part`), the enemy held back near Krasnyi Lyman (fighting, RU), the southern outskirts where the enemy accumulates (fighting, RU: the outskirts convention), the move toward Rivne and Svitle to encircle the town (fighting, RU, at each: an advance toward a settlement), Russians taken prisoner in the north-east of Myrnohrad while trying to storm it (fighting, RU). Not events: the road between Myrnohrad and Pokrovsk (an aim). Hard case: Krasnyi Lyman of the Pokrovsk area, not the town of Lyman (formerly Krasnyi Lyman). "Армія Росії" is the country as a place. Trap: "Петра Сагайдачного" (the person in a brigade\'s name). All the events are the 7th Rapid Response Corps\' (dated to the report).',
    places: [
      { t: 'Росії', ref: 'russia' },
      { t: 'Миирноград', ref: 'myrnohrad' },
      { t: 'Мирноградом', ref: 'myrnohrad' },
      { t: 'Покровськом', ref: 'pokrovsk' },
      { t: 'Мирнограда', ref: 'myrnohrad' },
      { t: 'Красного Лимана', ref: 'krasnyiLymanPokrovsk' },
      { t: 'Мирнограді', ref: 'myrnohrad' },
      { t: 'Рівне', ref: 'rivnePokrovsk' },
      { t: 'Світле', ref: 'svitle' },
      { t: 'Мирнограду', ref: 'myrnohrad' },
    ],
    traps: [{ t: 'Петра Сагайдачного', why: 'person (in a brigade\'s name)' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Миирноград', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: CORPS, asOf: ['2025-11-25'], note: '"Армія Росії тисне на Миирноград"' },
      { t: 'Мирнограда', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: CORPS, asOf: ['2025-11-25'], note: '"Північну частину Мирнограда росіяни намагаються цілодобового штурмувати малими піхотними групами"' },
      { t: 'Красного Лимана', ref: 'krasnyiLymanPokrovsk', action: 'fighting', actor: 'RU', claimant: CORPS, asOf: ['2025-11-25'], note: '"Десантно-штурмові підрозділи стримують рух ворога в районі Красного Лимана"' },
      { t: 'Мирнограді', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: CORPS, asOf: ['2025-11-25'], note: '"для захисту південних околиць, де окупанти намагаються накопичувати сили"' },
      { t: 'Рівне', ref: 'rivnePokrovsk', action: 'fighting', actor: 'RU', claimant: CORPS, asOf: ['2025-11-25'], note: '"Росіяни мають намір оточити місто, рухаючись в бік населених пунктів Рівне та Світле"' },
      { t: 'Світле', ref: 'svitle', action: 'fighting', actor: 'RU', claimant: CORPS, asOf: ['2025-11-25'] },
      { t: 'Мирнограду', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: CORPS, asOf: ['2025-11-25'], note: '"На північному сході Мирнограду ... взяла у полон чотирьох російських окупантів, які намагалися штурмувати місто"' },
    ],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-12-29',
    url: 'https://bastion.tv/rosiyani-ogolosili-pro-povnu-okupaciyu-mirnograda_n77096/amp',
    notes: 'Stored copy on Бастіон (AMP page), its headline and body as the store gives them; the page\'s icon text ("Created with Sketch."), the date line ("29.12.2025, 21:02") and the closing "Читайте також" list removed. The date is the page\'s (29 December 2025). Events: the Russians announced the full occupation of Myrnohrad (captured, RU; not denied: the author affirms it, and the officials\' "заперечення" is reported, not quoted — judgement call); the online battle maps recorded the loss of control over Myrnohrad, Pokrovsk and Huliaipole (captured, RU, each; "протягом тижня", the week to the report). Not events: "провал у Мирнограді та Покровську" (the failure not acknowledged; no change told there), the town "щільно заблоковане" (no name).',
    places: [
      { t: 'Мирнограда', ref: 'myrnohrad' },
      { t: 'Мирнограді', ref: 'myrnohrad' },
      { t: 'Покровську', ref: 'pokrovsk' },
      { t: 'Мирноградом', ref: 'myrnohrad' },
      { t: 'Покровськом', ref: 'pokrovsk' },
      { t: 'Гуляйполем', ref: 'huliaipole' },
    ],
    traps: [],
    skipped: [],
    claims: [],
    events: [
      { t: 'Мирнограда', ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: 'the Russian side', asOf: ['2025-12-29'], note: '"росіяни оголосили про повну окупацію Мирнограда"' },
      { t: 'Мирноградом', ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: 'online battle maps', asOf: ['2025-12-22', '2025-12-29'], note: '"онлайн-картами бойових дій, які фіксували втрату контролю над Мирноградом, Покровськом і Гуляйполем"' },
      { t: 'Покровськом', ref: 'pokrovsk', action: 'captured', actor: 'RU', claimant: 'online battle maps', asOf: ['2025-12-22', '2025-12-29'] },
      { t: 'Гуляйполем', ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: 'online battle maps', asOf: ['2025-12-22', '2025-12-29'] },
    ],
  },
];
