// Hand annotations, Ukrainian articles of tests/eval/fresh52 (see annotations-en.ts for the locators).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const AXIS = 'a front axis named by an adjective';

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2026-02-23',
    url: 'https://inshe.tv/suspilstvo/2026-02-23/980359/',
    notes: 'Stored copy on Інше ТВ, its body as the store gives it (no headline: the manifest\'s title is written from the first sentence); the date is the index\'s and the URL\'s (23 February 2026). Claims (each statement of the figure is a claim, as earlier sets read a restated figure): "відновили контроль над 400 кв. км території" (area-retaken, km², UA, Syrskyi, twice) and "та вісьмома населеними пунктами" (count, settlements, UA, twice); the period is "З кінця січня цього року" to the report (from 21 January, the last third of the month, judgement call). No settlement is named: no event. "Олександрівському напрямку" (twice) is a front axis named by an adjective (skipped); "Південної операційної зони" is a command zone, not a place. Traps: Інше ТВ, Олександр Сирський.',
    places: [],
    traps: [
      { t: 'Інше ТВ', why: 'an outlet' },
      { t: 'Олександр Сирський', why: 'person' },
    ],
    skipped: [{ t: 'Олександрівському', all: true, why: AXIS }],
    claims: [
      { t: '400 кв. км', n: 1, kind: 'area-retaken', value: 400, unit: 'km2', holder: 'UA', claimant: 'Oleksandr Syrskyi', asOf: ['2026-01-21', '2026-02-23'], note: '"З кінця січня ... відновили контроль над 400 кв. км території"' },
      { t: 'вісьмома', n: 1, kind: 'count', value: 8, unit: 'settlements', holder: 'UA', claimant: 'Oleksandr Syrskyi', asOf: ['2026-01-21', '2026-02-23'], note: '"та вісьмома населеними пунктами"' },
      { t: '400 кв. км', n: 2, kind: 'area-retaken', value: 400, unit: 'km2', holder: 'UA', claimant: 'Oleksandr Syrskyi', asOf: ['2026-01-21', '2026-02-23'], note: 'the figure restated in the quotation' },
      { t: 'вісьмома', n: 2, kind: 'count', value: 8, unit: 'settlements', holder: 'UA', claimant: 'Oleksandr Syrskyi', asOf: ['2026-01-21', '2026-02-23'], note: 'the count restated in the quotation' },
    ],
    events: [],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-08-19',
    url: 'https://for-ua.com/article/1247310',
    notes: 'Stored copy on FOR-UA, its body as the store gives it (no headline: the manifest\'s title is written from the first sentence); the last sentence, cut by the store ("Це свідчить про те, що ... на масштаб"), removed. The date is the index\'s (19 August 2025). Events: "активізували свої дії в районі Добропілля" (fighting, RU, the last days), and on 11 August "змогла просунутися вглиб оборони в районі Добропілля і підійшла до населених пунктів Кучерів Яр, Золотий Колодязь та Веселе" (fighting, RU, at Dobropillia and the three villages: an advance to them, DeepState). Not events: "відновити кілька раніше втрачених позицій" (no name). Kucheriv Yar, Zolotyi Kolodiaz and Vesele have no point of their own in an accepted source and are placed near Dobropillia, where the text puts them. Traps: ISW and the Institute, DeepState, the grouping «Дніпро».',
    places: [
      { t: 'Добропілля', all: true, ref: 'dobropillia' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Кучерів Яр', ref: 'kucherivYar' },
      { t: 'Золотий Колодязь', ref: 'zolotyiKolodiaz' },
      { t: 'Веселе', ref: 'veseleDobropillia' },
      { t: 'РФ', ref: 'russia' },
    ],
    traps: [
      { t: 'Інституту вивчення війни', why: 'a think tank' },
      { t: 'ISW', why: 'a think tank' },
      { t: 'DeepState', why: 'a monitoring project' },
      { t: 'Дніпро', why: 'a grouping of forces named after the river' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Добропілля', n: 1, ref: 'dobropillia', action: 'fighting', actor: 'RU', claimant: 'ISW', asOf: ['2025-08-12', '2025-08-19'], note: '"протягом останніх днів активізували свої дії в районі Добропілля"' },
      { t: 'Добропілля', n: 2, ref: 'dobropillia', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-08-11'], note: '"11 серпня армія РФ змогла просунутися вглиб оборони в районі Добропілля"' },
      { t: 'Кучерів Яр', ref: 'kucherivYar', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-08-11'], note: '"підійшла до населених пунктів Кучерів Яр, Золотий Колодязь та Веселе"' },
      { t: 'Золотий Колодязь', ref: 'zolotyiKolodiaz', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-08-11'], note: 'the same advance' },
      { t: 'Веселе', ref: 'veseleDobropillia', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-08-11'], note: 'the same advance' },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2024-12-10',
    url: 'https://cukr.city/?p=75788',
    notes: 'Stored copy on Цукр (cukr.city), its body as the store gives it (no headline: the manifest\'s title is written from the first sentence); the last paragraph, a quotation cut by the store ("— Я неодноразово наголошував, що тримати наші позиції, ... мо"), removed. The page carries no date: it is dated 10 December 2024 from the body ("10 грудня сайт DeepState оновив мапу"; the year by the Kursk salient of 534 and 523 km², December 2024; judgement call). Claims (DeepState\'s map): "територія площею 1,98 км2 окупована росіянами" (area-held, km², RU; the Border Guard denies the breach, which a claim does not carry), "9 грудня ця площа була 534 км2" and "а зараз — 523 км2" (area-held, km², UA, the part of Kursk Oblast the map shows held by Ukraine). Event: the ground held "неподалік села Олександрія" (fighting, RU, DeepState, denied: ground on the approaches to the village, as the approaches convention reads it; added after the first run, see README). Not events: the breach "в Миропільській громаді" (a community) and "до Сумської області" (an oblast). Олександрія here is the Sumy Oblast village (not the city of Kirovohrad Oblast), placed near Myropillia, the seat of its community. Traps: DeepState, Цукр, «Української правди», the television channel «Київ», persons. "Державної прикордонної служби України" is skipped (a body\'s name); "прорив Росією кордону" names the country.',
    places: [
      { t: 'Миропільській громаді', all: true, ref: 'myropilskaHromada' },
      { t: 'Сумської області', all: true, ref: 'sumyOblast' },
      { t: 'Сумщині', all: true, ref: 'sumyOblast' },
      { t: 'Олександрія', ref: 'oleksandriiaSumy' },
      { t: 'Курській області', ref: 'kurskOblast' },
      { t: 'Росією', ref: 'russia' },
    ],
    traps: [
      { t: 'DeepState', all: true, why: 'a monitoring project' },
      { t: 'Цукр', why: 'the outlet' },
      { t: 'Української правди', why: 'an outlet' },
      { t: 'Ольга Кириленко', why: 'person' },
      { t: 'Київ', why: 'a television channel' },
      { t: 'Андрій Демченко', why: 'person' },
    ],
    skipped: [{ t: 'України', why: BODY }],
    claims: [
      { t: '1,98 км2', kind: 'area-held', value: 1.98, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2024-12-10'], note: '"територія площею 1,98 км2 окупована росіянами" (denied by the Border Guard)' },
      { t: '534 км2', kind: 'area-held', value: 534, unit: 'km2', holder: 'UA', claimant: 'DeepState', asOf: ['2024-12-09'], note: '"9 грудня ця площа була 534 км2" (the part of Kursk Oblast shown as Ukrainian-held)' },
      { t: '523 км2', kind: 'area-held', value: 523, unit: 'km2', holder: 'UA', claimant: 'DeepState', asOf: ['2024-12-10'], note: '"а зараз — 523 км2"' },
    ],
    events: [
      { t: 'Олександрія', ref: 'oleksandriiaSumy', action: 'fighting', actor: 'RU', claimant: 'DeepState', denied: true, asOf: ['2024-12-10'], note: '"територія площею 1,98 км2 окупована росіянами. Йдеться про ділянку неподалік села Олександрія": ground held on the approaches to the village, the Border Guard\'s "не відповідає дійсності" denying the breach (added after the first run: the approaches convention, as en-04 reads "near the coal-mining town of Dobropillia")' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2026-03-03',
    url: 'https://news.online.ua/ukrayinski-voyini-zvilnili-460-km2-za-ostanni-2-misiaci-901939/',
    notes: 'Stored copy on ONLINE.UA, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the date is the index\'s (3 March 2026). Claim: "з початку 2026 року змогли повернути під свій контроль 460 км²" (area-retaken, km², UA, Zelensky, 1 January to the report). No settlement is named: no event. Not claims: "200 тисяч українців" (a population). "Сили оборони України" is a body\'s name and "президент України" a title (skipped); "армія РФ", "енергетику України", "не віддасть Росії" and "Донецьку область" are places. Traps: Zelensky, Putin.',
    places: [
      { t: 'РФ', ref: 'russia' },
      { t: 'України', ctx: 'енергетику України', ref: 'ukraine' },
      { t: 'Росії', ref: 'russia' },
      { t: 'Донецьку область', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Володимир Зеленський', all: true, why: 'person' },
      { t: 'Володимир Путін', why: 'person' },
    ],
    skipped: [
      { t: 'України', ctx: 'Сили оборони України', why: BODY },
      { t: 'України', ctx: 'президент України', why: TITLE },
    ],
    claims: [
      { t: '460 км²', kind: 'area-retaken', value: 460, unit: 'km2', holder: 'UA', claimant: 'Volodymyr Zelensky', asOf: ['2026-01-01', '2026-03-03'], note: '"з початку 2026 року змогли повернути під свій контроль 460 км²"' },
    ],
    events: [],
  },
  {
    file: 'uk-05.txt', language: 'uk', published: '2025-12-31',
    url: 'https://glavcom.ua/country/incidents/okupanti-namahajutsja-obijti-vovchansk-sili-oboroni-nazvali-metu-1095898.html',
    notes: 'Stored copy on Главком, its headline, two standfirst lines and body as the store gives them; the rubric line ("Головна Країна Події в Україні"), the repeated headline, the author lines ("Наталія Порощук glavcom.ua") and the photo credit removed; the quotation is kept to its last whole sentence (the store cuts the next: "Їх звідти вибивають, ... і намагаються"). The date is the index\'s (31 December 2025). Events (Trehubov): "Окупанти намагаються обійти Вовчанськ" and "намагаються обійти місто" (fighting, RU: attempts aimed at the town), "Сили оборони закріпилися у Вовчанську вздовж річки" and "сам Вовчанськ ... Там наші закріпилися вздовж річки" (controls, UA, part: the part along the river), "розширювати зону контролю, наприклад у тій самій Вільчій" (fighting, RU). Vilcha has no point of its own in an accepted source and is placed near Vovchansk, which the Russians try to bypass through it. Traps: «Главком», Віктор Трегубов.',
    places: [
      { t: 'Вовчанськ', all: true, ref: 'vovchansk' },
      { t: 'Вовчанську', all: true, ref: 'vovchansk' },
      { t: 'Харківщині', ref: 'kharkivOblast' },
      { t: 'Вільчій', ref: 'vilcha' },
    ],
    traps: [
      { t: 'Главком', why: 'the outlet' },
      { t: 'Віктор Трегубов', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Вовчанськ', n: 1, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: 'Viktor Trehubov', asOf: ['2025-12-31'], note: 'headline "Окупанти намагаються обійти Вовчанськ"' },
      { t: 'Вовчанську', n: 1, ref: 'vovchansk', action: 'controls', actor: 'UA', claimant: 'Viktor Trehubov', part: true, asOf: ['2025-12-31'], note: '"Сили оборони закріпилися у Вовчанську вздовж річки"' },
      { t: 'Вовчанську', n: 2, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: 'Viktor Trehubov', asOf: ['2025-12-31'], note: '"російські окупаційні сили намагаються обійти місто, прагнучи розширити підконтрольну територію"' },
      { t: 'Вовчанськ', n: 2, ref: 'vovchansk', action: 'controls', actor: 'UA', claimant: 'Viktor Trehubov', part: true, asOf: ['2025-12-31'], note: '"сам Вовчанськ ... Там наші закріпилися вздовж річки"' },
      { t: 'Вільчій', ref: 'vilcha', action: 'fighting', actor: 'RU', claimant: 'Viktor Trehubov', asOf: ['2025-12-31'], note: '"намагаються ... розширювати зону контролю, наприклад у тій самій Вільчій"' },
    ],
  },
];
