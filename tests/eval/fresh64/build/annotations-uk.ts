// Hand annotations, Ukrainian articles of tests/eval/fresh64. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const TITLE = "a city inside an official's title (the city military administration)";
const BESEDIN = 'Андрій Беседін (Куп\'янська МВА)';
const REGIMENT = '225 окремий штурмовий полк';
const TREHUBOV = 'Віктор Трегубов (Угруповання об’єднаних сил)';
const EAST = 'УВ «Схід»';
const AUTUMN = ['2025-09-01', '2025-12-25'] as const;

export const UK: ArticleAnnotation[] = [
  {
    file: 'uk-01.txt', language: 'uk', published: '2025-09-23',
    url: 'https://redpost.com.ua/news/1285363-na-harkivschini-boyi-ydut-u-mensh-nizh-kilometri-vid-kup-yanska',
    notes: 'Stored copy on РЕДПОСТ, its headline and body as the store gives them (with the store\'s line breaks before two commas); the date and byline line ("23.09.2025 20:00 Дмитро Колонєй"), the headline repeated as an image caption and the last sentence, cut by the store ("У місті, в якому на правому березі Осколу лишається 702 людини, немає світла, води, г…"), removed. The date is the page\'s (23 September 2025). Events: the headline\'s "Сили оборони стримують ворога у менш ніж кілометрі від Куп\'янська" and "поблизу Куп\'янська йдуть бої у менш ніж кілометр від міста" (fighting, RU, the attacker at the approaches, claimant Беседін); "Вся територія міста і громади перебувають під контролем ЗСУ. У Куп\'янську проводяться заходи" (controls, UA; anchored on the name in the next sentence of the same quote, judgement call). Not events: the search for sabotage groups and "зачищають місто" (ground searched for the enemy is not ground changing hands, as fresh10; the clause names no settlement either), "повністю контрольована Силами оборони" (no name in the clause). Skipped: Kupiansk inside "Куп\'янської МВА" (twice: the city\'s military administration in an official\'s title). Traps: РЕДПОСТ (the outlet), the person (twice). No claim.',
    places: [
      { t: 'Харківщині', all: true, ref: 'kharkivOblast' },
      { t: 'Куп\'янська', all: true, ref: 'kupiansk' },
      { t: 'Куп\'янську', ref: 'kupiansk' },
    ],
    traps: [
      { t: 'РЕДПОСТ', why: 'the outlet' },
      { t: 'Андрій Беседін', all: true, why: 'person' },
    ],
    skipped: [{ t: 'Куп\'янської', all: true, why: TITLE + ' ("керівник Куп\'янської МВА")' }],
    events: [
      { t: 'Куп\'янська', n: 1, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: BESEDIN, asOf: ['2025-09-23'], note: 'headline: "Сили оборони стримують ворога у менш ніж кілометрі від Куп\'янська" (the approaches)' },
      { t: 'Куп\'янську', ref: 'kupiansk', action: 'controls', actor: 'UA', claimant: BESEDIN, asOf: ['2025-09-23'], note: '"Вся територія міста і громади перебувають під контролем ЗСУ. У Куп\'янську проводяться заходи" (judgement call: anchored on the name in the next sentence)' },
      { t: 'Куп\'янська', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: BESEDIN, asOf: ['2025-09-23'], note: '"поблизу Куп\'янська йдуть бої у менш ніж кілометр від міста"' },
    ],
  },
  {
    file: 'uk-02.txt', language: 'uk', published: '2025-12-25',
    url: 'https://www.rbc.ua/rus/news/ukrayina-zvilnila-vid-okupantiv-p-yat-sil-1766684882.html',
    notes: 'Stored copy on РБК-Україна (the Ukrainian text under the /rus/ path), its headline and body as the store gives them; the map caption ("Фото: звільнені населені пункти на карті (натисніть, щоб збільшити)"), the subheading "Бої в Дніпропетровській області" and the paragraph after it, cut by the store ("Нагадаємо, ще наприкінці серпня цього року в …"), removed. The date is the page\'s (25 December 2025). Events: the five villages listed as "звільнених" (liberated, UA: retaken by the owner, claimant the regiment, over the autumn operation of "понад 100 діб" to the report; judgement call on the period). Claims: "п\'ять сіл" in the headline and the lead and "П\'ять звільнених сіл" in the regiment\'s quote (count, settlements, UA; three spans, each a claim, as fresh62 counts a restated figure). Not claims: the "100 днів" / "100 діб" of the operation. The same five villages are in fresh56 (uk-01, another outlet\'s article on the regiment\'s post); this article and its text are not in the repo. Counted: "Україна" in the headline (the country as the actor). Traps: РБК-Україна (an outlet with a place word), Telegram. Namesakes: Sosnivka and Novoselivka (many), placed at the oblast the text names.',
    places: [
      { t: 'Україна', n: 1, ref: 'ukraine' },
      { t: 'Дніпропетровщині', ref: 'dnipropetrovskOblast' },
      { t: 'Дніпропетровській області', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Орестопіль', ref: 'orestopil' },
      { t: 'Соснівка', ref: 'sosnivka' },
      { t: 'Хороше', ref: 'khoroshe' },
      { t: 'Вороне', ref: 'vorone' },
      { t: 'Новоселівка', ref: 'novoselivka' },
    ],
    traps: [
      { t: 'РБК-Україна', why: 'an outlet with a place word in its name' },
      { t: 'Telegram', why: 'a messaging service' },
    ],
    claims: [
      { t: 'п\'ять сіл', n: 1, kind: 'count', value: 5, unit: 'settlements', holder: 'UA', claimant: REGIMENT, asOf: AUTUMN, note: 'headline: "Україна звільнила від окупантів п\'ять сіл на Дніпропетровщині"' },
      { t: 'п\'ять сіл', n: 2, kind: 'count', value: 5, unit: 'settlements', holder: 'UA', claimant: REGIMENT, asOf: AUTUMN, note: '"Українські захисники за понад 100 днів деокупували п\'ять сіл у Дніпропетровській області"' },
      { t: 'П\'ять звільнених сіл', kind: 'count', value: 5, unit: 'settlements', holder: 'UA', claimant: REGIMENT, asOf: AUTUMN, note: 'the regiment\'s post: "П\'ять звільнених сіл у Дніпропетровській області"' },
    ],
    events: [
      { t: 'Орестопіль', ref: 'orestopil', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: AUTUMN, note: '"йдеться про такі села: - Орестопіль; - Соснівка; - Хороше; - Вороне; - Новоселівка" (the five "звільнених сіл")' },
      { t: 'Соснівка', ref: 'sosnivka', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: AUTUMN },
      { t: 'Хороше', ref: 'khoroshe', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: AUTUMN },
      { t: 'Вороне', ref: 'vorone', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: AUTUMN },
      { t: 'Новоселівка', ref: 'novoselivka', action: 'liberated', actor: 'UA', claimant: REGIMENT, asOf: AUTUMN },
    ],
  },
  {
    file: 'uk-03.txt', language: 'uk', published: '2025-12-23',
    url: 'https://for-ua.com/article/1253060',
    notes: 'Stored copy on ФОРУМ (for-ua.com), its body as the store gives it (no headline, and the URL has no slug: the manifest\'s title is written from the body); the last sentence, cut by the store ("Згодом стало відомо, що п…"), removed. The date is the page\'s (23 December 2025). Events: "поблизу села Грабовське тривають бойові дії" (fighting, RU, the attacker, claimant Трегубов); "Окупанти увійшли до Грабовського з наміром захопити населений пункт" (entered, RU); "намагалися просунутися у напрямку села Рясне" (fighting, RU: an advance toward a settlement). Not events: "До населеного пункту зайшло близько сотні російських військових" and "намагаються закріпитися у південній частині села" (no name in the clause; the entry is carried by "увійшли до Грабовського"), the civilians taken "села Грабовське". Claim: "близько сотні російських військових" (count, troops, RU, Трегубов). Counted: РФ in "на території РФ" (the country), "Краснопільської громади" (the hromada). Skipped: України in "Сили оборони України" (a body). Traps: «Суспільне» (an outlet), the person (twice).',
    places: [
      { t: 'Сумської області', all: true, ref: 'sumyOblast' },
      { t: 'Грабовське', all: true, ref: 'hrabovske' },
      { t: 'Рясне', ref: 'riasne' },
      { t: 'Грабовського', ref: 'hrabovske' },
      { t: 'РФ', ref: 'russia' },
      { t: 'Краснопільської громади', ref: 'krasnopilliaHromada' },
    ],
    traps: [
      { t: 'Суспільне', why: 'an outlet' },
      { t: 'Віктора Трегубова', why: 'person' },
      { t: 'Трегубов', ctx: 'Трегубов зазначив', why: 'person' },
    ],
    skipped: [{ t: 'України', why: "country inside an official body's name (\"Сили оборони України\")" }],
    claims: [
      { t: 'близько сотні російських військових', kind: 'count', value: 100, unit: 'troops', holder: 'RU', claimant: TREHUBOV, asOf: ['2025-12-23'], note: '"До населеного пункту зайшло близько сотні російських військових"' },
    ],
    events: [
      { t: 'Грабовське', n: 1, ref: 'hrabovske', action: 'fighting', actor: 'RU', claimant: TREHUBOV, asOf: ['2025-12-23'], note: '"поблизу села Грабовське тривають бойові дії"' },
      { t: 'Рясне', ref: 'riasne', action: 'fighting', actor: 'RU', claimant: TREHUBOV, asOf: ['2025-12-23'], note: '"намагалися просунутися у напрямку села Рясне" (an advance toward a settlement)' },
      { t: 'Грабовського', ref: 'hrabovske', action: 'entered', actor: 'RU', claimant: TREHUBOV, asOf: ['2025-12-23'], note: '"Окупанти увійшли до Грабовського з наміром захопити населений пункт"' },
    ],
  },
  {
    file: 'uk-04.txt', language: 'uk', published: '2026-02-16',
    url: 'https://novosti.dn.ua/news/415703-ukrayinski-vijska-ne-daly-rosijskij-armiyi-na-bronetehnitsi-prorvatysya-vglyb-myrnograda-zsu',
    notes: 'Stored copy on Новини Донбасу, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug; the store\'s blank lines between paragraphs kept); the map caption ("Ситуація у Мирнограді. Фото: карта DeepState") and the last paragraph, cut by the store ("Нагадаємо, що 15 лютого Сили оборони України уразили вузол зв\'язку та пу…"), removed. The date is the page\'s (16 February 2026). Events: "Українські війська тримають визначені оборонні рубежі у місті Мирноград" (controls, UA, as an earlier set reads "hold their lines in the town"); "Окупанти посилюють тиск на північну частину міста, намагаються накопичувати … для охоплення та подальшого штурму Мирнограда" (fighting, RU, the pressure on the town, judgement call); "продовжуються пошуково-ударні дії наших підрозділів у Мирнограді та на його околицях" (fighting, UA, as fresh62 reads "Сили оборони продовжують ведення операцій … у Вугледарі", judgement call). Not events: the attempted breakthroughs "вглиб міста" (no name). Traps: «Схід» twice (a grouping named by a compass word). No claim.',
    places: [
      { t: 'Мирноград', ref: 'myrnohrad' },
      { t: 'Донецької області', ref: 'donetskOblast' },
      { t: 'Мирнограда', ref: 'myrnohrad' },
      { t: 'Мирнограді', ref: 'myrnohrad' },
    ],
    traps: [{ t: 'Схід', all: true, why: 'a military grouping named by a compass word ("East")' }],
    events: [
      { t: 'Мирноград', ref: 'myrnohrad', action: 'controls', actor: 'UA', claimant: EAST, asOf: ['2026-02-16'], note: '"Українські війська тримають визначені оборонні рубежі у місті Мирноград"' },
      { t: 'Мирнограда', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: EAST, asOf: ['2026-02-16'], note: '"Окупанти посилюють тиск на північну частину міста, намагаються накопичувати ... для охоплення та подальшого штурму Мирнограда" (judgement call)' },
      { t: 'Мирнограді', ref: 'myrnohrad', action: 'fighting', actor: 'UA', claimant: EAST, asOf: ['2026-02-16'], note: '"продовжуються пошуково-ударні дії наших підрозділів у Мирнограді та на його околицях" (judgement call, as fresh62 uk-01)' },
    ],
  },
];
