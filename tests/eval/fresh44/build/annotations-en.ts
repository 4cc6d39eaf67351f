// Hand annotations, English articles of tests/eval/fresh44. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MOD = 'Russian Defence Ministry';
const DEEPSTATE = 'DeepState';
const GENSTAFF = 'Ukrainian General Staff';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-09-08',
    url: 'https://www.themoscowtimes.com/2024/09/08/russian-military-says-it-has-captured-town-in-eastern-ukraine-a86299',
    notes: 'Stored copy on The Moscow Times (after AFP), its headline and body as the store gives them; the close mark ("×"), the by-line ("By AFP"), the photo caption and credit ("Residential building in Novohrodivka after a Russian air strike in November 2023 npu.gov.ua") and the tag line ("Donetsk , Ukraine war") removed. The date is the URL\'s (8 September 2024, "on Sunday"). Events: "liberated the locality of Novohrodivka" (captured, RU, the ministry: a Ukrainian town), "advancing on the strategic city of Pokrovsk" and "closing in on the key logistics hub of Pokrovsk" (fighting, RU: an advance on a named town and its approaches). Not events: "captured a town in eastern Ukraine" (no name), "some 20 kilometers from Pokrovsk city" (a location), "gain ground in Donetsk" and "capture the eastern Donbas area" (regions; the second an aim). No claims (14,000 is a population, 30 months a duration). Traps: Vladimir Putin. Skipped: Russia in "Russia\'s Defense Ministry", Kursk in "Ukraine\'s Kursk counteroffensive" (the operation\'s name).',
    places: [
      { t: 'Ukraine', ctx: 'Captured Town in Eastern Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: 'a town in eastern Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: 'main aim in Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: "claimed that Ukraine's", ref: 'ukraine' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Pokrovsk', all: true, ref: 'pokrovsk' },
      { t: 'Novohrodivka', ref: 'novohrodivka' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Donetsk', ctx: 'ground in Donetsk', ref: 'donetskOblast' },
      { t: 'Donetsk', ctx: 'includes Donetsk', ref: 'donetskOblast' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Kursk region', ref: 'kurskOblast' },
      { t: 'Donbas', ref: 'donbas' },
    ],
    traps: [
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', ctx: "Russia's Defense Ministry", why: OFFICIAL + ' ("Russia\'s Defense Ministry")' },
      { t: 'Kursk', ctx: 'Kursk counteroffensive', why: 'the operation\'s name ("Ukraine\'s Kursk counteroffensive")' },
    ],
    claims: [],
    events: [
      { t: 'Novohrodivka', ref: 'novohrodivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-09-08'], note: '"Russian forces have \\"liberated the locality of Novohrodivka\\" in the Donetsk region" (a Ukrainian town: captured)' },
      { t: 'Pokrovsk', n: 1, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-09-08'], note: '"where Moscow\'s forces are advancing on the strategic city of Pokrovsk"' },
      { t: 'Pokrovsk', n: 3, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-09-08'], note: '"its troops are now closing in on the key logistics hub of Pokrovsk" (its approaches)' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-09-17',
    url: 'https://www.nzherald.co.nz/world/russia-captures-ukrainsk-town-in-east-ukraine-reports/VYRCNDP575A63IIZ7NI5KO2AZU/',
    notes: 'Stored copy on The New Zealand Herald (after Reuters), its body as the store gives it in two excerpts, joined in their order in the report (no headline: the manifest\'s title is made from the URL slug). The date is the index\'s (17 September 2024; "on Tuesday"). Events: "Russian forces have captured the Ukrainian town of Ukrainsk" (captured, RU, RIA and the bloggers; unconfirmed: "Reuters was unable to immediately verify battlefield claims"), "Ukrainsk is ours" (controls, RU, Podolyaka), "had encircled Ukrainsk earlier this month" (fighting, RU, September 2024), "advanced westwards towards Pokrovsk" (fighting, RU: toward a named town). Not events: the flag "on the outskirts of the town" (no name), Hirnyk and Selydove "were the next targets" (aims), "took a chunk of Russia’s Kursk region" and "Russia annexed Crimea" (regions), attempts "into the Kursk region" (a region). Claims: "about a fifth of Ukraine", "98.5 per cent of the Luhansk region" and "60% of the Donetsk region" (area-held, percent, RU, open source maps, the day of the report), "roughly one million" killed or wounded in the war (count, casualties, both sides, the Wall Street Journal, since 24 February 2022). Not claims: populations, "26 in just the past six days" (attacks), "hundreds of thousands of soldiers" (no figure). Traps: RIA, Yuri Podolyaka, Reuters, Vladimir Putin, the Wall Street Journal. Skipped: Maidan in "Maidan Revolution" (an event\'s name).',
    places: [
      { t: 'Ukrainsk', all: true, ref: 'ukrainsk' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Donbas', n: 1, ref: 'donbas' },
      { t: 'Donbas region', ref: 'donbas' },
      { t: 'Donbas', n: 3, ref: 'donbas' },
      { t: 'Donbas', n: 4, ref: 'donbas' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Hirnyk', ref: 'hirnyk' },
      { t: 'Selydove', ref: 'selydove' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Luhansk region', ref: 'luhanskOblast' },
      { t: 'Crimea', ref: 'crimea' },
    ],
    traps: [
      { t: 'RIA', all: true, why: 'a news agency' },
      { t: 'Yuri Podolyaka', why: 'person' },
      { t: 'Podolyaka', n: 2, why: 'person' },
      { t: 'Reuters', why: 'a news agency' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Wall Street Journal', why: 'a newspaper' },
    ],
    skipped: [
      { t: 'Maidan', why: 'an event\'s name ("Maidan Revolution")' },
    ],
    claims: [
      { t: 'about a fifth of Ukraine', kind: 'area-held', value: 20, unit: 'percent', holder: 'RU', claimant: 'open source maps', asOf: ['2024-09-17'], note: '"Russian forces, which have taken about a fifth of Ukraine" (a fifth: 20 %)' },
      { t: '98.5 per cent of the Luhansk region', kind: 'area-held', value: 98.5, unit: 'percent', holder: 'RU', claimant: 'open source maps', asOf: ['2024-09-17'], note: '"control 98.5 per cent of the Luhansk region ... according to the same sources"' },
      { t: '60% of the Donetsk region', kind: 'area-held', value: 60, unit: 'percent', holder: 'RU', claimant: 'open source maps', asOf: ['2024-09-17'], note: '"and 60% of the Donetsk region"' },
      { t: 'roughly one million', kind: 'count', value: 1000000, unit: 'casualties', holder: null, claimant: 'Wall Street Journal', asOf: ['2022-02-24', '2024-09-17'], note: '"The number of Ukrainians and Russians killed or wounded in the war has reached roughly one million" (both sides, the whole war)' },
    ],
    events: [
      { t: 'Ukrainsk', n: 1, ref: 'ukrainsk', action: 'captured', actor: 'RU', claimant: 'RIA', denied: true, asOf: ['2024-09-17'], note: '"Russian forces have captured the Ukrainian town of Ukrainsk" (unconfirmed: "Reuters was unable to immediately verify battlefield claims")' },
      { t: 'Ukrainsk', n: 2, ref: 'ukrainsk', action: 'controls', actor: 'RU', claimant: 'Yuri Podolyaka', denied: true, asOf: ['2024-09-17'], note: '"\\"Ukrainsk is ours,\\" said Yuri Podolyaka" (the same unverified claim)' },
      { t: 'Ukrainsk', n: 3, ref: 'ukrainsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-09-01', '2024-09-17'], note: '"Russian forces had encircled Ukrainsk earlier this month"' },
      { t: 'Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-09-01', '2024-09-17'], note: '"as they advanced westwards towards Pokrovsk" (toward a named town)' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-04-06',
    url: 'https://www.anews.com.tr/world/2025/04/06/russia-says-it-captured-village-in-northeastern-ukraine',
    notes: 'Stored copy on A News, its headline and body as the store gives them; trailing blank lines removed. The date is the URL\'s (6 April 2025, "Sunday"). Events: "captured the village of Basivka" (captured, RU, the ministry; unconfirmed: "Ukraine has not commented on Russia\'s latest claim, and independent verification of the claim remains difficult"), the strikes that "targeted areas near the villages of Gornal, Guyevo, and Oleshnya" and 12 Sumy settlements "including Basivka" (fighting, RU: the ministry\'s strikes at named places). Not events: "took control of a village in Ukraine\'s northeastern Sumy region" (no name), "Clashes have escalated ... along the Russia-Ukraine border" (no settlement). No claims ("more than a dozen settlements" and "12 settlements" are places struck, not taken). Traps: "North" (a grouping). Russia and Ukraine in "the Russia-Ukraine border" are the countries.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Sumy region', all: true, ref: 'sumyOblast' },
      { t: 'Sumy', ctx: 'the Sumy and Kharkiv', ref: 'sumyOblast' },
      { t: 'Kharkiv regions', ref: 'kharkivOblast' },
      { t: 'Basivka', all: true, ref: 'basivka' },
      { t: 'Gornal', ref: 'gornal' },
      { t: 'Guyevo', ref: 'guyevo' },
      { t: 'Oleshnya', ref: 'oleshnya' },
      { t: 'Kursk', ref: 'kurskOblast' },
    ],
    traps: [
      { t: 'North', why: 'a grouping of forces ("North" military grouping)' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Basivka', n: 1, ref: 'basivka', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-04-06'], note: '"Russian troops from the \\"North\\" military grouping captured the village of Basivka" (unconfirmed: no comment from Ukraine, verification difficult)' },
      { t: 'Gornal', ref: 'gornal', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-04-06'], note: '"The attacks reportedly targeted areas near the villages of Gornal, Guyevo, and Oleshnya" (strikes in the areas of named places)' },
      { t: 'Guyevo', ref: 'guyevo', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-04-06'], note: 'the same list' },
      { t: 'Oleshnya', ref: 'oleshnya', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-04-06'], note: 'the same list' },
      { t: 'Basivka', n: 2, ref: 'basivka', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-04-06'], note: '"as well as 12 settlements in the Sumy region, including Basivka"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-07-26',
    url: 'https://kyivindependent.com/ukraine-disrupts-russian-advance-into-sumy-oblast-pushing-the-forces-out-zelensky-says/',
    notes: 'Stored copy on The Kyiv Independent, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the map caption ("A map of Ukraine\'s Sumy Oblast (Nizar al-Rifal/The Kyiv Independent)") removed. The date is the index\'s (26 July 2025, "on July 26"). Events: "Ukrainian forces had liberated the village of Kindrativka" (liberated, UA, DeepState, 25 July 2025). Not events: "pushed back Russian troops in Sumy Oblast" and "capturing around a dozen border villages" (no settlement named), the buffer zone (an aim). Claims: "around a dozen border villages" captured since early June (count, settlements, RU, the paper, 1 June to 26 July 2025), "a 50,000-strong Russian force" (count, troops, RU, Zelensky, May 2025). Traps: Volodymyr Zelensky, Vladimir Putin, Oleksandr Syrskyi, DeepState.',
    places: [
      { t: 'Sumy Oblast', all: true, ref: 'sumyOblast' },
      { t: 'Sumy region', ref: 'sumyOblast' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kindrativka', ref: 'kindrativka' },
    ],
    traps: [
      { t: 'Volodymyr Zelensky', why: 'person' },
      { t: 'Zelensky', n: 2, why: 'person' },
      { t: 'Zelensky', n: 3, why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Oleksandr Syrskyi', why: 'person' },
      { t: 'Syrskyi', n: 2, why: 'person' },
      { t: 'DeepState', why: 'a monitoring group' },
    ],
    skipped: [],
    claims: [
      { t: 'around a dozen border villages', kind: 'count', value: 12, unit: 'settlements', holder: 'RU', claimant: null, asOf: ['2025-06-01', '2025-07-26'], note: '"Russia opened a new front in Sumy Oblast in early June, capturing around a dozen border villages"' },
      { t: '50,000', kind: 'count', value: 50000, unit: 'troops', holder: 'RU', claimant: 'Volodymyr Zelensky', asOf: ['2025-05-01', '2025-05-31'], note: '"Zelensky warned in May that a 50,000-strong Russian force was massing near the oblast"' },
    ],
    events: [
      { t: 'Kindrativka', ref: 'kindrativka', action: 'liberated', actor: 'UA', claimant: DEEPSTATE, asOf: ['2025-07-25'], note: '"DeepState reported on July 25 that Ukrainian forces had liberated the village of Kindrativka"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-07-27',
    url: 'https://www.newsx.com/world/russia-claims-capture-of-two-ukraine-villages-fighting-intensifies-30659/',
    notes: 'Stored copy on NewsX (after Reuters), its body and subheadings as the store gives them (no headline: the manifest\'s title is made from the URL slug). The date is the index\'s (27 July 2025); the claim is of "Saturday" (26 July 2025). Events: "captured two villages ...: Zelenyi Hai ... and Maliivka" (captured, RU, the ministry; unconfirmed: "Ukraine did not confirm losing these villages"), the General Staff\'s "attack on Zelenyi Hai" and "attempts in Maliivka were halted" (fighting, RU), "intense battles near the logistics hub of Pokrovsk" and "the attacks on Pokrovsk" (fighting, RU). Not events: Zelenyi Hai described as "a major stronghold" (a description), "successful actions ... in Sumy" (a region), "territory in Dnipropetrovsk" (a region). Claims: "captured two villages" (count, settlements, RU, the ministry, 26 July 2025; an annotation slip found by the first run: the set had left it out, against the convention that a count of settlements taken is a claim). Not claims: "11 times in the past 24 hours" (attacks). Traps: Reuters, Volodymyr Zelenskyy, Viktor Trehubov. Skipped: Russia in "Russia’s Defense Ministry".',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Russia', ctx: 'where Russia had', ref: 'russia' },
      { t: 'Russia', ctx: 'Russia and Ukraine held', ref: 'russia' },
      { t: 'Russia', ctx: 'Russia has, in', ref: 'russia' },
      { t: 'Russia', ctx: 'region Russia does', ref: 'russia' },
      { t: 'Zelenyi Hai', all: true, ref: 'zelenyiHai' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Maliivka', all: true, ref: 'maliivka' },
      { t: 'Dnipropetrovsk region', ref: 'dnipropetrovskOblast' },
      { t: 'Dnipropetrovsk', ctx: 'Dnipropetrovsk’s border', ref: 'dnipropetrovskOblast' },
      { t: 'Dnipropetrovsk', ctx: 'territory in Dnipropetrovsk', ref: 'dnipropetrovskOblast' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Pokrovsk', all: true, ref: 'pokrovsk' },
      { t: 'Sumy', ref: 'sumyOblast' },
      { t: 'Turkey', ref: 'turkey' },
    ],
    traps: [
      { t: 'Reuters', all: true, why: 'a news agency' },
      { t: 'Volodymyr Zelenskyy', why: 'person' },
      { t: 'Viktor Trehubov', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', ctx: 'Russia’s Defense Ministry', why: OFFICIAL + ' ("Russia’s Defense Ministry")' },
    ],
    claims: [
      { t: 'two villages', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-07-26'], note: '"its forces have captured two villages in eastern Ukraine" (a count of settlements taken; an annotation slip found by the first run)' },
    ],
    events: [
      { t: 'Zelenyi Hai', n: 1, ref: 'zelenyiHai', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-07-26'], note: '"its forces have captured two villages in eastern Ukraine: Zelenyi Hai in Donetsk region" (unconfirmed: "Ukraine did not confirm losing these villages")' },
      { t: 'Maliivka', n: 1, ref: 'maliivka', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-07-26'], note: '"and Maliivka in the Dnipropetrovsk region" (the same claim)' },
      { t: 'Zelenyi Hai', n: 3, ref: 'zelenyiHai', action: 'fighting', actor: 'RU', claimant: GENSTAFF, asOf: ['2025-07-26'], note: '"The Ukrainian military’s General Staff confirmed attack on Zelenyi Hai \\"11 times in the past 24 hours\\""' },
      { t: 'Maliivka', n: 2, ref: 'maliivka', action: 'fighting', actor: 'RU', claimant: GENSTAFF, asOf: ['2025-07-26'], note: '"Russian forces’ attempts in Maliivka were halted"' },
      { t: 'Pokrovsk', n: 2, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'Volodymyr Zelenskyy', asOf: ['2025-07-26'], note: '"intense battles near the logistics hub of Pokrovsk ... a \\"focal point\\" of Russian attacks"' },
      { t: 'Pokrovsk', n: 3, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'Viktor Trehubov', asOf: ['2025-07-26'], note: '"described the attacks on Pokrovsk as \\"a small torrent that simply does not stop\\""' },
    ],
  },
];
