// Hand annotations, English articles of tests/eval/fresh64. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const SEA = 'a sea (not a settlement or region)';
const GERASIMOV = 'Valery Gerasimov (Russian General Staff)';
const KOVALENKO = 'Andrii Kovalenko (Center for Countering Disinformation)';
const SHAROV = 'Leonid Sharov (Zapad group)';
const AFP = 'Agence France-Presse';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2026-01-05',
    url: 'https://www.themoscowtimes.com/2026/01/05/russia-says-captured-village-in-ukraines-sumy-region-a91607',
    notes: 'Stored copy on The Moscow Times (an AFP wire), its headline and body as the store gives them; the banner "Support The Moscow Times!", the byline "By AFP" and the photo caption with its credit ("A screengrab from drone footage claiming to show the capture of Hrabovske. Screen grab/Russian Defense Ministry/Telegram") removed. The date is the page\'s and the URL\'s (5 January 2026, a Monday: "Russia on Monday said"). Event: "Russia on Monday said it had seized the village of Hrabovske" (captured, RU, claimant Russia; the ministry\'s "took control of the village" names no settlement in its clause). No event: the headline\'s "Captured Village" (no name), "The capture would mark a new advance" and "compared the capture to medieval raids" (no name in the clause), the residents detained "of Hrabovske". Counted: Kyiv and Moscow as governments, "the Russian Federation" in the ombudsman\'s quote (the country), "Sumy" in "Sumy is not one of the five Ukrainian regions" (the oblast). Skipped: Russia in "Russia\'s Defense Ministry" (a body). Traps: AFP, the person. No claim ("around 50 residents": civilians, as fresh59 reads civilian counts).',
    places: [
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Sumy Region', ref: 'sumyOblast' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Hrabovske', all: true, ref: 'hrabovske' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Sumy region', ref: 'sumyOblast' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Russia', n: 4, ref: 'russia' },
      { t: 'Russian Federation', ref: 'russia' },
      { t: 'Russia', n: 5, ref: 'russia' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Sumy', ctx: 'Sumy is not', ref: 'sumyOblast' },
      { t: 'Russia', n: 6, ref: 'russia' },
      { t: 'Ukraine', n: 5, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Andrii Sybiha', why: 'person' },
      { t: 'AFP', why: 'a news agency' },
    ],
    skipped: [{ t: 'Russia', n: 3, why: BODY + ' ("Russia\'s Defense Ministry")' }],
    events: [
      { t: 'Hrabovske', n: 1, ref: 'hrabovske', action: 'captured', actor: 'RU', claimant: 'Russia', asOf: ['2026-01-05'], note: '"Russia on Monday said it had seized the village of Hrabovske in Ukraine\'s Sumy region"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-12-27',
    url: 'https://menafn.com/1110530210/CCD-Debunks-Russian-Claims-Of-Alleged-Capture-Of-Huliaipole-And-Myrnohrad',
    notes: 'Stored copy on MENAFN (after Ukrinform), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the source tag before the body ("MENAFN - UkrinForm)") and the last paragraph, cut by the store ("On December 26, Viktor Trehubov … while clearan…"), removed. The date is the page\'s (27 December 2025). Events: the "alleged liberation of Huliaipole and Stepnohirsk … and Myrnohrad" that Putin and Gerasimov announced and the CCD calls false (captured, RU under the owner rule, denied, claimant Gerasimov, at each); "fighting for Huliaipole and Myrnohrad is ongoing, Russian forces have no control over these cities" (fighting, RU, the attacker, at each; the denial of control is carried by the denied captures, judgement call); "reports about the capture of Stepnohirsk are untrue" (captured, RU, denied, claimant none: the reports\' maker is not named) and, on the same span, "Heavy fighting continues there as well; Russia has committed significant resources in an attempt to seize the settlement" (fighting, RU; anchored on the name in the sentence before, judgement call); Gerasimov\'s "alleged capture of Kupiansk … which was refuted" (captured, RU, denied, 20 November). No event: "fake reports about Kupiansk" (no action named in the clause), Zelensky\'s visit to Kupiansk. Skipped: Ukraine in "Ukraine\'s National Security and Defense Council" and "Ukraine\'s Defense Forces" (bodies). Traps: Ukrinform, the persons. No claim.',
    places: [
      { t: 'Huliaipole', all: true, ref: 'huliaipole' },
      { t: 'Stepnohirsk', all: true, ref: 'stepnohirsk' },
      { t: 'Zaporizhzhia region', ref: 'zaporizhzhiaOblast' },
      { t: 'Myrnohrad', all: true, ref: 'myrnohrad' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Kupiansk', all: true, ref: 'kupiansk' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Ukrinform', why: 'a news agency' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Valery Gerasimov', all: true, why: 'person' },
      { t: 'Andrii Kovalenko', why: 'person' },
      { t: 'Kovalenko', ctx: 'Kovalenko also', why: 'person' },
      { t: 'Putin', ctx: 'to Putin', why: 'person' },
      { t: 'Volodymyr Zelensky', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', n: 1, why: BODY + ' ("Ukraine\'s National Security and Defense Council")' },
      { t: 'Ukraine', n: 2, why: BODY + ' ("Ukraine\'s Defense Forces")' },
    ],
    events: [
      { t: 'Huliaipole', n: 1, ref: 'huliaipole', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, asOf: ['2025-12-27'], note: '"statements by ... Putin and ... Gerasimov about the alleged liberation of Huliaipole and Stepnohirsk ... and Myrnohrad ... In reality, these claims are false"' },
      { t: 'Stepnohirsk', n: 1, ref: 'stepnohirsk', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, asOf: ['2025-12-27'] },
      { t: 'Myrnohrad', n: 1, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, asOf: ['2025-12-27'] },
      { t: 'Huliaipole', n: 2, ref: 'huliaipole', action: 'fighting', actor: 'RU', claimant: KOVALENKO, asOf: ['2025-12-27'], note: '"fighting for Huliaipole and Myrnohrad is ongoing, Russian forces have no control over these cities"' },
      { t: 'Myrnohrad', n: 2, ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: KOVALENKO, asOf: ['2025-12-27'] },
      { t: 'Stepnohirsk', n: 2, ref: 'stepnohirsk', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2025-12-27'], note: '"reports about the capture of Stepnohirsk are untrue"' },
      { t: 'Stepnohirsk', n: 2, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: KOVALENKO, asOf: ['2025-12-27'], note: '"Heavy fighting continues there as well; Russia has committed significant resources in an attempt to seize the settlement but does not control it" (judgement call: anchored on the name in the sentence before)' },
      { t: 'Kupiansk', n: 2, ref: 'kupiansk', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, asOf: ['2025-11-20'], note: '"on November 20, ... Gerasimov reported to Putin the alleged capture of Kupiansk in Kharkiv region, which was refuted by Ukraine\'s Defense Forces"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-12-16',
    url: 'https://www.trtworld.com/article/fded9e731c4b',
    notes: 'Stored copy on TRT World, its body as the store gives it (no headline, and the URL has no slug: the manifest\'s title is written from the body), with its subheading "Russia hasn’t seen official proposal" kept as the store gives it. The date is the page\'s (16 December 2025, a Tuesday: "told TASS on Tuesday"). Events: "Russia has declared full control over the strategic northeastern city of Kupiansk" and "the “city of Kupiansk is under the control of the Russian Sixth Army,”" (controls, RU, claimant Sharov); on the second span also "despite ongoing Ukrainian attempts to re-enter the city" (fighting, UA, the side attempting it; judgement call: the clause names "the city" of the quote before it); "Kiev reported recapturing several districts" of Kupiansk (liberated, UA: a retaking by the owner, part of the town, anchored on "near Kupiansk" in the same clause, judgement call; the two "nearby localities" are not named); "Russia claimed it had captured the village of Novoplatonivka" (captured, RU). Counted: "Kiev" (the government), Novorossiysk (the naval base\'s city), Berlin, "US support" (the country). Skipped: Russia in "Russia’s Zapad military group" (a body), Ukraine in "Ukraine’s President" twice (an official\'s title), the Black Sea inside the fleet\'s name. Claim: "two nearby localities" recaptured (count, settlements, UA, Kyiv; added after the first run, a slip: the set\'s conventions count settlements taken as a claim). Traps: TASS, Zapad (a grouping), the persons.',
    places: [
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Kupiansk', all: true, ref: 'kupiansk' },
      { t: 'Kiev', ref: 'kyiv' },
      { t: 'Russia', n: 3, ref: 'russia' },
      { t: 'Novoplatonivka', ref: 'novoplatonivka' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
      { t: 'Novorossiysk', ref: 'novorossiysk' },
      { t: 'Russia', n: 4, ref: 'russia' },
      { t: 'Russia', n: 5, ref: 'russia' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'US', ref: 'usa' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Berlin', ref: 'berlin' },
    ],
    traps: [
      { t: 'Leonid Sharov', why: 'person' },
      { t: 'Zapad', why: 'a military grouping ("West")' },
      { t: 'TASS', why: 'a news agency' },
      { t: 'Volodymyr Zelenskyy', all: true, why: 'person' },
      { t: 'Sharov', ctx: 'Sharov added', why: 'person' },
      { t: 'Alexey Rulev', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', n: 2, why: BODY + ' ("Russia’s Zapad military group")' },
      { t: 'Ukraine', n: 1, why: TITLE + ' ("Ukraine’s President Volodymyr Zelenskyy")' },
      { t: 'Black Sea', why: SEA + ', inside a fleet\'s name' },
      { t: 'Ukraine', n: 4, why: TITLE + ' ("Ukraine\'s President Volodymyr Zelenskyy")' },
    ],
    claims: [
      { t: 'two nearby localities', kind: 'count', value: 2, unit: 'settlements', holder: 'UA', claimant: 'Kyiv', asOf: ['2025-12-16'], note: '"after Kiev reported recapturing several districts and two nearby localities" (a count of settlements retaken; added after the first run: a slip against the written convention)' },
    ],
    events: [
      { t: 'Kupiansk', n: 1, ref: 'kupiansk', action: 'controls', actor: 'RU', claimant: SHAROV, asOf: ['2025-12-16'], note: '"Russia has declared full control over the strategic northeastern city of Kupiansk"' },
      { t: 'Kupiansk', n: 2, ref: 'kupiansk', action: 'controls', actor: 'RU', claimant: SHAROV, asOf: ['2025-12-16'], note: '"the “city of Kupiansk is under the control of the Russian Sixth Army,”"' },
      { t: 'Kupiansk', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'UA', claimant: SHAROV, asOf: ['2025-12-16'], note: '"despite ongoing Ukrainian attempts to re-enter the city" (judgement call)' },
      { t: 'Kupiansk', n: 3, ref: 'kupiansk', action: 'liberated', actor: 'UA', claimant: 'Kyiv', part: true, asOf: ['2025-12-16'], note: '"visited front-line forces near Kupiansk after Kiev reported recapturing several districts and two nearby localities" (judgement call: the districts are the town\'s)' },
      { t: 'Novoplatonivka', ref: 'novoplatonivka', action: 'captured', actor: 'RU', claimant: 'Russia', asOf: ['2025-12-16'], note: '"Russia claimed it had captured the village of Novoplatonivka in Kharkiv region"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2026-03-08',
    url: 'https://www.dagens.com/news/shock-data-shows-russias-slowest-advance-in-nearly-two-years',
    notes: 'Stored copy on Dagens (English), its headline, body and subheadings ("Southern progress for Kyiv", "Energy infrastructure targeted", "Civilian casualties reported") as the store gives them; nothing removed (the store gives the date line only). The date is the page\'s (8 March 2026). Claims: "123 square kilometres" (area-gained, RU, February 2026, AFP\'s analysis of ISW data); "a 61-square-kilometre advance on 15 February" and "more than 50 square kilometres on 21 and 23 February" (area-retaken, UA: Ukraine regaining its own ground, the lower bound of "more than"; the second dated the two days it names, judgement call); "just over 19% of Ukraine’s territory" (area-held, RU, The Guardian). Events: "Russian troops continued pressing toward Kramatorsk and Sloviansk" (fighting, RU, the side advancing; no source named). Not claims: "700,000 barrels", "six of seven loading facilities", the civilian deaths. Counted: Kyiv (the government, twice), "Russia’s" possessives, Novorossiysk. Skipped: the Black Sea, Ukraine in "Ukraine’s security service" (a body). Traps: Agence France-Presse, the Institute for the Study of War, The Guardian (three times), Reuters (twice).',
    places: [
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Dnipropetrovsk Oblast', ref: 'dnipropetrovskOblast' },
      { t: 'Kramatorsk', all: true, ref: 'kramatorsk' },
      { t: 'Sloviansk', ref: 'sloviansk' },
      { t: 'Donetsk Oblast', ref: 'donetskOblast' },
      { t: 'Russia', n: 3, ref: 'russia' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Russia', n: 4, ref: 'russia' },
      { t: 'Novorossiysk', ref: 'novorossiysk' },
      { t: 'Russia', n: 5, ref: 'russia' },
      { t: 'Druzhkivka', ref: 'druzhkivka' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Agence France-Presse', why: 'a news agency' },
      { t: 'Institute for the Study of War', why: 'a think tank' },
      { t: 'The Guardian', all: true, why: 'an outlet' },
      { t: 'Reuters', all: true, why: 'a news agency' },
    ],
    skipped: [
      { t: 'Black Sea', why: SEA },
      { t: 'Ukraine', n: 2, why: BODY + ' ("Ukraine’s security service")' },
    ],
    claims: [
      { t: '123 square kilometres', kind: 'area-gained', value: 123, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2026-02-01', '2026-02-28'], note: '"Russian forces advanced by 123 square kilometres during the month" (February)' },
      { t: '61-square-kilometre', kind: 'area-retaken', value: 61, unit: 'km2', holder: 'UA', claimant: AFP, asOf: ['2026-02-15'], note: '"Ukrainian forces achieved several localized gains in February, including a 61-square-kilometre advance on 15 February"' },
      { t: 'more than 50 square kilometres', kind: 'area-retaken', value: 50, unit: 'km2', holder: 'UA', claimant: AFP, asOf: ['2026-02-21', '2026-02-23'], note: '"and additional gains of more than 50 square kilometres on 21 and 23 February" (judgement call on the period)' },
      { t: '19%', kind: 'area-held', value: 19, unit: 'percent', holder: 'RU', claimant: 'The Guardian', asOf: ['2026-03-08'], note: '"According to The Guardian, Russia currently occupies just over 19% of Ukraine’s territory"' },
    ],
    events: [
      { t: 'Kramatorsk', n: 1, ref: 'kramatorsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2026-03-08'], note: '"Russian troops continued pressing toward Kramatorsk and Sloviansk in Donetsk Oblast" (an advance toward a settlement)' },
      { t: 'Sloviansk', ref: 'sloviansk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2026-03-08'] },
    ],
  },
];
