// Hand annotations, Russian articles of tests/eval/fresh7. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'front axis named by an adjective';
const GROUP = 'group of forces named after a city and river («Днепр»)';
const MOD = 'Russian Ministry of Defence';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2022-06-25',
    url: 'https://lz.lv/p/rossiiskie-voiska-zaniali-severodonetsk-659568',
    notes: 'Stored copy of an LZ.lv report with its headline; complete as given (the store\'s unmatched quotes kept). The date is established from the event: the General Staff\'s summary confirming the withdrawal from Severodonetsk and Stryuk\'s statement that the Russians occupied the city, both of 25 Jun 2022 (the page gives no date). Events: Severodonetsk taken (captured, RU: headline; Stryuk\'s "оккупировали"), the withdrawal of the Ukrainian troops (withdrew, UA, the General Staff), the Russians consolidating around Severodonetsk, Sirotino, Voronovo and Borovskoe after the withdrawal (controls, RU). Lysychansk under fire carries no event. "глава администрации Луганской области" is the oblast inside an official body\'s name (skipped); "На Славянском направлении" and "на черниговском, краматорском и харьковском направлениях" are front axes (skipped); "войска РФ" names the country.',
    places: [
      { t: 'Северодонецк', n: 1, ref: 'sievierodonetsk' },
      { t: 'Северодонецка', n: 1, ref: 'sievierodonetsk' },
      { t: 'Северодонецк', n: 2, ref: 'sievierodonetsk' },
      { t: 'Северодонецк', n: 3, ref: 'sievierodonetsk' },
      { t: 'Сиротино', ref: 'syrotyne' },
      { t: 'Вороново', ref: 'voronove' },
      { t: 'Боровское', ref: 'borivske' },
      { t: 'Лисичанска', ref: 'lysychansk' },
      { t: 'Северодонецка', n: 2, ref: 'sievierodonetsk' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [{ t: 'Сергей Гайдай', why: 'person' }],
    skipped: [
      { t: 'Луганской области', why: "oblast inside an official body's name (\"администрации Луганской области\")" },
      { t: 'Славянском направлении', why: AXIS },
      { t: 'черниговском', why: AXIS },
      { t: 'краматорском', why: AXIS },
      { t: 'харьковском направлениях', why: AXIS },
    ],
    events: [
      { t: 'Северодонецк', n: 1, ref: 'sievierodonetsk', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-06-24', '2022-06-25'], note: 'headline: "Российские войска заняли Северодонецк"' },
      { t: 'Северодонецка', n: 1, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: 'Генштаб ВСУ', asOf: ['2022-06-24', '2022-06-25'] },
      { t: 'Северодонецк', n: 2, ref: 'sievierodonetsk', action: 'captured', actor: 'RU', claimant: 'Стрюк', asOf: ['2022-06-24', '2022-06-25'], note: '"Россияне оккупировали Северодонецк"' },
      { t: 'Северодонецк', n: 3, ref: 'sievierodonetsk', action: 'controls', actor: 'RU', claimant: 'Генштаб ВСУ', asOf: ['2022-06-25'], note: 'the Russians consolidate in the areas of the settlements' },
      { t: 'Сиротино', ref: 'syrotyne', action: 'controls', actor: 'RU', claimant: 'Генштаб ВСУ', asOf: ['2022-06-25'], note: 'the Russians consolidate in the areas of the settlements' },
      { t: 'Вороново', ref: 'voronove', action: 'controls', actor: 'RU', claimant: 'Генштаб ВСУ', asOf: ['2022-06-25'], note: 'the Russians consolidate in the areas of the settlements' },
      { t: 'Боровское', ref: 'borivske', action: 'controls', actor: 'RU', claimant: 'Генштаб ВСУ', asOf: ['2022-06-25'], note: 'the Russians consolidate in the areas of the settlements' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2025-09-23',
    url: 'https://charter97.org/ru/news/2025/9/23/656764/',
    notes: 'Stored excerpt of a Хартия-97 report from its headline and date line ("23.09.2025, 14:18", which gives the date; the view counter "2,328" kept as the store gives it); the attribution after the last quote, cut mid-word ("— подчеркнул руководите"), removed. Kupiansk returning under the full control of the Defence Forces, its clearing (fighting, UA: headline, lead, "зачищают Купянск") and Besedin\'s "Вся территория Купянска и Купянской громады находится под полным контролем СОУ" (controls, UA). "Сил обороны Украины" is an official body (skipped, twice); "Харьковщины" the oblast; "Купянской громады" the hromada.',
    places: [
      { t: 'Купянск', n: 1, ref: 'kupiansk' },
      { t: 'Купянск', n: 2, ref: 'kupiansk' },
      { t: 'Харьковщины', ref: 'kharkivOblast' },
      { t: 'Купянск', n: 3, ref: 'kupiansk' },
      { t: 'Купянска', ref: 'kupiansk' },
      { t: 'Купянской громады', ref: 'kupianskHromada' },
    ],
    traps: [{ t: 'Андрей Беседин', why: 'person' }],
    skipped: [
      { t: 'Украины', n: 1, why: BODY },
      { t: 'Украины', n: 2, why: BODY },
    ],
    events: [
      { t: 'Купянск', n: 1, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2025-09-23'], note: '"возвращают под полный контроль"' },
      { t: 'Купянск', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: 'Беседин', asOf: ['2025-09-23'], note: '"возвращается под полный контроль", clearing under way' },
      { t: 'Купянск', n: 3, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: 'Беседин', asOf: ['2025-09-23'], note: '"зачищают Купянск"' },
      { t: 'Купянска', ref: 'kupiansk', action: 'controls', actor: 'UA', claimant: 'Беседин', asOf: ['2025-09-23'], note: '"находится под полным контролем СОУ"' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-12-15',
    url: 'https://news.ru/vlast/mo-otchitalos-ob-osvobozhdenii-naselennogo-punkta-v-dnepropetrovskoj-oblasti',
    notes: 'Stored excerpt of a NEWS.ru report from its date line ("15 декабря 2025 в 12:49", which gives the date), headline and photo caption; the last sentence, cut mid-word ("российских вооруже"), removed. The MoD: Песчаное (Dnipropetrovsk Oblast) taken (captured, RU: headline, lead, quote), and earlier Новоданиловка (Zaporizhzhia Oblast) and Червоное (ДНР) (captured, RU; "Ранее": the period is open). "освобождение Варваровки … позволит завершить очистку" states what the capture would allow (no event). "ВС России", "ВС РФ", "Министерстве обороны России", "Вооруженные силы России" are official bodies (skipped); «Днепр» is a group of forces (trap); «Восток» is not a place; "реки Гайчур" is a river (skipped).',
    places: [
      { t: 'Песчаное', n: 1, ref: 'pishchaneDnipro' },
      { t: 'Днепропетровской области', n: 1, ref: 'dnipropetrovskOblast' },
      { t: 'Песчаное', n: 2, ref: 'pishchaneDnipro' },
      { t: 'Днепропетровской области', n: 2, ref: 'dnipropetrovskOblast' },
      { t: 'Песчаное', n: 3, ref: 'pishchaneDnipro' },
      { t: 'Днепропетровской области', n: 3, ref: 'dnipropetrovskOblast' },
      { t: 'Новоданиловка', ref: 'novodanylivkaZap' },
      { t: 'Запорожской области', n: 1, ref: 'zaporizhzhiaOblast' },
      { t: 'Червоное', ref: 'chervoneDonetsk' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Варваровки', ref: 'varvarivkaZap' },
      { t: 'Запорожской области', n: 2, ref: 'zaporizhzhiaOblast' },
    ],
    traps: [{ t: 'Днепр', why: GROUP }],
    skipped: [
      { t: 'России', ctx: 'ВС России освободили', why: BODY },
      { t: 'РФ', n: 1, why: BODY },
      { t: 'РФ', n: 2, why: BODY },
      { t: 'России', ctx: 'Министерстве обороны России', why: BODY },
      { t: 'России', ctx: 'Вооруженные силы России', why: BODY },
      { t: 'Гайчур', why: 'river' },
    ],
    events: [
      { t: 'Песчаное', n: 1, ref: 'pishchaneDnipro', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-15'] },
      { t: 'Песчаное', n: 2, ref: 'pishchaneDnipro', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-15'] },
      { t: 'Песчаное', n: 3, ref: 'pishchaneDnipro', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-15'] },
      { t: 'Новоданиловка', ref: 'novodanylivkaZap', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-01', '2025-12-15'], note: '"Ранее": reported earlier' },
      { t: 'Червоное', ref: 'chervoneDonetsk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-12-01', '2025-12-15'], note: '"Ранее": reported earlier' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2026-01-27',
    url: 'https://www.gazeta.ru/army/news/2026/01/27/27714247.shtml',
    notes: 'Stored excerpt of a Газета.Ru report from its headline (the site\'s "Размер шрифта" line before it removed), subheading and photo credit; the index\'s date prefix is removed and the last sentence, cut mid-word ("населенные пункты П"), removed. The date is in the URL (27 Jan 2026). Claims (count, settlements, RU): the «Днепр» group took four settlements in January 2026 (Gerasimov: subheading and lead, one claim at each span), Russian troops 17 since the start of January (Gerasimov), five in 17–23 January (the MoD; the excerpt names one of them). Events: Новояколевка (the text\'s misspelling of Новояковлевка, Zaporizhzhia Oblast) taken in January (captured, RU, Gerasimov), Симиновка (Kharkiv Oblast) taken in 17–23 January (captured, RU, the MoD). «Днепр» and "Днепра" (the group), «Запад» and «Север» (groups named after directions) are traps; "ВС РФ", "Вооруженных Сил России", "Минобороны России" and "Вооруженных сил Украины" are official bodies (skipped).',
    places: [
      { t: 'Новояколевка', ref: 'novoiakovlivka' },
      { t: 'Запорожской области', ref: 'zaporizhzhiaOblast' },
      { t: 'Симиновки', ref: 'syminivka' },
      { t: 'Харьковской области', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Днепр', n: 1, why: GROUP },
      { t: 'Днепра', why: GROUP },
      { t: 'Днепр', n: 2, why: GROUP },
      { t: 'Запад', why: 'group of forces named after a direction («Запад»)' },
      { t: 'Север', why: 'group of forces named after a direction («Север»)' },
    ],
    skipped: [
      { t: 'России', ctx: 'Вооруженных Сил России', why: BODY },
      { t: 'РФ', n: 1, why: BODY },
      { t: 'РФ', n: 2, why: BODY },
      { t: 'России', ctx: 'Минобороны России', why: BODY },
      { t: 'РФ', n: 3, why: BODY },
      { t: 'Украины', why: BODY },
    ],
    claims: [
      { t: 'четыре населенных пункта', n: 1, kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: 'Gerasimov', asOf: ['2026-01-01', '2026-01-27'], note: 'subheading: the «Днепр» group in January' },
      { t: 'четыре населенных пункта', n: 2, kind: 'count', value: 4, unit: 'settlements', holder: 'RU', claimant: 'Gerasimov', asOf: ['2026-01-01', '2026-01-27'], note: 'lead: the «Днепр» group in January 2026' },
      { t: '17 населенных пунктов', kind: 'count', value: 17, unit: 'settlements', holder: 'RU', claimant: 'Gerasimov', asOf: ['2026-01-01', '2026-01-27'], note: 'all Russian troops since the start of January' },
      { t: 'пять населенных пунктов', kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2026-01-17', '2026-01-23'], note: 'the excerpt names one of the five (Симиновка)' },
    ],
    events: [
      { t: 'Новояколевка', ref: 'novoiakovlivka', action: 'captured', actor: 'RU', claimant: 'Gerasimov', asOf: ['2026-01-01', '2026-01-27'] },
      { t: 'Симиновки', ref: 'syminivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2026-01-17', '2026-01-23'], note: '"выбили формирования ВСУ из Симиновки"' },
    ],
  },
  {
    file: 'ru-05.txt', language: 'ru', published: '2023-05-22',
    url: 'https://zona.media/article/2023/05/22/raid',
    notes: 'Stored excerpt of a Медиазона report with its headline (printed twice by the store, around the byline: kept once), byline, date line ("22 мая 2023, 21:35", which gives the date) and photo caption; the last sentence, cut after its first word ("Еще"), removed. Event: the fight for Глотово (headline: fighting, UA: the raid of the Freedom of Russia Legion and the Russian Volunteer Corps, units of Russians fighting on the Ukrainian side). Claim (added after the first run, see README): eight civilians wounded (count, wounded, holder none, Gladkov). The group crossing "на территорию России" names no settlement (no event). "КПП «Грайворон»" is a checkpoint named after the town (skipped); «Свобода России» is a unit name (trap, three times); «Медиазона» is the outlet; "белгородском рейде" names the region; "Россия будет свободной" the country.',
    places: [
      { t: 'Глотово', ref: 'glotovo' },
      { t: 'белгородском', ref: 'belgorodOblast' },
      { t: 'Украины', n: 1, ref: 'ukraine' },
      { t: 'Белгородской области', ref: 'belgorodOblast' },
      { t: 'России', ctx: 'территорию России', ref: 'russia' },
      { t: 'Украины', n: 2, ref: 'ukraine' },
      { t: 'Россия', ref: 'russia' },
    ],
    traps: [
      { t: 'Свобода России', n: 1, why: 'unit name (the Freedom of Russia Legion)' },
      { t: 'Свобода России', n: 2, why: 'unit name (the Freedom of Russia Legion)' },
      { t: 'Вячеслава Гладкова', why: 'person' },
      { t: 'Свобода России', n: 3, why: 'unit name (the Freedom of Russia Legion)' },
    ],
    skipped: [{ t: 'Грайворон', why: 'a border checkpoint named after the town (КПП «Грайворон»)' }],
    claims: [
      { t: 'восемь мирных жителей', kind: 'count', value: 8, unit: 'wounded', holder: null, claimant: 'Gladkov', asOf: ['2023-05-22'], note: 'civilians wounded in the attack' },
    ],
    events: [
      { t: 'Глотово', ref: 'glotovo', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-05-22'], note: '"Схватка за Глотово": the raid of Russian volunteer units fighting on the Ukrainian side (actor UA)' },
    ],
  },
];
