// Hand annotations, English articles of tests/eval/fresh3. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const MOD = 'Russian defence ministry';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2025-03-13',
    url: 'https://www.devdiscourse.com/article/law-order/3306344-russian-forces-reclaim-key-town-in-kursk',
    notes: 'Stored excerpt of a Devdiscourse report (a rewrite of a Reuters report) from its lead (no headline in the store: the manifest title is the URL slug); the index\'s date prefix is removed; complete as given. The date is the index date ("on Thursday" = 13 Mar 2025, the day the Russian defence ministry announced Sudzha retaken). Sudzha, Melovoi and Podol reclaimed: liberated, RU (Russia retaking its own town and villages), claimant the defence ministry. "positions in Kursk" and "a visit to Kursk" name the region (Putin visited the command of the Kursk group of forces in the region on 12 March), not the city. "Moscow" names the government. "Europe" (a continent) is skipped; Vladimir Putin is a trap (a person named like a city).',
    places: [
      { t: 'Sudzha', all: true, ref: 'sudzha' },
      { t: 'Kursk region', ref: 'kurskOblast' },
      { t: 'Melovoi', ref: 'melovoy' },
      { t: 'Podol', ref: 'podol' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Kursk', ctx: 'positions in Kursk,', ref: 'kurskOblast' },
      { t: 'Kursk', ctx: 'visit to Kursk on', ref: 'kurskOblast' },
      { t: 'Ukraine', ref: 'ukraine' },
    ],
    traps: [{ t: 'Vladimir Putin', why: 'person (Vladimir is also a city)' }],
    skipped: [{ t: 'Europe', why: 'a continent' }],
    events: [
      { t: 'Sudzha', n: 1, ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Melovoi', ref: 'melovoy', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Podol', ref: 'podol', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-07-30',
    url: 'https://english.alarabiya.net/News/world/2024/07/30/russia-says-captured-another-village-in-ukraine-s-donetsk-region',
    notes: 'Stored excerpt of an AFP report (Al Arabiya English) from its lead (no headline in the store: the manifest title is the URL slug); the index\'s date prefix and the "1 min read" line are removed; the page\'s paragraph breaks (four newlines, one of two) are kept. The date is in the URL. Pivdenne "liberated" by Russia (defence ministry): captured, RU (Russia taking a Ukrainian village, whatever the verb). Toretsk, "which Russian forces have advanced toward" and "closing in on Toretsk": fighting, RU. "Leninske" is Pivdenne\'s former name (same place). "Moscow has claimed" names the government. The populations (1,400; 30,000) are not claims.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Pivdenne', all: true, ref: 'pivdenne' },
      { t: 'Toretsk', all: true, ref: 'toretsk' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Leninske', ref: 'pivdenne' },
    ],
    events: [
      { t: 'Pivdenne', n: 1, ref: 'pivdenne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-07-30'] },
      { t: 'Toretsk', n: 1, ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-07-30'] },
      { t: 'Toretsk', n: 2, ref: 'toretsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-07-30'] },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2024-12-21',
    url: 'https://www.anews.com.tr/world/2024/12/21/russian-forces-take-control-of-kostiantynopolske-in-eastern-ukraine-defence-ministry-says',
    notes: 'Stored copy of a Reuters report (A News), complete as the store gives it (headline and three paragraphs). The date is in the URL ("on Saturday" = 21 Dec 2024). Kostiantynopolske taken by Russian troops (defence ministry), headline and lead: captured, RU; "called Ostrovsky by Russia" is its Russian name (same place). Kurakhove, "which Russian troops have stormed and are threatening to encircle": fighting, RU. DeepState (a mapping group) is a trap.',
    places: [
      { t: 'Kostiantynopolske', all: true, ref: 'kostiantynopolske' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Ostrovsky', ref: 'kostiantynopolske' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Kurakhove', ref: 'kurakhove' },
    ],
    traps: [{ t: 'DeepState', why: 'a mapping group' }],
    events: [
      { t: 'Kostiantynopolske', n: 1, ref: 'kostiantynopolske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-12-21'], note: 'headline' },
      { t: 'Kostiantynopolske', n: 2, ref: 'kostiantynopolske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-12-21'] },
      { t: 'Kurakhove', ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-12-21'] },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2024-08-09',
    url: 'https://www.anews.com.tr/world/2024/08/09/russia-says-its-forces-took-vesele-village-near-eastern-ukraines-pokrovsk',
    notes: 'Stored copy of a Reuters report (A News), complete as the store gives it (headline and two paragraphs). The date is in the URL ("on Friday" = 9 Aug 2024). Vesele taken by Russian forces (defence ministry), headline and lead: captured, RU. "other towns under Ukrainian government control such as Chasiv Yar and Kostiantynivka": controls, UA. Pokrovsk is named three times without a control event. The pre-war population of 61,000 is not a claim.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Vesele', all: true, ref: 'vesele' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Pokrovsk', all: true, ref: 'pokrovsk' },
      { t: 'Chasiv Yar', ref: 'chasivYar' },
      { t: 'Kostiantynivka', ref: 'kostiantynivka' },
    ],
    events: [
      { t: 'Vesele', n: 1, ref: 'vesele', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-08-09'], note: 'headline' },
      { t: 'Vesele', n: 2, ref: 'vesele', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-08-09'] },
      { t: 'Chasiv Yar', ref: 'chasivYar', action: 'controls', actor: 'UA', claimant: null, asOf: ['2024-08-09'] },
      { t: 'Kostiantynivka', ref: 'kostiantynivka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2024-08-09'] },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2023-06-03',
    url: 'https://english.alarabiya.net/News/world/2023/06/03/Ukrainian-shelling-kills-two-people-in-Russia-s-Belgorod-region-Governor',
    notes: 'Stored excerpt of an AFP report (Al Arabiya English) from its lead (no headline in the store: the manifest title is the URL slug); the index\'s date prefix is removed and the page\'s paragraph breaks (four newlines) are kept. The date is in the URL ("on Saturday" = 3 June 2023). Shelling of the Belgorod border (Shebekino district, Novaya Tavolzhanka, Bezlyudovka): no control event (the attempted incursion names no settlement). "Russia’s Belgorod, a border region", "Belgorod border villages", "Belgorod governor" and "invade Belgorod" name the oblast; "the regional capital of Belgorod" the city. "the district of Shebekino" and "The Shebekino area" are the district (Shebekinsky urban okrug), the span being the name. Bezlyudovka is the Belgorod village, not Bezliudivka near Kharkiv. Casualty counts: two killed on Saturday, a toll of seven this week (29 May – 3 June), two wounded. Vyacheslav Gladkov is a trap (person).',
    places: [
      { t: 'Russia', ref: 'russia' },
      { t: 'Belgorod', ctx: 'Russia’s Belgorod, a border', ref: 'belgorodOblast' },
      { t: 'Belgorod', ctx: 'Belgorod border villages', ref: 'belgorodOblast' },
      { t: 'Shebekino', n: 1, ref: 'shebekinskyDistrict' },
      { t: 'Belgorod', ctx: 'said Belgorod governor', ref: 'belgorodOblast' },
      { t: 'Novaya Tavolzhanka', ref: 'novayaTavolzhanka' },
      { t: 'Bezlyudovka', ref: 'bezlyudovka' },
      { t: 'Shebekino', n: 2, ref: 'shebekinskyDistrict' },
      { t: 'Belgorod', ctx: 'regional capital of Belgorod', ref: 'belgorod' },
      { t: 'Belgorod', ctx: 'to invade Belgorod', ref: 'belgorodOblast' },
    ],
    traps: [{ t: 'Vyacheslav Gladkov', why: 'person (the governor)' }],
    claims: [
      { t: 'two people', kind: 'count', value: 2, unit: 'killed', holder: null, claimant: 'Belgorod governor (Gladkov)', asOf: ['2023-06-03'] },
      { t: 'seven', kind: 'count', value: 7, unit: 'killed', holder: null, claimant: null, asOf: ['2023-05-29', '2023-06-03'], note: '"the overall toll to seven this week"' },
      { t: 'Two other people', kind: 'count', value: 2, unit: 'wounded', holder: null, claimant: 'Belgorod governor (Gladkov)', asOf: ['2023-06-03'] },
    ],
  },
];
