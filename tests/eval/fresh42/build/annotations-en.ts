// Hand annotations, English articles of tests/eval/fresh42. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const DEEPSTATE = 'DeepState';
const MOD = 'Russian Defence Ministry';
const SYRSKY = 'Oleksandr Syrsky';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-02-24',
    url: 'https://www.pravda.com.ua/eng/news/2024/02/24/7443559/',
    notes: 'Stored copy on Ukrainska Pravda (English edition), its headline and body as the store gives them; the site menu ("All Sections"), the author and date line ("KATERYNA TYSHCHENKO — Saturday, 24 February 2024, 22:14") and the map caption ("Occupied Lastochkyne. Screenshot: DeepState map") removed, and the bullets of the background list turned into plain lines. The date is the date line\'s (24 February 2024). Events: Lastochkyne occupied (headline, lead and DeepState\'s quote: captured, RU), the pressure on Sieverne and Orlivka (fighting, RU, DeepState), the Ukrainian units that "had to withdraw from Lastochkyne" (withdrew, UA, Buniatov), the withdrawal "from Avdiivka" on the night of 16–17 February (withdrew, UA, Syrskyi). Not events: "Videos from the captured settlement" (no name), "Russia\'s losses in Avdiivka" (losses, and a ratio: no claim), positions consolidated "on new defensive lines" (no settlement). Traps: DeepState, Telegram, Aidar and Tavria (units named like places), people. Skipped: "the Avdiivka front" (a front axis).',
    places: [
      { t: 'Lastochkyne', all: true, ref: 'lastochkyne' },
      { t: 'Avdiivka', n: 1, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 2, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 3, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 4, ref: 'avdiivka' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Sieverne', ref: 'sieverne' },
      { t: 'Orlivka', ref: 'orlivka' },
      { t: 'Donetsk Oblast', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'DeepState', all: true, why: 'an analysts\' project' },
      { t: 'Stanislav Buniatov', why: 'person' },
      { t: 'Osman', why: 'a call sign' },
      { t: 'Aidar', why: 'a battalion\'s name' },
      { t: 'Telegram', all: true, why: 'a messaging service' },
      { t: 'Oleksandr Syrskyi', why: 'person' },
      { t: 'Volodymyr Zelenskyy', why: 'person' },
      { t: 'Oleksandr Tarnavskyi', why: 'person' },
      { t: 'Tavria', why: 'a grouping of forces' },
    ],
    skipped: [
      { t: 'Avdiivka', ctx: 'the Avdiivka front', why: 'a front axis ("the Avdiivka front")' },
    ],
    claims: [],
    events: [
      { t: 'Lastochkyne', n: 1, ref: 'lastochkyne', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-02-24'], note: 'the headline: "Russians occupy Lastochkyne near Avdiivka"' },
      { t: 'Lastochkyne', n: 2, ref: 'lastochkyne', action: 'captured', actor: 'RU', claimant: DEEPSTATE, asOf: ['2024-02-24'], note: '"Russian troops have occupied the village of Lastochkyne, west of Avdiivka"' },
      { t: 'Lastochkyne', n: 3, ref: 'lastochkyne', action: 'captured', actor: 'RU', claimant: DEEPSTATE, asOf: ['2024-02-24'], note: '"The enemy occupied Lastochkyne."' },
      { t: 'Sieverne', ref: 'sieverne', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2024-02-24'], note: '"Katsaps ... continue to pressure Sieverne and Orlivka"' },
      { t: 'Orlivka', ref: 'orlivka', action: 'fighting', actor: 'RU', claimant: DEEPSTATE, asOf: ['2024-02-24'], note: 'the same pressure' },
      { t: 'Lastochkyne', n: 4, ref: 'lastochkyne', action: 'withdrew', actor: 'UA', claimant: 'Stanislav Buniatov', asOf: ['2024-02-24'], note: '"the Ukrainian units had to withdraw from Lastochkyne"' },
      { t: 'Avdiivka', n: 3, ref: 'avdiivka', action: 'withdrew', actor: 'UA', claimant: 'Oleksandr Syrskyi', asOf: ['2024-02-16', '2024-02-17'], note: '"On the night of 16-17 February, Oleksandr Syrskyi ... announced the withdrawal of Ukrainian units from Avdiivka"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-09-10',
    url: 'https://www.thehindu.com/news/international/russia-says-captured-town-three-villages-in-eastern-ukraine/article68626986.ece/amp/',
    notes: 'Stored copy on The Hindu (after AFP), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed. The date is the text\'s and the index\'s ("on Tuesday (September 10, 2024)"). Events: the ministry\'s capture of Krasnogorivka and its "liberated" villages Grygorivka, Galytsynivka and Vodiane (captured, RU: Ukrainian settlements), "Russian-held Donetsk" (controls, RU: a hold), the fall of Marinka in December 2023 and of Avdiivka in February 2024 (captured, RU, the months), "closing in on the town of Pokrovsk" (fighting, RU: the approaches of a town). Not events: "three villages in different parts of the Donetsk region" (a region), "The town lies ... had served as a key stronghold for Kyiv" (no name; past), the offensive "into Russia\'s Kursk region" (a region) and its "hundreds of square kilometres" (no figure). Claims: "three villages" taken (count, settlements, RU, the ministry, 10 September 2024; added after the first run, an annotation slip). Not claims: 16,000 (a population), "all four settlements" (the names the statement used, not a count of places taken). Traps: Vladimir Putin. Skipped: Russia in "Russia\'s Defence Ministry".',
    places: [
      { t: 'Krasnogorivka', all: true, ref: 'krasnohorivka' },
      { t: 'Grygorivka', ref: 'hryhorivka' },
      { t: 'Galytsynivka', ref: 'halytsynivka' },
      { t: 'Vodiane', ref: 'vodiane' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Donetsk', ctx: 'Russian-held Donetsk', ref: 'donetsk' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Marinka', ref: 'marinka' },
      { t: 'Avdiivka', ref: 'avdiivka' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Russia', ctx: 'was Russia\'s', ref: 'russia' },
      { t: 'Russia', ctx: 'into Russia\'s Kursk', ref: 'russia' },
      { t: 'Kursk region', ref: 'kurskOblast' },
      { t: 'Moscow', ref: 'moscow' },
    ],
    traps: [
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', ctx: 'Russia\'s Defence Ministry', why: OFFICIAL + ' ("Russia\'s Defence Ministry")' },
    ],
    claims: [
      { t: 'three villages', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2024-09-10'], note: '"said it had captured the town of Krasnogorivka ... as well as three villages in different parts of the Donetsk region" (a count of settlements taken; an annotation slip found by the first run: the set had left it out, against fresh19\'s convention)' },
    ],
    events: [
      { t: 'Krasnogorivka', n: 1, ref: 'krasnohorivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-09-10'], note: '"said it had captured the town of Krasnogorivka in eastern Ukraine"' },
      { t: 'Grygorivka', ref: 'hryhorivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-09-10'], note: '"Russian troops had \\"liberated\\" the town and the villages of Grygorivka, Galytsynivka and Vodiane" (Ukrainian villages: captured)' },
      { t: 'Galytsynivka', ref: 'halytsynivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-09-10'], note: 'the same list' },
      { t: 'Vodiane', ref: 'vodiane', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-09-10'], note: 'the same list' },
      { t: 'Donetsk', ctx: 'Russian-held Donetsk', ref: 'donetsk', action: 'controls', actor: 'RU', claimant: null, asOf: ['2024-09-10'], note: '"some 20 km west of Russian-held Donetsk" (a hold)' },
      { t: 'Marinka', ref: 'marinka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-12-01', '2023-12-31'], note: '"the fall of nearby Marinka in December 2023"' },
      { t: 'Avdiivka', ref: 'avdiivka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-02-01', '2024-02-29'], note: '"and Avdiivka in February 2024"' },
      { t: 'Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-09-10'], note: '"are closing in on the town of Pokrovsk" (its approaches: fighting by the attacker)' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-01-07',
    url: 'https://hurriyetdailynews.com/amp/russia-says-captured-key-town-in-eastern-ukraine-204397',
    notes: 'Stored copy on Hürriyet Daily News (after AFP), its headline, dateline and body as the store gives them; the last sentence, cut by the store ("Trump has prom"), removed. The date is the text\'s: the capture was claimed "on Monday" (6 January 2025, "two weeks before" the 20 January inauguration) and the paper tells the ministry\'s Monday statement as "yesterday" (7 January 2025). Events: the claimed capture of Kurakhove (the ministry\'s "captured" and "fully liberated", and "The capture of Kurakhove"; captured, RU, denied: "Ukrainian forces did not confirm the claim"), "conducting assault operations in the urban area of Kurakhove" (fighting, RU, the Ukrainian army). Not events: "the claimed capture of the industrial town" and "its capture would allow" (no name), "seize the rest of the Donetsk region" (an aim, a region), the counteroffensive "on Russian territory" (no name). No claims (22,000 is a population). Traps: Donald Trump, AFP, Telegram. Skipped: U.S. in "U.S. President-elect".',
    places: [
      { t: 'Kurakhove', all: true, ref: 'kurakhove' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'MOSCOW', ref: 'moscow' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Kiev', ref: 'kyiv' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Donald Trump', why: 'person' },
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'AFP', why: 'a news agency' },
    ],
    skipped: [
      { t: 'U.S', why: OFFICIAL + ' ("U.S. President-elect")' },
    ],
    claims: [],
    events: [
      { t: 'Kurakhove', n: 1, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-01-06'], note: '"Russia said on Monday its forces had captured the \\"important logistics hub\\" of Kurakhove" (not confirmed by Ukraine)' },
      { t: 'Kurakhove', n: 2, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-01-06'], note: '"Russian units \\"have fully liberated the town of Kurakhove\\"" (a Ukrainian town: captured; "Ukrainian forces did not confirm the claim")' },
      { t: 'Kurakhove', n: 3, ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: 'Ukrainian forces', asOf: ['2025-01-06'], note: '"Russia was \\"conducting assault operations in the urban area of Kurakhove\\""' },
      { t: 'Kurakhove', n: 5, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2025-01-06'], note: '"The capture of Kurakhove comes at a critical juncture" (the unconfirmed claim restated)' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-08-01',
    url: 'https://tfiglobalnews.com/2025/08/01/russia-claims-victory-over-chasiv-yar-as-ukraine-denies-loss-of-strategic-eastern-city-amid-eu-and-us-escalating-sanction-war-to-stop-putin',
    notes: 'Stored copy on TFI Global News, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug), with its subheadings; the next subheading, cut by the store ("Ukraine: “Th"), removed. The date is the URL\'s (1 August 2025); the claim and the footage are of "Thursday" (31 July 2025). Events: "Russia has claimed full control of the strategic city of Chasiv Yar" (controls, RU, denied: "Ukrainian military officials have firmly denied the claim"), the ministry\'s "completed the liberation of Chasiv Yar" (captured, RU, denied: the same denial, and "Independent verification ... is not currently possible"), Bakhmut "which Russia seized in 2023" (captured, RU, the year). Not events: "intense fighting is still ongoing in parts of the city" and "entering the city center" (no name), "Control of Chasiv Yar would ..." (a supposition), "The Ukrainian garrison has either withdrawn" (no name), supply routes "feeding into Sloviansk and Kramatorsk" (routes). No claims. Skipped: "the Eastern Front" (a front).',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Chasiv Yar', all: true, ref: 'chasivYar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Donetsk Oblast', ref: 'donetskOblast' },
      { t: 'Bakhmut', ref: 'bakhmut' },
      { t: 'Sloviansk', ref: 'sloviansk' },
      { t: 'Kramatorsk', ref: 'kramatorsk' },
    ],
    traps: [],
    skipped: [
      { t: 'Eastern Front', why: 'a front' },
    ],
    claims: [],
    events: [
      { t: 'Chasiv Yar', n: 1, ref: 'chasivYar', action: 'controls', actor: 'RU', claimant: 'Russia', denied: true, asOf: ['2025-07-31'], note: '"Russia has claimed full control of the strategic city of Chasiv Yar" ("Ukrainian military officials have firmly denied the claim")' },
      { t: 'Bakhmut', ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-01-01', '2023-12-31'], note: '"the war-torn city of Bakhmut, which Russia seized in 2023"' },
      { t: 'Chasiv Yar', n: 5, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: 'Russian Defense Ministry', denied: true, asOf: ['2025-07-31'], note: '"Russian forces have completed the liberation of Chasiv Yar" (a Ukrainian town: captured; denied)' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-12-17',
    url: 'https://en.interfax.com.ua/news/general/1129098.html',
    notes: 'Stored copy on Interfax-Ukraine (English edition), its headline and body as the store gives them; the photo credit line ("Photo: https://www.facebook.com") removed. The date is the agency\'s: its Ukrainian copy of the same statement (interfax.com.ua, news 1129085, not in this set) is dated 17 December 2025, and the Ramstein meeting was "on Tuesday" (16 December 2025). Events: Ukraine pushing the occupiers back from Kupyansk and taking control of "nearly 90% of the city\'s territory" (liberated, UA, part: Ukraine retaking most of its own town; headline, lead and quote). Claims: "almost 90%" / "nearly 90%" of Kupyansk held by Ukraine (area-held, percent, UA, Syrsky, the day of the meeting: a share of a town, as earlier sets read one; three times, added after the first run, an annotation slip: the gold had called it only the event\'s part), "approximately 710,000 troops" (count, troops, RU, Syrsky, the day of the meeting). Traps: Syrsky, Facebook. Skipped: Ukraine in "the Armed Forces of Ukraine" and in the contact group\'s name, Ramstein in the contact group\'s name.',
    places: [
      { t: 'Kupyansk', all: true, ref: 'kupiansk' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Oleksandr Syrsky', why: 'person' },
      { t: 'Syrsky', n: 1, why: 'person' },
      { t: 'Syrsky', n: 3, why: 'person' },
      { t: 'Syrsky', n: 4, why: 'person' },
      { t: 'Facebook', why: 'a social network' },
    ],
    skipped: [
      { t: 'Ukraine', ctx: 'Armed Forces of Ukraine', why: OFFICIAL + ' ("the Armed Forces of Ukraine")' },
      { t: 'Ramstein', why: 'a contact group\'s name ("the Ramstein Contact Group on Ukraine\'s Defense")' },
      { t: 'Ukraine', ctx: 'on Ukraine\'s Defense', why: 'country inside a contact group\'s name' },
    ],
    claims: [
      { t: 'almost 90%', n: 1, kind: 'area-held', value: 90, unit: 'percent', holder: 'UA', claimant: SYRSKY, asOf: ['2025-12-16'], note: 'the headline: "take control of almost 90% of the territory of Kupyansk" (a share of a town held, as fresh19 and earlier sets read "89 percent of the settlement"; an annotation slip found by the first run)' },
      { t: 'nearly 90%', kind: 'area-held', value: 90, unit: 'percent', holder: 'UA', claimant: SYRSKY, asOf: ['2025-12-16'], note: '"take control of nearly 90% of the city\'s territory"' },
      { t: 'almost 90%', n: 2, kind: 'area-held', value: 90, unit: 'percent', holder: 'UA', claimant: SYRSKY, asOf: ['2025-12-16'], note: 'the same in Syrsky\'s quoted post' },
      { t: 'approximately 710,000 troops', kind: 'count', value: 710000, unit: 'troops', holder: 'RU', claimant: SYRSKY, asOf: ['2025-12-16'], note: '"the enemy has increased its force to approximately 710,000 troops to conduct a strategic offensive operation"' },
    ],
    events: [
      { t: 'Kupyansk', n: 1, ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: SYRSKY, part: true, asOf: ['2025-12-16'], note: 'the headline: "Ukrainian soldiers manage to take control of almost 90% of the territory of Kupyansk" (Ukraine retaking most of its own town)' },
      { t: 'Kupyansk', n: 2, ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: SYRSKY, part: true, asOf: ['2025-12-16'], note: '"managed to push back the occupiers from Kupyansk in Kharkiv region and take control of nearly 90% of the city\'s territory"' },
      { t: 'Kupyansk', n: 3, ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: SYRSKY, part: true, asOf: ['2025-12-16'], note: 'the same in Syrsky\'s quoted post' },
    ],
  },
];
