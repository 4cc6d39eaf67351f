// Hand annotations, English articles of tests/eval/fresh37. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";
const RIVER = 'a river';
const SHTUPUN = 'Oleksandr Shtupun';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-05-28',
    url: 'https://dnanews.com.pk/ukrainian-town-of-lyman-falls-under-full-control-of-russian-forces-ministry/',
    notes: 'Stored copy on DNA News (dnanews.com.pk, after Reuters), its headline and body as the store gives them, complete; the index\'s date prefix removed (the URL\'s RSS query string left off the manifest\'s URL). The date is the index\'s, with the text\'s "on Saturday" (28 May 2022). Events: the headline\'s "Ukrainian town of Lyman falls under full control of Russian forces" and "the Ukrainian town of Lyman had fallen under the full control of Russian and Russian-backed forces" (captured, RU, the ministry, the day); "Russia had captured most of Lyman" (captured, RU, `part: true`, Ukraine, "on Friday", 27 May); "had been fighting for Lyman for several days" (fighting, RU: the attacker). Not events: the separatists\' "fully captured the town" (no name), "blocking an advance to Sloviansk" (a direction), "a railway hub west of Sievierodonetsk" (a location). "Russia‘s defence ministry" is a body (skipped). No claims. Traps: none.',
    places: [
      { t: 'Lyman', all: true, ref: 'lyman' },
      { t: 'MOSCOW', ref: 'moscow' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk People’s Republic', ref: 'donetskOblast' },
      { t: 'Sievierodonetsk', ref: 'sievierodonetsk' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Sloviansk', ref: 'sloviansk' },
    ],
    traps: [],
    skipped: [
      { t: 'Russia', n: 1, why: OFFICIAL + ' ("Russia‘s defence ministry")' },
    ],
    claims: [],
    events: [
      { t: 'Lyman', n: 1, ref: 'lyman', action: 'captured', actor: 'RU', claimant: "Russia's defence ministry", asOf: ['2022-05-28'], note: 'the headline: "Ukrainian town of Lyman falls under full control of Russian forces – ministry"' },
      { t: 'Lyman', n: 2, ref: 'lyman', action: 'captured', actor: 'RU', claimant: "Russia's defence ministry", asOf: ['2022-05-28'], note: '"the Ukrainian town of Lyman had fallen under the full control of Russian and Russian-backed forces"' },
      { t: 'Lyman', n: 3, ref: 'lyman', action: 'captured', actor: 'RU', claimant: 'Ukraine', part: true, asOf: ['2022-05-27'], note: '"Ukraine said on Friday that Russia had captured most of Lyman"' },
      { t: 'Lyman', n: 4, ref: 'lyman', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-05-24', '2022-05-28'], note: '"Ukrainian and Russian forces had been fighting for Lyman for several days"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-05-13',
    url: 'https://republicworld.com/world-news/russia/ukraines-rubizhne-city-falls-to-russian-troops-as-ongoing-war-enters-day-79-report-articleshow',
    notes: 'Stored copy on Republic World (republicworld.com), its headline and body as the store gives them; the date line ("Published 17:25 IST, May 13th 2022"), the standfirst ("Amid the ongoing ruthless war, ... Read further.") and an "Advertisement" line before the body removed; the last rubric and a line cut by the store ("Russia-Ukraine war / It") removed. The date is the date line\'s (13 May 2022). Events: the headline\'s "Ukraine\'s Rubizhne city falls to Russian troops" (captured, RU, media reports); "the Ukrainian Armed Forces have pulled back from Rubizhne city" (withdrew, UA, media reports); "Russian troops are focusing on taking full control of Rubizhne" (fighting, RU, Haidai: a taking under way); "Russians have taken control of nearly all of Rubizhne as of May 12" (captured, RU, `part: true`, the ISW); "believed to have occupied the town of Voevodivka" (captured, RU, the ISW); operations near Severodonetsk "thwarting the Russian military\'s attempt to cross" (fighting, RU: the attacker). Not events: the bridge "connecting Rubizhne and adjacent Severodonetsk" (a road), the strike on a tank "near Rubizhne city". Claims: "around 1,000 soldiers could have been killed" (count, killed, RU, the Ukrainian Defence Ministry, the day). "Luhansk Oblast Governor" is a title and "Ukraine\'s military", "the Ukraine Army" and "the Ukraine military" are armies (skipped); the Siverskyi Donets is a river (skipped); "Eastern Europe" is a part of a continent (skipped). Traps: the Kyiv Independent.',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Rubizhne', all: true, ref: 'rubizhne' },
      { t: 'Severodonetsk', all: true, ref: 'sievierodonetsk' },
      { t: 'Severdonetsk', ref: 'sievierodonetsk' },
      { t: 'Voevodivka', ref: 'voevodivka' },
      { t: 'Luhansk region', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'The Kyiv Independent', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Eastern Europe', why: 'a part of a continent' },
      { t: 'Ukraine', n: 2, why: ARMY + ' ("Ukraine\'s military")' },
      { t: 'Ukraine', n: 5, why: ARMY + ' ("the Ukraine Army")' },
      { t: 'Ukraine', n: 6, why: ARMY + ' ("the Ukraine military")' },
      { t: 'Luhansk Oblast', why: 'an official title ("Luhansk Oblast Governor Serhiy Haidai")' },
      { t: 'Siversky Donets', all: true, why: RIVER },
      { t: 'Siverskyi Donets', why: RIVER },
    ],
    claims: [
      { t: 'around 1,000 soldiers', kind: 'count', value: 1000, unit: 'killed', holder: 'RU', claimant: 'the Ukrainian Defence Ministry', asOf: ['2022-05-13'], note: '"around 1,000 soldiers could have been killed in the brutal fighting near the bridge" (Russian soldiers at the river crossing)' },
    ],
    events: [
      { t: 'Rubizhne', n: 1, ref: 'rubizhne', action: 'captured', actor: 'RU', claimant: 'media reports', asOf: ['2022-05-13'], note: 'the headline: "Ukraine\'s Rubizhne city falls to Russian troops"' },
      { t: 'Rubizhne', n: 2, ref: 'rubizhne', action: 'withdrew', actor: 'UA', claimant: 'media reports', asOf: ['2022-05-13'], note: '"the Ukrainian Armed Forces have pulled back from Rubizhne city"' },
      { t: 'Rubizhne', n: 4, ref: 'rubizhne', action: 'fighting', actor: 'RU', claimant: 'Serhiy Haidai', asOf: ['2022-05-13'], note: '"Russian troops are focusing on taking full control of Rubizhne"' },
      { t: 'Rubizhne', n: 5, ref: 'rubizhne', action: 'captured', actor: 'RU', claimant: 'the Institute for the Study of War', part: true, asOf: ['2022-05-12'], note: '"Russians have taken control of nearly all of Rubizhne as of May 12"' },
      { t: 'Voevodivka', ref: 'voevodivka', action: 'captured', actor: 'RU', claimant: 'the Institute for the Study of War', asOf: ['2022-05-12'], note: '"are believed to have occupied the town of Voevodivka"' },
      { t: 'Severodonetsk', n: 2, ref: 'sievierodonetsk', action: 'fighting', actor: 'RU', claimant: 'the Ukraine military', asOf: ['2022-05-13'], note: '"initiated operations near Severodonetsk ..., thwarting the Russian military\'s attempt to cross the Siversky Donets river"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-02-19',
    url: 'https://eurasia.ro/2023/02/19/ukraine-vuhledar-battle-points-to-major-russian-military-problems-analysis',
    notes: 'Stored copy on eurasia.ro (after RFE/RL\'s analysis by Mike Eckel, as another stored copy names it), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("The letter, published ... in four da"), removed. The date is the URL\'s (19 February 2023). Events: "what exactly happened in Vuhledar earlier this month", the clash in which Russian units "suffered catastrophic losses in an effort to capture the Donetsk region town" (fighting, RU, early February 2023); "the battle for Vuhledar" (fighting, RU); "Russian forces have controlled Pavlivka since around November 2022" (controls, RU; its recapture from the Ukrainians is told of "it"). Not events: "north of the town of Pavlivka" (a location), photographs "captured by Ukraine". Claims: "as many as 500 Russian troops may have been killed" (count, killed, RU, by "another" account, early February 2023); the pre-invasion population is not a claim. Skipped: the Primorye region and the Russian Far East (Russian regions far from the front, with no reference point in this set). Traps: the Wagner group, the 155th Naval Infantry Brigade\'s Pacific Fleet.',
    places: [
      { t: 'Vuhledar', all: true, ref: 'vuhledar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Pavlivka', all: true, ref: 'pavlivka' },
    ],
    traps: [
      { t: 'Wagner', why: 'a mercenary group' },
      { t: 'Pacific Fleet', why: 'a fleet' },
    ],
    skipped: [
      { t: 'Primorye region', why: 'a Russian region far from the front, with no reference point in this set' },
      { t: 'Russian Far East', why: 'a Russian macro-region, with no reference point in this set' },
    ],
    claims: [
      { t: 'as many as 500 Russian troops', kind: 'count', value: 500, unit: 'killed', holder: 'RU', claimant: null, asOf: ['2023-02-01', '2023-02-10'], note: '"By another, as many as 500 Russian troops may have been killed" (the clash at Vuhledar "earlier this month")' },
    ],
    events: [
      { t: 'Vuhledar', n: 1, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-02-01', '2023-02-10'], note: '"what exactly happened in Vuhledar earlier this month" (the clash: "an effort to capture the Donetsk region town")' },
      { t: 'Vuhledar', n: 2, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-02-01', '2023-02-19'], note: '"the battle for Vuhledar"' },
      { t: 'Pavlivka', n: 2, ref: 'pavlivka', action: 'controls', actor: 'RU', claimant: null, asOf: ['2022-11-01', '2023-02-19'], note: '"Russian forces have controlled Pavlivka since around November 2022"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2023-11-23',
    url: 'https://www.worldreportnow.com/news/russia-headed-for-disappointment-in-battles-along-dnieper-river-uk/59628/',
    notes: 'Stored copy on World Report Now (worldreportnow.com), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed; the last sentence, cut by the store ("Pegov warned that if this success continues, the Russian A"), removed. The date is the index\'s (23 November 2023). Events: "fighting has resumed in southern Ukraine, particularly around the village of Krynky" (fighting, UA: the attacker, the UK MOD); "Ukrainian units have expanded their control in the western part of Krynky" (fighting, UA: an advance within the village, the ISW); "maps of the battlefield around Krynky that showcased the progress made by Ukrainian forces" (fighting, UA, Pegov). Not events: "losing control of Krynky would be" (a prospect), Krynky "located 18 miles northeast of Kherson City" (a location), Russia\'s withdrawal "from the west bank of the Dnieper River" (a bank, no settlement), "within 50 miles of Crimea". "the United Kingdom’s Ministry of Defense" is a body and "Ukraine’s air defenses" an army (skipped); the Dnieper is a river (skipped). Traps: the Kremlin ("Pro-Kremlin"). No claims.',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Krynky', all: true, ref: 'krynky' },
      { t: 'Crimea', ref: 'crimea' },
      { t: 'Kherson City', ref: 'kherson' },
      { t: 'Russia', all: true, ref: 'russia' },
    ],
    traps: [
      { t: 'Kremlin', why: 'the Russian government ("Pro-Kremlin journalist")' },
    ],
    skipped: [
      { t: 'Dnieper', all: true, why: RIVER },
      { t: 'United Kingdom', why: OFFICIAL + ' ("the United Kingdom’s Ministry of Defense")' },
      { t: 'Ukraine', n: 3, why: ARMY + ' ("Ukraine’s air defenses")' },
    ],
    claims: [],
    events: [
      { t: 'Krynky', n: 1, ref: 'krynky', action: 'fighting', actor: 'UA', claimant: 'the UK Ministry of Defense', asOf: ['2023-11-23'], note: '"fighting has resumed in southern Ukraine, particularly around the village of Krynky"' },
      { t: 'Krynky', n: 2, ref: 'krynky', action: 'fighting', actor: 'UA', claimant: 'the Institute for the Study of War', asOf: ['2023-11-22', '2023-11-23'], note: '"Ukrainian units have expanded their control in the western part of Krynky"' },
      { t: 'Krynky', n: 4, ref: 'krynky', action: 'fighting', actor: 'UA', claimant: 'Semyon Pegov', asOf: ['2023-11-23'], note: '"maps of the battlefield around Krynky that showcased the progress made by Ukrainian forces"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2023-10-11',
    url: 'https://euromaidanpress.com/2023/10/11/russia-launches-massive-offensive-on-eastern-front/',
    notes: 'Stored copy on Euromaidan Press (euromaidanpress.com), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed; inside the text a photo caption ("A Russian tank overturns during the attack on Ukrainian positions on the eastern front") removed; the last sentence, cut by the store ("Most of the people left Avdiyivka to escape Russian indis"), removed. The date is the URL\'s (11 October 2023); the attacks are "On 10 October". Events (Shtupun, 10 October 2023): "repelled all Russian attacks near Avdiyivka" (fighting, RU: the attacker); the convoy "moving ... to attack Avdiyivka" (fighting, RU); "repelled the attacks ... in the areas of Keramik, Ocheretyne, Berdychiv, Stepove, Lastochkine, Tonenke, Avdiyivka and Pervomaiske" (fighting, RU, eight); "Avdiyivka is a Ukrainian-controlled city" (controls, UA, the outlet, the day). Not events: "the Avdiyivka sector" (a front sector, twice), air strikes near Berdychiv and Avdiyivka and the shelling of Avdiyivka, the convoy\'s start "from Donetsk City". "Ukraine’s Armed Forces" is an army (skipped, twice). Traps: the Tavria grouping. No claims (the pre-war population is not a claim).',
    places: [
      { t: 'Avdiyivka', all: true, ref: 'avdiivka' },
      { t: 'Donetsk Oblast', all: true, ref: 'donetskOblast' },
      { t: 'Donetsk City', ref: 'donetsk' },
      { t: 'Keramik', ref: 'keramik' },
      { t: 'Ocheretyne', ref: 'ocheretyne' },
      { t: 'Berdychiv', all: true, ref: 'berdychi' },
      { t: 'Stepove', ref: 'stepove' },
      { t: 'Lastochkine', ref: 'lastochkyne' },
      { t: 'Tonenke', ref: 'tonenke' },
      { t: 'Pervomaiske', ref: 'pervomaiske' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Tavria', why: 'a grouping of forces ("the Tavria grouping")' },
    ],
    skipped: [
      { t: 'Ukraine', n: 1, why: ARMY + ' ("Ukraine’s Armed Forces")' },
      { t: 'Ukraine', n: 2, why: ARMY + ' ("the Tavria grouping of Ukraine’s Armed Forces")' },
    ],
    claims: [],
    events: [
      { t: 'Avdiyivka', n: 1, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-10-10'], note: '"Ukraine’s Armed Forces repelled all Russian attacks near Avdiyivka"' },
      { t: 'Avdiyivka', n: 4, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-10-10'], note: '"Nine units of Russian armored vehicles were moving in a convoy from Donetsk City to attack Avdiyivka"' },
      { t: 'Keramik', ref: 'keramik', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-10-10'], note: '"repelled the attacks ... in the areas of Keramik, ..."' },
      { t: 'Ocheretyne', ref: 'ocheretyne', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-10-10'], note: 'the list of the repelled attacks' },
      { t: 'Berdychiv', n: 1, ref: 'berdychi', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-10-10'], note: 'the list of the repelled attacks' },
      { t: 'Stepove', ref: 'stepove', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-10-10'], note: 'the list of the repelled attacks' },
      { t: 'Lastochkine', ref: 'lastochkyne', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-10-10'], note: 'the list of the repelled attacks' },
      { t: 'Tonenke', ref: 'tonenke', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-10-10'], note: 'the list of the repelled attacks' },
      { t: 'Avdiyivka', n: 5, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-10-10'], note: 'the list of the repelled attacks' },
      { t: 'Pervomaiske', ref: 'pervomaiske', action: 'fighting', actor: 'RU', claimant: SHTUPUN, asOf: ['2023-10-10'], note: 'the list of the repelled attacks' },
      { t: 'Avdiyivka', n: 9, ref: 'avdiivka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2023-10-11'], note: '"Avdiyivka is a Ukrainian-controlled city in the Donetsk Oblast"' },
    ],
  },
];
