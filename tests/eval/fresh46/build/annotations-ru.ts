// Hand annotations, Russian articles of tests/eval/fresh46. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const MOD = 'Минобороны России';
const SALDO = 'Владимир Сальдо';
const GROUPING = 'a Russian grouping of forces';
const ARMY = "country inside an army's or ministry's name";

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-04-13',
    url: 'https://aif.ru/society/army/vooruzhennye-sily-rf-osvobodili-pervomayskoe-v-dnr',
    notes: 'Stored copy on АиФ (aif.ru), its headline and body as the store gives them; the reading-time line ("Примерное время чтения: 1 минута" / "34620"), the story label ("Сюжет Спецоперация РФ в Донбассе и на Украине"), the dateline ("Москва, 13 апреля - АиФ-Москва.") and the last sentence, cut by the store ("Впервые об освобождении Перв"), removed. The date is the dateline\'s (Saturday 13 April 2024). Events: Pervomaiske "освободили" (captured, RU, the ministry: a Ukrainian-held village, the headline, the body and the quoted statement), "отражено восемь контратак ... в районах населенных пунктов Уманское, Первомайское, Красногоровка, Бердычи и Ленинское" (fighting, UA: the counterattacks\' side is the attacker, the 24 hours back). Claims: "до 235 боевиков" lost on the axis (count, casualties, UA, the ministry, the 24 hours back). Not claims: vehicles and a howitzer. Traps: «Центр» (a grouping), Telegram. Skipped: РФ and России in the names of the armed forces and the ministry, "На Авдеевском направлении" (a front axis).',
    places: [
      { t: 'Первомайское', all: true, ref: 'pervomaiske' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Донецкой Народной Республики', all: true, ref: 'donetskOblast' },
      { t: 'Уманское', ref: 'umanske' },
      { t: 'Красногоровка', ref: 'krasnohorivka' },
      { t: 'Бердычи', ref: 'berdychi' },
      { t: 'Ленинское', ref: 'leninske' },
    ],
    traps: [
      { t: 'Центр', why: GROUPING },
      { t: 'Telegram', why: 'a messaging service' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: ARMY },
      { t: 'России', why: ARMY + ' ("Вооруженные силы России")' },
      { t: 'Авдеевском', why: 'a front axis ("На Авдеевском направлении")' },
    ],
    claims: [
      { t: 'до 235 боевиков', kind: 'count', value: 235, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-04-12', '2024-04-13'], note: '"украинские националисты потеряли на данном направлении до 235 боевиков"' },
    ],
    events: [
      { t: 'Первомайское', n: 1, ref: 'pervomaiske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-04-13'], note: 'the headline: "Вооруженные силы РФ освободили Первомайское в ДНР" (a Ukrainian-held village: captured)' },
      { t: 'Первомайское', n: 2, ref: 'pervomaiske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-04-13'], note: '"Вооруженные силы России освободили населенный пункт Первомайское"' },
      { t: 'Первомайское', n: 3, ref: 'pervomaiske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-04-13'], note: 'the statement: "освобожден населенный пункт Первомайское Донецкой Народной Республики"' },
      { t: 'Уманское', ref: 'umanske', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-12', '2024-04-13'], note: '"отражено восемь контратак ... в районах населенных пунктов Уманское, Первомайское, Красногоровка, Бердычи и Ленинское" (counterattacks: the attacker is Ukraine)' },
      { t: 'Первомайское', n: 4, ref: 'pervomaiske', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-12', '2024-04-13'], note: 'the same list' },
      { t: 'Красногоровка', ref: 'krasnohorivka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-12', '2024-04-13'], note: 'the same list' },
      { t: 'Бердычи', ref: 'berdychi', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-12', '2024-04-13'], note: 'the same list' },
      { t: 'Ленинское', ref: 'leninske', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-04-12', '2024-04-13'], note: 'the same list' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-06-02',
    url: 'https://www.dp.ru/a/2024/06/02/minoboroni-rossijskie-voennosluzhashhie',
    notes: 'Stored copy on Деловой Петербург (dp.ru), its body as the store gives it (no headline: the manifest\'s title is made from the first sentence); the time and view-count lines ("12:3902 июня 202412:39" / "2254просмотров" / "12:3902 июня 2024"), a stray quote mark line and the last sentence, cut by the store ("Кроме того, ВСУ лишились двух автомобилей, нескольки"), removed. The date is the URL\'s (Sunday 2 June 2024). Events: Umanske "взяли под контроль" and "освобождён" (captured, RU, the ministry), "Нанесено поражение ... в районах населённых пунктов Новгородское, Евгеновка, Розовка и Новосёловка Первая" (fighting, RU: the ministry\'s strikes in the areas of named villages; Новгородское is the Soviet name of New York, Niu-York), "отразить пять контратак неподалёку от Новоалександровки, Соловьёво, Сокола и Новопокровского" (fighting, UA: the counterattacks\' side, the 24 hours back). Claims: "превысили 360 военнослужащих" (count, casualties, UA, the ministry, the 24 hours back). Traps: “Центр” (a grouping). Skipped: РФ in "Минобороны РФ" and "Вооружённым силам РФ".',
    places: [
      { t: 'Уманское', all: true, ref: 'umanske' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Новгородское', ref: 'newYork' },
      { t: 'Евгеновка', ref: 'yevhenivka' },
      { t: 'Розовка', ref: 'rozivka' },
      { t: 'Новосёловка Первая', ref: 'novoselivkaPersha' },
      { t: 'Новоалександровки', ref: 'novooleksandrivka' },
      { t: 'Соловьёво', ref: 'solovyove' },
      { t: 'Сокола', ref: 'sokil' },
      { t: 'Новопокровского', ref: 'novopokrovske' },
    ],
    traps: [
      { t: 'Центр', why: GROUPING },
    ],
    skipped: [
      { t: 'РФ', all: true, why: ARMY },
    ],
    claims: [
      { t: 'превысили 360 военнослужащих', kind: 'count', value: 360, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2024-06-01', '2024-06-02'], note: '"потери украинской армии в этом бою превысили 360 военнослужащих"' },
    ],
    events: [
      { t: 'Уманское', n: 1, ref: 'umanske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-06-02'], note: '"Участники специальной военной операции взяли под контроль село Уманское" (a Ukrainian-held village: captured)' },
      { t: 'Уманское', n: 2, ref: 'umanske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-06-02'], note: 'the statement: "освобождён населённый пункт Уманское"' },
      { t: 'Новгородское', ref: 'newYork', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-06-01', '2024-06-02'], note: '"Нанесено поражение формированиям ... в районах населённых пунктов Новгородское, Евгеновка, Розовка и Новосёловка Первая"' },
      { t: 'Евгеновка', ref: 'yevhenivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-06-01', '2024-06-02'], note: 'the same list' },
      { t: 'Розовка', ref: 'rozivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-06-01', '2024-06-02'], note: 'the same list' },
      { t: 'Новосёловка Первая', ref: 'novoselivkaPersha', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2024-06-01', '2024-06-02'], note: 'the same list' },
      { t: 'Новоалександровки', ref: 'novooleksandrivka', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-06-01', '2024-06-02'], note: '"удалось отразить пять контратак неподалёку от Новоалександровки, Соловьёво, Сокола и Новопокровского" (counterattacks: the attacker is Ukraine)' },
      { t: 'Соловьёво', ref: 'solovyove', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-06-01', '2024-06-02'], note: 'the same list' },
      { t: 'Сокола', ref: 'sokil', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-06-01', '2024-06-02'], note: 'the same list' },
      { t: 'Новопокровского', ref: 'novopokrovske', action: 'fighting', actor: 'UA', claimant: MOD, asOf: ['2024-06-01', '2024-06-02'], note: 'the same list' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-08-27',
    url: 'https://radio1.ru/news/specoperaciya-na-ukraine/vs-rossii-osvobodili-pervoe-maya-v-dnr/',
    notes: 'Stored copy on Радио 1 (radio1.ru), its headline and body as the store gives them. The date is the index\'s (27 August 2025). Events: "освободили Первое Мая в ДНР" (captured, RU, the ministry, the headline and the body: Pershe Travnia, a Ukrainian-held village). Not events: "нанесла поражение по местам сборки" (no name), the war\'s start. Claims: "более 400 боевиков" (count, casualties, UA, the ministry, the 24 hours back). Not claims: armoured vehicles and guns. Traps: «Центр» (a grouping), Владимир Путин. Skipped: России in "ВС России" and "президент России", РФ in "Минобороны РФ", "киевского режима" (a government named by its capital\'s adjective).',
    places: [
      { t: 'Первое Мая', all: true, ref: 'pershaTravnia' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Украины', all: true, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Центр', all: true, why: GROUPING },
      { t: 'Владимир Путин', why: 'person' },
    ],
    skipped: [
      { t: 'России', ctx: 'ВС России', why: ARMY },
      { t: 'России', ctx: 'президент России', why: "country inside an official's title" },
      { t: 'РФ', why: ARMY },
      { t: 'киевского', why: 'a government named by its capital\'s adjective ("киевского режима")' },
    ],
    claims: [
      { t: 'более 400 боевиков', kind: 'count', value: 400, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-08-26', '2025-08-27'], note: '"В зоне ответственности группировки «Центр» противник потерял более 400 боевиков"' },
    ],
    events: [
      { t: 'Первое Мая', n: 1, ref: 'pershaTravnia', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-27'], note: 'the headline: "ВС России освободили Первое Мая в ДНР" (a Ukrainian-held village: captured)' },
      { t: 'Первое Мая', n: 2, ref: 'pershaTravnia', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-27'], note: '"Подразделения группировки войск «Центр» освободили Первое Мая в ДНР"' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-10-21',
    url: 'https://abbv.ru/news/obshchestvo/vs-rossii-vedut-boi-za-mikrorayon-khersona-korabel-zayavil-saldo',
    notes: 'Stored copy on abbv.ru (after РИА Новости), its headline and body as the store gives them; the date and view-count line ("21.10.2025 05:17" / "110") and the source line ("Источник и фото - ria.ru") removed. The date is the date line\'s (21 October 2025). Events: "ведут бои за микрорайон Херсона" (fighting, RU, Saldo, part: a district of Kherson), "украинские войска удерживают часть территории на правом берегу Днепра, включая город Херсон" (controls, UA: a hold). Not events: "сражаются за освобождение микрорайона «Корабел»" and "контролируют микрорайон" (a city district, no settlement named in the clause), the island. Claims: "Россия контролирует 75% области" (area-held, percent, RU, the report\'s day: Kherson Oblast). Traps: Сальдо. Skipped: России in "ВС России", Kherson Oblast in the governor\'s title, «Корабел» (a city district), the Karantynnyi island, the Dnipro.',
    places: [
      { t: 'Херсона', ref: 'kherson' },
      { t: 'Херсонская область', ref: 'khersonOblast' },
      { t: 'Российской Федерации', ref: 'russia' },
      { t: 'Украина', ref: 'ukraine' },
      { t: 'Россия', ref: 'russia' },
      { t: 'Херсон', ref: 'kherson' },
    ],
    traps: [
      { t: 'Сальдо', n: 1, why: 'person' },
      { t: 'Владимир Сальдо', why: 'person' },
    ],
    skipped: [
      { t: 'России', why: ARMY + ' ("ВС России")' },
      { t: 'Херсонской области', why: 'the oblast inside an official\'s title ("губернатор Херсонской области")' },
      { t: 'Корабел', all: true, why: 'a city district' },
      { t: 'Карантинном острове', why: 'an island' },
      { t: 'Карантинный остров', why: 'an island' },
      { t: 'Днепра', why: 'a river' },
    ],
    claims: [
      { t: '75%', kind: 'area-held', value: 75, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2025-10-21'], note: '"В настоящее время Россия контролирует 75% области" (Kherson Oblast)' },
    ],
    events: [
      { t: 'Херсона', ref: 'kherson', action: 'fighting', actor: 'RU', part: true, claimant: SALDO, asOf: ['2025-10-21'], note: 'the headline: "ВС России ведут бои за микрорайон Херсона \\"Корабел\\"" (a district of the city)' },
      { t: 'Херсон', ref: 'kherson', action: 'controls', actor: 'UA', claimant: null, asOf: ['2025-10-21'], note: '"украинские войска удерживают часть территории на правом берегу Днепра, включая город Херсон"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2026-01-24',
    url: 'https://news.ru/vlast/armiya-rossii-osvobodila-selo-v-harkovskoj-oblasti',
    notes: 'Stored copy on NEWS.ru, its headline, standfirst and body as the store gives them, the headline and standfirst (run together by the store) split onto two lines; the last sentence, cut by the store ("Кроме того, как"), removed. The quoted statement is kept as the store gives it, with Latin letters among the Cyrillic ("нaселенный пyнкт Стaрицa Хaрьковской облaсти"). The date is the index\'s (24 January 2026). Events: Starytsia "освободила" / "освобождении" / "освободили" / "Освобожден" (captured, RU, the ministry, three times: the standfirst, the body and the statement in mixed script), Symynivka "под Харьковом" and Novopavlivka "в ДНР" "взяты под российский контроль", Pryluky and Pavlivka "в Запорожской области" "освободили" (captured, RU, the ministry, the week before). Not events: the headline\'s "еще одно село" (no name). Claims: "пять населенных пунктов" in a week (count, settlements, RU, the ministry) and "порядка восьми населенных пунктов" in the first two weeks of January 2026 (count, settlements, RU). Traps: «Север», «Центр», «Восток», «Днепр» (groupings). Skipped: России and РФ in the names of the army, the armed forces and the ministry.',
    places: [
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Старицы', ref: 'starytsia' },
      { t: 'Старица', ref: 'starytsia' },
      { t: 'Стaрицa', ref: 'starytsia' },
      { t: 'Хaрьковской облaсти', ref: 'kharkivOblast' },
      { t: 'Симиновка', ref: 'symynivka' },
      { t: 'Харьковом', ref: 'kharkiv' },
      { t: 'Новопавловка', ref: 'novopavlivka' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Прилуки', ref: 'pryluky' },
      { t: 'Павловку', ref: 'pavlivka' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Север', all: true, why: GROUPING },
      { t: 'Центр', why: GROUPING },
      { t: 'Восток', why: GROUPING },
      { t: 'Днепр', why: GROUPING },
    ],
    skipped: [
      { t: 'России', all: true, why: ARMY + ' ("Армия России", "Вооруженные силы России")' },
      { t: 'РФ', all: true, why: ARMY + ' ("Минобороны РФ", "ВС РФ")' },
    ],
    claims: [
      { t: 'пять населенных пунктов', kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2026-01-17', '2026-01-24'], note: '"российские войска в течение недели освободили пять населенных пунктов в зоне СВО"' },
      { t: 'порядка восьми населенных пунктов', kind: 'count', value: 8, unit: 'settlements', holder: 'RU', claimant: null, asOf: ['2026-01-01', '2026-01-14'], note: '"ВС РФ в первые две недели января освободили порядка восьми населенных пунктов"' },
    ],
    events: [
      { t: 'Старицы', ref: 'starytsia', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-01-24'], note: 'the standfirst: "В Минобороны РФ сообщили об освобождении Старицы в Харьковской области"' },
      { t: 'Старица', ref: 'starytsia', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-01-24'], note: '"Вооруженные силы России освободили населенный пункт Старица в Харьковской области"' },
      { t: 'Стaрицa', ref: 'starytsia', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-01-24'], note: 'the statement, with Latin letters: "Освобожден нaселенный пyнкт Стaрицa"' },
      { t: 'Симиновка', ref: 'symynivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-01-17', '2026-01-24'], note: '"Симиновка под Харьковом и Новопавловка в ДНР были взяты под российский контроль"' },
      { t: 'Новопавловка', ref: 'novopavlivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-01-17', '2026-01-24'], note: 'the same clause' },
      { t: 'Прилуки', ref: 'pryluky', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-01-17', '2026-01-24'], note: '"«Восток» и «Днепр» освободили Прилуки и Павловку в Запорожской области"' },
      { t: 'Павловку', ref: 'pavlivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-01-17', '2026-01-24'], note: 'the same clause' },
    ],
  },
];
