// Hand annotations, English articles added in the second pass (autumn 2024 counter-offensive, March 2025).
import type { ArticleAnnotation } from './types.ts';

const MOD = 'Russian defence ministry';
const ORG = 'country name inside the name of an organisation';

export const EN2: ArticleAnnotation[] = [
  {
    file: 'en-06.txt', language: 'en', published: '2024-12-11',
    url: 'https://www.urdupoint.com/en/world/russia-says-recaptured-two-kursk-villages-fro-1891262.html',
    notes: 'Stored excerpt (APP copy of AFP) with its headline and byline. "Wednesday" = 11 Dec 2024. Darino and Plyokhovo: a list of two liberated events. "Kursk Villages" in the headline and "the border region of Kursk" mention the region. 800 km² was told to AFP "last month" (November 2024); "almost 1,400" is an earlier (peak) claim, dated from the August start the article gives to publication. "Moscow has dispatched thousands of North Korean soldiers" is the source\'s wording (Moscow as metonymy). "Pakistan Point News" is part of the outlet name; "US" is inside "US Defense Department" (skipped).',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kursk', ctx: 'Two Kursk Villages', ref: 'kurskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Kursk', ctx: 'border region of Kursk', ref: 'kurskOblast' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Darino', ref: 'darino' },
      { t: 'Plyokhovo', ref: 'plekhovo' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
    ],
    traps: [{ t: 'Pakistan Point News', why: 'outlet name' }],
    skipped: [{ t: 'US', why: `${ORG} ("US Defense Department")` }],
    claims: [
      { t: '800 square kilometres (300 square miles)', kind: 'area-held', value: 800, unit: 'km2', holder: 'UA', claimant: 'Ukrainian army source', asOf: ['2024-11-01', '2024-11-30'] },
      { t: '1,400 square kilometres', kind: 'area-held-peak', value: 1400, unit: 'km2', holder: 'UA', claimant: null, asOf: ['2024-08-01', '2024-12-11'] },
    ],
    events: [
      { t: 'Darino', ref: 'darino', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
      { t: 'Plyokhovo', ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
    ],
  },
  {
    file: 'en-07.txt', language: 'en', published: '2024-12-11',
    url: 'https://www.devdiscourse.com/article/law-order/3190276-russian-forces-regain-control-in-kursk',
    notes: 'Stored excerpt with its headline; the dateline line "Devdiscourse News Desk | Moscow | Updated: 11-12-2024" gives the date (DD-MM-YYYY). The same villages as en-06 spelled Daryino and Plyokhovo, reported twice (lead and body): four liberated events, claimed by the defence ministry via TASS. "Reuters has yet to confirm" is not a denial. "in Kursk" in the headline means the region.',
    places: [
      { t: 'Kursk', ctx: 'Regain Control in Kursk', ref: 'kurskOblast' },
      { t: 'Daryino', all: true, ref: 'darino' },
      { t: 'Plyokhovo', all: true, ref: 'plekhovo' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Russia', ref: 'russia' },
    ],
    claims: [],
    events: [
      { t: 'Daryino', n: 1, ref: 'darino', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
      { t: 'Plyokhovo', n: 1, ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
      { t: 'Daryino', n: 2, ref: 'darino', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
      { t: 'Plyokhovo', n: 2, ref: 'plekhovo', action: 'liberated', actor: 'RU', claimant: MOD, asOf: ['2024-12-11'] },
    ],
  },
  {
    file: 'en-08.txt', language: 'en', published: '2025-03-12',
    url: 'https://www.politico.eu/article/russia-squeezes-ukraine-out-of-kursk-stronghold/',
    notes: 'Stored excerpt (first paragraphs). "look to recapture the town of Sudzha" is an intention: no event. Soldiers unfurling a Russian flag in Sudzha\'s central square "on Wednesday" (12 Mar 2025), per military bloggers: entered; the same clause says the square had been held by Kyiv\'s forces since August 2024: a second event (controls) on the same span. "Kremlin" (a landmark standing for the government) is skipped; "Russian Federation" inside "the Armed Forces of the Russian Federation" is skipped. 10,000 troops near encirclement: a troop count.',
    places: [
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Sudzha', all: true, ref: 'sudzha' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Kursk region', ref: 'kurskOblast' },
    ],
    skipped: [
      { t: 'Kremlin', why: 'landmark used for the Russian government' },
      { t: 'Russian Federation', why: ORG },
    ],
    claims: [
      { t: '10,000 elite Ukrainian troops', kind: 'count', value: 10000, unit: 'troops', holder: 'UA', claimant: null, asOf: ['2025-03-12'] },
    ],
    events: [
      { t: 'Sudzha', n: 2, ref: 'sudzha', action: 'entered', actor: 'RU', claimant: 'military bloggers', part: true, asOf: ['2025-03-12'] },
      { t: 'Sudzha', n: 2, ref: 'sudzha', action: 'controls', actor: 'UA', claimant: null, part: true, asOf: ['2024-08-01', '2025-03-12'] },
    ],
  },
];
