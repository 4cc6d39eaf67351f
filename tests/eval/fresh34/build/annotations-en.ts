// Hand annotations, English articles of tests/eval/fresh34. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's name";
const AXIS = 'a front axis or sector named after a town';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-11-03',
    url: 'https://thenorthlines.com/russia-claims-new-villages-captured-in-eastern-ukraine-push/',
    notes: 'Stored copy on The Northlines, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed. The date is the index\'s (3 November 2024). Events: the Defense Ministry\'s two villages, "One of the captured settlements was the sizable town of Kurakhivka" (captured, RU) and "seizing the small village of Pershotravneve in the adjacent Kharkiv region" (captured, RU); "Russia had previously set its sights on taking Kurakhove and now appears to be closing in" (fighting, RU: an approach). "located near the industrial city of Kurakhove" is a location (no event). Claims: the ministry\'s "forces have gained control of two additional villages" (count, settlements, RU, the day) and "the total land gained by Russian troops in the month of October alone has surpassed 478 square kilometers" (area-gained, RU, October 2024, after the Institute for the Study of War\'s data). Traps: the Institute for the Study of War. Moscow and Kyiv are capitals for governments; Donbas the region.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Kurakhivka', ref: 'kurakhivka' },
      { t: 'Kurakhove', all: true, ref: 'kurakhove' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Pershotravneve', ref: 'pershotravneveKharkiv' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Kyiv', ref: 'kyiv' },
    ],
    traps: [
      { t: 'Institute for the Study of War', why: 'a think tank' },
    ],
    skipped: [],
    claims: [
      { t: 'two additional villages', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: 'Defense Ministry', asOf: ['2024-11-03'], note: '"forces have gained control of two additional villages in the Donetsk region"' },
      { t: '478 square kilometers', kind: 'area-gained', value: 478, unit: 'km2', holder: 'RU', claimant: 'Institute for the Study of War', asOf: ['2024-10-01', '2024-10-31'], note: '"the total land gained by Russian troops in the month of October alone has surpassed 478 square kilometers"' },
    ],
    events: [
      { t: 'Kurakhivka', ref: 'kurakhivka', action: 'captured', actor: 'RU', claimant: 'Defense Ministry', asOf: ['2024-11-03'], note: '"One of the captured settlements was the sizable town of Kurakhivka"' },
      { t: 'Kurakhove', n: 2, ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-11-03'], note: '"set its sights on taking Kurakhove and now appears to be closing in"' },
      { t: 'Pershotravneve', ref: 'pershotravneveKharkiv', action: 'captured', actor: 'RU', claimant: 'Defense Ministry', asOf: ['2024-11-03'], note: '"The ministry also reported seizing the small village of Pershotravneve"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-08-20',
    url: 'https://citytelegraph.com/news/182264/russian-troops-announce-the-capture-of-another-town-in-eastern-ukraine',
    notes: 'Stored copy on City Telegraph (a rewrite of a BBC report), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the teaser line "Also Read: ..." removed; the last sentence, cut by the store ("On Monday, Ukrainian authorities ordered the evacuation of Pokrovsk, as Russian forces advanced to within "), removed. The date is the text\'s, with the year of the episode: the Russian ministry\'s Niu-York (Novgorodskoye) of Tuesday 20 August 2024 and Syrskyi\'s 93 villages of the same day. Events: "Russia’s military has claimed the capture of Niu-York" (captured, RU, denied: "Ukraine’s military has not confirmed the loss of Niu-York", and Ukrainian forces "retain control over parts of Niu-York"); the ministry\'s "defeated Ukrainian troops in Niu-York" (fighting, RU); "Russian forces claimed the capture of Zalizne, southeast of Toretsk, though Ukrainian forces reported they were still fighting in the area" (captured, RU, denied); "retain control over parts of Niu-York" (controls, UA, part). Not events: "its capture would mark another advance towards ... Toretsk and Pokrovsk" (a prospect), the flag "hoisted over a school in Niu-York" in an old video (a flag on a building), "the loss of Niu-York" (the denial of the capture already marked). "the Toretsk agglomeration" is a conurbation named after a town (skipped); "the key Donetsk hubs" names the oblast by its adjective. Claims: "claims control over 93 Russian villages and towns" (count, settlements, UA, Syrskyi, the day). Traps: people.',
    places: [
      { t: 'Niu-York', all: true, ref: 'niuYork' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Donetsk', n: 2, ref: 'donetskOblast' },
      { t: 'Toretsk', n: 1, ref: 'toretsk' },
      { t: 'Toretsk', n: 3, ref: 'toretsk' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Russia', n: 3, ref: 'russia' },
      { t: 'Russia', n: 4, ref: 'russia' },
      { t: 'Kursk region', ref: 'kurskOblast' },
      { t: 'Zalizne', ref: 'zalizne' },
    ],
    traps: [
      { t: 'Oleksandr Syrskyi', why: 'person' },
      { t: 'Volodymyr Zelensky', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', n: 1, why: ARMY + ' ("Russia’s military")' },
      { t: 'Russia', n: 5, why: OFFICIAL + ' ("Russia’s defense ministry")' },
      { t: 'Ukraine', n: 2, why: ARMY + ' ("Ukraine’s military")' },
      { t: 'Ukraine', n: 4, why: OFFICIAL + ' ("Ukraine’s commander-in-chief")' },
      { t: 'Toretsk', n: 2, why: 'a conurbation named after a town ("the Toretsk agglomeration")' },
    ],
    claims: [
      { t: '93 Russian villages and towns', kind: 'count', value: 93, unit: 'settlements', holder: 'UA', claimant: 'Oleksandr Syrskyi', asOf: ['2024-08-20'], note: '"Oleksandr Syrskyi, claims control over 93 Russian villages and towns"' },
    ],
    events: [
      { t: 'Niu-York', n: 1, ref: 'niuYork', action: 'captured', actor: 'RU', claimant: 'Russia’s military', denied: true, asOf: ['2024-08-20'], note: '"Russia’s military has claimed the capture of Niu-York"; "Ukraine’s military has not confirmed the loss of Niu-York"' },
      { t: 'Niu-York', n: 4, ref: 'niuYork', action: 'fighting', actor: 'RU', claimant: 'Russia’s defense ministry', asOf: ['2024-08-20'], note: '"its Centre forces group defeated Ukrainian troops in Niu-York"' },
      { t: 'Zalizne', ref: 'zalizne', action: 'captured', actor: 'RU', claimant: 'Russian forces', denied: true, asOf: ['2024-08-20'], note: '"Russian forces claimed the capture of Zalizne ... though Ukrainian forces reported they were still fighting in the area"' },
      { t: 'Niu-York', n: 6, ref: 'niuYork', action: 'controls', actor: 'UA', claimant: 'Ukrainian forces', part: true, asOf: ['2024-08-20'], note: '"retain control over parts of Niu-York"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2024-11-11',
    url: 'https://news.liga.net/en/amp/politics/news/russia-captures-more-ukrainian-land-than-in-any-month-since-mid-2022-in-october',
    notes: 'Stored copy on LIGA.net (English), its headline and body as the store gives them; the last sentence, cut by the store ("However, it is unclear whether this will be a \\"major offe"), removed. The date is the text\'s: the latest day it names ("On November 11, army commander Oleksandr Syrskyi reported"), November 2024. Events: "Russian soldiers have advanced towards Pokrovsk" (fighting, RU: an advance toward a town, after The Telegraph); "Significant fighting has also been reported in the fortress town of Kurakhove" (fighting, RU: the attacker). Not events: "to the south of Pokrovsk" (a location). "The hottest sectors on the front remain Kurakhove and Pokrovsk", "the Kurakhove axis" and "the Pokrovsk and Kurakhove axes" name front sectors after towns (skipped). Claims: DeepState\'s "the enemy occupied approximately 490 square kilometers in October" (area-gained, RU, October 2024). Not an event: "Russia may launch assaults in the southern Zaporizhzhia Oblast" (a prospect, an oblast). Traps: The Telegraph, DeepState, people.',
    places: [
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Pokrovsk', n: 1, ref: 'pokrovsk' },
      { t: 'Pokrovsk', n: 2, ref: 'pokrovsk' },
      { t: 'Kurakhove', n: 1, ref: 'kurakhove' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Zaporizhzhia Oblast', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'The Telegraph', why: 'a newspaper' },
      { t: 'DeepState', why: 'an OSINT project' },
      { t: 'Oleksandr Syrskyi', why: 'person' },
      { t: 'Nazar Voloshyn', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', why: ARMY + ' ("the Armed Forces of Ukraine")' },
      { t: 'Kurakhove', n: 2, why: AXIS + ' ("The hottest sectors on the front remain Kurakhove and Pokrovsk")' },
      { t: 'Pokrovsk', n: 3, why: AXIS + ' ("The hottest sectors on the front remain Kurakhove and Pokrovsk")' },
      { t: 'Kurakhove', n: 3, why: AXIS + ' ("the Kurakhove axis")' },
      { t: 'Pokrovsk', n: 4, why: AXIS + ' ("the Pokrovsk and Kurakhove axes")' },
      { t: 'Kurakhove', n: 4, why: AXIS + ' ("the Pokrovsk and Kurakhove axes")' },
    ],
    claims: [
      { t: '490 square kilometers', kind: 'area-gained', value: 490, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2024-10-01', '2024-10-31'], note: '"the enemy occupied approximately 490 square kilometers in October"' },
    ],
    events: [
      { t: 'Pokrovsk', n: 1, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'The Telegraph', asOf: ['2024-11-11'], note: '"Russian soldiers have advanced towards Pokrovsk"' },
      { t: 'Kurakhove', n: 1, ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: 'The Telegraph', asOf: ['2024-11-11'], note: '"Significant fighting has also been reported in the fortress town of Kurakhove"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2022-12-27',
    url: 'https://ukranews.com/en/news/904649-afu-have-successes-in-luhansk-region-occupiers-dying-in-hundreds-haidai',
    notes: 'Stored copy on Ukrainian News Agency (ukranews.com, English), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed. The date is the index\'s month (December 2022) with the day after the one the text tells as earlier ("As Ukrainian News Agency earlier reported, on December 26"). Events: "The Russian occupiers are trying to maintain control over Kreminna ... heavy battles are taking place in the area of the city" (fighting, UA: the attacker of a town Russia holds, Haidai); "The difficult situation is in Bilohorivka ... they regularly try to go on the offensive there, but the Armed Forces of Ukraine repel" (fighting, RU: repelled attempts); "on December 26, Haidai objected that the Armed Forces of Ukraine were already in Kreminna" (entered, UA, denied). Not events: "in the event of the loss of Kreminna" (a prospect), "they are not going to restore Popasna". "Armed Forces of Ukraine" is an army (skipped). Traps: Haidai, Ukrainian News Agency.',
    places: [
      { t: 'Kreminna', all: true, ref: 'kreminna' },
      { t: 'Luhansk Region', all: true, ref: 'luhanskOblast' },
      { t: 'Bilohorivka', ref: 'bilohorivka' },
      { t: 'Popasna', ref: 'popasna' },
    ],
    traps: [
      { t: 'Serhii Haidai', why: 'person' },
      { t: 'Haidai', n: 2, why: 'person' },
      { t: 'Haidai', n: 3, why: 'person' },
      { t: 'Haidai', n: 4, why: 'person' },
      { t: 'Ukrainian News Agency', why: 'a news agency' },
    ],
    skipped: [
      { t: 'Ukraine', all: true, why: ARMY + ' ("the Armed Forces of Ukraine")' },
    ],
    claims: [],
    events: [
      { t: 'Kreminna', n: 1, ref: 'kreminna', action: 'fighting', actor: 'UA', claimant: 'Serhii Haidai', asOf: ['2022-12-27'], note: '"The Russian occupiers are trying to maintain control over Kreminna ... heavy battles are taking place in the area of the city"' },
      { t: 'Bilohorivka', ref: 'bilohorivka', action: 'fighting', actor: 'RU', claimant: 'Serhii Haidai', asOf: ['2022-12-27'], note: '"they regularly try to go on the offensive there, but the Armed Forces of Ukraine repel all these intentions"' },
      { t: 'Kreminna', n: 3, ref: 'kreminna', action: 'entered', actor: 'UA', claimant: null, denied: true, asOf: ['2022-12-26'], note: '"Haidai objected that the Armed Forces of Ukraine were already in Kreminna"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2024-05-23',
    url: 'https://www.kyivpost.com/post/33295',
    notes: 'Stored copy of an intelligence update on Kyiv Post, its body as the store gives it (the store gives no headline: the manifest\'s title describes the text); the lines "See the original here." and the correction and highlight lines after it removed; the text\'s own spacing slips ("partof", "May2024", "byUkrainian", "of*defending") kept. The date is the day after the last the text names ("as of the evening of 22 May 2024"). Events: "Russian forces are continuing to attack the town of Vovchansk as part of their offensive ... which began on 10 May 2024" (fighting, RU, 10 to 22 May); "the village of Buhruvatka, west-south-west of Vovchansk, likely under their control" (controls, RU); "Russian forces continue to launch attacks in the direction of the village of Lyptsi but had made no significant progress" (fighting, RU, after the Ukrainian General Staff). Not events: "west-south-west of Vovchansk" (a location), "defending Ukrainian forces in Vovchansk itself" (a threatened flank). "northern Kharkiv" and "a buffer or safety zone in Kharkiv" name the oblast; "The northern Kharkiv front" and "the Luk\'yantsi axis" are front sectors, the Siverskiy Donets a river (skipped). Traps: Putin.',
    places: [
      { t: 'Vovchansk', all: true, ref: 'vovchansk' },
      { t: 'Kharkiv', n: 1, ref: 'kharkivOblast' },
      { t: 'Kharkiv', n: 2, ref: 'kharkivOblast' },
      { t: 'Buhruvatka', ref: 'buhruvatka' },
      { t: 'Lyptsi', ref: 'lyptsi' },
      { t: 'Russia', all: true, ref: 'russia' },
    ],
    traps: [
      { t: 'Putin', why: 'person' },
    ],
    skipped: [
      { t: 'Kharkiv', n: 3, why: 'a front named after the oblast ("The northern Kharkiv front")' },
      { t: "Luk'yantsi", why: 'a front axis named after a village ("the Luk\'yantsi axis")' },
      { t: 'Siverskiy Donets', why: 'river' },
    ],
    claims: [],
    events: [
      { t: 'Vovchansk', n: 1, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-05-10', '2024-05-22'], note: '"Russian forces are continuing to attack the town of Vovchansk"' },
      { t: 'Buhruvatka', ref: 'buhruvatka', action: 'controls', actor: 'RU', claimant: null, asOf: ['2024-05-22'], note: '"the village of Buhruvatka ... likely under their control"' },
      { t: 'Lyptsi', ref: 'lyptsi', action: 'fighting', actor: 'RU', claimant: 'Ukrainian General Staff', asOf: ['2024-05-22'], note: '"continue to launch attacks in the direction of the village of Lyptsi but had made no significant progress"' },
    ],
  },
];
