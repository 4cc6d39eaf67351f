// Hand annotations, English articles of tests/eval/fresh41. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const HUMENIUK = 'Natalia Humeniuk';
const LIBERATED_FIVE = ['Vysokopillia', 'Novovoznesenske', 'Bilohirka', 'Sukhy Stavok', 'Myroliubivka'] as const;
const FIVE_REFS: Record<(typeof LIBERATED_FIVE)[number], string> = {
  Vysokopillia: 'vysokopillia',
  Novovoznesenske: 'novovoznesenske',
  Bilohirka: 'bilohirka',
  'Sukhy Stavok': 'sukhyiStavok',
  Myroliubivka: 'myroliubivkaKherson',
};

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-09-12',
    url: 'https://en.interfax.com.ua/news/general/858250.html',
    notes: 'Stored copy on Interfax-Ukraine (en.interfax.com.ua), its body as the store gives it (no headline: the manifest\'s title is made from the first sentence); the index\'s date prefix removed. The date is the index\'s (12 September 2022, the Monday of the briefing). Events: the five settlements "liberated" (first sentence) and "have already been liberated and are fully under the Ukrainian flag" (the quote), each liberated by UA as Humeniuk says, ten events. Not events: "the area has been cleared" (no name), the shelling and mines. Claim: "about 500 square kilometers" liberated (area-retaken, UA, as of the briefing: the text gives no start). Traps: Natalia Humeniuk, "Pivden" (the task force\'s name). Skipped: Ukraine in "The Armed Forces of Ukraine" and in "the Ukraine media center" (a body\'s name).',
    places: [
      ...LIBERATED_FIVE.map((t) => ({ t, all: true, ref: FIVE_REFS[t] })),
      { t: 'Kherson region', all: true, ref: 'khersonOblast' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Ukraine', ctx: 'jurisdiction of Ukraine', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Natalia Humeniuk', why: 'person' },
      { t: 'Humeniuk', n: 2, why: 'person' },
      { t: 'Humeniuk', n: 3, why: 'person' },
      { t: 'Pivden', why: 'a task force (Pivden (South) Task Force)' },
    ],
    skipped: [
      { t: 'Ukraine', ctx: 'Forces of Ukraine', why: OFFICIAL + ' ("The Armed Forces of Ukraine")' },
      { t: 'Ukraine', ctx: 'the Ukraine media center', why: OFFICIAL + ' ("the Ukraine media center")' },
    ],
    claims: [
      { t: 'about 500 square kilometers', kind: 'area-retaken', value: 500, unit: 'km2', holder: 'UA', claimant: HUMENIUK, asOf: ['2022-09-12'], note: '"We have liberated areas of about 500 square kilometers"' },
    ],
    events: LIBERATED_FIVE.flatMap((t) => [
      { t, n: 1, ref: FIVE_REFS[t], action: 'liberated' as const, actor: 'UA' as const, claimant: HUMENIUK, asOf: ['2022-09-12'] as const, note: '"The Armed Forces of Ukraine have liberated the settlements of Vysokopillia, Novovoznesenske, Bilohirka, Sukhy Stavok and Myroliubivka in Kherson region"' },
      { t, n: 2, ref: FIVE_REFS[t], action: 'liberated' as const, actor: 'UA' as const, claimant: HUMENIUK, asOf: ['2022-09-12'] as const, note: '"the settlements ... have already been liberated and are fully under the Ukrainian flag"' },
    ]),
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-07-03',
    url: 'https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/world/2022/07/03/kyiv-says-key-city-still-contested-as-russia-accuses-ukraine-of-deadly-missile-strike/',
    notes: 'Stored copy of an Irish Times report (its arcpublishing copy), its headline, standfirst and body as the store gives them; the "READ MORE" link line removed, and the last paragraph, cut by the store mid-word ("Western weapons are helping ... both of which suffered rocket strikes yesterd"), removed. The date is the URL\'s (3 July 2022). Events: Zelenskiy conceding the troops "withdrew from Lysychansk" (the headline: withdrew, UA); Moscow\'s "troops have seized the eastern Ukrainian city of Lysychansk" (captured, RU); Shoigu\'s "established full control over the city of Lysychansk" (captured, RU); "after heavy fighting for Lysychansk" (fighting, RU, the attacker, the General Staff). Not events: "had retreated from positions in the city" and "the troops had withdrawn" (no name), the Luhansk region occupied (a region), "seizing cities dotted around open plains" (no name). Places: Kyiv for its government and forces ("Kyiv’s military", "Kyiv’s forces") and the city ("driven back from Kyiv"); the Luhansk People’s Republic as Luhansk Oblast; the Donbas. Traps: people, the Kremlin. Skipped: Ukraine in "The general staff of Ukraine’s armed forces".',
    places: [
      { t: 'Lysychansk', all: true, ref: 'lysychansk' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Luhansk region', all: true, ref: 'luhanskOblast' },
      { t: 'Luhansk', ctx: 'Luhansk and Donetsk regions', ref: 'luhanskOblast' },
      { t: 'Donetsk regions', ref: 'donetskOblast' },
      { t: 'Luhansk People’s Republic', ref: 'luhanskOblast' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Russia', ctx: 'Russia’s superior', ref: 'russia' },
      { t: 'Russia', ctx: 'Russia recognised', ref: 'russia' },
      { t: 'Russia', ctx: 'Russia’s military', ref: 'russia' },
      { t: 'Russia', ctx: 'Russia’s ability', ref: 'russia' },
      { t: 'Ukraine', ctx: 'invasion of Ukraine', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Zelenskiy', n: 1, why: 'person' },
      { t: 'Volodymyr Zelenskiy', why: 'person' },
      { t: 'Zelenskiy', ctx: 'Mr Zelenskiy', why: 'person' },
      { t: 'Sergei Shoigu', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Kremlin', why: 'the government named by its seat' },
    ],
    skipped: [
      { t: 'Ukraine', ctx: 'Ukraine’s armed forces', why: OFFICIAL + ' ("The general staff of Ukraine’s armed forces")' },
    ],
    claims: [],
    events: [
      { t: 'Lysychansk', n: 1, ref: 'lysychansk', action: 'withdrew', actor: 'UA', claimant: 'Volodymyr Zelenskiy', asOf: ['2022-07-03'], note: 'the headline: "Zelenskiy concedes troops withdrew from Lysychansk"' },
      { t: 'Lysychansk', n: 2, ref: 'lysychansk', action: 'captured', actor: 'RU', claimant: 'Moscow', asOf: ['2022-07-03'], note: '"Moscow has said its troops have seized the eastern Ukrainian city of Lysychansk"' },
      { t: 'Lysychansk', n: 3, ref: 'lysychansk', action: 'captured', actor: 'RU', claimant: 'Sergei Shoigu', asOf: ['2022-07-03'], note: '"their country’s troops had “established full control over the city of Lysychansk”"' },
      { t: 'Lysychansk', n: 4, ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: 'The general staff of Ukraine’s armed forces', asOf: ['2022-07-03'], note: '"“after heavy fighting for Lysychansk” its troops “were forced to withdraw from their positions”" (the fighting for the town, by the attacker)' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-09-17',
    url: 'https://ukrainetoday.org/2023/09/17/ukrainian-military-liberated-klishchiivka-near-bakhmut-photo-video/',
    notes: 'Stored copy on ukrainetoday.org (after UNIAN), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix, the author and time line ("Antonina Dolomanzhi19:08, 17.09.23") and the photo caption ("Fighters of the “Lyut” brigade entered Klishchiivka / photo t.me/Tsaplienko") removed. The date is the URL\'s (17 September 2023). Events: "freed the settlement of Klishchiivka" and "the liberated Klishchiivka" (liberated, UA, the brigade), "Klishchiivka is ours!" (controls, UA), "The release of Klishchiivka was also confirmed ... by ... Ilya Yevlash" (liberated, UA), "freed Andriivka" (liberated, UA, as UNIAN reported); "pushing the Russians out of Klishchiivka" twice (fighting, UA, the attacker: the General Staff, and Zhorin on 8 September). Not events: "entered the village" and "the final liberation of the settlement" (no name), "more than half of the settlement is already under the control" (no name in the clause), "a church, which is probably located in Klishchiivka" (a location). Traps: the Lyut and Tsunami brigades, UNIAN, people. Skipped: Ukraine in "the Eastern Group of the Armed Forces of Ukraine".',
    places: [
      { t: 'Klishchiivka', all: true, ref: 'klishchiivka' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Bakhmut', all: true, ref: 'bakhmut' },
      { t: 'Andriivka', ref: 'andriivkaBakhmut' },
    ],
    traps: [
      { t: 'Lyut', all: true, why: 'a brigade' },
      { t: 'Tsunami', why: 'an assault brigade' },
      { t: 'UNIAN', why: 'a news agency' },
      { t: 'Ilya Yevlash', why: 'person' },
      { t: 'Maksym Zhorin', why: 'person' },
      { t: 'Andriy Yermak', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', why: OFFICIAL + ' ("the Eastern Group of the Armed Forces of Ukraine"; skipped after the first run: the first pass had left it unmarked)' },
    ],
    claims: [],
    events: [
      { t: 'Klishchiivka', n: 1, ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: 'Lyut brigade', asOf: ['2023-09-17'], note: '"Ukrainian defenders freed the settlement of Klishchiivka in the Donetsk region from the Russian invaders"' },
      { t: 'Klishchiivka', n: 2, ref: 'klishchiivka', action: 'controls', actor: 'UA', claimant: 'Lyut brigade', asOf: ['2023-09-17'], note: '"“Klishchiivka is ours!"' },
      { t: 'Klishchiivka', n: 3, ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: 'Lyut brigade', asOf: ['2023-09-17'], note: '"returned the Ukrainian flag over the liberated Klishchiivka"' },
      { t: 'Klishchiivka', n: 4, ref: 'klishchiivka', action: 'liberated', actor: 'UA', claimant: 'Ilya Yevlash', asOf: ['2023-09-17'], note: '"The release of Klishchiivka was also confirmed to journalists by ... Ilya Yevlash"' },
      { t: 'Andriivka', ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: 'UNIAN', asOf: ['2023-09-17'], note: '"a few days ago, the Armed Forces conducted a successful assault and freed Andriivka"' },
      { t: 'Klishchiivka', n: 5, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: 'General Staff', asOf: ['2023-09-17'], note: '"the General Staff repeatedly reported that Ukrainian fighters were pushing the Russians out of Klishchiivka and were having success there"' },
      { t: 'Klishchiivka', n: 6, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: 'Maksym Zhorin', asOf: ['2023-09-08'], note: '"On September 8, ... Maksym Zhorin, reported that ... Ukrainian military forces are pushing the Russians out of Klishchiivka"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2022-04-02',
    url: 'https://www.thedrive.com/the-war-zone/45043/ukraine-situation-report-kyiv-region-now-fully-in-government-control-according-to-defense-official',
    notes: 'Stored copy of a War Zone report on The Drive (thedrive.com), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix, the link to the earlier rolling coverage, the rubric "The Latest" and the warning line ("WARNING: The following tweets contain graphic material.") removed. The date is the index\'s (2 April 2022). Events: "Ukraine has reportedly recaptured all of Kyiv Oblast, namely the war-torn towns of Bucha, Hostomel, and Irpin" (liberated, UA, three events). Not events: Kyiv Oblast and the "whole Kyiv region" recaptured (a region), "Russian forces have rapidly withdrawn from this front", the "Russian retreat from the stalemate to the north and west of Kyiv" (no settlement left), "the Russian withdrawal to Belarus" (a country). Traps: AFP.',
    places: [
      { t: 'Kyiv Oblast', ref: 'kyivOblast' },
      { t: 'Kyiv region', ref: 'kyivOblast' },
      { t: 'Kyiv', ctx: 'west of Kyiv', ref: 'kyiv' },
      { t: 'Bucha', ref: 'bucha' },
      { t: 'Hostomel', ref: 'hostomel' },
      { t: 'Irpin', ref: 'irpin' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Belarus', ref: 'belarus' },
    ],
    traps: [
      { t: 'AFP', why: 'a news agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Bucha', ref: 'bucha', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-04-02'], note: '"Ukraine has reportedly recaptured all of Kyiv Oblast, namely the war-torn towns of Bucha, Hostomel, and Irpin"' },
      { t: 'Hostomel', ref: 'hostomel', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-04-02'], note: 'the same recapture' },
      { t: 'Irpin', ref: 'irpin', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-04-02'], note: 'the same recapture' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2022-08-11',
    url: 'https://playcrazygame.com/2022/08/11/russia-and-ukraine-engage-in-intense-fighting-near-donetsk/',
    notes: 'Stored copy on playcrazygame.com (a rewrite of Brasil 247 after Reuters), its standfirst and body as the store gives them (the manifest\'s title is made from the URL slug); the index\'s date prefix removed. The date is the URL\'s (11 August 2022, the Thursday of the fighting). Events: "Heavy fighting broke out around the eastern Ukrainian town of Pisky on Thursday" (fighting, RU, the attacker); Pisky "was under the control of Russian and local forces" (controls, RU, the DPR official, denied: "Ukrainian officials denied that the heavily fortified city ... had fallen"). Not events: "The situation is hot in Pisky" (a situation), "The city is ours" (no name), Luhansk "almost completely under Russian control" (a region). Places: the "People’s Republic of Donetsk" as Donetsk Oblast, Donetsk the city ("the provincial capital Donetsk", "Donetsk’s defense") and the province ("resistance in Donetsk"), the misspelt "Lughansk" as Luhansk Oblast. Traps: Reuters, Danil Bezsonov.',
    places: [
      { t: 'Donbass', all: true, ref: 'donbas' },
      { t: 'Pisky', all: true, ref: 'piskyNear' },
      { t: 'People’s Republic of Donetsk', ref: 'donetskOblast' },
      { t: 'Donetsk', ctx: 'capital Donetsk', ref: 'donetsk' },
      { t: 'Donetsk', ctx: 'Donetsk’s defense', ref: 'donetsk' },
      { t: 'Luhansk', ref: 'luhanskOblast' },
      { t: 'Donetsk provinces', ref: 'donetskOblast' },
      { t: 'Lughansk', ref: 'luhanskOblast' },
      { t: 'Donetsk', ctx: 'resistance in Donetsk', ref: 'donetskOblast' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Reuters', all: true, why: 'a news agency' },
      { t: 'Danil Bezsonov', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Pisky', n: 1, ref: 'piskyNear', action: 'fighting', actor: 'RU', claimant: 'Reuters', asOf: ['2022-08-11'], note: '"Heavy fighting broke out around the eastern Ukrainian town of Pisky on Thursday as Russia intensifies preparations"' },
      { t: 'Pisky', n: 2, ref: 'piskyNear', action: 'controls', actor: 'RU', claimant: 'Danil Bezsonov', denied: true, asOf: ['2022-08-11'], note: '"Pisky ... was under the control of Russian and local forces" ("Ukrainian officials denied that the heavily fortified city ... had fallen")' },
    ],
  },
];
