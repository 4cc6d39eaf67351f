// Hand annotations, English articles of tests/eval/fresh18. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const SHOYGU = 'Sergei Shoygu (Russian Defense Minister)';
const GERASIMOV = 'Valery Gerasimov (Russian General Staff)';
const VOLOSHYN = 'Vladyslav Voloshyn (Southern Defense Forces)';
const RU_MOD = 'Russian defence ministry';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2023-12-25',
    url: 'https://www.uawire.org:443/russian-defense-minister-claims-marinka-captured-ukraine-denies-it-amidst-continued-fighting',
    notes: 'Stored copy of a UAWire news item, its headline first and its body as the store gives it; the date line after the headline ("Monday, December 25, 2023 1:00:08 PM") removed. The date is the page\'s date line and the index date (25 December 2023). Events: Shoygu reported that Russian troops had captured Marinka, and Shtupun denied it (captured, RU, denied: headline, lead, and "to speak of the complete capture of Marinka would be incorrect"); "the fighting in Marinka continues" (fighting, RU, the attacking side; Ukrainian troops still present); Tsaplyenko: the Russians have repeatedly reported capturing Marinka and "couldn\'t take it" (captured, RU, denied, since the full-scale war began); the Russians reported its capture almost two weeks earlier and in early December (captured, RU, denied: earlier reports the article presents as untrue, the town still fought for on 25 December). "a suburb of Donetsk" names the city. Traps: Shoygu, Putin, Shtupun (twice), Tsaplyenko.',
    places: [
      { t: 'Marinka', all: true, ref: 'marinka' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Donetsk', ref: 'donetsk' },
    ],
    traps: [
      { t: 'Sergei Shoygu', why: 'person' },
      { t: 'Putin', why: 'person' },
      { t: 'Oleksandr Shtupun', why: 'person' },
      { t: 'Shtupun', ctx: 'Shtupun claims', why: 'person' },
      { t: 'Andriy Tsaplyenko', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Marinka', n: 1, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOYGU, denied: true, asOf: ['2023-12-25'], note: 'the headline\'s "claims Marinka captured, Ukraine denies it"' },
      { t: 'Marinka', n: 2, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOYGU, denied: true, asOf: ['2023-12-25'], note: '"Russian troops had captured the town of Marinka. However, ... Shtupun, denied it"' },
      { t: 'Marinka', n: 3, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOYGU, denied: true, asOf: ['2023-12-25'], note: '"to speak of the complete capture of Marinka would be \\"incorrect\\""' },
      { t: 'Marinka', n: 4, ref: 'marinka', action: 'fighting', actor: 'RU', claimant: 'Oleksandr Shtupun', asOf: ['2023-12-25'], note: '"the fighting in Marinka continues, as Ukrainian military personnel are still present there"' },
      { t: 'Marinka', n: 5, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Russian reports', denied: true, asOf: ['2022-02-24', '2023-12-25'], note: '"the Russians have repeatedly reported that they have captured Marinka ... They couldn\'t take it" (Tsaplyenko)' },
      { t: 'Marinka', n: 6, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Russian reports', denied: true, asOf: ['2023-12-11', '2023-12-13'], note: '"Almost two weeks ago, the Russians already reported the capture of Marinka"' },
      { t: 'Marinka', n: 7, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Russian reports', denied: true, asOf: ['2023-12-01', '2023-12-10'], note: '"in early December, they also claimed that Marinka had been captured"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-12-11',
    url: 'https://www.themoscowtimes.com/2025/12/11/russia-says-captured-siversk-in-ukraines-donetsk-region-a91415',
    notes: 'Stored copy of a Moscow Times (AFP) news item, its body as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s and the index date (11 December 2025, a Thursday). Events: Russia said its troops had seized full control of Siversk and Gerasimov reported that Moscow\'s forces had captured it, and Ukraine denied the settlement had been lost (captured, RU, denied, twice); last month Putin said his troops were advancing on Siversk (fighting, RU, November 2025). "the eastern Donetsk region" is the oblast, and "battles taking place in Donetsk" (the region\'s fighting) too; "Moscow\'s forces" names the government (counted); "Russia\'s chief of the General Staff" is an official title (the country skipped). Not claims: the 11,000 residents. Traps: Gerasimov, Putin.',
    places: [
      { t: 'Russia', ctx: 'Russia said Thursday', ref: 'russia' },
      { t: 'Siversk', all: true, ref: 'siversk' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk', ctx: 'place in Donetsk', ref: 'donetskOblast' },
      { t: 'Moscow', ref: 'moscow' },
    ],
    traps: [
      { t: 'Valery Gerasimov', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Putin', ctx: 'Putin said, thanking', why: 'person' },
      { t: 'Putin', ctx: 'Putin said last month', why: 'person' },
    ],
    skipped: [{ t: 'Russia', ctx: "Russia's chief", why: 'country inside an official title ("Russia\'s chief of the General Staff")' }],
    claims: [],
    events: [
      { t: 'Siversk', n: 1, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Russian military', denied: true, asOf: ['2025-12-11'], note: '"its troops had seized full control of Siversk ... though Ukraine denied the key settlement had been lost"' },
      { t: 'Siversk', n: 2, ref: 'siversk', action: 'captured', actor: 'RU', claimant: GERASIMOV, denied: true, asOf: ['2025-12-11'], note: '"Moscow\'s forces had captured Siversk"' },
      { t: 'Siversk', n: 3, ref: 'siversk', action: 'fighting', actor: 'RU', claimant: 'Vladimir Putin', asOf: ['2025-11-01', '2025-11-30'], note: '"Putin said last month his troops were advancing on Siversk"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-06-30',
    url: 'https://www.globalbankingandfinance.com/UK-UKRAINE-CRISIS-RUSSIA-4e3dcaef-d8d2-48b5-8b61-54bfabddebf3',
    notes: 'Stored copy of a Reuters report as Global Banking & Finance Review carries it, its headline first and its body from the dateline up to the last full sentence (the store cuts the next one mid-word: removed); the publisher lines ("Published by ...", "Posted on June 30, 2025", reading time, "Last updated", given twice) and the site\'s one-line summary before the dateline removed. The date is the page\'s "Posted on" line (30 June 2025, a Monday: "said on Monday"). Events: RIA quoted Rogov that Russian forces had taken control of the village of Dachnoye (captured, RU; unconfirmed: "no immediate confirmation from Ukrainian sources or from the Russian Defence Ministry", so denied); the first village "of Dnipropetrovsk" and the entry into the region name no settlement. Claims: 950 km² taken in two months (area-gained, RU), a 200 km² chunk of Sumy region (area-held, RU; "(77.22 square miles)" is the same figure), DeepState\'s 113,588 km² held and 943 km² gained over the two months to 28 June (area-held, area-gained, RU), Russian control of "a fifth of Ukraine" (area-held, 20 percent, RU). MOSCOW is the dateline, Moscow and Kyiv the governments; "Ukraine\'s Sumy region" is the oblast. Traps: Reuters, Deep State, RIA, Rogov, Putin.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Dnipropetrovsk region', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'MOSCOW', ref: 'moscow' },
      { t: 'Dnipropetrovsk', ctx: 'region of Dnipropetrovsk', ref: 'dnipropetrovskOblast' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Sumy region', ref: 'sumyOblast' },
      { t: 'Dachnoye', ref: 'dachne' },
    ],
    traps: [
      { t: 'Reuters', why: 'news agency' },
      { t: 'Deep State', why: 'monitoring project' },
      { t: 'RIA', why: 'news agency' },
      { t: 'Vladimir Rogov', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '950 square kms', kind: 'area-gained', value: 950, unit: 'km2', holder: 'RU', claimant: null, asOf: ['2025-04-28', '2025-06-28'], note: '"after Russia took 950 square kms of territory in two months"' },
      { t: '200 square kilometre', kind: 'area-held', value: 200, unit: 'km2', holder: 'RU', claimant: null, asOf: ['2025-06-30'], note: '"Russian forces carving out a 200 square kilometre (77.22 square miles) chunk of Ukraine\'s Sumy region"' },
      { t: '113,588 square kms', kind: 'area-held', value: 113588, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-06-28'], note: '"Russia now controls 113,588 square kms of Ukrainian territory"' },
      { t: '943 square km', kind: 'area-gained', value: 943, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-04-28', '2025-06-28'], note: '"up 943 square km over the two months to June 28"' },
      { t: 'a fifth of Ukraine', kind: 'area-held', value: 20, unit: 'percent', holder: 'RU', claimant: 'Ukraine and its European backers', asOf: ['2025-06-30'], note: '"they will never accept Russian control of a fifth of Ukraine"' },
    ],
    events: [
      { t: 'Dachnoye', ref: 'dachne', action: 'captured', actor: 'RU', claimant: 'Vladimir Rogov (RIA)', denied: true, asOf: ['2025-06-30'], note: '"Russian forces had taken control of the village of Dachnoye"; "no immediate confirmation from Ukrainian sources or from the Russian Defence Ministry"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2026-01-14',
    url: 'https://menafn.com/1110600293/Russians-Try-To-Advance-To-Stepnohirsk-Along-Former-Kakhovka-Reservoir-Shore-Voloshyn',
    notes: 'Stored copy of an Ukrinform report as MENAFN carries it, its body as the store gives it up to the last full sentence (the store cuts the next one mid-word: removed); the index\'s date prefix and the syndication marker "MENAFN - UkrinForm)" before the lead removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (14 January 2026). Events (Voloshyn): Russia has been trying to seize Stepnohirsk for about a month and a half (fighting, RU), is trying to advance toward Zaporizhzhia, Kushuhum and Balabyne (fighting, RU, the attacking side), to gain a foothold in Kamianske and infiltrate into Stepnohirsk, and to approach Stepnohirsk from the east storming toward Pavlivka (fighting, RU). The route "where it would take control of the settlements of Prymorske and Plavni" is a purpose, the strikes Stepnohirsk would allow on Komyshuvakha, Pavlivka and Lukianivske and the logistics routes to Orikhiv and Huliaipole possibilities (no event). The former Kakhovka Reservoir (twice) is a body of water (skipped); "Russia" is the country. Prymorske, Plavni, Kamianske, Pavlivka and Lukianivske are placed at Stepnohirsk (`near`), Balabyne at Zaporizhzhia (`near`). Traps: Voloshyn (three times), Ukrinform.',
    places: [
      { t: 'Russia', ref: 'russia' },
      { t: 'Stepnohirsk', all: true, ref: 'stepnohirsk' },
      { t: 'Prymorske', ref: 'prymorske' },
      { t: 'Plavni', ref: 'plavni' },
      { t: 'Zaporizhzhia', all: true, ref: 'zaporizhzhia' },
      { t: 'Kushuhum', ref: 'kushuhum' },
      { t: 'Balabyne', ref: 'balabyne' },
      { t: 'Orikhiv', ref: 'orikhiv' },
      { t: 'Huliaipole', ref: 'huliaipole' },
      { t: 'Komyshuvakha', ref: 'komyshuvakha' },
      { t: 'Pavlivka', all: true, ref: 'pavlivkaZp' },
      { t: 'Lukianivske', ref: 'lukianivske' },
      { t: 'Kamianske', ref: 'kamianskeZp' },
    ],
    traps: [
      { t: 'Vladyslav Voloshyn', why: 'person' },
      { t: 'Ukrinform', why: 'news agency' },
      { t: 'Voloshyn', ctx: 'Voloshyn said', why: 'person' },
      { t: 'Voloshyn', ctx: 'Voloshyn noted', why: 'person' },
    ],
    skipped: [{ t: 'Kakhovka Reservoir', all: true, why: 'body of water ("the former Kakhovka Reservoir")' }],
    claims: [],
    events: [
      { t: 'Stepnohirsk', n: 1, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-12-01', '2026-01-14'], note: '"Russia has been trying to seize the village of Stepnohirsk for about a month and a half"' },
      { t: 'Zaporizhzhia', n: 1, ref: 'zaporizhzhia', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2026-01-14'], note: '"The enemy is trying to advance further along the same shore toward Zaporizhzhia"' },
      { t: 'Kushuhum', ref: 'kushuhum', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2026-01-14'], note: '"trying to advance ... toward Kushuhum and Balabyne"' },
      { t: 'Balabyne', ref: 'balabyne', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2026-01-14'], note: '"trying to advance ... toward Kushuhum and Balabyne"' },
      { t: 'Kamianske', ref: 'kamianskeZp', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2026-01-14'], note: '"trying to gain a foothold in Kamianske"' },
      { t: 'Stepnohirsk', n: 4, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2026-01-14'], note: '"continue to infiltrate these assault groups into Stepnohirsk"' },
      { t: 'Stepnohirsk', n: 5, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2026-01-14'], note: '"they are trying to approach Stepnohirsk from the east"' },
      { t: 'Pavlivka', n: 2, ref: 'pavlivkaZp', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2026-01-14'], note: '"storming toward the village of Pavlivka"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-09-13',
    url: 'https://thesun.my/world-news/russia-claims-capture-of-ukrainian-village-in-dnipropetrovsk-region-DE14891121',
    notes: 'Stored copy of an AFP report as The Sun (Malaysia) carries it, from the dateline to the last paragraph; the index\'s date prefix and the closing syndication note ("– AFP") removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (13 September 2025, a Saturday: the ministry spoke "on Saturday"). Events: the defence ministry announced the capture of Novomykolaivka, and DeepState maintained the village remains under Kyiv\'s control (captured, RU, denied); "the village remains under Kyiv\'s control" names no settlement; the entry into Dnipropetrovsk region names an oblast (no event). Claim: Russia occupies approximately one fifth of Ukrainian territory (area-held, 20 percent, RU). MOSCOW is the dateline; "Moscow’s forces", "Moscow reported", "Kyiv’s control" and "with Kyiv" name the governments; "Russia’s defence ministry" is an official body (the country skipped); "the Donetsk border" names the oblast; "the eastern Donbas region" is Donbas. "Kremlin officials" and "The Kremlin" stand for the government by its seat (skipped). Traps: AFP (twice), DeepState, Zelensky, Putin. Novomykolaivka is placed at the oblast (`region`).',
    places: [
      { t: 'MOSCOW', ref: 'moscow' },
      { t: 'Novomykolaivka', ref: 'novomykolaivkaDp' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Dnipropetrovsk region', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Donbas region', ref: 'donbas' },
      { t: 'Dnipropetrovsk', ctx: 'Dnipropetrovsk is not', ref: 'dnipropetrovskOblast' },
      { t: 'Russia', ctx: 'Russia has formally', ref: 'russia' },
    ],
    traps: [
      { t: 'AFP', why: 'news agency' },
      { t: 'DeepState', why: 'monitoring project' },
      { t: 'Volodymyr Zelensky', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', ctx: 'Russia’s defence ministry', why: 'country inside an official body\'s name ("Russia’s defence ministry")' },
      { t: 'Kremlin', all: true, why: 'the government named by its seat' },
    ],
    claims: [
      { t: 'one fifth of Ukrainian territory', kind: 'area-held', value: 20, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2025-09-13'], note: '"The Russian military currently occupies approximately one fifth of Ukrainian territory"' },
    ],
    events: [
      { t: 'Novomykolaivka', ref: 'novomykolaivkaDp', action: 'captured', actor: 'RU', claimant: RU_MOD, denied: true, asOf: ['2025-09-13'], note: '"announced the capture of Novomykolaivka village"; DeepState "maintained that the village remains under Kyiv’s control"' },
    ],
  },
];
