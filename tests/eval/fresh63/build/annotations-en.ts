// Hand annotations, English articles of tests/eval/fresh63. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis or sector named after a place';
const AFU = 'Armed Forces of Ukraine';
const NAVY = 'Ukrainian Navy press service';
const MALIAR = 'Hanna Maliar';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-03-22',
    url: 'https://www.businessinsider.com/ukraine-says-it-retook-control-makariv-near-kyiv-from-russia-2022-3',
    notes: 'Stored copy on Business Insider, its headline, bullet summary and body as the store gives them; site chrome removed: the index\'s date prefix, the search-icon label ("Search icon A magnifying glass. It indicates, "Click to perform a search"."), the byline and time stamp ("Sinéad Baker", "2022-03-22T10:22:01Z") and the photo caption with its credit ("Service members of the Ukrainian armed forces gather at their positions outside the settlement of Makariv on March 4, 2022." / "REUTERS/Maksim Levin"). The bullet summary is kept as text (it restates the body). The date is the page\'s (22 March 2022, a Tuesday: "on Tuesday"). Events: "Ukraine said it had retaken Makariv", "Makariv … was back under Ukrainian control" and the "state flag of Ukraine was raised over the city of Makariv" (liberated, UA, the Armed Forces of Ukraine; a retaking by the owner, flags raised as liberations as fresh55 reads them). No event: "retook control of a town near Kyiv" (the town not named in the clause), "Russia is blocked from surrounding Kyiv" (a prospect), the strikes on Kyiv and "proved difficult to take … have not advanced into the city" (the city not named in the clause). Skipped: "The Armed Forces of Ukraine" (a body\'s name). Not claims: civilians killed ("at least 13 people", "at least eight people", as fresh59). Traps: the person.',
    places: [
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Makariv', all: true, ref: 'makariv' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Ukraine', n: 6, ref: 'ukraine' },
      { t: 'Ukraine', n: 7, ref: 'ukraine' },
      { t: 'Ukraine', n: 8, ref: 'ukraine' },
    ],
    traps: [{ t: 'Vladimir Putin', why: 'person' }],
    skipped: [{ t: 'Ukraine', n: 5, why: BODY + ' ("The Armed Forces of Ukraine")' }],
    events: [
      { t: 'Makariv', n: 1, ref: 'makariv', action: 'liberated', actor: 'UA', claimant: AFU, asOf: ['2022-03-22'], note: 'bullet: "Ukraine said it had retaken Makariv, a town near Kyiv, from Russian forces"' },
      { t: 'Makariv', n: 2, ref: 'makariv', action: 'liberated', actor: 'UA', claimant: AFU, asOf: ['2022-03-22'], note: '"Makariv, west of Kyiv, was back under Ukrainian control" (returned to its owner)' },
      { t: 'Makariv', n: 3, ref: 'makariv', action: 'liberated', actor: 'UA', claimant: AFU, asOf: ['2022-03-22'], note: '"state flag of Ukraine was raised over the city of Makariv"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-04-26',
    url: 'https://ukrainetoday.org/2022/04/26/ukraine-army-liberates-five-villages-near-kherson/',
    notes: 'Stored copy on Ukraine Today (ukrainetoday.org, after Ukrinform), its headline and body as the store gives them; the comment-box label at the end ("Enter comments here:") removed. The date is the URL\'s (26 April 2022). Claims: "five villages" liberated, in the headline, the lead and the quote (count, settlements, UA, the Telegram channel Operational ZSU; three spans of one figure, as fresh62 writes a restated count), and "more than a thousand settlements" liberated since 24 February (count, settlements, UA; no one named: the outlet\'s own summary; "more than" at its bound). No event: the five villages are not named; "forcing the Russian invaders to retreat to the settlement of Chornobaivka" and "retreating to the borders of the legendary Chornobaivka" tell where a retreat goes, not a change of hands or a hold (judgement call); "near Kherson" is a bearing. Skipped: "the Kherson direction" (an axis named after a place), "EU" (a union of states, no place of the gold). Counted: "The U.S." (a country). Skipped after the first run (an annotation slip): "Ukraine Army" in the headline (the country inside an army\'s name, as the earlier sets skip "the Ukraine Army" and "армия России"). Traps: the agency and the channel.',
    places: [
      { t: 'Kherson', n: 1, ref: 'kherson' },
      { t: 'Kherson region', ref: 'khersonOblast' },
      { t: 'Chornobaivka', all: true, ref: 'chornobaivka' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'U.S.', ref: 'usa' },
    ],
    traps: [
      { t: 'Ukrinform', why: 'news agency' },
      { t: 'Operational ZSU', why: 'a Telegram channel' },
    ],
    skipped: [
      { t: 'Kherson', ctx: 'the Kherson direction', why: AXIS },
      { t: 'EU', why: 'a union of states, not a place of the gold' },
      { t: 'Ukraine', n: 1, why: 'country inside an army\'s name ("Ukraine Army", as fresh sets skip "the Ukraine Army" and "армия России")' },
    ],
    claims: [
      { t: 'five villages', n: 1, kind: 'count', value: 5, unit: 'settlements', holder: 'UA', claimant: 'Operational ZSU', asOf: ['2022-04-26'], note: 'headline: "Ukraine Army liberates five villages near Kherson"' },
      { t: 'five villages', n: 2, kind: 'count', value: 5, unit: 'settlements', holder: 'UA', claimant: 'Operational ZSU', asOf: ['2022-04-26'], note: '"have liberated five villages in the Kherson region"' },
      { t: 'Five villages', kind: 'count', value: 5, unit: 'settlements', holder: 'UA', claimant: 'Operational ZSU', asOf: ['2022-04-26'], note: 'the quote: "Five villages in the Kherson direction have been liberated"' },
      { t: 'more than a thousand settlements', kind: 'count', value: 1000, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2022-02-24', '2022-04-26'], note: '"Since the full-scale invasion of Ukraine started on February 24, the Ukrainian army has liberated more than a thousand settlements"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-06-12',
    url: 'https://newsofemirates.com/index.php/2023/06/12/ukraine-reclaims-another-village-from-russian-control-makes-gains-in-bakhmut-area/amp',
    notes: 'Stored copy on News of Emirates (newsofemirates.com, AMP page, after Ukrinform), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The date is the URL\'s (12 June 2023, a Monday; "On Sunday" is 11 June). Events: Storozheve "liberated" by the ministry\'s and the Navy\'s word and the flag "once again flies over Storozheve" (liberated, UA, at each span); "which had been captured by the Russians since March 2022" (captured, RU, March 2022, a second event on the Navy\'s span); the advance "in the area of the eastern city of Bakhmut" (fighting, UA, the side advancing) and Bakhmut "which Russians recently announced capturing" (captured, RU, claimed by the Russians, a second event on that span; "recently" read as the month before the report, judgement call; the "almost 10 months of fighting" folded into it, no separate event); "Ukrainian forces reclaimed three villages, Blahodatne, Neskuchne and Makarivka" on Sunday (liberated, UA, 11 June). No event: "Storozheve is located east of Blahodatne" (a bearing). Claims: "50 Russian troops" eliminated (count, killed, held by RU who suffered it, the Navy press service; the fight\'s day not given, dated the report) and "three villages" reclaimed on Sunday (count, settlements, UA; added after the first run, an annotation slip: a count of settlements taken is a claim even where the villages are named). Not a claim: "captured four" (prisoners: no unit of the gold), "250 to 700 meters" (a depth, not an area). "the southwestern Donetsk" is the oblast. Counted: "gains for Kyiv" (the capital for the government). Traps: the agency.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Storozheve', all: true, ref: 'storozheve' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Bakhmut', ref: 'bakhmut' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Blahodatne', all: true, ref: 'blahodatne' },
      { t: 'Neskuchne', ref: 'neskuchne' },
      { t: 'Makarivka', ref: 'makarivka' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Donetsk', ctx: 'southwestern Donetsk.', ref: 'donetskOblast' },
    ],
    traps: [{ t: 'Ukrinform', all: true, why: 'news agency' }],
    claims: [
      { t: 'three villages', kind: 'count', value: 3, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2023-06-11'], note: '"On Sunday, Ukrainian forces reclaimed three villages, Blahodatne, Neskuchne and Makarivka" (added after the first run: an annotation slip)' },
      { t: '50 Russian troops', kind: 'count', value: 50, unit: 'killed', holder: 'RU', claimant: NAVY, asOf: ['2023-06-12'], note: '"the Ukrainian Marines eliminated 50 Russian troops and captured four"' },
    ],
    events: [
      { t: 'Storozheve', n: 1, ref: 'storozheve', action: 'liberated', actor: 'UA', claimant: 'Ukrainian defence ministry', asOf: ['2023-06-12'], note: '"Ukraine’s military liberated another settlement – [the village of] Storozheve"' },
      { t: 'Storozheve', n: 2, ref: 'storozheve', action: 'liberated', actor: 'UA', claimant: NAVY, asOf: ['2023-06-12'], note: '"liberated Storozheve in the Donetsk region"' },
      { t: 'Storozheve', n: 2, ref: 'storozheve', action: 'captured', actor: 'RU', claimant: NAVY, asOf: ['2022-03-01', '2022-03-31'], note: '"which had been captured by the Russians since March 2022"' },
      { t: 'Storozheve', n: 3, ref: 'storozheve', action: 'liberated', actor: 'UA', claimant: 'Ukrainian Navy command', asOf: ['2023-06-12'], note: '"the national flag once again flies over Storozheve"' },
      { t: 'Bakhmut', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Ukrainian defence ministry', asOf: ['2023-06-12'], note: '"the armed forces have advanced by 250 to 700 meters in the area of the eastern city of Bakhmut"' },
      { t: 'Bakhmut', ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: 'Russians', asOf: ['2023-05-12', '2023-06-12'], note: '"the key city which Russians recently announced capturing" (judgement call on the period)' },
      { t: 'Blahodatne', n: 1, ref: 'blahodatne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'], note: '"On Sunday, Ukrainian forces reclaimed three villages, Blahodatne, Neskuchne and Makarivka"' },
      { t: 'Neskuchne', ref: 'neskuchne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'] },
      { t: 'Makarivka', ref: 'makarivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-11'] },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2023-08-01',
    url: 'https://www.youngbhartiya.com/article/ukrainian-forces-recaptured-over-200-sq-km-from-russia-since-counteroffensive-launched-deputy-dm',
    notes: 'Stored copy on Young Bhartiya (youngbhartiya.com), its headline, standfirst, body and subheading as the store gives them; site chrome removed: a script comment ("!-- Google tag (gtag.js) -->"), the date line ("August 1, 2023"), a repeated headline, the image credit and caption ("IMAGE SOURCE: AP" / "Ukrainian forces from the 3rd Separate Tank Iron Brigade participate in a training near the front lines in Kharkiv."); the last subheading and its first letter, cut by the store ("Ukraine’s Counteroffensive" / "R"), removed. The date is the page\'s (1 August 2023, a Tuesday; "on Monday" is 31 July, "the last week" 24–30 July). Claims (area-retaken, km², UA, Maliar unless said): "Over 200 Sq. Km" since the counteroffensive (headline), "204.7 sq kms" in the south since early June, "roughly 15 sq km (5.8 square miles)" over the last week (a senior army official; one claim spanning the conversion), "2 sq km" on the Bakhmut front last week, "37 sq kms" there since the counteroffensive began, "12.6 sq km" last week in the south; the counteroffensive dated from 4 June 2023 as the earlier sets date it. Events: the strikes "at Kupiansk and Lyman" that "failed to break through" (fighting, RU, the attacker, in the standfirst and the body), the advance "towards Berdyansk and Melitopol" (fighting, UA, the side advancing: "toward X" as the README reads it), Staromaiorske "liberated" by Kyiv\'s word last week (liberated, UA). Skipped: "the Bakhmut front" (an axis named after a place), "the Black Sea" (a sea). Counted: "Kyiv’s forces/soldiers/troops" and "Kyiv said" (the capital for the government), Crimea (a region).',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kupiansk', all: true, ref: 'kupiansk' },
      { t: 'Lyman', all: true, ref: 'lyman' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Berdyansk', ref: 'berdiansk' },
      { t: 'Melitopol', ref: 'melitopol' },
      { t: 'Staromaiorske', ref: 'staromaiorske' },
      { t: 'Crimea', ref: 'crimea' },
    ],
    traps: [{ t: 'Hanna Maliar', why: 'person' }],
    skipped: [
      { t: 'Bakhmut', why: AXIS + ' ("on the Bakhmut front")' },
      { t: 'Black Sea', why: 'a sea' },
    ],
    claims: [
      { t: 'Over 200 Sq. Km', kind: 'area-retaken', value: 200, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-06-04', '2023-07-31'], note: 'headline: "Recaptured Over 200 Sq. Km from Russia Since Counteroffensive Launched"' },
      { t: '204.7 sq kms', kind: 'area-retaken', value: 204.7, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-06-04', '2023-07-31'], note: '"have already retaken 204.7 sq kms in the south after launching a massive offensive … early last month"' },
      { t: 'roughly 15 sq km (5.8 square miles)', kind: 'area-retaken', value: 15, unit: 'km2', holder: 'UA', claimant: 'a senior army official', asOf: ['2023-07-24', '2023-07-30'], note: '"Over the last week … reclaiming roughly 15 sq km", said on Monday 31 July' },
      { t: '2 sq km', kind: 'area-retaken', value: 2, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-07-24', '2023-07-30'], note: '"had retaken 2 sq km on the Bakhmut front in the last week"' },
      { t: '37 sq kms', kind: 'area-retaken', value: 37, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-06-04', '2023-07-30'], note: '"bringing the total land regained to 37 sq kms since the counteroffensive began"' },
      { t: '12.6 sq km', kind: 'area-retaken', value: 12.6, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-07-24', '2023-07-30'], note: '"had reclaimed 12.6 sq km last week in the south"' },
    ],
    events: [
      { t: 'Kupiansk', n: 1, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-07-24', '2023-07-31'], note: 'standfirst: "Russian soldiers attempted to strike on two northern fronts at Kupiansk and Lyman but failed to break through"' },
      { t: 'Lyman', n: 1, ref: 'lyman', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-07-24', '2023-07-31'] },
      { t: 'Kupiansk', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-07-24', '2023-07-31'], note: 'the same in the body' },
      { t: 'Lyman', n: 2, ref: 'lyman', action: 'fighting', actor: 'RU', claimant: MALIAR, asOf: ['2023-07-24', '2023-07-31'] },
      { t: 'Berdyansk', ref: 'berdiansk', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-07-24', '2023-07-31'], note: '"where Ukrainian forces are attempting to advance towards Berdyansk and Melitopol"' },
      { t: 'Melitopol', ref: 'melitopol', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-07-24', '2023-07-31'] },
      { t: 'Staromaiorske', ref: 'staromaiorske', action: 'liberated', actor: 'UA', claimant: 'Kyiv', asOf: ['2023-07-24', '2023-07-30'], note: '"Kyiv said last week that its soldiers liberated the southeast town of Staromaiorske"' },
    ],
  },
];
