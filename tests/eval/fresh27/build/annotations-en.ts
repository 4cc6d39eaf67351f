// Hand annotations, English articles of tests/eval/fresh27. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const SYRSKYI_DAY = ['2026-03-02'] as const;

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-09-14',
    url: 'https://www.theguardian.com/world/video/2022/sep/14/ive-been-waiting-ukrainian-mother-and-son-reunite-after-six-months-of-russian-occupation-video',
    notes: 'Stored copy of a Guardian video page\'s standfirst, as the store gives it; the index\'s date prefix removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index\'s and the URL\'s (14 September 2022). Events: "her village of Kozacha, in the Kharkiv region, was liberated from Russian occupation" (liberated, UA, Vyacheslav Zadorenko, since the counter-offensive began in early September: 6–14 September). "the Kharkiv suburb Derhachi" names the city of Kharkiv; "the north-eastern region of Kharkiv" the oblast. Claims: "liberated 8,000 sq km" so far in the Kharkiv counter-offensive (area-retaken, km2, UA, Zelenskiy, as of the report\'s day, as fresh26 gives "звільнено вже більше ніж 260 кв. км"). Traps: Vyacheslav Zadorenko, Volodymyr Zelenskiy.',
    places: [
      { t: 'Kharkiv', n: 1, ref: 'kharkiv' },
      { t: 'Derhachi', ref: 'derhachi' },
      { t: 'Kozacha', ref: 'kozachaLopan' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
      { t: 'Kharkiv', n: 3, ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Vyacheslav Zadorenko', why: 'person' },
      { t: 'Volodymyr Zelenskiy', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '8,000 sq km', kind: 'area-retaken', value: 8000, unit: 'km2', holder: 'UA', claimant: 'Volodymyr Zelenskiy', asOf: ['2022-09-14'], note: '"troops have so far liberated 8,000 sq km in the north-eastern region of Kharkiv in a counteroffensive launched in early September"' },
    ],
    events: [
      { t: 'Kozacha', ref: 'kozachaLopan', action: 'liberated', actor: 'UA', claimant: 'Vyacheslav Zadorenko', asOf: ['2022-09-06', '2022-09-14'], note: '"her village of Kozacha, in the Kharkiv region, was liberated from Russian occupation"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-11-09',
    url: 'https://en.lb.ua/news/2022/11/09/17817_russian_media_say_shoigu_ordered.html',
    notes: 'Stored copy of an LB.ua (English) news item, its headline, lead and body as the store gives them; the rubric label before the headline ("MainNews -") and the headline given a second time kept once; the last paragraph, cut by the store ("Today Russian propagandists reported ... The Kherson regional council doe"), removed. The date is the URL\'s (9 November 2022). Events: Shoigu ordered the "withdrawal of troops" from Kherson (the headline: withdrew, RU, Sergei Shoigu, as fresh7 gives the retreat from Kherson Shoigu ordered); Kherson "captured by the Russian occupiers after 24 February 2022", "entered it on 2 March" (captured, RU, 2 March 2022). "going to \\"withdraw troops\\" from Kherson Region" names the oblast (no event); the supplies to Kherson, where it lies and "the operation to liberate Kherson would last until the end of November" (a plan) carry no event. Claims: "liberated 88 settlements in Kherson Region" as of 29 October (count, settlements, UA). The Dnipro is a river (skipped); "the Odesa regional military administration", "the Kherson regional state administration" and "Ukraine\'s Main Intelligence Directorate" are bodies\' names (skipped). Traps: Sergei Shoigu, Shoigu (twice), Sergei Surovikin, Surovikin, Serhiy Bratchuk, Kyrylo Budanov.',
    places: [
      { t: 'Kherson', n: 1, ref: 'kherson' },
      { t: 'Kherson', n: 2, ref: 'kherson' },
      { t: 'Kherson Region', all: true, ref: 'khersonOblast' },
      { t: 'Kherson', n: 4, ref: 'kherson' },
      { t: 'Kherson', n: 5, ref: 'kherson' },
      { t: 'Kherson', n: 6, ref: 'kherson' },
      { t: 'Kherson', n: 9, ref: 'kherson' },
      { t: 'Russia', all: true, ref: 'russia' },
    ],
    traps: [
      { t: 'Shoigu', n: 1, why: 'person' },
      { t: 'Sergei Shoigu', why: 'person' },
      { t: 'Shoigu', n: 3, why: 'person' },
      { t: 'Sergei Surovikin', why: 'person' },
      { t: 'Surovikin', n: 2, why: 'person' },
      { t: 'Serhiy Bratchuk', why: 'person' },
      { t: 'Kyrylo Budanov', why: 'person' },
    ],
    skipped: [
      { t: 'Dnipro', all: true, why: 'a river' },
      { t: 'Odesa', why: 'oblast inside an official body\'s name ("the Odesa regional military administration")' },
      { t: 'Kherson', n: 8, why: 'oblast inside an official body\'s name ("the Kherson regional state administration")' },
      { t: 'Ukraine', why: OFFICIAL + ' ("Ukraine\'s Main Intelligence Directorate")' },
    ],
    claims: [
      { t: '88 settlements', kind: 'count', value: 88, unit: 'settlements', holder: 'UA', claimant: null, asOf: ['2022-10-29'], note: '"As of 29 October, the Ukrainian defence forces have liberated 88 settlements in Kherson Region"' },
    ],
    events: [
      { t: 'Kherson', n: 1, ref: 'kherson', action: 'withdrew', actor: 'RU', claimant: 'Sergei Shoigu', asOf: ['2022-11-09'], note: 'the headline: "Russian media say Shoigu ordered \\"withdrawal of troops\\" from Kherson"' },
      { t: 'Kherson', n: 6, ref: 'kherson', action: 'captured', actor: 'RU', claimant: null, asOf: ['2022-03-02'], note: '"Kherson is the only regional centre that was captured by the Russian occupiers after 24 February 2022. The Russian army entered it on 2 March."' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-02-18',
    url: 'https://www.wionews.com/world/russia-claims-capture-of-village-near-eastern-ukrainian-region-kharkiv-563430',
    notes: 'Stored copy of a WION news item, its body as the store gives it; the index\'s date prefix and the site\'s disclaimer before the text ("Disclaimer: A number of claims and counterclaims ... cannot independently verify the authenticity of all statements, photos and videos.") removed, and the credit line at the end ("(With inputs from agencies)"). The store gives no headline: the manifest title is made from the URL slug. The date is the text\'s ("on Saturday (February 18)", 18 February 2023 a Saturday, "nearly a year" into the invasion). Events: "The settlement of Gryanykivka, Kharkov region, was completely liberated" (captured, RU, the Russian defence ministry: the owner rule); Russia "has continued to attack several cities including Kupiansk and Bakhmut" and "Russian troops were \\"conducting offensive actions\\" in these cities" (fighting, RU, the Ukraine army, once on each name); "the fighting near the city of Kreminna" with "constant attempts to break through our defence lines" (fighting, RU, the governor of Luhansk). The first sentence\'s village is unnamed (the region carries no event); "near the key city of Kupiansk" places it (no event). Capitals used for governments count ("Moscow\'s ongoing invasion of Kyiv"). "the Ukraine army" is an army\'s name (skipped). Not claims: the village\'s 600 people. Traps: AFP.',
    places: [
      { t: 'Kharkiv', n: 1, ref: 'kharkivOblast' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Kupiansk', all: true, ref: 'kupiansk' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Gryanykivka', all: true, ref: 'hrianykivka' },
      { t: 'Kharkov region', ref: 'kharkivOblast' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Bakhmut', ref: 'bakhmut' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Luhansk province', ref: 'luhanskOblast' },
      { t: 'Ukraine', n: 5, ref: 'ukraine' },
      { t: 'Luhansk', n: 2, ref: 'luhanskOblast' },
      { t: 'Kreminna', ref: 'kreminna' },
    ],
    traps: [{ t: 'AFP', why: 'a news agency' }],
    skipped: [{ t: 'Ukraine', n: 3, why: 'country inside an army\'s name ("the Ukraine army")' }],
    claims: [],
    events: [
      { t: 'Gryanykivka', n: 1, ref: 'hrianykivka', action: 'captured', actor: 'RU', claimant: 'Russian defence ministry', asOf: ['2023-02-18'], note: '"The settlement of Gryanykivka, Kharkov region, was completely liberated"' },
      { t: 'Kupiansk', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'the Ukraine army', asOf: ['2023-02-18'], note: '"Russia has continued to attack several cities including Kupiansk and Bakhmut said the Ukraine army"' },
      { t: 'Bakhmut', ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: 'the Ukraine army', asOf: ['2023-02-18'], note: '"attack several cities including Kupiansk and Bakhmut"; "conducting offensive actions\\" in these cities"' },
      { t: 'Kreminna', ref: 'kreminna', action: 'fighting', actor: 'RU', claimant: 'the governor of Luhansk', asOf: ['2023-02-18'], note: '"There are constant attempts to break through our defence lines,\\" ... addressing the fighting near the city of Kreminna"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2026-03-02',
    url: 'https://japannews.yomiuri.co.jp/news-services/reuters/20260303-314302/',
    notes: 'Stored copy of a Reuters report on The Japan News (Yomiuri Shimbun) site, its body as the store gives it; the index\'s date prefix, the source label ("Reuters"), the photo caption before the text ("Colonel general Oleksandr Syrskyi ... January 12, 2024.") and the dateline ("KYIV, March 2 (Reuters) – ") removed; the subheading at the end ("SWEEPING STARLINK OUTAGES FOR RUSSIAN TROOPS") and the sentence under it, cut by the store ("The command of Ukraine’"), removed. The store gives no headline: the manifest title is written from the lead. The date is the dateline\'s (2 March 2026, a Monday: "on Monday" agrees; the index gives 3 March, Japan time). Events: "effective operations in the Zaporizhzhia region near Oleksandrivka and Huliaipole" (fighting, UA, Syrskyi, twice); "strengthened their control over the town of Kupiansk" (controls, UA); "maintained their defences near the city of Pokrovsk" (fighting, RU: the defence of a town, the attacking side as actor). "retaken nine settlements in the Zaporizhzhia region" names no settlement (the region carries no event). "a plea from Kyiv" is the capital used for the government. Claims: "nine settlements" retaken since the end of January (count, settlements, UA, the Ukrainian general staff, 31 January–2 March) and "126 square kilometres" occupied by the Russian troops in February (area-gained, km2, RU, DeepState); "(49 square miles)" is its conversion (no claim, as fresh25 gives the square-mile conversion). Not claims: the 1,200-km frontline. Traps: Oleksandr Syrskyi, Syrskyi (twice), Starlink, SpaceX, Elon Musk, DeepState, Telegram.',
    places: [
      { t: 'Zaporizhzhia region', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Oleksandrivka', ref: 'oleksandrivkaAxis' },
      { t: 'Huliaipole', ref: 'huliaipole' },
      { t: 'Kupiansk', ref: 'kupiansk' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Oleksandr Syrskyi', why: 'person' },
      { t: 'Starlink', why: 'a satellite service' },
      { t: 'SpaceX', why: 'a company' },
      { t: 'Elon Musk', why: 'person' },
      { t: 'DeepState', why: 'a mapping project' },
      { t: 'Syrskyi', n: 2, why: 'person' },
      { t: 'Telegram', why: 'a messaging app' },
      { t: 'Syrskyi', n: 3, why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'nine settlements', kind: 'count', value: 9, unit: 'settlements', holder: 'UA', claimant: 'Ukrainian general staff', asOf: ['2026-01-31', '2026-03-02'], note: '"Ukrainian troops have retaken nine settlements in the Zaporizhzhia region since the end of January"' },
      { t: '126 square kilometres', kind: 'area-gained', value: 126, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2026-02-01', '2026-02-28'], note: '"the Russian troops occupied 126 square kilometres (49 square miles) of Ukrainian territory in February"' },
    ],
    events: [
      { t: 'Oleksandrivka', ref: 'oleksandrivkaAxis', action: 'fighting', actor: 'UA', claimant: 'Oleksandr Syrskyi', asOf: SYRSKYI_DAY, note: '"The Ukrainian troops conducted effective operations in the Zaporizhzhia region near Oleksandrivka and Huliaipole"' },
      { t: 'Huliaipole', ref: 'huliaipole', action: 'fighting', actor: 'UA', claimant: 'Oleksandr Syrskyi', asOf: SYRSKYI_DAY, note: '"effective operations ... near Oleksandrivka and Huliaipole"' },
      { t: 'Kupiansk', ref: 'kupiansk', action: 'controls', actor: 'UA', claimant: 'Oleksandr Syrskyi', asOf: SYRSKYI_DAY, note: '"strengthened their control over the town of Kupiansk in the Kharkiv region"' },
      { t: 'Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'Oleksandr Syrskyi', asOf: SYRSKYI_DAY, note: '"maintained their defences near the city of Pokrovsk"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2023-01-25',
    url: 'https://english.alarabiya.net/News/world/2023/01/25/Ukraine-admits-troops-withdrew-from-Soledar',
    notes: 'Stored copy of an Al Arabiya English news item (after AFP), its headline and body as the store gives them; the index\'s date prefix removed, and the site\'s pointers inside and after the text ("For the latest headlines, follow our Google News channel online or via the app.", "Read more:", "Japan PM Kishida considers Ukraine trip") removed. The date is the URL\'s and the index\'s (25 January 2023, a Wednesday: "Wednesday" agrees). Events: "Ukraine admits troops withdrew from Soledar" (the headline), "its troops had pulled out of the battle-scarred town of Soledar" and "the Armed Forces of Ukraine left (Soledar)" (withdrew, UA, the Ukrainian military and Sergiy Cherevaty); Soledar, "which Russian forces said they captured earlier this month" (captured, RU, 1–25 January, on the same span as the pull-out). "Armed Forces of Ukraine" is an army\'s name (skipped). Traps: AFP, Sergiy Cherevaty.',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Soledar', all: true, ref: 'soledar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'AFP', why: 'a news agency' },
      { t: 'Sergiy Cherevaty', why: 'person' },
    ],
    skipped: [{ t: 'Ukraine', n: 2, why: 'country inside an army\'s name ("the Armed Forces of Ukraine")' }],
    claims: [],
    events: [
      { t: 'Soledar', n: 1, ref: 'soledar', action: 'withdrew', actor: 'UA', claimant: 'Ukrainian military', asOf: ['2023-01-25'], note: 'the headline: "Ukraine admits troops withdrew from Soledar"' },
      { t: 'Soledar', n: 2, ref: 'soledar', action: 'withdrew', actor: 'UA', claimant: 'Ukrainian military', asOf: ['2023-01-25'], note: '"its troops had pulled out of the battle-scarred town of Soledar"' },
      { t: 'Soledar', n: 2, ref: 'soledar', action: 'captured', actor: 'RU', claimant: 'Russian forces', asOf: ['2023-01-01', '2023-01-25'], note: '"which Russian forces said they captured earlier this month"' },
      { t: 'Soledar', n: 3, ref: 'soledar', action: 'withdrew', actor: 'UA', claimant: 'Sergiy Cherevaty', asOf: ['2023-01-25'], note: '"the Armed Forces of Ukraine left (Soledar) and retreated along the outskirts to pre-prepared positions"' },
    ],
  },
];
