// Hand annotations, Russian articles of tests/eval/fresh66. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const AXIS = 'front axis named by an adjective';
const GROUPING = 'a military grouping named by a compass word';
const MOD = 'Минобороны России';
const BELOUSOV = 'Андрей Белоусов (министр обороны РФ)';
const PUSHILIN = 'Денис Пушилин';

export const RU: ArticleAnnotation[] = [
  {
    file: 'ru-01.txt', language: 'ru', published: '2025-10-28',
    url: 'https://www.vedomosti.ru/politics/news/2025/10/28/1150394-o-zachistke-mikroraiona',
    notes: 'Stored copy on Ведомости, its headline and body as the store gives them; the index\'s date prefix and the last sentence, cut by the store ("Также президент поручил «принять все исчерпывающие меры» для обеспечения сдачи в плен украинских…"), removed. The date is the page\'s (28 October 2025). Events: the headline\'s "о зачистке микрорайона Троянда в Покровске" and "полностью зачистила микрорайон Троянда в Красноармейске (Покровск)" (cleared, RU, part: a district of the town, the ministry); Пушилин\'s "большая часть Красноармейска находится под контролем ВС России" (controls, RU, part, 27 October). Not events: the fighting "в городской застройке южнее железной дороги" (no name in its clause), "на Краснолиманском/Красноармейском направлении" (axes). Claim: "до 5500 военнослужащих ВСУ" encircled (count, troops, UA: the side whose troops they are, Герасимов, 26 October). Counted: Покровск in its Russian name Красноармейск (twice) and in brackets, ДНР (three times) and "Донецкой народной республике" as Donetsk Oblast. Skipped: the microdistrict Троянда (twice, a part of the town), "вооруженными силами Украины" (an army\'s name), "ВС России" and "ВС РФ" (bodies), "президенту России" (a title), ДНР in "губернатор ДНР" (an oblast inside an official\'s title, as an earlier set reads "главы ДНР"; judgement call), the two axis adjectives. Traps: the persons.',
    places: [
      { t: 'Покровске', ref: 'pokrovsk' },
      { t: 'ДНР', n: 1, ref: 'donetskOblast' },
      { t: 'Красноармейске', ref: 'pokrovsk' },
      { t: 'Покровск', ref: 'pokrovsk' },
      { t: 'Донецкой народной республике', ref: 'donetskOblast' },
      { t: 'ДНР', n: 2, ref: 'donetskOblast' },
      { t: 'Красноармейска', ref: 'pokrovsk' },
      { t: 'ДНР', n: 4, ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Валерий Герасимов', why: 'person' },
      { t: 'Владимиру Путину', why: 'person' },
      { t: 'Путин', ctx: 'Путин отметил', why: 'person' },
    ],
    skipped: [
      { t: 'Троянда', all: true, why: 'a microdistrict (part of the town)' },
      { t: 'Украины', why: BODY + ' ("вооруженными силами Украины")' },
      { t: 'ДНР', n: 3, why: 'oblast (DPR) inside an official\'s title ("губернатор ДНР"; judgement call)' },
      { t: 'России', n: 1, why: BODY + ' ("ВС России")' },
      { t: 'Краснолиманском', why: AXIS },
      { t: 'РФ', why: BODY + ' ("Генерального штаба ВС РФ")' },
      { t: 'России', n: 2, why: TITLE + ' ("президенту России")' },
      { t: 'Красноармейском', why: AXIS },
    ],
    claims: [
      { t: 'до 5500 военнослужащих', kind: 'count', value: 5500, unit: 'troops', holder: 'UA', claimant: 'Валерий Герасимов', asOf: ['2025-10-26'], note: '"на Красноармейском направлении в окружении российской армии находится до 5500 военнослужащих ВСУ"' },
    ],
    events: [
      { t: 'Покровске', ref: 'pokrovsk', action: 'cleared', actor: 'RU', claimant: MOD, part: true, asOf: ['2025-10-28'], note: 'headline: "Минобороны сообщило о зачистке микрорайона Троянда в Покровске ДНР"' },
      { t: 'Красноармейске', ref: 'pokrovsk', action: 'cleared', actor: 'RU', claimant: MOD, part: true, asOf: ['2025-10-28'], note: '"Российская армия полностью зачистила микрорайон Троянда в Красноармейске (Покровск)"' },
      { t: 'Красноармейска', ref: 'pokrovsk', action: 'controls', actor: 'RU', claimant: PUSHILIN, part: true, asOf: ['2025-10-27'], note: '"27 октября губернатор ДНР Денис Пушилин заявил, что большая часть Красноармейска находится под контролем ВС России"' },
    ],
  },
  {
    file: 'ru-02.txt', language: 'ru', published: '2024-12-16',
    url: 'https://rg.ru/amp/2024/12/16/belousov-v-2024-godu-v-zone-svo-osvobozhdeno-45-tysiachi-kvadratnyh-kilometrov.html',
    notes: 'Stored copy on Российская газета (AMP page), its headline and body as the store gives them; the date and rubric lines ("16.12.2024 14:23", "Власть"), the byline ("Текст: Алексей Комолов"), the link to the full site ("Читать на сайте RG.RU") and the related links after the text ("Состоялась расширенная коллегия Минобороны России", "Белоусов: В ВС РФ сформируют войска беспилотных систем, они появятся в 2025 году", "Армия Минобороны") removed. The date is the page\'s (16 December 2024). Claims (Белоусов): "4,5 тысячи квадратных километров" in the headline, the lead and the quote ("почти": the figure) (area-gained, RU, 2024 to the report, one claim per span as fresh62); "менее 1% территории ЛНР" (area-held, percent, UA: the share the Ukrainian army still holds) and "25-30% ДНР, Запорожской и Херсонской областей" (area-held, percent, UA, the range at its upper bound); "560 тысяч военнослужащих убитыми и ранеными" in 2024 and "приблизились к миллиону человек" since the start (count, casualties, UA: the side that suffers them; "approached a million" read as the figure, as "nearly" is). Not a claim: "порядка 30 квадратных километров за сутки" (a rate). Counted: ЛНР as Luhansk Oblast, ДНР as Donetsk Oblast, "Запорожской и Херсонской областей" as two mentions (as fresh64 reads "Сумской и Харьковской областей"). Skipped: РФ in "министр обороны РФ" (a title). Trap: the person. No event (no settlement named).',
    places: [
      { t: 'ЛНР', ref: 'luhanskOblast' },
      { t: 'ДНР', ref: 'donetskOblast' },
      { t: 'Запорожской', ref: 'zaporizhzhiaOblast' },
      { t: 'Херсонской областей', ref: 'khersonOblast' },
    ],
    traps: [{ t: 'Андрей Белоусов', why: 'person' }],
    skipped: [{ t: 'РФ', why: TITLE + ' ("министр обороны РФ")' }],
    claims: [
      { t: '4,5 тысячи квадратных километров', n: 1, kind: 'area-gained', value: 4500, unit: 'km2', holder: 'RU', claimant: BELOUSOV, asOf: ['2024-01-01', '2024-12-16'], note: 'headline: "В 2024 году в зоне СВО освобождено 4,5 тысячи квадратных километров"' },
      { t: '4,5 тысячи квадратных километров', n: 2, kind: 'area-gained', value: 4500, unit: 'km2', holder: 'RU', claimant: BELOUSOV, asOf: ['2024-01-01', '2024-12-16'], note: '"Российские военные в ходе СВО освободили 4,5 тысячи квадратных километров в 2024 году"' },
      { t: '4,5 тысячи квадратных километров', n: 3, kind: 'area-gained', value: 4500, unit: 'km2', holder: 'RU', claimant: BELOUSOV, asOf: ['2024-01-01', '2024-12-16'], note: '"В этом году российскими войсками освобождено почти 4,5 тысячи квадратных километров территории"' },
      { t: 'менее 1%', kind: 'area-held', value: 1, unit: 'percent', holder: 'UA', claimant: BELOUSOV, asOf: ['2024-12-16'], note: '"ВСУ контролируют менее 1% территории ЛНР"' },
      { t: '25-30%', kind: 'area-held', value: 30, unit: 'percent', holder: 'UA', claimant: BELOUSOV, asOf: ['2024-12-16'], note: '"и 25-30% ДНР, Запорожской и Херсонской областей" (a range: the upper bound)' },
      { t: '560 тысяч военнослужащих', kind: 'count', value: 560000, unit: 'casualties', holder: 'UA', claimant: BELOUSOV, asOf: ['2024-01-01', '2024-12-16'], note: '"потери ВСУ в 2024 году превысили 560 тысяч военнослужащих убитыми и ранеными"' },
      { t: 'миллиону человек', kind: 'count', value: 1000000, unit: 'casualties', holder: 'UA', claimant: BELOUSOV, asOf: ['2022-02-24', '2024-12-16'], note: '"а с начала СВО приблизились к миллиону человек" (judgement call: read as the figure)' },
    ],
  },
  {
    file: 'ru-03.txt', language: 'ru', published: '2025-09-02',
    url: 'https://news.ru/europe/vs-rossii-nachali-sozdavat-zonu-bezopasnosti-v-dnepropetrovskoj-oblasti',
    notes: 'Stored copy on NEWS.ru, its headline, subheading and body as the store gives them; the date line ("02 сентября 2025 в 09:37"), the photo caption and credit ("ВС РФ в зоне СВО ВС РФ в зоне СВО Фото: МО РФ") and the last sentence, cut by the store ("По его словам, украинской армии важно отбить этот населенный пункт, чтоб…"), removed, keeping the whole sentence before it. The date is the page\'s (2 September 2025). Events: "С освобождением Камышевахи" (captured, RU under the owner rule, Пушилин; no day given: dated the report); "в освобожденном селе Запорожском Днепропетровской области" (captured, RU, the soldier Алмаз, "Ранее" with no day: dated the report) and, on the same span, the Ukrainian groups "пытавшихся взять контроль над дорогой" in the village (fighting, UA, the side attacking; judgement call). Not events: the "зона безопасности в Днепропетровской области" (an oblast), "освобождения юга Донецкой Народной Республики" (a region). No claims. Counted: "Донецкой Народной Республики" as Donetsk Oblast. Skipped: "ВС России" (three times, a body), ДНР in "глава ДНР" (an oblast inside an official\'s title; judgement call). Traps: «Россия 24» (a TV channel), «Восток» (twice, a grouping named by a compass word), the persons (Пушилин three times, the call sign Алмаз).',
    places: [
      { t: 'Днепропетровской области', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Донецкой Народной Республики', ref: 'donetskOblast' },
      { t: 'Камышевахи', ref: 'kamyshevakha' },
      { t: 'Запорожском', ref: 'zaporizke' },
    ],
    traps: [
      { t: 'Россия 24', why: 'a TV channel' },
      { t: 'Денис Пушилин', why: 'person' },
      { t: 'Пушилин', ctx: 'Пушилин:', why: 'person' },
      { t: 'Пушилин', ctx: 'сказал Пушилин', why: 'person' },
      { t: 'Восток', all: true, why: GROUPING + ' ("East")' },
      { t: 'Алмаз', why: 'a soldier\'s call sign (person)' },
    ],
    skipped: [
      { t: 'России', all: true, why: BODY + ' ("ВС России")' },
      { t: 'ДНР', why: 'oblast (DPR) inside an official\'s title ("глава ДНР"; judgement call)' },
    ],
    events: [
      { t: 'Камышевахи', ref: 'kamyshevakha', action: 'captured', actor: 'RU', claimant: PUSHILIN, asOf: ['2025-09-02'], note: '"С освобождением Камышевахи можно сказать, что освобожден весь юг республики"' },
      { t: 'Запорожском', ref: 'zaporizke', action: 'captured', actor: 'RU', claimant: 'Алмаз (57-я бригада)', asOf: ['2025-09-02'], note: '"в освобожденном селе Запорожском Днепропетровской области"' },
      { t: 'Запорожском', ref: 'zaporizke', action: 'fighting', actor: 'UA', claimant: 'Алмаз (57-я бригада)', asOf: ['2025-09-02'], note: '"отразили несколько атак диверсионных групп ВСУ, пытавшихся взять контроль над дорогой в освобожденном селе Запорожском" (judgement call)' },
    ],
  },
  {
    file: 'ru-04.txt', language: 'ru', published: '2025-12-17',
    url: 'https://ria.ru/20251217/spetsoperatsiya-2062637396.html',
    notes: 'Stored copy on РИА Новости, its headline, subheading, lead and the first sentence of the quote as the store gives them; the page title line ("… заявил Белоусов - РИА Новости, 17.12.2025"), the rubric ("Специальная военная операция на Украине"), the time line ("14:22 17.12.2025"), the page description ("Группировка войск \\"Восток\\" с ноября освободила … заявил министр... РИА Новости, 17.12.2025"), a stray quotation mark line ("«") and the quote\'s last sentence, cut by the store ("Только с 1 ноября … - сказал Белоусов на расширенном заседании коллегии министерства оборо…"), removed. The date is the page\'s (17 December 2025). Claims (Белоусов, from 1 November to the report, one per span as fresh62): "24 населенных пункта" in the headline, the subheading and the lead (count, settlements, RU), "400 кв км" and "400 квадратных километров" (area-gained, RU). Counted: the dateline\'s МОСКВА (the city), "Запорожской и Днепропетровской областях" as two mentions (twice). Skipped: РФ in "министр обороны РФ" (a title). Traps: "Восток"/"Востока" (four times, a grouping named by a compass word), РИА Новости (the agency). No event (no settlement named).',
    places: [
      { t: 'МОСКВА', ref: 'moscow' },
      { t: 'Запорожской', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Днепропетровской областях', all: true, ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'Востока', why: GROUPING + ' ("East")' },
      { t: 'Восток', all: true, why: GROUPING + ' ("East")' },
      { t: 'РИА Новости', why: 'a news agency' },
      { t: 'Андрей Белоусов', why: 'person' },
    ],
    skipped: [{ t: 'РФ', why: TITLE + ' ("министр обороны РФ")' }],
    claims: [
      { t: '24 населенных пункта', n: 1, kind: 'count', value: 24, unit: 'settlements', holder: 'RU', claimant: BELOUSOV, asOf: ['2025-11-01', '2025-12-17'], note: 'headline: "Военные \\"Востока\\" с ноября освободили 24 населенных пункта"' },
      { t: '24 населенных пункта', n: 2, kind: 'count', value: 24, unit: 'settlements', holder: 'RU', claimant: BELOUSOV, asOf: ['2025-11-01', '2025-12-17'], note: 'subheading' },
      { t: '400 кв км', kind: 'area-gained', value: 400, unit: 'km2', holder: 'RU', claimant: BELOUSOV, asOf: ['2025-11-01', '2025-12-17'], note: 'subheading: "\\"Восток\\" с ноября освободил 24 населенных пункта и 400 кв км"' },
      { t: '24 населенных пункта', n: 3, kind: 'count', value: 24, unit: 'settlements', holder: 'RU', claimant: BELOUSOV, asOf: ['2025-11-01', '2025-12-17'], note: '"Группировка войск \\"Восток\\" с ноября освободила 24 населенных пункта и 400 квадратных километров"' },
      { t: '400 квадратных километров', kind: 'area-gained', value: 400, unit: 'km2', holder: 'RU', claimant: BELOUSOV, asOf: ['2025-11-01', '2025-12-17'] },
    ],
  },
];
