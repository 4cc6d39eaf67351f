// Hand annotations, English articles of tests/eval/fresh12. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country or oblast inside an official body's name";

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-02-28',
    url: 'https://www.euronews.com/2024/02/28/ukraine-withdraws-from-two-more-villages-in-avdiivka',
    notes: 'Stored copy of a Euronews item from its lead to its last line; the "By Euronews" byline, the standfirst and the "ADVERTISEMENT" label before the lead removed (the manifest title is made from the URL slug). The date is the URL\'s. The store\'s "Adviivka" and "mid- October" are kept. Events: the Russian push into Avdiivka (fighting, RU); Stepove and Sieverne left by Ukrainian forces, announced by Lykhoviy on Tuesday 27 February (withdrew, UA); the heavy fighting Avdiivka has seen since mid-October (fighting, RU: the attacking side); Bakhmut taken by Russia last May (captured, RU); the Russian forces clearing Avdiivka after 17 February (cleared, RU, per ISW). "the Russian seizure of the settlement on February 17" names no settlement in its clause; "west and northwest of Avdiivka" is a position (no event). No claim: "fewer than 100 people" is a population. People are traps.',
    places: [
      { t: 'Avdiivka', all: true, ref: 'avdiivka' },
      { t: 'Stepove', ref: 'stepove' },
      { t: 'Sieverne', ref: 'sieverne' },
      { t: 'Adviivka', ref: 'avdiivka' },
      { t: 'Russia', ctx: 'gain by Russia', ref: 'russia' },
      { t: 'Bakhmut', ref: 'bakhmut' },
    ],
    traps: [{ t: 'Dmytro Lykhoviy', why: 'person' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Avdiivka', ctx: 'eastern town of Avdiivka', ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-02-27', '2024-02-28'], note: '"continuing to push into the eastern town of Avdiivka"' },
      { t: 'Stepove', ref: 'stepove', action: 'withdrew', actor: 'UA', claimant: 'Dmytro Lykhoviy', asOf: ['2024-02-26', '2024-02-27'] },
      { t: 'Sieverne', ref: 'sieverne', action: 'withdrew', actor: 'UA', claimant: 'Dmytro Lykhoviy', asOf: ['2024-02-26', '2024-02-27'] },
      { t: 'Adviivka', ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-10-15', '2024-02-17'], note: '"has seen heavy fighting since mid- October": the Russian assault on the town' },
      { t: 'Bakhmut', ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-05-01', '2023-05-31'], note: '"since it took the northeastern town of Bakhmut last May"' },
      { t: 'Avdiivka', ctx: 'cleared Avdiivka', ref: 'avdiivka', action: 'cleared', actor: 'RU', claimant: 'the Institute for the Study of War (ISW)', asOf: ['2024-02-17', '2024-02-27'] },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-01-27',
    url: 'https://www.themoscowtimes.com/2025/01/27/russian-army-retakes-border-village-in-kursk-region-a87749',
    notes: 'Stored copy of a Moscow Times item (AFP-based) from its lead to its last paragraph, complete as given (the store gives no headline: the manifest title is made from the URL slug); the index\'s date prefix removed. The date is the URL\'s (27 January 2025, a Monday). Events: Nikolayevo-Darino retaken by Russia (liberated, RU: Russia retaking a Russian village, the owner rule), twice. "a small village captured by Ukrainian troops" is an apposition to the same mention (one event a span: the retaking); "It sits directly on the border" is a description. Claims (a Ukrainian army source, via AFP): Kyiv still controlled 800 km² of the Kursk region in November (area-held, UA; "(300 square miles)" is the same figure, the conversion in brackets); previous claims of almost 1,400 km² (area-held-peak, UA, the height of the incursion in August 2024). "Russia\'s military" and "Russia\'s Defense Ministry" are official bodies (skipped); the \'North\' group of troops is a grouping (trap); Kyiv and Moscow stand for their governments (places).',
    places: [
      { t: 'Nikolayevo-Darino', all: true, ref: 'nikolayevoDarino' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'North Korea', ref: 'northKorea' },
    ],
    traps: [{ t: 'North', ctx: "'North' group", why: 'grouping of troops' }],
    skipped: [
      { t: 'Russia', ctx: "Russia's military", why: BODY },
      { t: 'Russia', ctx: "Russia's Defense Ministry", why: BODY },
    ],
    claims: [
      { t: '800 square kilometers', kind: 'area-held', value: 800, unit: 'km2', holder: 'UA', claimant: 'A Ukrainian army source', asOf: ['2024-11-01', '2024-11-30'], note: '"told AFP in November that Kyiv still controlled 800 square kilometers (300 square miles)"' },
      { t: '1,400 square kilometers', kind: 'area-held-peak', value: 1400, unit: 'km2', holder: 'UA', claimant: 'Kyiv', asOf: ['2024-08-06', '2024-08-31'], note: '"previous claims it controlled almost 1,400 square kilometers": the height of the incursion, August 2024' },
    ],
    events: [
      { t: 'Nikolayevo-Darino', ctx: 'control of Nikolayevo-Darino', ref: 'nikolayevoDarino', action: 'liberated', actor: 'RU', claimant: "Russia's military", asOf: ['2025-01-27'] },
      { t: 'Nikolayevo-Darino', ctx: 'settlement of Nikolayevo-Darino', ref: 'nikolayevoDarino', action: 'liberated', actor: 'RU', claimant: "Russia's Defense Ministry", asOf: ['2025-01-27'] },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-04-01',
    url: 'https://www.pravda.com.ua/eng/news/2025/04/1/7505499/',
    notes: 'Stored copy of an Ukrainska Pravda (English edition) item from its lead to its last paragraph; the index\'s date prefix, "All Sections", the headline, the byline and date line and the photo caption before the lead removed (the manifest title is the headline). The chart caption inside the text ("Dynamics of Russian occupation by area in sq km / Photo: DeepState") is kept as the store gives it. The date is the URL\'s and the page\'s (1 April 2025). Claim (DeepState): 133 km² of Ukrainian territory occupied by Russian forces in March 2025 (area-gained, RU). Not claims: "six times" (a ratio). Place: Ukraine in the quote\'s "[by Ukraine]" (added after the first run: an annotation slip). No settlement is named: "the Pokrovsk front" is a front axis (skipped); "the Kursk group" a grouping named after a region (trap); DeepState is a trap.',
    places: [{ t: 'Ukraine', ctx: '[by Ukraine]', ref: 'ukraine' }],
    traps: [
      { t: 'DeepState', all: true, why: 'OSINT project' },
      { t: 'Kursk', ctx: 'the Kursk group', why: 'grouping of troops named after a region' },
    ],
    skipped: [{ t: 'Pokrovsk', ctx: 'the Pokrovsk front', why: 'front axis' }],
    claims: [
      { t: '133 sq km', kind: 'area-gained', value: 133, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-03-01', '2025-03-31'], note: '"Russian forces occupied 133 sq km of Ukrainian territory in March"' },
    ],
    events: [],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2024-10-08',
    url: 'https://budrigannews.com/russia-says-it-captures-two-villages-in-ukraines-east-2024-10-08',
    notes: 'Stored copy of a Reuters report republished by Budrigan News, from its dateline to its last line as the store gives it (the last sentence has no full stop); the headline and the "2024.10.08 19:47" line before the dateline removed (the manifest title is the headline). The date is the URL\'s and the page\'s (8 October 2024, a Tuesday). Events: Zolota Nyva and Zoryane Pershe brought under Russian control (captured, RU, the Russian defence ministry); Zolota Nyva under Russian assaults on Sunday 6 October (fighting, RU, per the General Staff); Vuhledar abandoned last week (withdrew, UA, 1 October 2024); Russian forces entered the outskirts of Toretsk (entered, RU, per a Ukrainian military spokeswoman on Monday 7 October). "control of either village", "the centre of town" and "the town centre" name no settlement in their clause; "the town of Kurakhove, one of the focal points" and "to the northeast of Kurakhove" are descriptions (no event). Claim (the Russian defence ministry): two settlements taken (count, settlements, RU; added after the first run: an annotation slip); "The two villages lie" and "one of two villages" describe them (no claim). The MOSCOW dateline is a place. "the Kurakhove sector" is a front axis (skipped); "Russia’s Defence Ministry" and "the Russia-installed administration of Donetsk region" are official bodies (skipped); people are traps.',
    places: [
      { t: 'MOSCOW', ref: 'moscow' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Zolota Nyva', all: true, ref: 'zolotaNyva' },
      { t: 'Zoryane Pershe', ref: 'zorianePershe' },
      { t: 'Kurakhove', ctx: 'town of Kurakhove', ref: 'kurakhove' },
      { t: 'Vuhledar', ref: 'vuhledar' },
      { t: 'Toretsk', ref: 'toretsk' },
      { t: 'Kurakhove', ctx: 'northeast of Kurakhove', ref: 'kurakhove' },
    ],
    traps: [{ t: 'Igor Kimakovsky', why: 'person' }],
    skipped: [
      { t: 'Russia', ctx: 'Russia’s Defence Ministry', why: BODY },
      { t: 'Kurakhove', ctx: 'the Kurakhove sector', why: 'front axis' },
      { t: 'Russia', ctx: 'the Russia-installed', why: BODY },
      { t: 'Donetsk region', why: BODY },
    ],
    claims: [
      { t: 'two settlements', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: 'Russia’s Defence Ministry', asOf: ['2024-10-08'], note: '"its forces had taken control of two settlements in eastern Ukraine" (added after the first run: an annotation slip)' },
    ],
    events: [
      { t: 'Zolota Nyva', ctx: 'villages of Zolota Nyva', ref: 'zolotaNyva', action: 'captured', actor: 'RU', claimant: 'Russia’s Defence Ministry', asOf: ['2024-10-08'] },
      { t: 'Zoryane Pershe', ref: 'zorianePershe', action: 'captured', actor: 'RU', claimant: 'Russia’s Defence Ministry', asOf: ['2024-10-08'] },
      { t: 'Zolota Nyva', ctx: 'referred to Zolota Nyva', ref: 'zolotaNyva', action: 'fighting', actor: 'RU', claimant: 'The General Staff', asOf: ['2024-10-06'], note: '"coming under a series of Russian assaults"' },
      { t: 'Vuhledar', ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: null, asOf: ['2024-09-30', '2024-10-02'], note: '"Ukrainian forces last week abandoned the hilltop town of Vuhledar"' },
      { t: 'Toretsk', ref: 'toretsk', action: 'entered', actor: 'RU', claimant: 'A spokeswoman for the Ukrainian military', asOf: ['2024-10-07'], note: '"had entered the outskirts of ... Toretsk"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2024-11-20',
    url: 'https://nation.com.pk/20-Nov-2024/russia-claims-it-took-control-of-another-settlement-in-eastern-ukraine?version=amp',
    notes: 'Stored copy of a The Nation (Pakistan) item from its lead to its last line, complete as given (the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s (20 November 2024, a Wednesday). Events: Illinka captured (captured, RU, the Russian Defense Ministry); Novoselydivka, whose capture the ministry reported the day before (captured, RU, 19 November); Kurakhove, "a key stronghold of Ukrainian forces" (controls, UA). "it took control of another settlement" names no settlement; "The village of Illinka is located ..." is a description (no event). The Kurakhiv Reservoir is a body of water (skipped).',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Illinka', all: true, ref: 'illinka' },
      { t: 'Novoselydivka', ref: 'novoselydivka' },
      { t: 'Kurakhove', ref: 'kurakhove' },
    ],
    traps: [],
    skipped: [{ t: 'Kurakhiv Reservoir', why: 'reservoir (body of water)' }],
    claims: [],
    events: [
      { t: 'Illinka', ctx: 'captured the village of Illinka', ref: 'illinka', action: 'captured', actor: 'RU', claimant: 'The Russian Defense Ministry', asOf: ['2024-11-20'] },
      { t: 'Novoselydivka', ref: 'novoselydivka', action: 'captured', actor: 'RU', claimant: 'the Ministry of Defense', asOf: ['2024-11-19'], note: '"the capture of which was reported by the Ministry of Defense the day before"' },
      { t: 'Kurakhove', ref: 'kurakhove', action: 'controls', actor: 'UA', claimant: null, asOf: ['2024-11-20'], note: '"a key stronghold of Ukrainian forces"' },
    ],
  },
];
