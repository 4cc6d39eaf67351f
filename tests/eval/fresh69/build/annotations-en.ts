// Hand annotations, English articles of tests/eval/fresh69. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const FRONT = 'a front axis named after a town';
const SECTOR = 'a front sector named after the two villages that bound it';
const MALIAR = 'Hanna Maliar';
const KONASHENKOV = 'Igor Konashenkov (Russian Defence Ministry)';
const GUR = "Main Intelligence Directorate (Ukraine's Ministry of Defence)";
const WEEK = ['2023-07-10', '2023-07-17'] as const;
const COUNTEROFFENSIVE = ['2023-06-04', '2023-07-17'] as const;

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2023-06-12',
    url: 'https://www.vanguardngr.com/2023/06/ukraine-reclaims-three-villages-captures-russian-troops/',
    notes: 'Stored copy on Vanguard (Nigeria), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed, and the last paragraph ("The liberations come after Ukrainian President Volodymyr Zelensky appeared to confirm ... the plan wa"), cut inside a word by the store, removed at the paragraph end before it. The date is the index date (12 June 2023; "a counteroffensive launch on Monday"). Events (liberated, UA: the owner retaking its villages, whatever the verb): "reclaimed the settlements of Blahodatne and nearby Neskuchne ..., as well as Makarivka" (three), "hoisting the nation’s flag in a bombed-out building in Blahodatne" (liberated, UA: the flag-raising the article gives as the retaking\'s evidence; judgement call), "celebrating the liberation of Neskuchne", Maliar\'s "confirming the capture of Makarivka" (the owner rule: a retaking by the owner is `liberated`). Not events: "break Russian lines around southern Donetsk and in Zaporizhzhia" (regions, a prospect). Counted: Ukraine three times (the country and its government), "southern Donetsk" and Zaporizhzhia (the regions the front crosses; judgement call: the oblasts, as "Donetsk region" before), "the Crimean peninsula", Russia, Moscow (the government). Skipped: Ukraine in "Ukraine’s Tavria military sector" (a military command\'s name). Traps: Sky News Australia (an outlet), Tavria, the persons. Claim: "retaken its three villages" (count, settlements, UA, as fresh68 reads "two more villages" taken). Not claims: 300 and 1,500 metres (advances, not areas), "captured a number of their troops" (prisoners, no figure).',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Blahodatne', all: true, ref: 'blahodatne' },
      { t: 'Neskuchne', all: true, ref: 'neskuchne' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Makarivka', all: true, ref: 'makarivka' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Donetsk', ctx: 'southern Donetsk', ref: 'donetskOblast' },
      { t: 'Zaporizhzhia', ref: 'zaporizhzhiaOblast' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Crimean peninsula', ref: 'crimea' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Sky News Australia', why: 'an outlet' },
      { t: 'Hanna Maliar', why: 'person' },
      { t: 'Tavria', why: 'a military command\'s name (the Tavria sector)' },
      { t: 'Valeriy Shershen', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [{ t: 'Ukraine', n: 2, why: 'a country inside a military command\'s name ("Ukraine’s Tavria military sector")' }],
    claims: [
      { t: 'three villages', kind: 'count', value: 3, unit: 'settlements', holder: 'UA', claimant: 'Ukrainian military', asOf: ['2023-06-11', '2023-06-12'], note: '"Ukraine says it has retaken its three villages from Russian forces" (a count of settlements taken, as fresh68 reads "two more villages")' },
    ],
    events: [
      { t: 'Blahodatne', n: 1, ref: 'blahodatne', action: 'liberated', actor: 'UA', claimant: 'Ukrainian military', asOf: ['2023-06-11', '2023-06-12'], note: '"It declared its forces reclaimed the settlements of Blahodatne and nearby Neskuchne"' },
      { t: 'Neskuchne', n: 1, ref: 'neskuchne', action: 'liberated', actor: 'UA', claimant: 'Ukrainian military', asOf: ['2023-06-11', '2023-06-12'], note: 'the same clause' },
      { t: 'Makarivka', n: 1, ref: 'makarivka', action: 'liberated', actor: 'UA', claimant: 'Ukrainian military', asOf: ['2023-06-11', '2023-06-12'], note: '"as well as Makarivka to the south"' },
      { t: 'Blahodatne', n: 2, ref: 'blahodatne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11', '2023-06-12'], note: '"Ukrainian soldiers hoisting the nation’s flag in a bombed-out building in Blahodatne" (judgement call)' },
      { t: 'Neskuchne', n: 2, ref: 'neskuchne', action: 'liberated', actor: 'UA', claimant: 'State Border Guard Service of Ukraine', asOf: ['2023-06-11', '2023-06-12'], note: '"forces celebrating the liberation of Neskuchne"' },
      { t: 'Makarivka', n: 2, ref: 'makarivka', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-06-11', '2023-06-12'], note: '"a statement confirming the capture of Makarivka" (the owner rule)' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2023-01-13',
    url: 'https://news.am/eng/news/739394.html',
    notes: 'Stored copy on News.am (English edition, after Interfax), its body as the store gives it (no headline: the manifest\'s title is made by the annotator from the lead); the index\'s date prefix removed; the last quote has no closing quotation mark in the store (kept). The date is the index date (13 January 2023; "at a briefing on Friday", "on the evening of January 12"). Events (captured, RU: the owner rule, Russia taking a Ukrainian town, whatever the verb): "they have taken under control Soledar town" (the lead, the Russian military), "The liberation of the town of Soledar ... was completed on the evening of January 12" and "the establishment of full control over Soledar" (Konashenkov); "During the operation to take control of Soledar, there was a covert maneuver" (fighting, RU: the operation while under way, as the sets read an operation named by its aim). Not events: the prospect of cutting off "the Ukrainian troops in Artemovsk (Bakhmut)" and taking them in the "cauldron" (judgement call: no change told), "blockaded the city" (no name in the clause). Counted: "Donetsk region", Artemovsk and Bakhmut (one town, two names). Skipped: Donetsk in "the Donetsk direction" (a front axis). Traps: Interfax (an agency), AFU twice and VDV (forces\' abbreviations), the persons. No claim.',
    places: [
      { t: 'Soledar', all: true, ref: 'soledar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Artemovsk', ref: 'bakhmut' },
      { t: 'Bakhmut', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Igor Konashenkov', why: 'person' },
      { t: 'Interfax', why: 'a news agency' },
      { t: 'AFU', all: true, why: 'the Ukrainian armed forces\' abbreviation' },
      { t: 'VDV', why: 'the Russian airborne forces\' abbreviation' },
      { t: 'Konashenkov', ctx: 'Konashenkov said.', why: 'person' },
    ],
    skipped: [{ t: 'Donetsk', ctx: 'the Donetsk direction', why: FRONT }],
    events: [
      { t: 'Soledar', n: 1, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Russian military', asOf: ['2023-01-12', '2023-01-13'], note: '"The Russian military reported that they have taken under control Soledar town of Donetsk region"' },
      { t: 'Soledar', n: 2, ref: 'soledar', action: 'captured', actor: 'RU', claimant: KONASHENKOV, asOf: ['2023-01-12'], note: '"The liberation of the town of Soledar ... was completed on the evening of January 12" (the owner rule)' },
      { t: 'Soledar', n: 3, ref: 'soledar', action: 'captured', actor: 'RU', claimant: KONASHENKOV, asOf: ['2023-01-12'], note: '"the establishment of full control over Soledar"' },
      { t: 'Soledar', n: 4, ref: 'soledar', action: 'fighting', actor: 'RU', claimant: KONASHENKOV, asOf: ['2023-01-12'], note: '"During the operation to take control of Soledar" (the operation under way)' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-07-17',
    url: 'https://kyivindependent.com/defense-ministry-ukraine-liberates-7-km-square-near-bakhmut-within-week/',
    notes: 'Stored copy on The Kyiv Independent, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix and the audio line ("This audio is created with AI assistance") removed. The date is the index date and the text\'s ("reported on July 17", 17 July 2023). Claims (Maliar; area-retaken, UA): 7 km² in the Bakhmut direction over the past week (twice), 10.9 km² in the south over the past week (twice: "over the past week", "re-captured this week"), the week [10, 17 July]; 31 km² "during the offensive in this direction" and 179.5 km² in the south "since the start of the counteroffensive", both from 4 June 2023 (the counteroffensive\'s start as fresh63 dates it). Not claims: "advanced 9.25 kilometers" (a depth). Events: "Ukrainian troops have been advancing on Bakhmut\'s southern flank every day" (fighting, UA: an advance in the area of the town, as fresh63 reads "advanced ... in the area of ... Bakhmut"); "attacking near Masiutivka and Novoselivske" (fighting, RU, two). Not events: the sectors "Makarivka-Staromaiorske, Novodarivka-Pryiutne, Mala Tokmachka-Novopokrovka, and Piatykhatky-Hrozove" (front sectors named after the villages that bound them: skipped, judgement call, as the sets skip axes named after towns). Counted: "Kharkiv Oblast", Russia (the government), Ukraine three times ("Ukraine\'s counteroffensive" a possessive of the country), "Donetsk and Zaporizhzhia Oblasts" (two mentions sharing one noun, as fresh68 counts them). Skipped: "the Bakhmut direction" three times, "the Kupiansk direction" twice, "the Berdiansk and Melitopol directions" (axes). Traps: the persons.',
    places: [
      { t: 'Bakhmut', n: 3, ref: 'bakhmut' },
      { t: 'Kharkiv Oblast', ref: 'kharkivOblast' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Masiutivka', ref: 'masiutivka' },
      { t: 'Novoselivske', ref: 'novoselivske' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Zaporizhzhia Oblasts', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Hanna Maliar', why: 'person' },
      { t: 'Maliar', n: 2, why: 'person' },
      { t: 'Maliar', n: 3, why: 'person' },
      { t: 'Maliar', n: 4, why: 'person' },
      { t: 'Maliar', n: 5, why: 'person' },
    ],
    skipped: [
      { t: 'Bakhmut', n: 1, why: FRONT },
      { t: 'Bakhmut', n: 2, why: FRONT },
      { t: 'Kupiansk', n: 1, why: FRONT },
      { t: 'Kupiansk', n: 2, why: FRONT },
      { t: 'Bakhmut', n: 4, why: FRONT },
      { t: 'Berdiansk', why: FRONT },
      { t: 'Melitopol', why: FRONT },
      { t: 'Makarivka-Staromaiorske', why: SECTOR },
      { t: 'Novodarivka-Pryiutne', why: SECTOR },
      { t: 'Mala Tokmachka-Novopokrovka', why: SECTOR },
      { t: 'Piatykhatky-Hrozove', why: SECTOR },
    ],
    claims: [
      { t: '7 square kilometers', n: 1, kind: 'area-retaken', value: 7, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: WEEK, note: '"liberated 7 square kilometers in the Bakhmut direction ... over the past week"' },
      { t: '10.9 square kilometers', n: 1, kind: 'area-retaken', value: 10.9, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: WEEK, note: '"and 10.9 square kilometers in the south over the past week"' },
      { t: '7 square kilometers', n: 2, kind: 'area-retaken', value: 7, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: WEEK, note: 'the quote: "Over the past week ... the territory of 7 square kilometers has been liberated"' },
      { t: '31 square kilometers', kind: 'area-retaken', value: 31, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: COUNTEROFFENSIVE, note: '"In total, during the offensive in this direction, the liberated area is 31 square kilometers"' },
      { t: '10.9 square kilometers', n: 2, kind: 'area-retaken', value: 10.9, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: WEEK, note: '"Together with 10.9 square kilometers re-captured this week"' },
      { t: '179.5 square kilometers', kind: 'area-retaken', value: 179.5, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: COUNTEROFFENSIVE, note: '"Ukraine has already liberated 179.5 square kilometers ... in the south since the start of the counteroffensive"' },
    ],
    events: [
      { t: 'Bakhmut', n: 3, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: WEEK, note: '"Ukrainian troops have been advancing on Bakhmut\'s southern flank every day over the course of the last week"' },
      { t: 'Masiutivka', ref: 'masiutivka', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-07-17'], note: '"Russia is currently ... attacking near Masiutivka and Novoselivske"' },
      { t: 'Novoselivske', ref: 'novoselivske', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-07-17'], note: 'the same clause' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2022-04-29',
    url: 'https://www.republicworld.com/world-news/russia-ukraine-crisis/ukraine-claims-it-liberated-kharkivs-ruska-lozova-village-from-russian-troops-articleshow.html',
    notes: 'Stored copy on Republic World, its first two paragraphs as the store gives them (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed, and the text cut at the end of the second paragraph: the rest (the subheading "Head of Kharkiv regional administration calls situation \'dangerous\'" and Syniehubov\'s paragraph, cut by the store inside a sentence, "continues to remain captured by") removed. The date is the index date (29 April 2022; "the war ... continues for day 65"). Events: "have liberated the village of Ruska Lozova" and "The village of Ruska Lozova ... was liberated from Russian troops" (liberated, UA: the owner retaking its village; the Main Intelligence Directorate); "The Ruska Lozova which was captured by Russian troops is now fully in control of Ukrainian forces" (two events on one span, as fresh68 writes a control and a claim on one span: captured, RU, the earlier capture the relative clause tells, dated from the invasion to the day before; controls, UA, now). Not events: "retaking the control of the village in Kharkiv" (no name of the village in the clause). Counted: Russia and Ukraine twice each ("the war between Russia and Ukraine"), "the Kharkiv region" twice, Kharkiv in "the village in Kharkiv" (the region, judgement call: the village lies in the region, not the city), Kharkiv and Belgorod in "the Kharkiv-Belgorod highway" (a road named by two cities: counted, no event, as fresh68 counts one), Kharkiv the city whose infrastructure was fired on. Skipped: Ukraine in "the Main Intelligence Directorate of Ukraine\'s Ministry of Defense/Defence" twice (a body). Traps: UKrinform twice (an agency), the person. No claim.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ruska Lozova', all: true, ref: 'ruskaLozova' },
      { t: 'Kharkiv region', all: true, ref: 'kharkivOblast' },
      { t: 'Kharkiv', ctx: 'village in Kharkiv on', ref: 'kharkivOblast' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Kharkiv', ctx: 'Kharkiv-Belgorod', ref: 'kharkiv' },
      { t: 'Belgorod', ref: 'belgorod' },
      { t: 'Kharkiv', ctx: 'in Kharkiv from', ref: 'kharkiv' },
    ],
    traps: [
      { t: 'UKrinform', all: true, why: 'a news agency' },
      { t: 'Oleksandr Syrsky', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', n: 2, why: BODY },
      { t: 'Ukraine', n: 4, why: BODY },
    ],
    events: [
      { t: 'Ruska Lozova', n: 1, ref: 'ruskaLozova', action: 'liberated', actor: 'UA', claimant: GUR, asOf: ['2022-04-29'], note: '"the Ukrainian Armed Forces have liberated the village of Ruska Lozova in the Kharkiv region from Russian troops"' },
      { t: 'Ruska Lozova', n: 2, ref: 'ruskaLozova', action: 'liberated', actor: 'UA', claimant: GUR, asOf: ['2022-04-29'], note: '"The village of Ruska Lozova in the Kharkiv region was liberated from Russian troops by an assault unit"' },
      { t: 'Ruska Lozova', n: 3, ref: 'ruskaLozova', action: 'captured', actor: 'RU', claimant: GUR, asOf: ['2022-02-24', '2022-04-28'], note: '"The Ruska Lozova which was captured by Russian troops" (the earlier capture)' },
      { t: 'Ruska Lozova', n: 3, ref: 'ruskaLozova', action: 'controls', actor: 'UA', claimant: GUR, asOf: ['2022-04-29'], note: '"is now fully in control of Ukrainian forces"' },
    ],
  },
];
