// Hand annotations, Russian articles of tests/eval/fresh64. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named by an adjective';
const GROUPING = 'a military grouping named by a compass word';
const GERASIMOV = 'Валерий Герасимов (Генштаб ВС РФ)';
const MOD = 'Минобороны России';
const JANUARY = ['2026-01-01', '2026-01-27'] as const;
const DAY = ['2026-02-03', '2026-02-04'] as const;

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2026-01-27',
    url: 'https://www.m24.ru/news/politika/27012026/867551',
    notes: 'Stored copy on Москва 24, its headline and body as the store gives them; the time and rubric lines ("27 января, 08:10", "Политика"), the photo credit ("Фото: телеграм-канал "Минобороны России"") and the last sentence, cut by the store ("Герасимов подчеркивал, что формирования армии России ведут наступление прак…"), removed. The date is the URL\'s and the time line\'s (27 January 2026). Event: "Ранее Вооруженные силы России освободили населенный пункт Старица" (captured, RU under the owner rule; no day given: dated the report, claimant none). Claims: "17 населенных пунктов" in the headline and the lead (count, settlements, RU, Gerasimov, January to the report), "более 500 квадратных километров" (area-gained, RU, the same period), "334 населенных пункта" and "6 460 квадратных километров" in 2025 (count and area-gained, RU, claimant none). Counted: РФ in "Под контроль РФ" (the country), "Сумской и Харьковской областей" as two mentions (as fresh62 counts "the Sumy and neighbouring Chernigiv regions"). Skipped: РФ in "ВС РФ" (three times) and России in "Вооруженные силы России" (bodies). Traps: "Запад" and "Север" (twice), groupings named by compass words; the person (twice).',
    places: [
      { t: 'РФ', n: 3, ref: 'russia' },
      { t: 'Сумской', ref: 'sumyOblast' },
      { t: 'Харьковской областей', ref: 'kharkivOblast' },
      { t: 'Старица', ref: 'starytsia' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Запад', why: GROUPING + ' ("West")' },
      { t: 'Север', all: true, why: GROUPING + ' ("North")' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Герасимов', ctx: 'подчеркнул Герасимов', why: 'person' },
    ],
    skipped: [
      { t: 'РФ', n: 1, why: BODY + ' ("ВС РФ")' },
      { t: 'РФ', n: 2, why: BODY + ' ("начальник Генштаба ВС РФ")' },
      { t: 'РФ', n: 4, why: BODY + ' ("войска объединенной группировки ВС РФ")' },
      { t: 'России', all: true, why: BODY + ' ("Вооруженные силы России")' },
    ],
    claims: [
      { t: '17 населенных пунктов', n: 1, kind: 'count', value: 17, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: JANUARY, note: 'headline: "ВС РФ освободили 17 населенных пунктов за январь"' },
      { t: '17 населенных пунктов', n: 2, kind: 'count', value: 17, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: JANUARY, note: '"Российские войска освободили 17 населенных пунктов с начала января 2026 года"' },
      { t: 'более 500 квадратных километров', kind: 'area-gained', value: 500, unit: 'km2', holder: 'RU', claimant: GERASIMOV, asOf: JANUARY, note: '"Под контроль РФ за это время перешло более 500 квадратных километров территории"' },
      { t: '334 населенных пункта', kind: 'count', value: 334, unit: 'settlements', holder: 'RU', claimant: null, asOf: ['2025-01-01', '2025-12-31'], note: '"Всего за 2025 год под контроль российских войск перешло 334 населенных пункта"' },
      { t: '6 460 квадратных километров', kind: 'area-gained', value: 6460, unit: 'km2', holder: 'RU', claimant: null, asOf: ['2025-01-01', '2025-12-31'], note: '"и 6 460 квадратных километров территории"' },
    ],
    events: [
      { t: 'Старица', ref: 'starytsia', action: 'captured', actor: 'RU', claimant: null, asOf: ['2026-01-27'], note: '"Ранее Вооруженные силы России освободили населенный пункт Старица в Харьковской области" (no day given)' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2026-01-27',
    url: 'https://www.5-tv.ru/news/5054464/rossijskaa-armia-osvobodila-kupanskuzlovoj-inovoakovlevku-vzone-svo/',
    notes: 'Stored copy on Пятый канал, its body as the store gives it (the store gives its subheading "Военные проводят зачистку жилых кварталов." but no headline: the manifest\'s title is made from the URL slug); the photo and video credit ("Фото, видео: Александр Река/ТАСС; Минобороны РФ; 5-tv.ru") and the last sentence, cut by the store ("Как ранее писал 5-tv.ru, 15 января Герасимов с…"), removed. The date is the page\'s (27 January 2026). Events (claimant Gerasimov): "освободила Купянск-Узловой и Новояковлевку" and "Освобожден Купянск-Узловой" (captured, RU under the owner rule); "освободили Бондарное, Закотное и Привольное" (captured, RU); "активно продвигаются на запад в направлении Славянска" (fighting, RU: an advance toward a settlement). Not events: "Осуществляется проверка и зачистка городских кварталов в этом городе" (a clearing under way, not done, and no name in the clause), "создает полосу безопасности в Днепропетровской области" (an oblast). Claim: "четыре населенных пункта" in January (count, settlements, RU). Skipped: России in "Вооруженных сил России" (a body). Traps: «Днепр» (a grouping named after a river), «Запад», «Южной» and «Восток» (groupings named by compass words; Южный is also a village name); the person (twice).',
    places: [
      { t: 'Купянск-Узловой', all: true, ref: 'kupianskVuzlovyi' },
      { t: 'Новояковлевку', ref: 'novoiakovlivka' },
      { t: 'Славянска', ref: 'sloviansk' },
      { t: 'Бондарное', ref: 'bondarne' },
      { t: 'Закотное', ref: 'zakitne' },
      { t: 'Привольное', ref: 'pryvilne' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Днепропетровской области', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Днепр', why: 'a military grouping named after a river' },
      { t: 'Запад', why: GROUPING + ' ("West")' },
      { t: 'Южной', why: GROUPING + ' ("Southern"; Южный is also a village name)' },
      { t: 'Восток', why: GROUPING + ' ("East")' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Герасимов', ctx: 'Также Герасимов', why: 'person' },
    ],
    skipped: [{ t: 'России', why: BODY + ' ("глава Генштаба Вооруженных сил России")' }],
    claims: [
      { t: 'четыре населенных пункта', kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: GERASIMOV, asOf: JANUARY, note: '"Группировка войск «Восток» ... В январе на этом направлении освободили четыре населенных пункта"' },
    ],
    events: [
      { t: 'Купянск-Узловой', n: 1, ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'], note: '"Группировка российских войск «Днепр» освободила Купянск-Узловой и Новояковлевку"' },
      { t: 'Новояковлевку', ref: 'novoiakovlivka', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'] },
      { t: 'Купянск-Узловой', n: 2, ref: 'kupianskVuzlovyi', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'], note: '"«Освобожден Купянск-Узловой»"' },
      { t: 'Славянска', ref: 'sloviansk', action: 'fighting', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'], note: '"активно продвигаются на запад в направлении Славянска" (an advance toward a settlement)' },
      { t: 'Бондарное', ref: 'bondarne', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'], note: '"освободили Бондарное, Закотное и Привольное"' },
      { t: 'Закотное', ref: 'zakitne', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'] },
      { t: 'Привольное', ref: 'pryvilne', action: 'captured', actor: 'RU', claimant: GERASIMOV, asOf: ['2026-01-27'] },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2026-02-04',
    url: 'https://tvzvezda.ru/news/2026241451-CrJjr.html',
    notes: 'Stored copy on Звезда, its headline, lead and body as the store gives them (with the store\'s spaces before line ends); the brand line ("МЕДИАГРУППА «ЗВЕЗДА»"), the date line ("04-02-2026 14:53"), the photo and video credits and the last sentence, cut by the store ("В результате противник пот…"), removed. The date is the page\'s (4 February 2026). Events (the ministry\'s day, "за сутки", dated the 24 hours back): Степановка and Староукраинка taken in the headline, the lead and the body ("взяли под контроль", "Ее взяли под контроль", "Староукраинкой овладели") (captured, RU under the owner rule, at each naming); "в ходе штурма Придорожного (Запорожская область)" (fighting, RU, the assault; reported earlier, dated the report). Claims: "двух населенных пунктов за сутки" (count, settlements, RU), "до 165 боевиков" and "более 340 боевиков" lost in a day (count, casualties, UA: the side that suffers them). Counted: "Донецкой Народной Республики" as Donetsk Oblast. Skipped: России in "Минобороны России", РФ in "ВС РФ" (bodies). Traps: «Юг» and «Восток» (twice each: groupings named by compass words).',
    places: [
      { t: 'Степановку', all: true, ref: 'stepanivka' },
      { t: 'Староукраинку', all: true, ref: 'staroukrainka' },
      { t: 'Степановка', ref: 'stepanivka' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Староукраинкой', ref: 'staroukrainka' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Придорожного', ref: 'prydorozhnie' },
      { t: 'Запорожская область', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Юг', all: true, why: GROUPING + ' ("South")' },
      { t: 'Восток', all: true, why: GROUPING + ' ("East")' },
    ],
    skipped: [
      { t: 'России', why: BODY + ' ("Минобороны России")' },
      { t: 'РФ', why: BODY + ' ("ВС РФ")' },
    ],
    claims: [
      { t: 'двух населенных пунктов', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: DAY, note: '"Минобороны России сообщает об освобождении двух населенных пунктов за сутки"' },
      { t: 'до 165 боевиков', kind: 'count', value: 165, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: DAY, note: '"Всего же за сутки в зоне ответственности этой группировки неприятель потерял до 165 боевиков"' },
      { t: 'более 340 боевиков', kind: 'count', value: 340, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: DAY, note: '"Всего за сутки в зоне ответственности группировки враг потерял более 340 боевиков"' },
    ],
    events: [
      { t: 'Степановку', n: 1, ref: 'stepanivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY, note: 'headline: "Российские войска освободили Степановку и Староукраинку"' },
      { t: 'Староукраинку', n: 1, ref: 'staroukrainka', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY },
      { t: 'Степановку', n: 2, ref: 'stepanivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY, note: '"Степановку взяли под контроль военнослужащие группировки войск «Юг»"' },
      { t: 'Староукраинку', n: 2, ref: 'staroukrainka', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY, note: '"а Староукраинку - подразделения группировки войск «Восток»"' },
      { t: 'Степановка', ref: 'stepanivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY, note: '"Один из них - Степановка ... Ее взяли под контроль подразделения группировки войск «Юг»"' },
      { t: 'Староукраинкой', ref: 'staroukrainka', action: 'captured', actor: 'RU', claimant: MOD, asOf: DAY, note: '"Староукраинкой овладели военнослужащие группировки войск «Восток»"' },
      { t: 'Придорожного', ref: 'prydorozhnie', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2026-02-04'], note: '"Ранее сообщалось, что в ходе штурма Придорожного (Запорожская область) ..." (the assault)' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2026-02-23',
    url: 'https://charter97.org/ru/news/2026/2/23/674648/',
    notes: 'Stored copy on Хартия\'97 (Russian text), its headline and body as the store gives them; the comment count glued to the headline ("5") and the last sentence, cut by the store ("С конца января подразделения десантно-штурмовых войск … восстановили контроль над 400 квадратными километрами территории и восемь…"), removed, so the 400 km² is left in the headline only. The date is the page\'s (23 February 2026). Claim: the headline\'s "400 кв км" (area-retaken, UA, Syrskyi, from the end of January to the report, as the body\'s "С конца января" frames it; judgement call on the first day). Not a claim: "сотни квадратных километров" (no figure). Skipped: "на Александровском направлении" twice (an axis), Украины in "Вооруженным силам Украины" (a body). Trap: the person. No event (no settlement named).',
    places: [{ t: 'Украина', ref: 'ukraine' }],
    traps: [{ t: 'Александр Сырский', why: 'person' }],
    skipped: [
      { t: 'Украины', why: BODY + ' ("Вооруженным силам Украины")' },
      { t: 'Александровском', all: true, why: AXIS + ' ("на Александровском направлении")' },
    ],
    claims: [
      { t: '400 кв км', kind: 'area-retaken', value: 400, unit: 'km2', holder: 'UA', claimant: 'Александр Сырский', asOf: ['2026-01-31', '2026-02-23'], note: 'headline: "Украина отвоевала 400 кв км территории и идет дальше" (the body: "С конца января ... удалось вернуть под контроль сотни квадратных километров")' },
    ],
  },
];
