// Hand annotations, Russian articles of tests/eval/fresh4. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation, ClaimItem, EventItem } from './types.ts';

const MOD = 'Russian defence ministry';
const BODY = "country inside an official body's name";
const GROUP = 'group of forces';
const YEAR_2025: ClaimItem['asOf'] = ['2025-01-01', '2025-09-25'];
const gained = (t: string, value: number, note?: string, extra: Partial<ClaimItem> = {}): ClaimItem => ({
  t, kind: 'area-gained', value, unit: 'km2', holder: 'RU', claimant: MOD, asOf: YEAR_2025, ...(note ? { note } : {}), ...extra,
});
const gerasimov = (t: string, value: number, note: string): ClaimItem => ({
  t, kind: 'area-held', value, unit: 'percent', holder: 'RU', claimant: 'Gerasimov', asOf: ['2025-08-30'], note,
});
const WEEK_DEC: EventItem['asOf'] = ['2025-11-29', '2025-12-05'];
const WEEK_MAY: EventItem['asOf'] = ['2025-05-24', '2025-05-30'];
const taken = (t: string, ref: string, asOf: EventItem['asOf'], extra: Partial<EventItem> = {}): EventItem => ({
  t, ref, action: 'captured', actor: 'RU', claimant: MOD, asOf, ...extra,
});

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2024-10-29',
    url: 'https://censor.net/ru/news/3517324/okupatsiya_ukrayiny_skilky_u_jovtni_rf_zahopyla_terytoriyi',
    notes: 'Stored excerpt of a Цензор.НЕТ (Russian edition) report from its lead (the store gives no headline: the manifest title is the URL slug, transliterated); the index\'s date prefix is removed and the last paragraph, cut mid-word ("в о"), removed. The date is the index date (29 Oct 2024). Area figures of the Russian advance (area-gained, RU): more than 470 km² in October (WELT), 196 km² from 20 to 27 October (WELT), 478 km² since the start of October (AFP from ISW data, to 27 October), 477 and 459 km² in August and September (the quote). The front shifting "вокруг стратегически важного города Покровск" over two months: fighting, RU. "армии РФ" is the army of the country (a mention), not an official body\'s name.',
    places: [
      { t: 'Россия', ref: 'russia' },
      { t: 'Украине', ref: 'ukraine' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Украины', ref: 'ukraine' },
      { t: 'Покровск', ref: 'pokrovsk' },
    ],
    claims: [
      { t: '470 квадратных километров', kind: 'area-gained', value: 470, unit: 'km2', holder: 'RU', claimant: 'WELT', asOf: ['2024-10-01', '2024-10-31'] },
      { t: '196 квадратных километров', kind: 'area-gained', value: 196, unit: 'km2', holder: 'RU', claimant: 'WELT', asOf: ['2024-10-20', '2024-10-27'] },
      { t: '478 квадратных километрах', kind: 'area-gained', value: 478, unit: 'km2', holder: 'RU', claimant: 'AFP analysis of ISW data', asOf: ['2024-10-01', '2024-10-27'] },
      { t: '477', kind: 'area-gained', value: 477, unit: 'km2', holder: 'RU', claimant: 'AFP analysis of ISW data', asOf: ['2024-08-01', '2024-08-31'], note: '"477 и 459 квадратных километров соответственно" (August)' },
      { t: '459 квадратных километров', kind: 'area-gained', value: 459, unit: 'km2', holder: 'RU', claimant: 'AFP analysis of ISW data', asOf: ['2024-09-01', '2024-09-30'] },
    ],
    events: [
      { t: 'Покровск', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'AFP analysis of ISW data', asOf: ['2024-09-01', '2024-10-27'], note: '"За два месяца ... сдвиги на линии фронта ... вокруг ... города Покровск"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-09-25',
    url: 'https://newdaynews.ru/ukraine/861911.html',
    notes: 'Stored copy of an РИА «Новый День» report (newdaynews.ru) from its lead (the store gives no headline: the manifest title is made from the subject); removed: the index\'s date prefix and the sign-off ("Москва, Наталья Петрова", "© 2025, РИА «Новый День»"). The date is the index date (25 Sep 2025, the day of the MoD\'s statement). The MoD\'s 2025 figures (1 Jan – 25 Sep; area-gained, RU): 4,714 km² in all and, by region, 3,308 (ДНР), 205 (ЛНР), 542 (Kharkiv), 261 (Zaporizhzhia), 223 (Sumy), 175 (Dnipropetrovsk); 205 settlements (count). Gerasimov on 30 August: 99.7% of ЛНР, 79% of ДНР, 74% of Zaporizhzhia and 76% of Kherson oblasts held by Russia (area-held, percent). ДНР and ЛНР name the Donetsk and Luhansk oblasts; "Запорожской и 76% Херсонской областей" gives two mentions ("Запорожской", "Херсонской областей"). "Минобороны РФ", "ВС России", "ВС РФ", "Вооруженных сил России" are official bodies, "киевскому режиму" an adjective of the capital for the government: skipped. No settlement is named.',
    places: [
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'ЛНР', all: true, ref: 'luhanskOblast' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Запорожской', n: 2, ref: 'zaporizhzhiaOblast' },
      { t: 'Сумской области', ref: 'sumyOblast' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
      { t: 'Херсонской областей', ref: 'khersonOblast' },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY },
      { t: 'России', all: true, why: BODY },
      { t: 'киевскому', why: 'adjective of the capital naming the government' },
    ],
    claims: [
      { t: '205 населенных пунктов', kind: 'count', value: 205, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: YEAR_2025 },
      gained('4 714 квадратных километров', 4714),
      gained('3 308 квадратных километров', 3308, 'ДНР'),
      gained('205 кв км', 205, 'ЛНР'),
      gained('542 кв км', 542, 'Kharkiv Oblast'),
      gained('261 кв км', 261, 'Zaporizhzhia Oblast'),
      gained('223 кв км', 223, 'Sumy Oblast'),
      gained('175 кв км', 175, 'Dnipropetrovsk Oblast'),
      gerasimov('99,7%', 99.7, 'ЛНР'),
      gerasimov('79%', 79, 'ДНР'),
      gerasimov('74%', 74, 'Zaporizhzhia Oblast'),
      gerasimov('76%', 76, 'Kherson Oblast'),
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-09-25',
    url: 'https://www.vedomosti.ru/politics/news/2025/09/25/1141994-rossiiskaya-armiya',
    notes: 'Stored copy of a Ведомости report with its headline; removed: the index\'s date prefix and the rubric line ("Газета") before the headline. The date is in the URL (25 Sep 2025). The MoD\'s 2025 figures (1 Jan – 25 Sep; area-gained, RU): "более 4700 кв. км" (headline) and 4,714 km² (lead) in all, 3,308 (ДНР), 542 (Kharkiv), 205 (ЛНР), 261 (Zaporizhzhia), 223 (Sumy), 175 (Dnipropetrovsk); 205 settlements (count). Events: the «Запад» group "почти взяла под контроль город Кировск в ДНР" on 24 September (fighting, RU: almost, not taken); Переездное "заняли" on 23 September (captured, RU, the MoD). Кировск is the Russian name of Zarichne near Lyman (its GeoNames entry carries it). "Донецкой народной республике (ДНР)" and "Луганской народной республике (ЛНР)" are two mentions each; the oblast adjectives before "(… кв. км)" name the oblasts. «Запад» and «Южной» are groups of forces (traps); "Вооруженные Силы России", "Минобороны РФ", "ВС РФ" official bodies (skipped).',
    places: [
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'ДНР', all: true, ref: 'donetskOblast' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Луганской народной республике', ref: 'luhanskOblast' },
      { t: 'ЛНР', ref: 'luhanskOblast' },
      { t: 'Запорожской', ref: 'zaporizhzhiaOblast' },
      { t: 'Сумской', ref: 'sumyOblast' },
      { t: 'Днепропетровской', ref: 'dnipropetrovskOblast' },
      { t: 'Кировск', ref: 'kirovskZarichne' },
      { t: 'Переездное', ref: 'pereizne' },
    ],
    traps: [
      { t: 'Запад', why: GROUP },
      { t: 'Южной', why: GROUP },
    ],
    skipped: [
      { t: 'России', why: BODY },
      { t: 'РФ', all: true, why: BODY },
    ],
    claims: [
      gained('4700 кв. км', 4700, 'headline: "более 4700 кв. км"'),
      gained('4714 кв. км', 4714),
      { t: '205 населенных пунктов', kind: 'count', value: 205, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: YEAR_2025 },
      gained('3308 кв. км', 3308, 'ДНР'),
      gained('542 кв. км', 542, 'Kharkiv Oblast'),
      gained('205 кв. км', 205, 'ЛНР'),
      gained('261 кв. км', 261, 'Zaporizhzhia Oblast'),
      gained('223 кв. км', 223, 'Sumy Oblast'),
      gained('175 кв. км', 175, 'Dnipropetrovsk Oblast'),
    ],
    events: [
      { t: 'Кировск', ref: 'kirovskZarichne', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-09-24'], note: '"почти взяла под контроль"' },
      taken('Переездное', 'pereizne', ['2025-09-23']),
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-05',
    url: 'https://news.rambler.ua/army/55718886-minoborony-rf-v-hode-svo-osvobozhdeny-sem-naselennyh-punktov-za-nedelyu',
    notes: 'Stored excerpt of a Рамблер (news.rambler.ua) report with its headline; the last sentence, cut mid-word ("\\"З"), is removed. No date in the store or the URL; the date is established from the text: the MoD\'s weekly summary covers 29 November – 5 December 2025 (its figures "в период с 29 ноября по 5 декабря"), published on Friday 5 Dec 2025. Seven settlements "освобождены" in the week: Russia taking Ukrainian places, captured, RU (owner rule), claimant the MoD, asOf the week: Красноармейск (the Russian and former name of Pokrovsk; lead and "завершила освобождение Красноармейска"), Волчанск (lead and "освобожден Волчанск"), Безымянное and Клиновое (ДНР), Зеленый Гай, Доброполье and Червоное (Zaporizhzhia Oblast: this Доброполье is the village near Huliaipole, not the Donetsk town). Counts: seven settlements (headline and lead), 9,050, 1,195 and 415 Ukrainian soldiers lost (casualties). "Север", "Центр", "Восток", "Днепр" and "Южной" are groups of forces (traps); "Минобороны РФ", "Вооруженные силы РФ", "Вооруженных сил Украины" official bodies (skipped).',
    places: [
      { t: 'Красноармейск', ref: 'pokrovsk' },
      { t: 'Волчанск', all: true, ref: 'vovchansk' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'Безымянное', ref: 'bezimenne' },
      { t: 'Клиновое', ref: 'klynove' },
      { t: 'Красноармейска', ref: 'pokrovsk' },
      { t: 'Зеленый Гай', ref: 'zelenyiHai' },
      { t: 'Доброполье', ref: 'dobropilliaZap' },
      { t: 'Червоное', ref: 'chervone' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Север', all: true, why: GROUP },
      { t: 'Южной', why: GROUP },
      { t: 'Центр', why: GROUP },
      { t: 'Восток', why: GROUP },
      { t: 'Днепр', why: GROUP },
    ],
    skipped: [
      { t: 'РФ', all: true, why: BODY },
      { t: 'Украины', why: BODY },
    ],
    claims: [
      { t: 'семь населенных пунктов', n: 1, kind: 'count', value: 7, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: WEEK_DEC, note: 'headline' },
      { t: 'семь населенных пунктов', n: 2, kind: 'count', value: 7, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: WEEK_DEC },
      { t: '9050 украинских бойцов', kind: 'count', value: 9050, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: WEEK_DEC },
      { t: '1195 военнослужащих', kind: 'count', value: 1195, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: WEEK_DEC },
      { t: '415', kind: 'count', value: 415, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: WEEK_DEC, note: '"и до 415" (the «Днепр» group\'s zone)' },
    ],
    events: [
      taken('Красноармейск', 'pokrovsk', WEEK_DEC),
      taken('Волчанск', 'vovchansk', WEEK_DEC, { n: 1 }),
      taken('Волчанск', 'vovchansk', WEEK_DEC, { n: 2 }),
      taken('Безымянное', 'bezimenne', WEEK_DEC),
      taken('Клиновое', 'klynove', WEEK_DEC),
      taken('Красноармейска', 'pokrovsk', WEEK_DEC),
      taken('Зеленый Гай', 'zelenyiHai', WEEK_DEC),
      taken('Доброполье', 'dobropilliaZap', WEEK_DEC),
      taken('Червоное', 'chervone', WEEK_DEC),
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2025-05-30',
    url: 'https://sumy-news.ru/society/2025/05/30/35293-amp.html',
    notes: 'Stored excerpt of a sumy-news.ru report with its headline; the last sentence, cut mid-word ("в результ"), is removed; the store\'s "<>" (an elided quotation) is kept. The date is in the URL (30 May 2025). The MoD\'s weekly summary: 13 settlements taken in the week (count), seven in ДНР, four in Sumy Oblast, two in Kharkiv Oblast (counts); each named village "освобождены"/"взят под контроль": captured, RU (Russia taking Ukrainian villages), claimant the MoD, asOf the week (24–30 May): Локня, Владимировка, Беловоды, Константиновка (Sumy Oblast: not the Donetsk town), Строевка, Кондрашовка (Kharkiv Oblast), Романовка, Ступочки, Старая Николаевка, Гнатовка, Шевченко Первое (ДНР). None has a point in a source the gold accepts: each is placed at the oblast the text names (precision region). Север, Запад, Центр and "Южной" are groups of forces (traps); "Минобороны России" an official body (skipped).',
    places: [
      { t: 'Донецкой Народной Республике', ref: 'donetskOblast' },
      { t: 'Сумской области', all: true, ref: 'sumyOblast' },
      { t: 'Харьковской области', all: true, ref: 'kharkivOblast' },
      { t: 'Локня', ref: 'loknia' },
      { t: 'Владимировка', ref: 'volodymyrivkaSumy' },
      { t: 'Беловоды', ref: 'bilovody' },
      { t: 'Константиновка', ref: 'kostiantynivkaSumy' },
      { t: 'Строевка', ref: 'stroivka' },
      { t: 'Кондрашовка', ref: 'kondrashivka' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Романовка', ref: 'romanivkaDonetsk' },
      { t: 'Ступочки', ref: 'stupochky' },
      { t: 'Старая Николаевка', ref: 'staraMykolaivka' },
      { t: 'Гнатовка', ref: 'hnativka' },
      { t: 'Шевченко Первое', ref: 'shevchenkoPershe' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Север', why: GROUP },
      { t: 'Запад', why: GROUP },
      { t: 'Южной', why: GROUP },
      { t: 'Центр', why: GROUP },
    ],
    skipped: [{ t: 'России', why: BODY }],
    claims: [
      { t: '13-ю населенными пунктами', kind: 'count', value: 13, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: WEEK_MAY },
      { t: 'семь', kind: 'count', value: 7, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: WEEK_MAY, note: 'in ДНР' },
      { t: 'четыре', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: WEEK_MAY, note: 'in Sumy Oblast' },
      { t: 'две', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: WEEK_MAY, note: 'in Kharkiv Oblast' },
    ],
    events: [
      taken('Локня', 'loknia', WEEK_MAY),
      taken('Владимировка', 'volodymyrivkaSumy', WEEK_MAY),
      taken('Беловоды', 'bilovody', WEEK_MAY),
      taken('Константиновка', 'kostiantynivkaSumy', WEEK_MAY),
      taken('Строевка', 'stroivka', WEEK_MAY),
      taken('Кондрашовка', 'kondrashivka', WEEK_MAY),
      taken('Романовка', 'romanivkaDonetsk', WEEK_MAY),
      taken('Ступочки', 'stupochky', WEEK_MAY),
      taken('Старая Николаевка', 'staraMykolaivka', WEEK_MAY),
      taken('Гнатовка', 'hnativka', WEEK_MAY),
      taken('Шевченко Первое', 'shevchenkoPershe', WEEK_MAY),
    ],
  },
];
