// Hand annotations, English articles of tests/eval/fresh53. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const SEA = 'a sea (not a settlement or region)';
const AXIS = 'a front axis named after a town';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2023-07-27',
    url: 'https://www.thejournal.ie/ukraine-retakes-village-on-southern-front-from-russia-6130779-Jul2023/',
    notes: 'Stored copy on TheJournal.ie (after AFP), its body as the store gives it (no headline in the store: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("“The Kalibrs attacked port infrastructure in Odesa region,” "), removed. The date is the index\'s (27 July 2023, as the URL\'s "Jul2023" and the Telegram posts of that Thursday). Events: "has recaptured the village of Staromaiorske" (liberated, UA, Ganna Maliar), "“Staromaiorske in the Donetsk region has been liberated" (liberated, UA, Maliar) and "“liberated the village of Staromaoirske”" (the misspelt name in the soldiers\' video Zelenskyy posted: liberated, UA). Not events: "Our defenders are currently carrying out clearing operations" (no place named in the clause), "fighting has intensified significantly in the southern Zaporizhzhia region" (a region), the missile strike on the Odesa region (a strike). Traps: Ganna Maliar, Volodymyr Zelenskyy, Vladimir Putin, Oleg Kiper, Telegram, Kalibr and Shahed (weapons). The Black Sea is skipped (a sea).',
    places: [
      { t: 'Staromaiorske', all: true, ref: 'staromaiorske' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Staromaoirske', ref: 'staromaiorske' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Saint Petersburg', ref: 'saintPetersburg' },
      { t: 'Zaporizhzhia region', ref: 'zaporizhzhiaOblast' },
      { t: 'Odesa region', all: true, ref: 'odesaOblast' },
      { t: 'Russia', all: true, ref: 'russia' },
    ],
    traps: [
      { t: 'Ganna Maliar', why: 'person' },
      { t: 'Volodymyr Zelenskyy', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Oleg Kiper', why: 'person' },
      { t: 'Kalibr', all: true, why: 'a missile' },
      { t: 'Shahed', why: 'a drone' },
    ],
    skipped: [{ t: 'Black Sea', all: true, why: SEA }],
    claims: [],
    events: [
      { t: 'Staromaiorske', n: 1, ref: 'staromaiorske', action: 'liberated', actor: 'UA', claimant: 'Ganna Maliar', asOf: ['2023-07-27'], note: '"has recaptured the village of Staromaiorske from Russian forces on the southern front"' },
      { t: 'Staromaiorske', n: 2, ref: 'staromaiorske', action: 'liberated', actor: 'UA', claimant: 'Ganna Maliar', asOf: ['2023-07-27'], note: '"Staromaiorske in the Donetsk region has been liberated"' },
      { t: 'Staromaoirske', ref: 'staromaiorske', action: 'liberated', actor: 'UA', claimant: 'Ukrainian soldiers (video posted by Zelenskyy)', asOf: ['2023-07-27'], note: '"saying they had “liberated the village of Staromaoirske”"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-03-25',
    url: 'https://thehill.com/policy/international/russia/599713-russia-claims-to-have-gained-control-of-ukrainian-city-izyum/',
    notes: 'Stored copy on The Hill (after CNN), its body as the store gives it (no headline in the store: the manifest\'s title is made from the URL slug). The date is the index\'s (25 March 2022; the Russian claim was made on 24 March). Events: "The Russian military has claimed to have taken control of the Ukrainian city of Izyum" (captured, RU, claimed by the Russian military through RIA-Novosti) with "Ukraine, however, has denied this claim" (denied); "the battle against Russian invasion and takeover of Izyum is “still going on.”" (fighting, RU, Lyudmyla Dolhonovska); "the damage in the battle for Izyum" (fighting, RU, the battle that "began last week"). Not events: "Izyum lies on a main road between Kharkiv and ..." (a location), "The news from Izyum" (a place named), the deportations to Russia. "Luhansk and Donetsk" ("the Russian separatists areas of") are the oblasts. "Moscow-controlled media" names the capital for its government (counted). "Mariupol City Council" is skipped (a city inside a body\'s name); "Mariupol Mayor" is counted (an office, not a body). Traps: RIA-Novosti, CNN, Valerii Zaluzhnyi, Lyudmyla Dolhonovska, Vadym Boichenko.',
    places: [
      { t: 'Izyum', all: true, ref: 'izium' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kharkiv', ref: 'kharkiv' },
      { t: 'Luhansk', ref: 'luhanskOblast' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Mariupol', ctx: 'Mariupol Mayor', ref: 'mariupol' },
    ],
    traps: [
      { t: 'RIA-Novosti', why: 'a news agency' },
      { t: 'CNN', all: true, why: 'a broadcaster' },
      { t: 'Valerii Zaluzhnyi', why: 'person' },
      { t: 'Lyudmyla Dolhonovska', why: 'person' },
      { t: 'Vadym Boichenko', why: 'person' },
    ],
    skipped: [{ t: 'Mariupol', ctx: 'Mariupol City Council', why: "a city inside an official body's name" }],
    claims: [],
    events: [
      { t: 'Izyum', n: 1, ref: 'izium', action: 'captured', actor: 'RU', claimant: 'Russian military (RIA-Novosti)', denied: true, asOf: ['2022-03-24', '2022-03-25'], note: '"The Russian military has claimed to have taken control of the Ukrainian city of Izyum" / "Ukraine, however, has denied this claim"' },
      { t: 'Izyum', n: 2, ref: 'izium', action: 'fighting', actor: 'RU', claimant: 'Lyudmyla Dolhonovska', asOf: ['2022-03-25'], note: '"the battle against Russian invasion and takeover of Izyum is “still going on.”"' },
      { t: 'Izyum', n: 4, ref: 'izium', action: 'fighting', actor: 'RU', claimant: 'CNN', asOf: ['2022-03-18', '2022-03-25'], note: '"the damage in the battle for Izyum" (the battles "began last week")' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-07-04',
    url: 'https://japantoday.com/category/world/ukraine-notes-progress-after-%27difficult%27-week-upsurge-in-bakhmut-fighting',
    notes: 'Stored copy on Japan Today (after Reuters), its body as the store gives it (no headline in the store: the manifest\'s title is made from the URL slug); the author line ("By Pavel Polityuk") removed, and the last paragraph, cut by the store ("Earlier in the day, Maliar said Ukraine had reclaimed 9 square km ... \\"as a result of improving the op"), removed. The date is the index\'s (4 July 2023); "on Monday" is 3 July 2023, and "the past week" the seven days to it. Claim: "37.4 square kilometers" (area-retaken, UA, Hanna Maliar, the past week). Events: Bakhmut "captured by Russian forces in May" (captured, RU, May 2023); "a surge in fighting around the shattered eastern city of Bakhmut" and "fighting near Bakhmut had intensified" (fighting, UA: the attacker of the Russian-held city in Kyiv\'s counteroffensive); "advances of troops on the fringes of Bakhmut" (fighting, UA, the fringes convention); "Russian forces were attacking near Lyman ... and near Avdiivka and Mariinka" (fighting, RU, three). Not events: "to the west of Bakhmut" and "a village south of Bakhmut" (locations). "in the northern Donetsk region" is the oblast. "Ukraine\'s land forces" is skipped (the country inside a body\'s name); "Kyiv\'s counteroffensive" names the capital. Traps: Volodymyr Zelenskyy, Hanna Maliar, Oleksander Syrskyi, Telegram.',
    places: [
      { t: 'Ukraine', ctx: 'Ukraine said on Monday', ref: 'ukraine' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Bakhmut', all: true, ref: 'bakhmut' },
      { t: 'Ukraine', ctx: 'defending Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: "to Ukraine's victory", ref: 'ukraine' },
      { t: 'Lyman', ref: 'lyman' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Avdiivka', ref: 'avdiivka' },
      { t: 'Mariinka', ref: 'marinka' },
    ],
    traps: [
      { t: 'Volodymyr Zelenskyy', why: 'person' },
      { t: 'Hanna Maliar', why: 'person' },
      { t: 'Oleksander Syrskyi', why: 'person' },
    ],
    skipped: [{ t: 'Ukraine', ctx: "Ukraine's land forces", why: BODY }],
    claims: [
      { t: '37.4 square kilometers', kind: 'area-retaken', value: 37.4, unit: 'km2', holder: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-06-26', '2023-07-03'], note: '"took back 37.4 square kilometers of territory in heavy fighting in the past week"' },
    ],
    events: [
      { t: 'Bakhmut', n: 1, ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-05-01', '2023-05-31'], note: '"captured by Russian forces in May after 10 months of battles"' },
      { t: 'Bakhmut', n: 1, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-06-26', '2023-07-03'], note: '"a surge in fighting around the shattered eastern city of Bakhmut" (in Kyiv\'s counteroffensive against the Russian-held city)' },
      { t: 'Lyman', ref: 'lyman', action: 'fighting', actor: 'RU', claimant: 'Hanna Maliar', asOf: ['2023-06-26', '2023-07-03'], note: '"Russian forces were attacking near Lyman"' },
      { t: 'Avdiivka', ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Hanna Maliar', asOf: ['2023-06-26', '2023-07-03'], note: '"and near Avdiivka and Mariinka"' },
      { t: 'Mariinka', ref: 'marinka', action: 'fighting', actor: 'RU', claimant: 'Hanna Maliar', asOf: ['2023-06-26', '2023-07-03'], note: '"and near Avdiivka and Mariinka"' },
      { t: 'Bakhmut', n: 3, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-07-03'], note: '"fighting near Bakhmut had intensified and \\"a struggle is underway to seize the initiative"' },
      { t: 'Bakhmut', n: 5, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Oleksander Syrskyi', asOf: ['2023-07-03'], note: '"reported advances of troops on the fringes of Bakhmut"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2023-07-17',
    url: 'https://www.ndtv.com/world-news/ukraine-says-its-forces-retook-territory-near-bakhmut-4214254',
    notes: 'Stored copy on NDTV (after AFP), its body as the store gives it (no headline in the store: the manifest\'s title is made from the URL slug); the photo caption ("Ukraine called on US and other allies to provide long-range weapons and artillery. (file)") removed. The date is the index\'s (17 July 2023, "today"); "the past week" is the seven days to it. Claim: "seven sq. km (2.5 square miles)" (area-retaken, UA, Ganna Malyar, the past week); "several square kilometres" is no figure. Events: Bakhmut "which Russian forces seized in May" (captured, RU, May 2023) and "retaken several square kilometres of territory around the eastern city of Bakhmut" (fighting, UA: ground retaken around the Russian-held city); "In the Kupyansk area ... Russian forces had been \\"actively advancing since the end of last week\\"" (fighting, RU). Not an event: Bakhmut "destroyed by the longest and bloodiest battle of the war" (destruction described). "the Bakhmut direction" is skipped (a front axis). "Kyiv last month began" names the capital. Traps: Ganna Malyar, Telegram.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Bakhmut', ctx: 'city of Bakhmut', ref: 'bakhmut' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Bakhmut', ctx: 'Bakhmut, once', ref: 'bakhmut' },
      { t: 'United States', ref: 'usa' },
      { t: 'Kupyansk', ref: 'kupiansk' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
    ],
    traps: [{ t: 'Ganna Malyar', why: 'person' }, { t: 'Malyar', n: 2, why: 'person' }],
    skipped: [{ t: 'Bakhmut', ctx: 'Bakhmut direction', why: AXIS }],
    claims: [
      { t: 'seven sq. km (2.5 square miles)', kind: 'area-retaken', value: 7, unit: 'km2', holder: 'UA', claimant: 'Ganna Malyar', asOf: ['2023-07-10', '2023-07-17'], note: '"Over the past week ... the territory of seven sq. km (2.5 square miles) has been liberated"' },
    ],
    events: [
      { t: 'Bakhmut', ctx: 'city of Bakhmut', ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-05-01', '2023-05-31'], note: '"which Russian forces seized in May"' },
      { t: 'Bakhmut', ctx: 'city of Bakhmut', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Ukraine', asOf: ['2023-07-10', '2023-07-17'], note: '"retaken several square kilometres of territory around the eastern city of Bakhmut"' },
      { t: 'Kupyansk', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'Ganna Malyar', asOf: ['2023-07-14', '2023-07-17'], note: '"In the Kupyansk area of Kharkiv region Russian forces had been \\"actively advancing since the end of last week\\""' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2022-10-07',
    url: 'https://kyivindependent.com/news-feed/official-ukraines-military-has-liberated-over-2-400-square-kilometers-in-kherson-oblast',
    notes: 'Stored copy on The Kyiv Independent (its news feed), its headline and body as the store gives them; the date line ("October 7, 2022 6:59 pm", which gives the date) removed. Claim: "over 2,400 square kilometers" in Kherson Oblast (area-retaken, UA, cumulative with no start given: the report\'s day, the convention of tests/eval/dev/claims). No settlement is named: no events. "Ukraine’s military" is skipped (the country inside a body\'s name). Traps: Kyrylo Tymoshenko. The evacuees (22,118 civilians, 3,531 children) are no claim.',
    places: [
      { t: 'Kherson Oblast', ref: 'khersonOblast' },
      { t: 'Ukraine', ctx: 'that Ukraine has', ref: 'ukraine' },
    ],
    traps: [{ t: 'Kyrylo Tymoshenko', why: 'person' }],
    skipped: [{ t: 'Ukraine', ctx: 'Ukraine’s military', why: BODY }],
    claims: [
      { t: 'over 2,400 square kilometers', kind: 'area-retaken', value: 2400, unit: 'km2', holder: 'UA', claimant: 'Kyrylo Tymoshenko', asOf: ['2022-10-07'], note: '"has liberated over 2,400 square kilometers in Kherson Oblast" (cumulative, no start given)' },
    ],
    events: [],
  },
];
