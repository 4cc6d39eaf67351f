// Hand annotations, English articles of tests/eval/fresh4. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation, EventItem } from './types.ts';

const MOD = 'Russian defence ministry';
const BODY = "country inside an official body's name";
const AXIS = 'front axis';
/** A hamlet the MoD reports recaptured last week (en-04). */
const retaken = (t: string, ref: string): EventItem => ({ t, ref, action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-10', '2025-03-16'] });

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-12-02',
    url: 'https://www.themoscowtimes.com/2024/12/02/russias-november-advance-in-ukraine-largest-since-march-2022-afp-analysis-a87202',
    notes: 'Stored excerpt of a Moscow Times report (an AFP analysis of ISW data) from its lead (the store gives no headline: the manifest title is the URL slug); the index\'s date prefix is removed; complete as given. The date is in the URL ("on Monday" = 2 Dec 2024). Area figures: 725 km² gained by Russia in November, 610 km² in October, 629 km² of them in the Donetsk region in November, 3,500 km² in 2024 to the end of November (area-gained, holder RU, claimant the AFP analysis of ISW data); the Ukrainian army holds "less than a third" of the Donetsk region now and held "more than 40%" on 1 January (area-held, percent, UA). "nearly 90% of Russian territorial gains" is a share of the gains, not of ground: deliberately not a claim. Kremlin forces advancing "near the city of Pokrovsk": fighting, RU. "within five kilometers of it" names no place (a pronoun). "U.S." inside the Institute\'s name is skipped; "Kremlin" is a trap (landmark used for the government).',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Pokrovsk', all: true, ref: 'pokrovsk' },
      { t: 'Singapore', ref: 'singapore' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [{ t: 'Kremlin', why: 'landmark used for the Russian government' }],
    skipped: [{ t: 'U.S.', why: "country inside an institution's name (U.S. Institute for the Study of War)" }],
    claims: [
      { t: '725 square kilometers', kind: 'area-gained', value: 725, unit: 'km2', holder: 'RU', claimant: 'AFP analysis of ISW data', asOf: ['2024-11-01', '2024-11-30'] },
      { t: '610 square kilometers', kind: 'area-gained', value: 610, unit: 'km2', holder: 'RU', claimant: 'AFP analysis of ISW data', asOf: ['2024-10-01', '2024-10-31'] },
      { t: '629 square kilometers', kind: 'area-gained', value: 629, unit: 'km2', holder: 'RU', claimant: 'AFP analysis of ISW data', asOf: ['2024-11-01', '2024-11-30'], note: 'the Donetsk region\'s part of the November gains' },
      { t: 'less than a third', kind: 'area-held', value: 33.3, unit: 'percent', holder: 'UA', claimant: 'AFP analysis of ISW data', asOf: ['2024-12-02'], note: 'share of the Donetsk region the Ukrainian army controls now' },
      { t: '40%', kind: 'area-held', value: 40, unit: 'percent', holder: 'UA', claimant: 'AFP analysis of ISW data', asOf: ['2024-01-01'], note: '"more than 40% on Jan. 1 this year"' },
      { t: '3,500 square kilometers', kind: 'area-gained', value: 3500, unit: 'km2', holder: 'RU', claimant: 'AFP analysis of ISW data', asOf: ['2024-01-01', '2024-11-30'] },
    ],
    events: [
      { t: 'Pokrovsk', n: 1, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'AFP analysis of ISW data', asOf: ['2024-11-01', '2024-11-30'], note: 'Kremlin forces advanced "mainly in the east near the city of Pokrovsk"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-11-26',
    url: 'https://censor.net/en/news/3522028/reuters-russia-accelerates-advance-in-eastern-ukraine',
    notes: 'Stored copy of a Censor.NET (English) report after Reuters, with its headline, complete as the store gives it. No date line in the store; the date is established from the text: it cites the General Staff\'s statement "On November 26" and the engagements "Since Tuesday" (26 Nov 2024), so it was published on 26 Nov 2024 (Reuters\' report of Agentstvo\'s count ran on 25–26 Nov). Area figures: almost 235 km² taken by Russia "over the past week" (headline, lead and the quoted report: one claim at three spans; area-gained, RU, claimant Agentstvo via Reuters; the week to publication), "about 600-667" km² in November (lead, unattributed) and 600 km² in November (DeepState\'s data). "half the size of London" is a comparison (London is a mention, no claim). No settlement events: "the Pokrovsk and Kurakhove directions" are front axes (skipped). "Kyiv is using missiles" names the government. "Armed Forces of Ukraine" is an official body (skipped). DeepState is a trap.',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Ukraine', n: 5, ref: 'ukraine' },
      { t: 'Ukraine', n: 6, ref: 'ukraine' },
      { t: 'London', ref: 'london' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Kyiv', ref: 'kyiv' },
    ],
    traps: [{ t: 'DeepState', why: 'a mapping group' }],
    skipped: [
      { t: 'Ukraine', n: 7, why: BODY },
      { t: 'Pokrovsk', why: AXIS },
      { t: 'Kurakhove', why: AXIS },
    ],
    claims: [
      { t: '235 km²', kind: 'area-gained', value: 235, unit: 'km2', holder: 'RU', claimant: 'Agentstvo (via Reuters)', asOf: ['2024-11-19', '2024-11-26'], note: 'headline' },
      { t: '235 square kilometers', ctx: 'nearly 235 square kilometers of territory', kind: 'area-gained', value: 235, unit: 'km2', holder: 'RU', claimant: 'Agentstvo (via Reuters)', asOf: ['2024-11-19', '2024-11-26'] },
      { t: '600-667 square kilometers', kind: 'area-gained', value: 600, unit: 'km2', holder: 'RU', claimant: null, asOf: ['2024-11-01', '2024-11-26'], note: '"about 600-667" in November (a range: its lower bound)' },
      { t: '235 square kilometers (91 square miles)', kind: 'area-gained', value: 235, unit: 'km2', holder: 'RU', claimant: 'Agentstvo (via Reuters)', asOf: ['2024-11-19', '2024-11-26'], note: 'quote' },
      { t: '600 square kilometers', kind: 'area-gained', value: 600, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2024-11-01', '2024-11-26'] },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-10-01',
    url: 'https://newshorizondaily.com/2025/10/01/russian-advance-into-ukraine-slowed-in-september-monitoring-group-says',
    notes: 'Stored excerpt of a News Horizon Daily report from its lead (no headline in the store: the manifest title is the URL slug); the trailing "Continue reading the complete article on the original source" link is removed. The date is in the URL ("released Wednesday" = 1 Oct 2025). DeepState\'s September figures: 259 km² taken by Russia (area-gained), 0.04% of the country in the month (area-gained, percent) and 19.04% held in all (area-held, percent, RU, end of September); "44% less territory than in August" is a comparison, not a claim. Syrskyi: 2.2 km² regained "over the past day" (area-retaken, UA) and search operations over a 3 km² area of the Pokrovsk district (area-contested, no holder). "Pokrovsk district of the Donetsk region" is the raion (its centre\'s point). "Moscow capturing" names the government. "Ukraine’s Armed Forces" is an official body (skipped). No settlement events. DeepState is a trap.',
    places: [
      { t: 'Russia', ref: 'russia' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Pokrovsk district', ref: 'pokrovskyiRaion' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [{ t: 'DeepState', all: true, why: 'a mapping group' }],
    skipped: [{ t: 'Ukraine', n: 2, why: BODY }],
    claims: [
      { t: '259 square kilometers (100 square miles)', kind: 'area-gained', value: 259, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-09-01', '2025-09-30'] },
      { t: '0.04%', kind: 'area-gained', value: 0.04, unit: 'percent', holder: 'RU', claimant: 'DeepState', asOf: ['2025-09-01', '2025-09-30'], note: 'share of the country taken in the month' },
      { t: '19.04%', kind: 'area-held', value: 19.04, unit: 'percent', holder: 'RU', claimant: 'DeepState', asOf: ['2025-09-30'] },
      { t: '2.2 square kilometers (around 0.85 square miles)', kind: 'area-retaken', value: 2.2, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2025-09-30', '2025-10-01'], note: '"over the past day"' },
      { t: '3 square kilometer area', kind: 'area-contested', value: 3, unit: 'km2', holder: null, claimant: 'Syrskyi', asOf: ['2025-09-30', '2025-10-01'], note: 'attack and search operations in the Pokrovsk district' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-03-16',
    url: 'https://www.sofx.com/ukraine-confirms-troop-withdrawal-from-sudzha/',
    notes: 'Stored excerpt of a SOFX report from its lead (no headline in the store: the manifest title is the URL slug), kept as the store gives it: it ends mid-sentence ("down from a"). No date line in the store; the date is established from the text: the General Staff\'s map of the withdrawal was posted "on Sunday" (16 Mar 2025, the morning report with the map), Khinshtein spoke "on Saturday" (15 Mar) and the MoD claimed Sudzha "Last week" (13 Mar): published 16 Mar 2025. Sudzha: complete withdrawal of Ukrainian troops (withdrew, UA, claimant the General Staff) and "claimed it had retaken Sudzha" (liberated, RU, the MoD). The twelve hamlets "recaptured" per the MoD: liberated, RU (Russia retaking its own villages), dated to last week (10–16 Mar). Claims: 1,400 Russian personnel lost (count, casualties, claimant Ukraine), twelve settlements and over 100 km² retaken (MoD), about 30 square miles (77 km²) still held by Ukraine (Black Bird Group via the New York Times; area-held, the first figure\'s unit). Equipment counts and the 19 clashes are not claims. Pravda and Yuzhny are hamlets named like words. "Russia’s Defense Ministry" is an official body (skipped). "New York Times" is a trap (an outlet named after a city).',
    places: [
      { t: 'Sudzha', all: true, ref: 'sudzha' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kursk Oblast', ref: 'kurskOblast' },
      { t: 'Agronom', ref: 'agronom' },
      { t: 'Bogdanovka', ref: 'bogdanovka' },
      { t: 'Bondarevka', ref: 'bondarevka' },
      { t: 'Dmitryukov', ref: 'dmitryukov' },
      { t: 'Zazulevka', ref: 'zazulevka' },
      { t: 'Ivashkovsky', ref: 'ivashkovsky' },
      { t: 'Kolmakov', ref: 'kolmakov' },
      { t: 'Kubatkin', ref: 'kubatkin' },
      { t: 'Martynovka', ref: 'martynovka' },
      { t: 'Mikhailovka', ref: 'mikhailovka' },
      { t: 'Pravda', ref: 'pravda' },
      { t: 'Yuzhny', ref: 'yuzhny' },
    ],
    traps: [{ t: 'New York Times', why: 'an outlet named after a city' }],
    skipped: [{ t: 'Russia', why: "country inside an official body's name (Russia’s Defense Ministry)" }],
    claims: [
      { t: '1,400 personnel', kind: 'count', value: 1400, unit: 'casualties', holder: 'RU', claimant: 'Ukraine (General Staff)', asOf: ['2025-03-16'], note: '"in recent days"' },
      { t: 'twelve settlements', kind: 'count', value: 12, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-03-10', '2025-03-16'] },
      { t: '100 square kilometers (38.6 square miles)', kind: 'area-retaken', value: 100, unit: 'km2', holder: 'RU', claimant: MOD, asOf: ['2025-03-10', '2025-03-16'] },
      { t: '30 square miles (roughly 77 square kilometers)', kind: 'area-held', value: 30, unit: 'mi2', holder: 'UA', claimant: 'Black Bird Group', asOf: ['2025-03-16'] },
    ],
    events: [
      { t: 'Sudzha', n: 1, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: 'Ukrainian General Staff', asOf: ['2025-03-16'] },
      { t: 'Sudzha', n: 2, ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-10', '2025-03-16'] },
      retaken('Agronom', 'agronom'),
      retaken('Bogdanovka', 'bogdanovka'),
      retaken('Bondarevka', 'bondarevka'),
      retaken('Dmitryukov', 'dmitryukov'),
      retaken('Zazulevka', 'zazulevka'),
      retaken('Ivashkovsky', 'ivashkovsky'),
      retaken('Kolmakov', 'kolmakov'),
      retaken('Kubatkin', 'kubatkin'),
      retaken('Martynovka', 'martynovka'),
      retaken('Mikhailovka', 'mikhailovka'),
      retaken('Pravda', 'pravda'),
      retaken('Yuzhny', 'yuzhny'),
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-03-12',
    url: 'https://www.kyivpost.com/post/48780',
    notes: 'Stored excerpt of a Kyiv Post live report, from a paragraph inside it (the store gives no headline and no lead: the manifest title is made from the subject); the index\'s date prefix is removed and the last sentence, cut mid-sentence ("gaining a chain of"), is removed. The date is the index date (12 Mar 2025; "a late Monday statement" = 10 Mar). Sudzha: Russian forces "have entered" it (entered, RU, claimant Suspilne); "the key road to Sudzha, the main base for a 10,000-strong Ukrainian force" (controls, UA, at the strikes of 25 Feb); "Yunakivka–Sudzha road" names a road by its two ends (both mentions, no event). Claims: five villages reclaimed in 24 hours (count, settlements, RU, the Russian military via AFP) and the 10,000-strong force (count, troops, UA); "dozens of square kilometers" has no figure: not a claim. "Kyiv launched" and "Moscow has deployed" name governments. "Kyiv Post" is a trap (an outlet named after a city), as is "Kremlin" in "pro-Kremlin"; "Ukraine’s General Staff" is an official body, "Urkaine’s" (sic) the outlet\'s attribution with a misspelt country, "Sovetskaya Square" a square in the town and "Kursk sector" a front sector: all skipped.',
    places: [
      { t: 'Sudzha', all: true, ref: 'sudzha' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Yunakivka', ref: 'yunakivka' },
      { t: 'Sumy', ref: 'sumy' },
      { t: 'Kyiv', n: 2, ref: 'kyiv' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Kyiv Post', why: 'an outlet named after a city' },
      { t: 'Kremlin', why: 'landmark used for the Russian government (in "pro-Kremlin")' },
    ],
    skipped: [
      { t: 'Ukraine', n: 1, why: BODY },
      { t: 'Urkaine', why: "misspelt country name in an outlet's attribution" },
      { t: 'Sovetskaya Square', why: 'a square inside the town' },
      { t: 'Kursk', ctx: 'Kursk sector', why: 'front sector' },
    ],
    claims: [
      { t: 'five villages', kind: 'count', value: 5, unit: 'settlements', holder: 'RU', claimant: 'Russian military (via AFP)', asOf: ['2025-03-11', '2025-03-12'], note: '"over the past 24 hours"' },
      { t: '10,000-strong Ukrainian force', kind: 'count', value: 10000, unit: 'troops', holder: 'UA', claimant: 'Forbes', asOf: ['2025-02-25'] },
    ],
    events: [
      { t: 'Sudzha', n: 1, ref: 'sudzha', action: 'entered', actor: 'RU', claimant: 'Suspilne', asOf: ['2025-03-12'] },
      { t: 'Sudzha', n: 3, ref: 'sudzha', action: 'controls', actor: 'UA', claimant: 'Forbes', asOf: ['2025-02-25'], note: '"the main base for a 10,000-strong Ukrainian force"' },
    ],
  },
];
