// Hand annotations, English articles of tests/eval/fresh65. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const TITLE = "country inside an official's title";
const OBLAST_TITLE = "an oblast inside an official's title (the regional governor)";
const MALIAR = 'Hanna Maliar';
const HAIDAI = 'Serhiy Haidai';
const ZELENSKY = 'Volodymyr Zelensky';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2023-09-15',
    url: 'https://www.politico.eu/article/russia-ukraine-war-andriivka-village-near-bakhmut-liberated/',
    notes: 'Stored copy on Politico Europe, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the photo caption before the dateline ("Andriivka is about 13 kilometers south of Bakhmut, which was destroyed … | Sergei Chuzavkov/AFP via Getty Images") and the last sentence, cut by the store ("Ukrainian forces have had to push through heavily mined areas"), removed, keeping every whole sentence before the cut; the outlet\'s "Moscow say" kept. The date is the page\'s (15 September 2023, a Friday: "Ukraine on Friday said"). The paragraph "It took nine months … turned into ruins" is Politico\'s stock background, also in fresh19\'s en-01 (another Politico article, on Klishchiivka); this article\'s own words (its lead, Maliar\'s quote, the brigade\'s quote) are in no other set. Events: "Ukraine on Friday said it has liberated Andriivka" and Maliar\'s "our troops captured Andriivka yesterday" (liberated, UA: a retaking by the owner; the first dated the Friday of the saying, the second the day before, as the quote dates it); "pushing Moscow’s forces back from Klishchiivka" (fighting, UA, the side attacking); "It took nine months for Russian forces to capture Bakhmut … at the end of May" (captured, RU, dated the end of May 2023). No event: "the Russian garrison of Andriivka was surrounded, cut off … and destroyed" (the garrison, not the village, is acted on: judgement call), "aiming to … encircle Russians in Bakhmut" (an aim), "the fighting continues" (no name). Claims: "more than 20,000 troops were killed and 60,000 wounded" (count, killed and wounded, RU: the side that suffered them; U.S. estimates; the period is the nine months of the battle, from the end of August 2022 to the end of May 2023, judgement call). Counted: the dateline KYIV (the outlet\'s city), Moscow twice (the government), "U.S. estimates" (the country), "the Donetsk salt-mining city" (the oblast adjective naming the region). Skipped: Ukraine in "Ukraine’s Deputy Defense Minister" (an official\'s title). Traps: the person, the brigade.',
    places: [
      { t: 'KYIV', ref: 'kyiv' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Andriivka', all: true, ref: 'andriivkaBakhmut' },
      { t: 'Bakhmut', all: true, ref: 'bakhmut' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Klishchiivka', ref: 'klishchiivka' },
      { t: 'U.S.', ctx: 'U.S. estimates', ref: 'usa' },
      { t: 'Donetsk', n: 2, ref: 'donetskOblast' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Hanna Maliar', why: 'person' },
      { t: 'Third Separate Assault Brigade', why: 'a military unit' },
    ],
    skipped: [{ t: 'Ukraine', n: 2, why: TITLE + ' ("Ukraine’s Deputy Defense Minister Hanna Maliar")' }],
    claims: [
      { t: 'more than 20,000 troops were killed', kind: 'count', value: 20000, unit: 'killed', holder: 'RU', claimant: 'U.S. estimates', asOf: ['2022-08-31', '2023-05-31'], note: '"According to U.S. estimates, Moscow say more than 20,000 troops were killed and 60,000 wounded in taking the Donetsk salt-mining city" (the lower bound of "more than"; the nine months of the battle, judgement call)' },
      { t: '60,000 wounded', kind: 'count', value: 60000, unit: 'wounded', holder: 'RU', claimant: 'U.S. estimates', asOf: ['2022-08-31', '2023-05-31'] },
    ],
    events: [
      { t: 'Andriivka', n: 1, ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: 'Ukraine', asOf: ['2023-09-15'], note: '"Ukraine on Friday said it has liberated Andriivka, a village near the decimated eastern city of Bakhmut"' },
      { t: 'Andriivka', n: 2, ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: '"now it is confirmed that our troops captured Andriivka yesterday" (the owner retaking it)' },
      { t: 'Klishchiivka', ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: 'Ukrainian military', asOf: ['2023-09-15'], note: '"its troops also had some success in pushing Moscow’s forces back from Klishchiivka"' },
      { t: 'Bakhmut', n: 4, ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-05-21', '2023-05-31'], note: '"It took nine months for Russian forces to capture Bakhmut and the area around it at the end of May"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-09-14',
    url: 'https://www.wionews.com/world/ukraine-aims-to-free-all-russian-occupied-areas-after-recapturing-8000-sq-km-515931',
    notes: 'Stored copy on WION, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store (""And that is what they fear most, that we take Lyman and then a"), removed. The date is the page\'s (14 September 2022; "a Tuesday evening address" is 13 September). Claims: "around 8,000 square km (3,100 square miles) have been liberated by Ukrainian forces so far this month" (area-retaken, UA, Zelensky, 1–13 September 2022; the miles are the same figure converted, not a claim of their own); "Russian forces still control about a fifth of Ukraine" (area-held, RU, 20 %, the outlet, dated the report). Not claims: "about half of that territory" (stabilisation, not control), "dozens of towns" (no number). Events: Arestovych\'s "There is now an assault on Lyman" (fighting, UA, the side attacking). No event: "there could be an advance on Siversk" and "a fight expected in the town of Svatovo" (prospects), "Moscow abandoned its main bastion in the northeast" (no name), "Russian forces have left defensive positions, particularly in and around Kharkiv" (judgement call: Kharkiv read as the region the article names in its first paragraph, "the northeastern region of Kharkiv"; the city was never held; a region carries no event). Counted: "Greek island of Crete" (a Greek region, no sourced point), Moscow and Kyiv (the governments), "the eastern province of Luhansk" and "Donetsk" beside it (the oblasts), the Donbas. Skipped: US in "US President Joe Biden" and in "a US spokesperson" (a country inside an official\'s title or office, judgement call for the second). Traps: the persons, Reuters, YouTube.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kharkiv', all: true, ref: 'kharkivOblast' },
      { t: 'Crete', ref: 'crete' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Luhansk', ref: 'luhanskOblast' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Lyman', ref: 'lyman' },
      { t: 'Siversk', ref: 'siversk' },
      { t: 'Svatovo', ref: 'svatove' },
    ],
    traps: [
      { t: 'Volodymyr Zelensky', why: 'person' },
      { t: 'Zelensky', n: 2, why: 'person' },
      { t: 'Zelensky', n: 3, why: 'person' },
      { t: 'Reuters', why: 'a news agency' },
      { t: 'Joe Biden', why: 'person' },
      { t: 'Biden', n: 2, why: 'person' },
      { t: 'Biden', n: 3, why: 'person' },
      { t: 'Oleksiy Arestovych', why: 'person' },
      { t: 'Arestovych', n: 2, why: 'person' },
      { t: 'YouTube', why: 'a video site' },
    ],
    skipped: [
      { t: 'US', n: 1, why: TITLE + ' ("US President Joe Biden")' },
      { t: 'US', n: 2, why: TITLE + ' ("a US spokesperson", judgement call)' },
    ],
    claims: [
      { t: 'around 8,000 square km', kind: 'area-retaken', value: 8000, unit: 'km2', holder: 'UA', claimant: ZELENSKY, asOf: ['2022-09-01', '2022-09-13'], note: '"In a Tuesday evening address, President Volodymyr Zelensky said around 8,000 square km (3,100 square miles) have been liberated by Ukrainian forces so far this month"' },
      { t: 'about a fifth of Ukraine', kind: 'area-held', value: 20, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2022-09-14'], note: '"Russian forces still control about a fifth of Ukraine in the south and east"' },
    ],
    events: [
      { t: 'Lyman', ref: 'lyman', action: 'fighting', actor: 'UA', claimant: 'Oleksiy Arestovych', asOf: ['2022-09-14'], note: '"There is now an assault on Lyman and there could be an advance on Siversk," Arestovych said' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2022-05-10',
    url: 'https://www.anews.com.tr/world/2022/05/10/moscow-russian-forces-reach-border-of-luhansk-region',
    notes: 'Stored copy on A News, its headline and body as the store gives them (with its blank lines); the rubric words before the headline ("News World") removed. The date is the page\'s (10 May 2022, a Tuesday: "said on Tuesday"). Events: Popasna "had now been “cleared” of Ukrainian forces" (cleared, RU, Konashenkov; as fresh61 reads the same ministry\'s clearing of Popasna); "The Ukrainian soldiers had to withdraw from Popasna" (withdrew, UA, Haidai, dated the report). Not denied: Haidai\'s "fantasy" answers the advance to the Luhansk region\'s borders (a region: no event), and he confirms the withdrawal from Popasna. Counted: Moscow in the headline (the government) and in "the Defence Ministry in Moscow" (the city), "Russia has previously declared" (the country). Skipped: Luhansk in "Luhansk Governor Serhiy Haidai" (an official\'s title). Traps: the persons, the Kremlin (the government by its seat). No claim ("Nearly 11 weeks" is the war\'s age).',
    places: [
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Luhansk region', all: true, ref: 'luhanskOblast' },
      { t: 'Popasna', all: true, ref: 'popasna' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [
      { t: 'Igor Konashenkov', why: 'person' },
      { t: 'Kremlin', why: 'the government named by its seat' },
      { t: 'Serhiy Haidai', why: 'person' },
    ],
    skipped: [{ t: 'Luhansk', n: 4, why: OBLAST_TITLE + ' ("Luhansk Governor Serhiy Haidai")' }],
    events: [
      { t: 'Popasna', n: 1, ref: 'popasna', action: 'cleared', actor: 'RU', claimant: 'Igor Konashenkov', asOf: ['2022-05-10'], note: '"the small town of Popasna ... had now been "cleared" of Ukrainian forces, spokesman Igor Konashenkov said on Tuesday"' },
      { t: 'Popasna', n: 2, ref: 'popasna', action: 'withdrew', actor: 'UA', claimant: HAIDAI, asOf: ['2022-05-10'], note: '"The Ukrainian soldiers had to withdraw from Popasna, but the Russians had by no means broken through the defences"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2022-06-24',
    url: 'https://bykvu.com/eng/bukvy/ukrainian-forces-received-the-order-to-leave-severodonetsk-region-governor/',
    notes: 'Stored copy on Bukvy (English edition), its body as the store gives it, complete (no headline: the manifest\'s title is made from the URL slug). The date is the page\'s (24 June 2022). Events: "the Ukrainian military received the order to leave the town of Severodonetsk" and "the Ukrainian troops are leaving Severodonetsk" (withdrew, UA, Haidai); on the first span also "which they had been defending in fierce fighting for the last several weeks" (fighting, RU, the attacker, dated the report); "Russian attempts to attack Lysychansk" (fighting, RU). No event: "the Russian occupiers had practically demolished Severodonetsk" (destruction, not control). Not a claim: "80% of residential buildings have been destroyed" (damage). Skipped: "Luhansk region" in "Luhansk region governor Serhii Haidai" (an official\'s title). Traps: the person.',
    places: [
      { t: 'Severodonetsk', all: true, ref: 'sievierodonetsk' },
      { t: 'Lysychansk', ref: 'lysychansk' },
    ],
    traps: [{ t: 'Serhii Haidai', why: 'person' }],
    skipped: [{ t: 'Luhansk region', why: OBLAST_TITLE + ' ("Luhansk region governor Serhii Haidai")' }],
    events: [
      { t: 'Severodonetsk', n: 1, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: 'Serhii Haidai', asOf: ['2022-06-24'], note: '"the Ukrainian military received the order to leave the town of Severodonetsk"' },
      { t: 'Severodonetsk', n: 1, ref: 'sievierodonetsk', action: 'fighting', actor: 'RU', claimant: 'Serhii Haidai', asOf: ['2022-06-24'], note: '"which they had been defending in fierce fighting for the last several weeks" (the attacker)' },
      { t: 'Severodonetsk', n: 2, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: 'Serhii Haidai', asOf: ['2022-06-24'], note: '"the Ukrainian troops are leaving Severodonetsk to take new stronger positions"' },
      { t: 'Lysychansk', ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: 'Serhii Haidai', asOf: ['2022-06-24'], note: '"The governor also stated Russian attempts to attack Lysychansk"' },
    ],
  },
];
