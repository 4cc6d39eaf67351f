// Hand annotations, English articles of tests/eval/fresh5. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2025-01-28',
    url: 'https://www.kyivpost.com/post/46153',
    notes: 'Stored excerpt of a Kyiv Post report from its lead (the store gives no headline: the manifest title is made from the subject); the index\'s date prefix is removed and the last sentence, cut mid-sentence ("While Russia’s claim ... has"), removed. The date is the index date (28 Jan 2025); Trehubov spoke on 27 Jan (Ukrinform\'s report of the same telethon is dated 27 Jan) and Russian media had claimed the capture "the day before" (26 Jan). Velyka Novosilka: withdrawal from its southern part (withdrew, UA, Trehubov); the claimed capture (captured, RU, Russian media, denied by Trehubov); advances along a street in its north (fighting, RU, ISW, footage of 26 Jan); the MoD\'s "praising the capture" (captured, RU, denied: the text reports the claim as disputed). ISW: Russia occupies 89% of the settlement (area-held, percent, RU). "is the last major stronghold" describes it (no event). "Donetsk" is the city (85 km west of it); Donbas has no sourced point. "Khortytsia" (an operational group named after an island) is a trap; "Tsentralna Street" is a street inside the town (skipped).',
    places: [
      { t: 'Velyka Novosilka', all: true, ref: 'velykaNovosilka' },
      { t: 'Donetsk', ref: 'donetsk' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Ukraine', ref: 'ukraine' },
    ],
    traps: [{ t: 'Khortytsia', why: 'an operational group of troops named after an island' }],
    skipped: [{ t: 'Tsentralna Street', why: 'a street inside the town' }],
    claims: [
      { t: '89 percent', kind: 'area-held', value: 89, unit: 'percent', holder: 'RU', claimant: 'ISW', asOf: ['2025-01-27'], note: 'share of Velyka Novosilka occupied' },
    ],
    events: [
      { t: 'Velyka Novosilka', n: 1, ref: 'velykaNovosilka', action: 'withdrew', actor: 'UA', claimant: 'Trehubov', part: true, asOf: ['2025-01-27'], note: 'withdrawn from the southern part' },
      { t: 'Velyka Novosilka', n: 3, ref: 'velykaNovosilka', action: 'captured', actor: 'RU', claimant: 'Russian media', denied: true, asOf: ['2025-01-26'] },
      { t: 'Velyka Novosilka', n: 4, ref: 'velykaNovosilka', action: 'fighting', actor: 'RU', claimant: 'ISW', part: true, asOf: ['2025-01-26'] },
      { t: 'Velyka Novosilka', n: 5, ref: 'velykaNovosilka', action: 'captured', actor: 'RU', claimant: 'Russian Defense Ministry', denied: true, asOf: ['2025-01-26', '2025-01-27'] },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-12-12',
    url: 'https://www.straitstimes.com/world/europe/commanders-tell-putin-that-russia-has-captured-siversk-in-eastern-ukraine',
    notes: 'Stored excerpt of a Straits Times (Reuters) report from its photo caption (the store gives no headline: the manifest title is the URL slug); removed: the index\'s date prefix, a newsletter sign-up line, and the last sentence, cut mid-sentence ("But you succeeded in"). The date is the index date (12 Dec 2025); the statements are of 11 Dec. Siversk: held by Ukraine (controls, UA, the Ukrainian military and Task Force East; two mentions), Russian groups infiltrating it (fighting, RU), the commanders\' claim of full control and of its capture (captured, RU, denied by Ukraine; two mentions). "using Russia’s name" is a mention of the country. "Ukraine had tried to defend Siversk" is part of the commanders\' account (no event of its own). "the Seversk region" is the Russian name of the town with its area. "In the Slovyansk direction" names the city (a mention; no event); "Donetsk still under Ukrainian control" means the region. "KYIV" (dateline) and "Moscow" (government) are mentions; "Armed Forces of Ukraine" is skipped (an official body); "Vladimir Putin" is a trap.',
    places: [
      { t: 'Slovyansk', all: true, ref: 'sloviansk' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'KYIV', ref: 'kyiv' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Siversk', all: true, ref: 'siversk' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Donetsk', ctx: 'cities in Donetsk still', ref: 'donetskOblast' },
      { t: 'Ukraine', n: 5, ref: 'ukraine' },
      { t: 'Seversk', ref: 'siversk' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [{ t: 'Vladimir Putin', why: 'a person' }],
    skipped: [{ t: 'Ukraine', n: 3, why: BODY }],
    events: [
      { t: 'Siversk', n: 1, ref: 'siversk', action: 'controls', actor: 'UA', claimant: 'Ukrainian military', asOf: ['2025-12-11'] },
      { t: 'Siversk', n: 2, ref: 'siversk', action: 'controls', actor: 'UA', claimant: 'Operation Task Force East', asOf: ['2025-12-11'] },
      { t: 'Siversk', n: 3, ref: 'siversk', action: 'fighting', actor: 'RU', claimant: 'Operation Task Force East', asOf: ['2025-12-11'], note: 'infiltrating in small groups' },
      { t: 'Siversk', n: 4, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Russian commanders', denied: true, asOf: ['2025-12-11'] },
      { t: 'Siversk', n: 5, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Russian commanders', denied: true, asOf: ['2025-12-11'] },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2024-08-20',
    url: 'https://www.pravda.com.ua/eng/news/2024/08/20/7471164/',
    notes: 'Stored copy of an Ukrainska Pravda (English) report from its photo caption (the store gives no headline: the manifest title is made from the subject); the index\'s date prefix is removed; complete as given. The date is in the URL (20 Aug 2024). Syrskyi on the Kursk incursion as of 20 August: more than 1,260 km² and 93 settlements (lead) and 1,263 km² and 93 settlements (quote) under Ukrainian control (area-held and count of settlements, UA, each span). "28 to 35 km deep" is a distance. No settlement is named. "Armed Forces of Ukraine" and "Defence Forces of Ukraine" are official bodies (skipped); "Kursk front" is a front named after the region (skipped).',
    places: [
      { t: 'Kursk Oblast', all: true, ref: 'kurskOblast' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Ukraine', ctx: 'Ukraine’s Sumy', ref: 'ukraine' },
      { t: 'Sumy Oblast', ref: 'sumyOblast' },
      { t: 'Russian Federation', ref: 'russia' },
    ],
    skipped: [
      { t: 'Ukraine', n: 1, why: BODY },
      { t: 'Ukraine', n: 2, why: BODY },
      { t: 'Ukraine', n: 3, why: BODY },
      { t: 'Ukraine', n: 5, why: BODY },
      { t: 'Kursk', ctx: 'the Kursk front', why: 'a front named after the region' },
    ],
    claims: [
      { t: '1,260 sq km', kind: 'area-held', value: 1260, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-20'], note: '"more than 1,260 sq km"' },
      { t: '93 settlements', n: 1, kind: 'count', value: 93, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-20'] },
      { t: '1,263 sq km', kind: 'area-held', value: 1263, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-20'] },
      { t: '93 settlements', n: 2, kind: 'count', value: 93, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-20'] },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-02-07',
    url: 'https://www.devdiscourse.com/article/law-order/3257033-strategic-shift-toretsk-under-russian-control',
    notes: 'Stored copy of a Devdiscourse report from its lead (the store gives no headline: the manifest title is the URL slug); complete as given. The date is established from the text and the event: Russia\'s Defence Ministry claimed Toretsk (as Dzerzhinsk) "on Friday", 7 Feb 2025 (the claim AFP and Reuters reported that day; the article\'s id follows Devdiscourse\'s other report of the claim). Toretsk: seized (captured, RU, the Russian defence ministry; "Independent verification ... remains unavailable" is not a denial). Its other mentions (the Soviet name, "taking control of Toretsk ... might enable") and Kostiantynivka ("push ... towards") carry no event. "Russia\'s Defence Ministry" is skipped (an official body); "Kyiv" names the government.',
    places: [
      { t: 'Toretsk', all: true, ref: 'toretsk' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Russia', ctx: 'Russia refers', ref: 'russia' },
      { t: 'Dzerzhinsk', ref: 'toretsk' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Ukraine', ctx: 'commentators in Ukraine', ref: 'ukraine' },
      { t: 'Kostiantynivka', ref: 'kostiantynivka' },
    ],
    skipped: [{ t: 'Russia', ctx: "Russia's Defence", why: BODY }],
    events: [
      { t: 'Toretsk', n: 1, ref: 'toretsk', action: 'captured', actor: 'RU', claimant: 'Russian defence ministry', asOf: ['2025-02-07'] },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2024-10-03',
    url: 'https://ubn.news/russia-has-regained-only-20-of-its-territory-in-the-ukrainian-occupied-kursk-region-vugledars-capture-will-have-a-limited-impact-on-russian-operations-in-the-donbas/?amp=1',
    notes: 'Stored copy of a UBN report (AMP page); removed: the site chrome ("Site icon UBN", "Exit mobile version") and two repeats of the headline (the store prints it three times; kept once). The date is established from the text: it cites ISW\'s assessment of Vugledar\'s capture (ISW, 2 Oct 2024) and says "On October 6, it will be two months" of the incursion: published between 3 and 5 Oct 2024; 3 Oct is taken. Claims on the Kursk incursion: Russia has regained 20% (headline), 8%–21% (a range: its lower bound, 8%), 220 km² and 21% per ISW, 105 km² and 8% per DeepState between the end of August and the beginning of October (area-retaken, RU); the zone of operations up to 1,160 km² (ISW) and more than 1,257 km² at the end of August (DeepState) (area-contested). Vugledar\'s capture (headline and body; captured, RU, 1–2 Oct 2024); "advance beyond Vugledar" carries no event. "Armed Forces of Ukraine’s" is skipped (an official body); Donbas has no sourced point; DeepState is a trap.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Vugledar', all: true, ref: 'vuhledar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [{ t: 'DeepState', why: 'a mapping group' }],
    skipped: [{ t: 'Ukraine', why: BODY }],
    claims: [
      { t: '20%', kind: 'area-retaken', value: 20, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2024-10-03'], note: 'share of the ground taken in Kursk region regained by Russia' },
      { t: '8%', n: 1, kind: 'area-retaken', value: 8, unit: 'percent', holder: 'RU', claimant: 'various estimates', asOf: ['2024-10-03'], note: '"between 8% and 21%": the lower bound' },
      { t: '1,160 square kilometers', kind: 'area-contested', value: 1160, unit: 'km2', holder: null, claimant: 'ISW', asOf: ['2024-10-03'], note: 'military operations covering up to' },
      { t: '220 square kilometers', kind: 'area-retaken', value: 220, unit: 'km2', holder: 'RU', claimant: 'ISW', asOf: ['2024-10-03'] },
      { t: '21%', n: 2, kind: 'area-retaken', value: 21, unit: 'percent', holder: 'RU', claimant: 'ISW', asOf: ['2024-10-03'] },
      { t: '1,257 square kilometers', kind: 'area-contested', value: 1257, unit: 'km2', holder: null, claimant: 'DeepState', asOf: ['2024-08-31'], note: 'zone of hostilities at the end of August' },
      { t: '105 square kilometers', kind: 'area-retaken', value: 105, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2024-09-01', '2024-10-03'], note: 'the zone decreased from the end of August to the beginning of October' },
      { t: '8%', n: 2, kind: 'area-retaken', value: 8, unit: 'percent', holder: 'RU', claimant: 'DeepState', asOf: ['2024-09-01', '2024-10-03'] },
    ],
    events: [
      { t: 'Vugledar', n: 1, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-10-01', '2024-10-02'] },
      { t: 'Vugledar', n: 2, ref: 'vuhledar', action: 'captured', actor: 'RU', claimant: 'ISW', asOf: ['2024-10-01', '2024-10-02'] },
    ],
  },
];
