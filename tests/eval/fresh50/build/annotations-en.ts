// Hand annotations, English articles of tests/eval/fresh50. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country or capital inside an official body's or agency's name";
const MOD = 'Russian Defence Ministry';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2025-09-23',
    url: 'https://www.newindianexpress.com/world/2025/Sep/23/large-part-of-kupiansk-captured-want-to-expand-deeper-into-kharkiv-region-russian-army',
    notes: 'Stored copy on The New Indian Express (after AFP), its standfirst and body from the dateline as the store gives them (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix, the rubric ("World"), the photo caption (twice) and the closing tag links ("Kupiansk", "Kharkiv region") removed. The date is the index\'s and the URL\'s (Tuesday 23 September 2025). Events: "it had captured a large part of ... Kupiansk" (captured, RU, part, the Russian army, unverified: "AFP was not able to verify Russia\'s claim") and "it controlled more than 65 percent of the buildings in Kupiansk" (controls, RU, part, unverified); "In the Kupiansk area, intense actions are ongoing" (fighting, RU, Zelensky); Kupiansk "initially captured by Russian forces in the first months of the assault before being retaken by Ukraine" (captured, RU, and liberated, UA, both 2022: the article dates the counteroffensive 2022). Not events: "Control over Kupiansk will allow for further advances ... towards Izium and Chuguiv" (a prospect: a noun of holding and advances still to come), "Kyiv was still battling for control of the city" (no name), "taking the town will help it" (no name). Claim: "more than 65 percent of the buildings in Kupiansk" (area-held, percent, RU, the Russian army, its lower bound; a share of the town held, as fresh44 and fresh48 read shares of a town). Traps: AFP, Volodymyr Zelensky. The dateline city (MOSCOW), "Kyiv\'s forces" and "Kyiv was still battling" (the capital for the government) are places; "Kharkiv is not among the five regions" is the oblast.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'MOSCOW', ref: 'moscow' },
      { t: 'Kupiansk', all: true, ref: 'kupiansk' },
      { t: 'Kharkiv region', all: true, ref: 'kharkivOblast' },
      { t: 'Izium', ref: 'izium' },
      { t: 'Chuguiv', ref: 'chuhuiv' },
      { t: 'Kharkiv', ctx: 'Kharkiv is not among', ref: 'kharkivOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'AFP', why: 'a news agency' },
      { t: 'Volodymyr Zelensky', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '65 percent', kind: 'area-held', value: 65, unit: 'percent', holder: 'RU', claimant: 'Russian army', asOf: ['2025-09-23'], note: '"The Russian army said it controlled more than 65 percent of the buildings in Kupiansk" (a share of the town; lower bound)' },
    ],
    events: [
      { t: 'Kupiansk', n: 1, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: 'Russian army', denied: true, part: true, asOf: ['2025-09-23'], note: '"it had captured a large part of the northeastern Ukrainian city of Kupiansk"; "AFP was not able to verify Russia\'s claim"' },
      { t: 'Kupiansk', n: 3, ref: 'kupiansk', action: 'controls', actor: 'RU', claimant: 'Russian army', denied: true, part: true, asOf: ['2025-09-23'], note: '"it controlled more than 65 percent of the buildings in Kupiansk" (unverified)' },
      { t: 'Kupiansk', n: 4, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'Volodymyr Zelensky', asOf: ['2025-09-16', '2025-09-23'], note: '"In the Kupiansk area, intense actions are ongoing" (Zelensky, last week)' },
      { t: 'Kupiansk', n: 5, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-02-24', '2022-12-31'], note: '"was initially captured by Russian forces in the first months of the assault"' },
      { t: 'Kupiansk', n: 5, ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-01-01', '2022-12-31'], note: '"before being retaken by Ukraine" (the counteroffensive the article dates 2022)' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-07-01',
    url: 'https://intellinews.com/russian-forces-take-full-control-of-luhansk-for-the-first-time-advance-in-other-new-regions-388883/?source=russia',
    notes: 'Stored copy on bne IntelliNews (after Reuters), its headline and body as the store gives them; the repeated headline, the standfirst\'s credit ("/ bne IntelliNews"), the author and date line ("By bne IntelliNews July 1, 2025") and the last paragraph, a quotation cut by the store ("... Without a clear vision of victory — or at least of an end to the war — a se"), removed. The date is the date line\'s (1 July 2025). Event: "troops had captured the village of Dachne" (captured, RU, Vladimir Rogov; denied: "Ukraine has yet to confirm the loss and has consistently denied that Russian forces have made significant advances in the area"). Not events: full control "of the region of Luhansk" (a region), "a village in Ukraine’s east-central Dnipropetrovsk region" (no name), "the move into Dnipropetrovsk" (a region), strikes "on the regional capital" (no name). Claims: "approximately 950 square kilometres of territory during that period" (area-gained, km², RU, pro-Kremlin sources, the two months back from the report), "“100%” of the territory" of Luhansk region (area-held, percent, RU, Leonid Pasechnik). Traps: Reuters, RIA, Kremlin (twice: "pro-Kremlin", "Kremlin-appointed"), Vladimir Rogov, Leonid Pasechnik. Skipped: Russia in "Russia’s RIA news agency" (the state agency\'s name). The Dachne episode (June–July 2025) is the one fresh48\'s README lists among earlier sets\' episodes passed over; it is taken here for its figures and the denial, a judgement call (no set of fresh39 … fresh48 names it in its first line or contents).',
    places: [
      { t: 'Luhansk', n: 1, ref: 'luhanskOblast' },
      { t: 'Luhansk', n: 2, ref: 'luhanskOblast' },
      { t: 'Luhansk region', ref: 'luhanskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Dnipropetrovsk region', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Dnipropetrovsk', ctx: 'move into Dnipropetrovsk', ref: 'dnipropetrovskOblast' },
      { t: 'Dachne', ref: 'dachne' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Russia', n: 3, ref: 'russia' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Reuters', why: 'a news agency' },
      { t: 'RIA', why: 'a news agency' },
      { t: 'Kremlin', all: true, why: 'the Russian presidency (in "pro-Kremlin", "Kremlin-appointed")' },
      { t: 'Vladimir Rogov', why: 'person' },
      { t: 'Leonid Pasechnik', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', n: 1, why: OFFICIAL },
    ],
    claims: [
      { t: '950 square kilometres', kind: 'area-gained', value: 950, unit: 'km2', holder: 'RU', claimant: 'pro-Kremlin sources', asOf: ['2025-05-01', '2025-07-01'], note: '"two months of steady Russian gains ... Russia has seized approximately 950 square kilometres of territory during that period"' },
      { t: '100%', kind: 'area-held', value: 100, unit: 'percent', holder: 'RU', claimant: 'Leonid Pasechnik', asOf: ['2025-07-01'], note: '"Russian forces now control “100%” of the territory" (of Luhansk region)' },
    ],
    events: [
      { t: 'Dachne', ref: 'dachne', action: 'captured', actor: 'RU', claimant: 'Vladimir Rogov', denied: true, asOf: ['2025-07-01'], note: '"troops had captured the village of Dachne"; "Ukraine has yet to confirm the loss and has consistently denied ..."' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-02-07',
    url: 'https://www.bangkokpost.com/world/2956416/russia-claims-to-hold-key-industrial-city-in-eastern-ukraine',
    notes: 'Stored copy on the Bangkok Post (after AFP), its headline, standfirst and body as the store gives them (the doubled "would help would help" kept); the index\'s date prefix and the photo caption ("The industrial hub of Toretsk ... (Photo: AFP)") removed, and the last paragraph, cut by the store ("Smoke can be seen rising from the snow-blanketed remains of Soviet-er"), removed. The date is the index\'s (Friday 7 February 2025). Events: "its forces had seized the mining town of Toretsk" (captured, RU, the ministry) and "the city of Dzerzhinsk in the Donetsk People’s Republic was liberated" (captured, RU, owner rule; Dzerzhinsk is Toretsk\'s Russian name), both denied ("Kyiv denied Russia had full control of industrial hub"); "Toretsk has been decimated by fighting which has intensified since last summer" (fighting, RU, June 2024 to the report). Not events: "the biggest town Moscow claims to have taken" and "if Russia took the city" (no name), the drone footage of a town "subjected to eight months of systematic Russian shelling" (shelling described, no control). No claims (90 % of the residents fled and the population are no gold units). Traps: AFP. The dateline city (KYIV) and "Kyiv denied" are places; "the Donetsk People’s Republic" is Donetsk Oblast. Skipped: Moscow in "Moscow’s defence ministry".',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Toretsk', all: true, ref: 'toretsk' },
      { t: 'KYIV', ref: 'kyiv' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Moscow', n: 1, ref: 'moscow' },
      { t: 'Moscow', n: 2, ref: 'moscow' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Dzerzhinsk', ref: 'toretsk' },
      { t: 'Donetsk People’s Republic', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'AFP', all: true, why: 'a news agency' },
    ],
    skipped: [
      { t: 'Moscow', n: 3, why: OFFICIAL },
    ],
    claims: [],
    events: [
      { t: 'Toretsk', n: 2, ref: 'toretsk', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-02-07'], note: '"Russia said Friday its forces had seized the mining town of Toretsk"; "Kyiv denied Russia had full control"' },
      { t: 'Dzerzhinsk', ref: 'toretsk', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-02-07'], note: '"the city of Dzerzhinsk in the Donetsk People’s Republic was liberated" (owner rule; denied)' },
      { t: 'Toretsk', n: 3, ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-06-01', '2025-02-07'], note: '"Toretsk has been decimated by fighting which has intensified since last summer"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-12-23',
    url: 'https://whistlebuzz.com/as-ukrainian-troops-withdraw-russian-troops-seize-the-town-of-siversk-in-a-state-of-melee-russia-ukraine-war-news',
    notes: 'Stored copy on Whistle Buzz (a reprint of an Al Jazeera report), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the link block ("Recommended stories list of 4 itemsend of list") removed, and the last paragraph, cut by the store ("... since the fig"), removed. The page carries no date: it is the day the body names, Tuesday 23 December 2025, the General Staff\'s statement of the withdrawal (Medvedev\'s claim is dated 11 December in the text), a judgement call. Events: troops "had withdrawn from the battle-scarred town of Siversk" (withdrew, UA, the General Staff) "after heavy fighting with Russian forces" (fighting, RU); DeepState\'s "Russian forces had captured the village of Hrabovske" (captured, RU, the day); Medvedev\'s "troops had taken control of Siversk" (captured, RU, 11 December, denied: "Ukrainian authorities denied Russian reports at the time"), "where fighting has raged in recent months" (fighting, RU, the three months back from 11 December). Not events: Siversk "under fire control of our forces" (fire, not control), "near the border with Siversk and Russia" (a location), "Siversk is not very large" (a description). Traps: Sergei Medvedev, Vladimir Putin, "deep state" (DeepState), "Kiev Independent" (an outlet). "northern Donetsk" is Donetsk Oblast.',
    places: [
      { t: 'Siversk', all: true, ref: 'siversk' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Hrabovske', ref: 'hrabovske' },
      { t: 'Sumy region', ref: 'sumyOblast' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Donetsk', ctx: 'northern Donetsk', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Sergei Medvedev', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'deep state', why: 'DeepState, a monitoring project' },
      { t: 'Kiev Independent', why: 'an outlet (The Kyiv Independent)' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Siversk', n: 1, ref: 'siversk', action: 'withdrew', actor: 'UA', claimant: 'Ukrainian General Staff', asOf: ['2025-12-23'], note: '"its troops had withdrawn from the battle-scarred town of Siversk"' },
      { t: 'Siversk', n: 1, ref: 'siversk', action: 'fighting', actor: 'RU', claimant: 'Ukrainian General Staff', asOf: ['2025-12-23'], note: '"after heavy fighting with Russian forces"' },
      { t: 'Hrabovske', ref: 'hrabovske', action: 'captured', actor: 'RU', claimant: 'DeepState', asOf: ['2025-12-23'], note: '"reported late Tuesday that Russian forces had captured the village of Hrabovske"' },
      { t: 'Siversk', n: 4, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Sergei Medvedev', denied: true, asOf: ['2025-12-11'], note: '"told ... Putin on December 11 that troops had taken control of Siversk ... but Ukrainian authorities denied Russian reports at the time"' },
      { t: 'Siversk', n: 4, ref: 'siversk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-09-11', '2025-12-11'], note: '"where fighting has raged in recent months"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2024-10-19',
    url: 'https://sputnikglobe.com/20241019/russian-troops-establish-control-over-islands-in-dnepr-river-delta---region-governor-1120601269.html',
    notes: 'Stored copy on Sputnik International (sputnikglobe.com), its lead and body from the dateline as the store gives them (the lead repeats the body\'s first paragraphs; both kept); the URL line before it removed, and the last word, cut by the store ("The"), removed. No headline: the manifest\'s title is made from the URL slug. The date is the URL\'s (19 October 2024). Event: "part on the right bank of the Dnepr, including the city of Kherson, is occupied by Ukrainian troops" (controls, UA, the outlet, the day). Not events: the Ukrainian forces driven "from the island zone of the Dnepr River delta" and the islands under control (no settlement named), the raids to "reach the left bank". Claim: "Now 75% of the Kherson Region is under Russian control" (area-held, percent, RU, the outlet). Traps: Sputnik (three times), Vladimir Saldo (twice) and Saldo (twice). Skipped: the Dnepr River (six times, a river), "Azov and Black seas" (seas). The dateline city (SIMFEROPOL) and "Moscow\'s special military operation" are places.',
    places: [
      { t: 'Kherson Region', all: true, ref: 'khersonOblast' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Kherson', ctx: 'city of Kherson', ref: 'kherson' },
      { t: 'SIMFEROPOL', ref: 'simferopol' },
    ],
    traps: [
      { t: 'Sputnik', all: true, why: 'the outlet' },
      { t: 'Vladimir Saldo', all: true, why: 'person' },
      { t: 'Saldo', n: 2, why: 'person' },
      { t: 'Saldo', n: 4, why: 'person' },
    ],
    skipped: [
      { t: 'Dnepr River', all: true, why: 'a river' },
      { t: 'Dnepr', ctx: 'bank of the Dnepr,', why: 'a river' },
      { t: 'Azov and Black seas', why: 'seas' },
    ],
    claims: [
      { t: '75%', kind: 'area-held', value: 75, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2024-10-19'], note: '"Now 75% of the Kherson Region is under Russian control"' },
    ],
    events: [
      { t: 'Kherson', ctx: 'city of Kherson', ref: 'kherson', action: 'controls', actor: 'UA', claimant: null, asOf: ['2024-10-19'], note: '"part on the right bank of the Dnepr, including the city of Kherson, is occupied by Ukrainian troops"' },
    ],
  },
];
