// Hand annotations, English articles of tests/eval/fresh58. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const MOD = 'Russian Defence Ministry';
const AXIS = 'a front axis named after a place';
const AFP = 'AFP (analysis of ISW data)';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2025-01-07',
    url: 'https://saudigazette.com.sa/article/648410',
    notes: 'Stored copy on Saudi Gazette (after the BBC), its headline and body as the store gives them; the rubric ("World"), the date line, two photo captions, the closing date, view count and "HIGHLIGHTS" list removed. The date is the page\'s (7 January 2025); the claims are "on Monday", 6 January 2025. Events: Kurakhove captured by the Russian account (captured, RU; "Ukraine has not acknowledged the fall of Kurakhove": unconfirmed, not denied), the fall restated, Ukrainian forces "still engaging Russian troops inside Kurakhove" (fighting, RU, the attacker), "The taking of Kurakhove would allow" (a noun of taking that a modal weighs, where the article tells of the capture: captured, RU); Dachenske captured (RU). the flag "in Kurakhove" in an image not verified (captured, RU: a flag raised is a taking, unverified is not denied; added after the first run). Not events: Pokrovsk named to locate and as a prospect ("to attack Pokrovsk from a new direction"), the Kursk region\'s fighting (an oblast). "Russia\'s defence ministry" and "Ukraine\'s Khortytsia group" are skipped (the country inside a body\'s name). Traps: Reuters, BBC, Khortytsia, the people.',
    places: [
      { t: 'MOSCOW', ref: 'moscow' },
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Kurakhove', all: true, ref: 'kurakhove' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Pokrovsk', all: true, ref: 'pokrovsk' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Russia', n: 3, ref: 'russia' },
      { t: 'Kursk region', ref: 'kurskOblast' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Dachenske', ref: 'dachenske' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Ukraine', n: 5, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Reuters', all: true, why: 'a news agency' },
      { t: 'BBC', all: true, why: 'a broadcaster' },
      { t: 'Viktor Trehubov', why: 'person' },
      { t: 'Khortytsia', why: 'a grouping of forces' },
      { t: 'Roman Pohorily', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', n: 4, why: BODY + ' ("Ukraine\'s Khortytsia group of forces")' },
      { t: 'Russia', n: 4, why: BODY + ' ("Russia\'s defence ministry")' },
    ],
    events: [
      { t: 'Kurakhove', n: 1, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: 'Russia', asOf: ['2025-01-06'], note: '"Russia claims that its forces have captured the front-line town of Kurakhove"' },
      { t: 'Kurakhove', n: 2, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: 'Russia', asOf: ['2025-01-06'], note: '"Ukraine has not acknowledged the fall of Kurakhove" (the claimed change restated; unconfirmed, not denied)' },
      { t: 'Kurakhove', n: 3, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: null, asOf: ['2025-01-06'], note: '"An image ... appears to show a soldier holding up a Russian flag in Kurakhove. The image has not been verified" (a flag raised is a taking; unverified, not denied; added after the first run)' },
      { t: 'Kurakhove', n: 4, ref: 'kurakhove', action: 'fighting', actor: 'RU', claimant: 'Viktor Trehubov', asOf: ['2025-01-06'], note: '"as of Monday morning, Ukrainian forces were still engaging Russian troops inside Kurakhove" (fighting by the attacker)' },
      { t: 'Kurakhove', n: 6, ref: 'kurakhove', action: 'captured', actor: 'RU', claimant: 'Roman Pohorily', asOf: ['2025-01-06'], note: '"The taking of Kurakhove would allow the Russians..." (a noun of taking weighed by a modal, where the article tells of the capture)' },
      { t: 'Dachenske', ref: 'dachenske', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-01-06'], note: '"Russia\'s defence ministry also claimed on Monday that the village of Dachenske ... had been captured by its forces"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-03-16',
    url: 'https://evrimagaci.org/tpg/ukrainian-troops-withdraw-from-sudzha-as-fighting-escalates-271661',
    notes: 'Stored copy on Evrim Ağacı (its English news feed), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store, removed. The date is the body\'s ("confirmed on March 16, 2025"). Events: the withdrawal from Sudzha confirmed by the General Staff (withdrew, UA) and restated ("a complete retreat from Sudzha"); "ongoing conflicts in the suburbs of Sudzha before the full withdrawal" (fighting, RU, the attacker; judgement call for its period: the days before the withdrawal). Not events: "claimed to have captured the town" (no place span), the Kursk Oblast and region (an oblast), the encirclement in the Kursk region denied (an oblast). "Ukraine\'s General Staff" is skipped (the country inside a body\'s name). Claim: "recapturing two villages near Sudzha" (count, settlements, RU). Traps: the people.',
    places: [
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Sudzha', all: true, ref: 'sudzha' },
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Kursk Oblast', ref: 'kurskOblast' },
      { t: 'Kursk', ctx: 'foothold in Kursk despite', ref: 'kurskOblast' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Kursk region', all: true, ref: 'kurskOblast' },
      { t: 'United States', ref: 'usa' },
      { t: 'Kyiv', ref: 'kyiv' },
    ],
    traps: [
      { t: 'Oleksandr Syrskyi', why: 'person' },
      { t: 'Volodymyr Zelenskyy', why: 'person' },
      { t: 'Zelenskyy', n: 2, why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Putin', n: 2, why: 'person' },
    ],
    skipped: [{ t: 'Ukraine', n: 1, why: BODY + ' ("Ukraine\'s General Staff")' }],
    claims: [
      { t: 'two villages', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: 'Russian Defense Ministry', asOf: ['2025-03-10', '2025-03-16'], note: '"The Russian Defense Ministry had earlier reported recapturing two villages near Sudzha" (the days before the report; judgement call)' },
    ],
    events: [
      { t: 'Sudzha', n: 1, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: "Ukraine's General Staff", asOf: ['2025-03-16'], note: '"Ukraine\'s General Staff confirmed ... the withdrawal of Ukrainian troops from the logistics hub of Sudzha"' },
      { t: 'Sudzha', n: 2, ref: 'sudzha', action: 'withdrew', actor: 'UA', claimant: "Ukraine's General Staff", asOf: ['2025-03-16'], note: '"battlefield maps ... depicted a complete retreat from Sudzha"' },
      { t: 'Sudzha', n: 3, ref: 'sudzha', action: 'fighting', actor: 'RU', claimant: 'Oleksandr Syrskyi', asOf: ['2025-03-10', '2025-03-16'], note: '"He confirmed ongoing conflicts in the suburbs of Sudzha before the full withdrawal" (fighting on the fringes by the attacker)' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-06-26',
    url: 'https://www.pravda.com.ua/eng/news/2025/06/26/7518821/',
    notes: 'Stored copy on Ukrainska Pravda (English), its headline and body as the store gives them; the section link ("All Sections"), the byline and date line ("Anastasia Protz Thursday, 26 June 2025, 11:53"), the repeated headline, a photo caption and the "Background" list (its only item cut by the store) removed. The date is the page\'s (26 June 2025). No event: no settlement is named; the "border areas of Sumy Oblast" and the "Glushkovo district of Kursk Oblast" are an oblast and a district. "Armed Forces of Ukraine" is skipped (the country inside a body\'s name); the fronts named after regions and the city ("North Slobozhanshchyna front", "Kursk front", "Sumy front") are skipped. Claim: "approximately 50,000 Russian troops" redeployed (count, troops, RU). Traps: Syrskyi, Telegram.',
    places: [
      { t: 'Sumy Oblast', all: true, ref: 'sumyOblast' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Glushkovo district', ref: 'glushkovoDistrict' },
      { t: 'Kursk Oblast', ref: 'kurskOblast' },
    ],
    traps: [
      { t: 'Oleksandr Syrskyi', all: true, why: 'person' },
      { t: 'Syrskyi', ctx: 'Details: Syrskyi reported', why: 'person' },
      { t: 'Syrskyi', ctx: 'Quote from Syrskyi', why: 'person' },
      { t: 'Syrskyi', ctx: 'Details: Syrskyi noted', why: 'person' },
      { t: 'Syrskyi', ctx: 'Syrskyi added', why: 'person' },
      { t: 'Telegram', why: 'a messaging service' },
    ],
    skipped: [
      { t: 'Ukraine', n: 2, why: BODY + ' ("the Armed Forces of Ukraine")' },
      { t: 'North Slobozhanshchyna', all: true, why: AXIS + ' ("the North Slobozhanshchyna front")' },
      { t: 'Kursk', ctx: 'and Kursk front', why: AXIS + ' ("Kursk front")' },
      { t: 'Sumy', ctx: 'on the Sumy front', why: AXIS + ' ("the Sumy front")' },
    ],
    claims: [
      { t: 'approximately 50,000 Russian troops', kind: 'count', value: 50000, unit: 'troops', holder: 'RU', claimant: 'Oleksandr Syrskyi', asOf: ['2025-06-26'], note: '"approximately 50,000 Russian troops ... have been redeployed to the North Slobozhanshchyna front and Kursk front"' },
    ],
    events: [],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-07-01',
    url: 'https://www.bssnews.net/international/288023',
    notes: 'Stored copy on BSS (Bangladesh Sangbad Sangstha, after AFP), its body as the store gives it (no headline: the manifest\'s title is made from the body); the status line ("News Flash") and the last sentence, cut by the store, removed. The date is the dateline\'s ("PARIS, July 1, 2025"). No event: no settlement is named (the Dnipropetrovsk region entered and the Sumy region\'s gains are oblasts). Claims (AFP\'s analysis of ISW data): 588 km² taken in June, 507 in May, 379 in April, 240 in March, 610 in October and 725 in November 2024 (area-gained, RU); three-quarters of the Donetsk region held now and 61 percent a year before (area-held, percent, RU); nearly 200 km² in other regions over the past year, 8 km² in the Dnipropetrovsk region since 8 June, nearly 320 km² in the Sumy region since January and 130 km² of it in June (area-gained, RU). Not claims: the square miles in brackets (the same figure converted), "Two-thirds of last month\'s Russian advances" (a share of the gains, not of a territory). "Russia-Ukraine clashes" and "US-based" are countries inside compound modifiers (skipped). Traps: BSS, AFP, ISW.',
    places: [
      { t: 'PARIS', ref: 'paris' },
      { t: 'Russia', ctx: "Russia's military advance", ref: 'russia' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Russia', ctx: 'when Russia invaded', ref: 'russia' },
      { t: 'Ukraine', ctx: 'invaded Ukraine', ref: 'ukraine' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Dnipropetrovsk region', ref: 'dnipropetrovskOblast' },
      { t: 'Dnipropetrovsk', ctx: 'foothold in Dnipropetrovsk', ref: 'dnipropetrovskOblast' },
      { t: 'Sumy region', ref: 'sumyOblast' },
      { t: 'Ukraine', ctx: 'progress in Ukraine', ref: 'ukraine' },
    ],
    traps: [
      { t: 'BSS', why: 'a news agency' },
      { t: 'AFP', all: true, why: 'a news agency' },
      { t: 'ISW', all: true, why: 'a think tank' },
    ],
    skipped: [
      { t: 'US', why: 'a country inside a compound adjective ("US-based")' },
      { t: 'Russia', ctx: 'Russia-Ukraine clashes', why: 'a country inside a compound modifier ("Russia-Ukraine clashes")' },
      { t: 'Ukraine', ctx: 'Ukraine clashes', why: 'a country inside a compound modifier ("Russia-Ukraine clashes")' },
    ],
    claims: [
      { t: '588 square kilometres', kind: 'area-gained', value: 588, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2025-06-01', '2025-06-30'] },
      { t: '507 square kilometres', kind: 'area-gained', value: 507, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2025-05-01', '2025-05-31'] },
      { t: '379 square kilometres', kind: 'area-gained', value: 379, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2025-04-01', '2025-04-30'] },
      { t: '240 square kilometres', kind: 'area-gained', value: 240, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2025-03-01', '2025-03-31'] },
      { t: '610 square kilometres', kind: 'area-gained', value: 610, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2024-10-01', '2024-10-31'] },
      { t: '725 square kilometres', kind: 'area-gained', value: 725, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2024-11-01', '2024-11-30'] },
      { t: 'three-quarters', kind: 'area-held', value: 75, unit: 'percent', holder: 'RU', claimant: AFP, asOf: ['2025-07-01'], note: '"Moscow now fully or partially controls three-quarters of the Donetsk region"' },
      { t: '61 percent', kind: 'area-held', value: 61, unit: 'percent', holder: 'RU', claimant: AFP, asOf: ['2024-07-01'], note: '"compared to 61 percent a year ago on the same date"' },
      { t: 'nearly 200 square kilometres', kind: 'area-gained', value: 200, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2024-07-01', '2025-06-30'], note: '"over the past year in other regions"' },
      { t: '8 square kilometres', ctx: 'just 8 square kilometres', kind: 'area-gained', value: 8, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2025-06-08', '2025-07-01'], note: 'the Dnipropetrovsk region since the attack announced on June 8' },
      { t: 'nearly 320 square kilometres', kind: 'area-gained', value: 320, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2025-01-01', '2025-06-30'], note: 'the Sumy region "since the beginning of 2025"' },
      { t: '130 square kilometres', kind: 'area-gained', value: 130, unit: 'km2', holder: 'RU', claimant: AFP, asOf: ['2025-06-01', '2025-06-30'], note: 'the Sumy region "in the past month"' },
    ],
    events: [],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-07-28',
    url: 'https://news.liga.net/en/politics/news/state-border-guard-service-explains-what-liberation-of-kindrativka-near-sumy-means',
    notes: 'Stored copy on LIGA.net (English), its lead and body as the store gives them (no headline: the manifest\'s title is made from the URL slug). The date is the index\'s (28 July 2025). Events: "the liberation of Kindrativka in Sumy region, which became known on July 27" (liberated, UA, the owner retaking its village) and its restatement. Not events: the enemy\'s attempts to advance in the Yunakivka and Khotin hromadas (hromadas, not settlements). Traps: Demchenko.',
    places: [
      { t: 'Kindrativka', all: true, ref: 'kindrativka' },
      { t: 'Sumy region', all: true, ref: 'sumyOblast' },
      { t: 'Yunakivska', ref: 'yunakivkaHromada' },
      { t: 'Khotynska communities', ref: 'khotinHromada' },
    ],
    traps: [
      { t: 'Andriy Demchenko', all: true, why: 'person' },
      { t: 'Demchenko', ctx: 'Demchenko noted', why: 'person' },
      { t: 'Demchenko', ctx: 'According to Demchenko, the enemy', why: 'person' },
    ],
    events: [
      { t: 'Kindrativka', n: 1, ref: 'kindrativka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2025-07-27'], note: '"the liberation of Kindrativka in Sumy region, which became known on July 27"' },
      { t: 'Kindrativka', n: 2, ref: 'kindrativka', action: 'liberated', actor: 'UA', claimant: 'Andriy Demchenko', asOf: ['2025-07-27'], note: '"the liberation of Kindrativka allows units to hold positions" (restated)' },
    ],
  },
];
