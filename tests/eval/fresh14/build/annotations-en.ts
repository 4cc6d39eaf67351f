// Hand annotations, English articles of tests/eval/fresh14. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-04-06',
    url: 'https://www.straitstimes.com/world/europe/russian-forces-control-60-per-cent-of-rubizhne-town-in-east-ukraine-says-governor',
    notes: 'Stored copy of a Reuters report republished by The Straits Times, from its dateline to its last line; the index\'s date prefix, the headline and the photo caption before the dateline removed (the manifest title is the headline). The date is the index date and the text\'s ("on Wednesday (April 6)", 2022). Claim (the Luhansk governor): 60% of Rubizhne held by the Russians (area-held, percent, RU: a share of a town), in the lead and again in the quote ("Sixty per cent"). Events: the Russian forces have taken control of 60% of the town (captured, RU: the clause\'s verb, a share of the town as with "most of"); "Sixty per cent of Rubizhne is controlled by the Russians" (controls, RU). "KYIV" in the dateline is the report\'s place (counted). "Luhansk Governor" is a title (skipped); Reuters and people are traps.',
    places: [
      { t: 'KYIV', ref: 'kyiv' },
      { t: 'Rubizhne', all: true, ref: 'rubizhne' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Luhansk region', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'REUTERS', why: 'news agency' },
      { t: 'Reuters', why: 'news agency' },
      { t: 'Serhiy Gaidai', why: 'person' },
      { t: 'Mr Gaidai', all: true, why: 'person' },
    ],
    skipped: [{ t: 'Luhansk', ctx: 'Luhansk Governor', why: 'title (governor of the oblast)' }],
    claims: [
      { t: '60 per cent', kind: 'area-held', value: 60, unit: 'percent', holder: 'RU', claimant: 'Luhansk Governor Serhiy Gaidai', asOf: ['2022-04-06'], note: '"have taken control of 60 per cent of the town of Rubizhne": a share of a town' },
      { t: 'Sixty per cent', kind: 'area-held', value: 60, unit: 'percent', holder: 'RU', claimant: 'Mr Gaidai', asOf: ['2022-04-06'], note: 'the same figure in the quote' },
    ],
    events: [
      { t: 'Rubizhne', n: 1, ref: 'rubizhne', action: 'captured', actor: 'RU', claimant: 'Luhansk Governor Serhiy Gaidai', part: true, asOf: ['2022-04-06'], note: '"Russian forces have taken control of 60 per cent of the town of Rubizhne"' },
      { t: 'Rubizhne', n: 2, ref: 'rubizhne', action: 'controls', actor: 'RU', claimant: 'Mr Gaidai', part: true, asOf: ['2022-04-06'], note: '"Sixty per cent of Rubizhne is controlled by the Russians"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-04-22',
    url: 'https://www.kyivpost.com/post/31483',
    notes: 'Stored copy of a Kyiv Post news item, its body as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the text). The date is the index date and the text\'s (the Ukrainian summary "on the morning of April 22", 2024). Events: the Russian Defense Ministry announced it had captured Novomykhailivka (captured, RU); the Ukrainian forces "continue to restrain" the Russian army in its area (fighting, RU); DeepState: Russian troops had occupied most of Novomykhailivka on the evening of 21 April (captured, RU: "most of", as the clause frames it). "completely occupied the village" and "The battle for the village" name no settlement in their clause; the distances from Maryinka and Vuhledar are positions (no event). Novomykhailivka is placed at Marinka (`near`: "12 kilometres from Maryinka"). "the Russian Federation", "Ukraine" in "the Armed Forces of Ukraine" and "the Ministry of Defense of Ukraine" are inside official bodies\' names (skipped); DeepState is a trap.',
    places: [
      { t: 'Novomykhailivka', all: true, ref: 'novomykhailivkaNear' },
      { t: 'Maryinka', all: true, ref: 'marinka' },
      { t: 'Vuhledar', all: true, ref: 'vuhledar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
    ],
    traps: [{ t: 'DeepState', why: 'OSINT project' }],
    skipped: [
      { t: 'Russian Federation', why: BODY },
      { t: 'Ukraine', ctx: 'Armed Forces of Ukraine has', why: BODY },
      { t: 'Ukraine', ctx: 'Defense of Ukraine, reported', why: BODY },
    ],
    claims: [],
    events: [
      { t: 'Novomykhailivka', n: 1, ref: 'novomykhailivkaNear', action: 'captured', actor: 'RU', claimant: 'The Russian Defense Ministry', asOf: ['2024-04-22'], note: '"announced that it had captured Novomykhailivka"' },
      { t: 'Novomykhailivka', n: 2, ref: 'novomykhailivkaNear', action: 'fighting', actor: 'RU', claimant: 'the Ukrainian Defense Forces', asOf: ['2024-04-22'], note: '"continue to restrain" the Russian army in the area of Novomykhailivka' },
      { t: 'Novomykhailivka', n: 3, ref: 'novomykhailivkaNear', action: 'captured', actor: 'RU', claimant: 'The Ukrainian DeepState OSINT project', part: true, asOf: ['2024-04-21'], note: '"Russian troops had occupied most of Novomykhailivka"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2024-09-10',
    url: 'https://www.themoscowtimes.com/2024/09/10/russia-says-captured-town-3-villages-in-eastern-ukraine-a86319',
    notes: 'Stored copy of a Moscow Times report (AFP), its body as the store gives it; the index\'s date prefix removed (the manifest title is made from the URL slug). The date is the URL\'s ("Tuesday", 10 September 2024). The store\'s "Hryhorivkа" with a Cyrillic final letter is kept. Claim (the Russian Defense Ministry): three villages captured that day (count, settlements, RU; added after the first run: the sets count settlements taken even when the text names them). Events: the Russian Defense Ministry captured Krasnohorivka and "liberated" Hryhorivka, Halytsynivka and Vodyane (captured, RU: the owner rule); the fall of Marinka in December 2023 and of Avdiivka in February 2024 (captured, RU); Russian troops closing in on Pokrovsk in recent weeks (fighting, RU). "seizing the Donbas" is a goal, the Kursk offensive concerns an oblast (no event); "Russian-held Donetsk" is an attribute (no event). The villages are placed at Donetsk Oblast (`region`: the text names only "the Donetsk region"). "Russia\'s Defense Ministry" is an official body (skipped); Putin is a trap.',
    places: [
      { t: 'Krasnohorivka', all: true, ref: 'krasnohorivka' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Hryhorivkа', ref: 'hryhorivka' },
      { t: 'Halytsynivka', ref: 'halytsynivka' },
      { t: 'Vodyane', ref: 'vodiane' },
      { t: 'Donetsk', ctx: 'Russian-held Donetsk', ref: 'donetsk' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Marinka', ref: 'marinka' },
      { t: 'Avdiivka', ref: 'avdiivka' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Russia', ctx: 'was Russia', ref: 'russia' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Russia', ctx: 'into Russia', ref: 'russia' },
      { t: 'Kursk region', ref: 'kurskOblast' },
      { t: 'Russia', ctx: 'force Russia', ref: 'russia' },
    ],
    traps: [{ t: 'Vladimir Putin', why: 'person' }],
    skipped: [{ t: 'Russia', ctx: "Russia's Defense Ministry", why: BODY }],
    claims: [
      { t: 'three villages', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: "Russia's Defense Ministry", asOf: ['2024-09-10'], note: '"it captured the town of Krasnohorivka ... as well as three villages" (added after the first run: an annotation slip)' },
    ],
    events: [
      { t: 'Krasnohorivka', n: 1, ref: 'krasnohorivka', action: 'captured', actor: 'RU', claimant: "Russia's Defense Ministry", asOf: ['2024-09-10'], note: '"it captured the town of Krasnohorivka"' },
      { t: 'Hryhorivkа', ref: 'hryhorivka', action: 'captured', actor: 'RU', claimant: 'The Russian military', asOf: ['2024-09-10'], note: '"liberated" the villages of ...' },
      { t: 'Halytsynivka', ref: 'halytsynivka', action: 'captured', actor: 'RU', claimant: 'The Russian military', asOf: ['2024-09-10'] },
      { t: 'Vodyane', ref: 'vodiane', action: 'captured', actor: 'RU', claimant: 'The Russian military', asOf: ['2024-09-10'] },
      { t: 'Marinka', ref: 'marinka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-12-01', '2023-12-31'], note: '"the fall of nearby Marinka in December 2023"' },
      { t: 'Avdiivka', ref: 'avdiivka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-02-01', '2024-02-29'], note: '"and Avdiivka in February"' },
      { t: 'Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-08-01', '2024-09-10'], note: '"closing in on the town of Pokrovsk" in recent weeks' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-11-28',
    url: 'https://en.interfax.com.ua/news/general/1124347.html',
    notes: 'Stored copy of an Interfax-Ukraine (English) news item; the index\'s date prefix and the photo credit line before the lead removed (the store gives no headline: the manifest title is made from the lead). The date is the index date (28 November 2025). Events: the reported presence of Russian troops on the outskirts of Huliaipole, called "not true" (fighting, RU, denied: an advance to the town\'s edge, denied); air strikes with two dozen KAB bombs on Huliaipole (fighting, RU, Voloshyn). "Fighting is indeed ongoing on the approaches to this settlement", "holding positions near the city" and "attempts to infiltrate directly into the settlement" name no settlement in their clause. Claim (the Armed Forces of Ukraine): the enemy\'s losses on this sector over the past week, about 1,000 personnel (count, casualties, RU). "Zaporizhia" names the oblast (counted); "Interfax-Ukraine" is a news agency (trap); "the Armed Forces of Ukraine" is an official body (skipped); people are traps.',
    places: [
      { t: 'Huliaipole', all: true, ref: 'huliaipole' },
      { t: 'Zaporizhia', ref: 'zaporizhzhiaOblast' },
    ],
    traps: [
      { t: 'Vladislav Voloshyn', why: 'person' },
      { t: 'Interfax-Ukraine', why: 'news agency' },
      { t: 'Voloshyn', ctx: 'Voloshyn said', why: 'person' },
    ],
    skipped: [{ t: 'Ukraine', ctx: 'Armed Forces of Ukraine', why: BODY }],
    claims: [
      { t: '1,000 personnel', kind: 'count', value: 1000, unit: 'casualties', holder: 'RU', claimant: 'The Armed Forces of Ukraine', asOf: ['2025-11-21', '2025-11-28'], note: '"the enemy’s losses on this sector of the front over the past week amount to about 1,000 personnel"' },
    ],
    events: [
      { t: 'Huliaipole', n: 1, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: null, denied: true, asOf: ['2025-11-28'], note: '"Information about the presence of Russian military on the outskirts of Huliaipole ... is not true"' },
      { t: 'Huliaipole', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: 'The spokesman', asOf: ['2025-11-21', '2025-11-28'], note: '"carrying out air strikes, using two dozen KAB aerial bombs on Huliaipole" recently' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2024-10-28',
    url: 'https://fakti.bg/en/world/923513-record-progress-of-the-russian-army-in-october-in-ukraine',
    notes: 'Stored copy of a fakti.bg (English) report of an AFP analysis of ISW data, from its lead to the sentence before the last; its last sentence, cut mid-word by the store ("about 18.2 percen"), removed (the store gives no headline: the manifest title is made from the URL slug). Date: the text reports the month still under way ("Since the beginning of this month", data "As of October 27" and "by October 27 this year", 2024); the page gives no day, so it is dated the day after the last day of its data, 28 October 2024, the earliest day it can carry those figures. Claims (ISW via AFP; all area-gained, RU): 478 km² in October to the 27th; 477 and 459 km² in August and September 2024; 324 km² in the Donetsk region in October; over 40 km² near Kupyansk in October; 584 km² in 2023; more than 2,660 km² from 1 January 2024 to 27 October; 67,192 km² from 24 February 2022 to 27 October 2024. Not claims: "two-thirds" (a share of the advance), "a few kilometers" (a distance). Events: the front line shifting around Pokrovsk in August–October, the Russian forces approaching it (fighting, RU); the gains near Kupyansk in October (fighting, RU), Kupyansk captured by the Russian forces at the start of the war (captured, RU) and recaptured by Ukraine in September 2022 (liberated, UA); the Russian operations towards Kiev in March 2022 (fighting, RU). "Moscow" is compared for size and names the government ("Moscow\'s forces": counted); "US" is inside the institute\'s name (skipped); "dariknews.bg" is a web address (trap).',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Kupyansk', ref: 'kupiansk' },
      { t: 'Kiev', ref: 'kyiv' },
    ],
    traps: [
      { t: 'dariknews.bg', why: 'web address' },
    ],
    skipped: [{ t: 'US', why: 'country inside the institute\'s name ("the US Institute for the Study of War")' }],
    claims: [
      { t: '478 sq. km', kind: 'area-gained', value: 478, unit: 'km2', holder: 'RU', claimant: 'the US Institute for the Study of War', asOf: ['2024-10-01', '2024-10-27'], note: '"Since the beginning of this month ... another 478 sq. km."' },
      { t: '477', kind: 'area-gained', value: 477, unit: 'km2', holder: 'RU', claimant: 'the US Institute for the Study of War', asOf: ['2024-08-01', '2024-08-31'], note: '"in August and September (477 and 459 square km, respectively)"' },
      { t: '459 square km', kind: 'area-gained', value: 459, unit: 'km2', holder: 'RU', claimant: 'the US Institute for the Study of War', asOf: ['2024-09-01', '2024-09-30'] },
      { t: '324 sq km', kind: 'area-gained', value: 324, unit: 'km2', holder: 'RU', claimant: 'the US Institute for the Study of War', asOf: ['2024-10-01', '2024-10-27'], note: 'the Donetsk region\'s part of the October advance' },
      { t: '40 sq. km', kind: 'area-gained', value: 40, unit: 'km2', holder: 'RU', claimant: 'the US Institute for the Study of War', asOf: ['2024-10-01', '2024-10-27'], note: '"in October they captured over 40 sq. km to Kupyansk": a lower bound' },
      { t: '584 sq. km', kind: 'area-gained', value: 584, unit: 'km2', holder: 'RU', claimant: 'the US Institute for the Study of War', asOf: ['2023-01-01', '2023-12-31'], note: '"Throughout 2023"' },
      { t: '2660 sq. km', kind: 'area-gained', value: 2660, unit: 'km2', holder: 'RU', claimant: 'the US Institute for the Study of War', asOf: ['2024-01-01', '2024-10-27'], note: '"From January 1, 2024 so far ... more than 2660 sq. km": a lower bound' },
      { t: '67,192 sq. km', kind: 'area-gained', value: 67192, unit: 'km2', holder: 'RU', claimant: 'the US Institute for the Study of War', asOf: ['2022-02-24', '2024-10-27'], note: '"From the beginning of the war on February 24, 2022. by October 27 this year"' },
    ],
    events: [
      { t: 'Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'AFP', asOf: ['2024-08-01', '2024-10-27'], note: '"the frontline shifted significantly ... around the city of Pokrovsk"; the forces approach it "from the south and east"' },
      { t: 'Kupyansk', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'AFP', asOf: ['2024-10-01', '2024-10-27'], note: '"in October they captured over 40 sq. km to Kupyansk"' },
      { t: 'Kupyansk', ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-02-24', '2022-03-31'], note: '"a city captured by Russian forces at the beginning of the conflict"' },
      { t: 'Kupyansk', ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-01', '2022-09-30'], note: '"then recaptured by Ukraine in September 2022"' },
      { t: 'Kiev', ref: 'kyiv', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-03-01', '2022-03-31'], note: '"their operations extended to the north of the country towards Kiev" in March 2022' },
    ],
  },
];
