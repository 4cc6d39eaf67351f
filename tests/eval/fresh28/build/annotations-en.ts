// Hand annotations, English articles of tests/eval/fresh28. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-05-23',
    url: 'https://en.interfax.com.ua/news/general/834297.html',
    notes: 'Stored copy of an Interfax-Ukraine (English) news item, its headline and body as the store gives them; the index\'s date prefix, the rubric ("Facts"), the date line ("18:34 23.05.2022"), the headline given a second time (kept once) and the tag line at the end ("Tags: #kharkiv_region #zaluzhny") removed. The date is the date line\'s (23 May 2022, a Monday: "on Monday"). Claims: "24 settlements" liberated in Kharkiv region, three times (count, settlements, UA, Zaluzhny, so far as of the report\'s day, as fresh26 and fresh27 date figures "so far"). Events: "the village of Kutuzovka, which was de-occupied in early May" (liberated, UA, Zaluzhny, 1-10 May 2022); "The Ukrainian servicemen, who liberated the village" names no settlement. "Armed Forces of Ukraine" twice: the country inside a body\'s name (skipped). Traps: Valeriy Zaluzhny, Zaluzhny (three times), Facebook.',
    places: [
      { t: 'Kharkiv region', all: true, ref: 'kharkivOblast' },
      { t: 'Kutuzovka', ref: 'kutuzivka' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [
      { t: 'Valeriy Zaluzhny', why: 'person' },
      { t: 'Zaluzhny', n: 1, why: 'person' },
      { t: 'Zaluzhny', n: 3, why: 'person' },
      { t: 'Zaluzhny', n: 4, why: 'person' },
      { t: 'Facebook', why: 'a social network' },
    ],
    skipped: [{ t: 'Ukraine', all: true, why: OFFICIAL + ' ("the Armed Forces of Ukraine")' }],
    claims: [
      { t: '24 settlements', all: true, kind: 'count', value: 24, unit: 'settlements', holder: 'UA', claimant: 'Valeriy Zaluzhny', asOf: ['2022-05-23'], note: '"Some 24 settlements have been liberated in Kharkiv region"' },
    ],
    events: [
      { t: 'Kutuzovka', ref: 'kutuzivka', action: 'liberated', actor: 'UA', claimant: 'Valeriy Zaluzhny', asOf: ['2022-05-01', '2022-05-10'], note: '"the village of Kutuzovka, which was de-occupied in early May"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2023-02-26',
    url: 'https://www.firstpost.com/world/ukraine-military-denies-wagners-claim-of-capturing-village-near-bakhmut-12209372.html',
    notes: 'Stored copy of a Firstpost news item (after Reuters), its body as the store gives it; the index\'s date prefix and the dateline ("New Delhi: ") removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (26 February 2023, a Sunday: "on Sunday"). Events: Yahidne captured, claimed by Wagner\'s Prigozhin on Saturday and denied by Ukraine\'s military (captured, RU, denied, twice: "denied Russian mercenary Wagner group\'s claim of capturing Yahidne village", "his forces had captured Yahidne"); Berkhivka claimed on Friday ("claimed control of Berkhivka, an adjacent village on the outskirts of Bakhmut": captured, RU, denied by the bulletin that attacks continue there); the "unsuccessful offensives" near Yahidne and Berkhivka (fighting, RU, Ukraine\'s General Staff); "The months-long struggle for Bakhmut" and "progress towards encircling Bakhmut" (fighting, RU). "The fierce battles ... especially near Bakhmut" (fighting, RU: added after the first run, an annotation slip); "near Bakhmut" (a location) and "failed to capture it" carry no event. "the entire Bakhmut front line" names a front (skipped); "Ukraine’s Armed Forces" is a body\'s name (skipped), while "Ukraine’s military" and "Ukraine’s Sunday bulletin" name the country. "Donetsk" twice names the region ("front line in Donetsk", "in Donetsk and elsewhere"). Traps: Wagner (twice), Yevgeny Prigozhin, Vladimir Putin, Reuters.',
    places: [
      { t: 'Yahidne', all: true, ref: 'yahidne' },
      { t: 'Bakhmut', n: 1, ref: 'bakhmut' },
      { t: 'Bakhmut', n: 3, ref: 'bakhmut' },
      { t: 'Bakhmut', n: 4, ref: 'bakhmut' },
      { t: 'Bakhmut', n: 5, ref: 'bakhmut' },
      { t: 'Bakhmut', n: 6, ref: 'bakhmut' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Berkhivka', all: true, ref: 'berkhivka' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Donetsk', n: 2, ref: 'donetskOblast' },
      { t: 'Ukraine', n: 5, ref: 'ukraine' },
      { t: 'Donetsk', n: 3, ref: 'donetskOblast' },
      { t: 'Ukraine', n: 6, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Wagner', all: true, why: 'a mercenary group' },
      { t: 'Yevgeny Prigozhin', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Reuters', why: 'a news agency' },
    ],
    skipped: [
      { t: 'Bakhmut', n: 2, why: 'front named after the city ("the entire Bakhmut front line")' },
      { t: 'Ukraine', n: 3, why: OFFICIAL + ' ("The General Staff of Ukraine’s Armed Forces")' },
    ],
    claims: [],
    events: [
      { t: 'Yahidne', n: 1, ref: 'yahidne', action: 'captured', actor: 'RU', claimant: 'Wagner group', denied: true, asOf: ['2023-02-25'], note: '"Ukraine’s military on Sunday denied Russian mercenary Wagner group’s claim of capturing Yahidne village near Bakhmut"' },
      { t: 'Bakhmut', n: 3, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-02-26'], note: '"The months-long struggle for Bakhmut"' },
      { t: 'Yahidne', n: 2, ref: 'yahidne', action: 'captured', actor: 'RU', claimant: 'Yevgeny Prigozhin', denied: true, asOf: ['2023-02-25'], note: '"Wagner chief Yevgeny Prigozhin said on Saturday his forces had captured Yahidne"' },
      { t: 'Berkhivka', n: 1, ref: 'berkhivka', action: 'captured', actor: 'RU', claimant: 'Yevgeny Prigozhin', denied: true, asOf: ['2023-02-24'], note: '"On Friday, he had claimed control of Berkhivka, an adjacent village on the outskirts of Bakhmut"; the Ukrainian bulletin says attacks continue there' },
      { t: 'Yahidne', n: 3, ref: 'yahidne', action: 'fighting', actor: 'RU', claimant: 'Ukrainian General Staff', asOf: ['2023-02-26'], note: '"“unsuccessful offensives” near six settlements, including Yahidne and Berkhivka"' },
      { t: 'Berkhivka', n: 2, ref: 'berkhivka', action: 'fighting', actor: 'RU', claimant: 'Ukrainian General Staff', asOf: ['2023-02-26'], note: '"“unsuccessful offensives” near six settlements, including Yahidne and Berkhivka"' },
      { t: 'Bakhmut', n: 5, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-02-26'], note: '"The fierce battles along the front lines ... especially near Bakhmut" (added after the first run: an annotation slip)' },
      { t: 'Bakhmut', n: 6, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-02-26'], note: '"Russia has made progress towards encircling Bakhmut"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-01-27',
    url: 'https://menafn.com/1109133745/Ukrainian-Troops-Withdraw-From-Velyka-Novosilka-To-Avoid-Encirclement-Military',
    notes: 'Stored copy of an Ukrinform report on MENAFN, its body as the store gives it; the index\'s date prefix and the source label ("(MENAFN- UkrinForm)") removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (27 January 2025). Events: units "withdrawn" from the southern part of Velyka Novosilka, twice (withdrew, UA, Viktor Trehubov); "the Russian forces have entered a significant portion of the settlement" names no settlement ("the settlement"); "attempted to assault positions in Vovchansk" (fighting, RU). "the Kramatorsk and Toretsk sectors" name front sectors (skipped). Traps: Viktor Trehubov, Trehubov, Ukrinform (twice), Khortytsia (twice, a group of forces named after an island).',
    places: [
      { t: 'Velyka Novosilka', all: true, ref: 'velykaNovosilka' },
      { t: 'Vovchansk', ref: 'vovchansk' },
    ],
    traps: [
      { t: 'Viktor Trehubov', why: 'person' },
      { t: 'Trehubov', n: 2, why: 'person' },
      { t: 'Ukrinform', all: true, why: 'a news agency' },
      { t: 'Khortytsia', all: true, why: 'group of forces named after an island' },
    ],
    skipped: [
      { t: 'Kramatorsk', why: 'front sector named after the city ("the Kramatorsk and Toretsk sectors")' },
      { t: 'Toretsk', why: 'front sector named after the town ("the Kramatorsk and Toretsk sectors")' },
    ],
    claims: [],
    events: [
      { t: 'Velyka Novosilka', n: 1, ref: 'velykaNovosilka', action: 'withdrew', actor: 'UA', claimant: 'Viktor Trehubov', part: true, asOf: ['2025-01-27'], note: '"To prevent the encirclement of the Ukrainian forces in the southern part of Velyka Novosilka, units of the Defense Forces have been withdrawn from the area"' },
      { t: 'Velyka Novosilka', n: 2, ref: 'velykaNovosilka', action: 'withdrew', actor: 'UA', claimant: 'Viktor Trehubov', part: true, asOf: ['2025-01-27'], note: '"in the southern part of the settlement (Velyka Novosilka), they were withdrawn from there"' },
      { t: 'Vovchansk', ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: 'Ukrinform', asOf: ['2025-01-27'], note: '"The enemy unsuccessfully attempted to assault positions in Vovchansk"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-03-16',
    url: 'https://newsforall.eu/new-york-times/ukraine-withdraws-from-most-of-kursk-region-leaving-only-a-small-area-unclaimed',
    notes: 'Stored copy of a newsforall.eu retelling of a New York Times report, its body as the store gives it; the source line at the end ("Source: https://www.nytimes.com/2025/03/16/world/europe/kursk-russia-ukraine.html") removed. The store gives no headline: the manifest title is made from the URL slug. The date is the source URL\'s (16 March 2025). Claims: the campaign "having shrunk from some 500 square miles" (area-held-peak, mi2, UA, Pasi Paroinen, the height of the incursion in August 2024, as earlier sets date the peak) "to just 30 square miles" (area-held, mi2, UA, Pasi Paroinen, the report\'s day). Events: "forced to retreat from numerous villages and the key town of Sudzha" (withdrew, UA, the first half of March 2025). "withdrawn from much of the Kursk region" and "The withdrawal from Kursk" name the oblast (no event). "U.S.-backed" names the United States; "Finland-based" Finland; "Moscow’s counterattacks" the government by its capital. Traps: Pasi Paroinen, Black Bird Group, Kremlin (the government named by its seat), Marco Rubio, Sergey Lavrov.',
    places: [
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Finland', ref: 'finland' },
      { t: 'Sudzha', ref: 'sudzha' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Sumy region', ref: 'sumyOblast' },
      { t: 'Kursk', n: 3, ref: 'kurskOblast' },
      { t: 'U.S.', ref: 'usa' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [
      { t: 'Pasi Paroinen', why: 'person' },
      { t: 'Black Bird Group', why: 'an analysts\' group' },
      { t: 'Kremlin', why: 'the government named by its seat' },
      { t: 'Marco Rubio', why: 'person' },
      { t: 'Sergey Lavrov', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '500 square miles', kind: 'area-held-peak', value: 500, unit: 'mi2', holder: 'UA', claimant: 'Pasi Paroinen', asOf: ['2024-08-06', '2024-08-31'], note: '"the Ukrainian campaign ... having shrunk from some 500 square miles"' },
      { t: '30 square miles', kind: 'area-held', value: 30, unit: 'mi2', holder: 'UA', claimant: 'Pasi Paroinen', asOf: ['2025-03-16'], note: '"to just 30 square miles"' },
    ],
    events: [
      { t: 'Sudzha', ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2025-03-01', '2025-03-16'], note: '"they have been forced to retreat from numerous villages and the key town of Sudzha"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2026-02-08',
    url: 'https://www.devdiscourse.com/article/law-order/3797249-russian-forces-advance-in-eastern-ukraine',
    notes: 'Stored copy of a Devdiscourse news item (after Reuters), its body as the store gives it; the index\'s date prefix removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s (8 February 2026, a Sunday: "on Sunday"). Events: "the successful capture of two settlements, Hlushkivka ... and Sydorivka" (captured, RU, Russia\'s defense ministry; denied: "not yet independently verified by Reuters", as fresh26 gives an unconfirmed claim). "Russia\'s defense ministry" is a body\'s name (skipped). Traps: Reuters.',
    places: [
      { t: 'Hlushkivka', ref: 'hlushkivka' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
      { t: 'Sydorivka', ref: 'sydorivka' },
      { t: 'Sumy region', ref: 'sumyOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
    ],
    traps: [{ t: 'Reuters', why: 'a news agency' }],
    skipped: [{ t: 'Russia', why: OFFICIAL + ' ("Russia\'s defense ministry")' }],
    claims: [],
    events: [
      { t: 'Hlushkivka', ref: 'hlushkivka', action: 'captured', actor: 'RU', claimant: "Russia's defense ministry", denied: true, asOf: ['2026-02-08'], note: '"reported on Sunday the successful capture of two settlements, Hlushkivka in the eastern Kharkiv region and Sydorivka"; not verified' },
      { t: 'Sydorivka', ref: 'sydorivka', action: 'captured', actor: 'RU', claimant: "Russia's defense ministry", denied: true, asOf: ['2026-02-08'], note: '"and Sydorivka in the Sumy region of Ukraine"; not verified' },
    ],
  },
];
