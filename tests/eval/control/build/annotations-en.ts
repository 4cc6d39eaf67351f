// Hand annotations, English articles. Spans are located by build-gold.mjs (n = occurrence as a whole word,
// ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const MOD = 'Russian defence ministry';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-08-13',
    url: 'https://euromaidanpress.com/2024/08/13/ukrainian-forces-control-74-settlements-in-russias-kursk-oblast-says-commander-in-chief-syrskyi/',
    notes: 'Stored excerpt (the search tool returns excerpts, not whole pages); it starts after the headline, so the first line is the lead. No settlement is named: settlement counts and area figures only. "Over the past day" in a report of 13 Aug makes the 40 km² gain 12-13 Aug; "today" is 13 Aug; the 1,000 km² figure is dated "On 12 August 2024" in the text.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Kursk Oblast', ref: 'kurskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
    ],
    claims: [
      { t: '74 settlements', n: 1, kind: 'count', value: 74, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-13'] },
      { t: '40 square kilometers', kind: 'area-gained', value: 40, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-12', '2024-08-13'] },
      { t: '74 settlements', n: 2, kind: 'count', value: 74, unit: 'settlements', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-13'] },
      { t: '1,000 square kilometers', kind: 'area-held', value: 1000, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-12'] },
    ],
    events: [],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-08-14',
    url: 'https://pragativadi.com/ukraine-controls-74-russian-settlements-in-kursk-border-region-zelensky/',
    notes: 'Stored excerpt, starts at the dateline. Contradicting counts: the Kursk governor\'s 28 settlements (Monday 12 Aug) against Zelensky\'s 74 (Tuesday 13 Aug). "30,000 square kilometres" is the size of the whole Kursk region, not a control claim: deliberately not a claim (a tool reporting it as held ground is wrong). "12 km deep" and "40 km front" are distances, not claims. "the Kursk situation" counts as a mention of the region.',
    places: [
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kursk border region', all: true, ref: 'kurskOblast' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Kursk', ctx: 'the Kursk situation', ref: 'kurskOblast' },
      { t: 'Maryland', ref: 'maryland' },
      { t: 'US', ref: 'usa' },
      { t: 'Brandenburg', ref: 'brandenburg' },
      { t: 'Germany', ref: 'germany' },
    ],
    claims: [
      { t: '74 settlements', n: 1, kind: 'count', value: 74, unit: 'settlements', holder: 'UA', claimant: 'Zelensky', asOf: ['2024-08-13'] },
      { t: '28 settlements', n: 1, kind: 'count', value: 28, unit: 'settlements', holder: 'UA', claimant: 'Kursk governor (Smirnov)', asOf: ['2024-08-12'] },
      { t: '74 settlements', n: 2, kind: 'count', value: 74, unit: 'settlements', holder: 'UA', claimant: 'Zelensky', asOf: ['2024-08-13'] },
      { t: '1,000 square kilometres', kind: 'area-held', value: 1000, unit: 'km2', holder: 'UA', claimant: 'Ukraine', asOf: ['2024-08-12'] },
      { t: '28 settlements', n: 2, kind: 'count', value: 28, unit: 'settlements', holder: 'UA', claimant: 'Kursk regional authorities', asOf: ['2024-08-12'] },
      { t: '40 square kilometres', kind: 'area-gained', value: 40, unit: 'km2', holder: 'UA', claimant: 'Syrskyi', asOf: ['2024-08-13'] },
    ],
    events: [],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2024-10-09',
    url: 'https://www.tag24.com/topic/ukraine-conflict/russia-says-it-has-recaptured-two-kursk-region-villages-from-ukraine-3324760',
    notes: 'Stored excerpt (AFP copy); the lead is printed twice, the second time with a photo credit ("© Governor of Kursk Region / AFP"), and there are blank lines where the page had embeds. "Wednesday" = the publication date, 9 Oct 2024. "the capture of Pokrovsky" and "stormed Pokrovsky" restate the ministry\'s claim: each clause is an event (liberated: Russia retaking its own village). "two villages near Pokrovsky" are unnamed: no event. "12 villages" retaken "in mid-September" = 11-20 Sep 2024. "150,000 Russians" evacuated is not a claim kind.',
    places: [
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Kursk Region', ref: 'kurskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Novaya Sorochina', all: true, ref: 'novayaSorochina' },
      { t: 'Pokrovsky', all: true, ref: 'pokrovsky' },
    ],
    claims: [
      { t: '12 villages', kind: 'count', value: 12, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2024-09-11', '2024-09-20'] },
    ],
    events: [
      { t: 'Novaya Sorochina', n: 1, ref: 'novayaSorochina', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-10-09'] },
      { t: 'Pokrovsky', n: 1, ref: 'pokrovsky', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-10-09'] },
      { t: 'Pokrovsky', ctx: 'capture of Pokrovsky', ref: 'pokrovsky', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-10-09'] },
      { t: 'Pokrovsky', ctx: 'stormed Pokrovsky', ref: 'pokrovsky', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-10-09'] },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-03-13',
    url: 'https://www.themoscowtimes.com/2025/03/13/russian-army-regains-control-over-sudzha-in-kursk-border-region-a88341',
    notes: 'Stored excerpt, starts at the lead. "Thursday" = 13 Mar 2025, the publication date. The list "Melovoy, Podol and Sudzha" is three events. 1,376 km² is the peak Ukraine held (seized in August 2024): area-held-peak, dated to August 2024; the square-mile conversions in parentheses are part of the same figure span. 140 km² is DeepState\'s figure "as of Thursday". The last sentence is a control status (Sudzha held by Ukraine from August 2024 until the recapture). "Sever" is a group of forces, not a place.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Sudzha', all: true, ref: 'sudzha' },
      { t: 'Kursk border region', ref: 'kurskOblast' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Melovoy', ref: 'melovoy' },
      { t: 'Podol', ref: 'podol' },
      { t: 'Kyiv', ref: 'kyiv' },
    ],
    traps: [{ t: 'Sever', why: 'name of a Russian group of forces ("North")' }],
    claims: [
      { t: '1,376 square kilometers (531 square miles)', kind: 'area-held-peak', value: 1376, unit: 'km2', holder: 'UA', claimant: null, asOf: ['2024-08-01', '2024-08-31'] },
      { t: '140 square kilometers (54 square miles)', kind: 'area-held', value: 140, unit: 'km2', holder: 'UA', claimant: 'DeepState', asOf: ['2025-03-13'] },
    ],
    events: [
      { t: 'Sudzha', n: 1, ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Melovoy', ref: 'melovoy', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Podol', ref: 'podol', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Sudzha', n: 2, ref: 'sudzha', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-13'] },
      { t: 'Sudzha', n: 3, ref: 'sudzha', action: 'controls', actor: 'UA', claimant: null, asOf: ['2024-08-01', '2025-03-13'] },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-03-14',
    url: 'https://www.anews.com.tr/europe/2025/03/14/russia-claims-to-recapture-settlement-in-kursk-region',
    notes: 'Stored excerpt. "on Friday" = 14 Mar 2025, the publication date. The first sentence\'s "another settlement" is unnamed (it is Goncharovka, named in the next sentence): one event, on the name. "Sever (North)" is a group of forces. Kyiv\'s silence ("Ukraine has yet to respond") is not a denial.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kursk region', ref: 'kurskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Goncharovka', ref: 'goncharovka' },
    ],
    traps: [{ t: 'Sever', why: 'name of a Russian group of forces ("North")' }],
    claims: [],
    events: [
      { t: 'Goncharovka', ref: 'goncharovka', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2025-03-14'] },
    ],
  },
];
