// Hand annotations, English articles of tests/eval/fresh67. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const FRONT = 'a front sector named after a town';
const BUTUSOV = 'Yurii Butusov';
const MALIAR = 'Hanna Maliar';
const PRIGOZHIN = 'Yevgeny Prigozhin';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-06-24',
    url: 'https://m.censor.net/en/news/3349894/at_night_ukrainian_divisions_left_part_of_industrial_zone_of_severodonetsk_in_organized_way_butusov',
    notes: 'Stored copy of the mobile page of Censor.NET\'s English edition, its lead line and body as the store gives them; the index\'s date prefix and the closing related-video link ("Watch more: Defenders of Severodonetsk received command to depart from city on new, more strengthened positions, - Haidai. VIDEO") removed. The store gives no separate headline (the manifest\'s title is made from the URL slug). The date is the index date (24 June 2022; "Tonight", "this morning"). Events: "Ukrainian units leave Severodonetsk" and Butusov\'s "We left Severodonetsk" (withdrew, UA); "Ukrainian units left part of the Severodonetsk industrial zone" (withdrew, UA, part: an industrial zone of the city, judgement call on `part`); Haidai\'s "defenders of Severodonetsk received the command to leave the city" (withdrew, UA: the ordered withdrawal the article reports as carried out). Not events: "fought with dignity for the city" (no name in the clause), "We will definitely be back" (a prospect). Counted: "Luhansk region" in the lead. Skipped: "Luhansk" in "the head of the Luhansk regional military administration" (an official\'s title, as sets skip ДНР in "глава ДНР"). Traps: Censor.NET (an outlet), the persons. No claim.',
    places: [
      { t: 'Severodonetsk', all: true, ref: 'sievierodonetsk' },
      { t: 'Luhansk region', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Censor.NET', why: 'an outlet' },
      { t: 'Yurii Butusov', why: 'person' },
      { t: 'Butusov', ctx: 'Butusov added', why: 'person' },
      { t: 'Sergey Haidai', why: 'person' },
    ],
    skipped: [{ t: 'Luhansk', ctx: 'the Luhansk regional', why: 'a region inside an official\'s title ("the head of the Luhansk regional military administration")' }],
    events: [
      { t: 'Severodonetsk', n: 1, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: BUTUSOV, asOf: ['2022-06-24'], note: 'lead: "Ukrainian units leave Severodonetsk, Luhansk region"' },
      { t: 'Severodonetsk', n: 2, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: BUTUSOV, asOf: ['2022-06-24'], note: '"We left Severodonetsk."' },
      { t: 'Severodonetsk', n: 3, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: BUTUSOV, part: true, asOf: ['2022-06-23', '2022-06-24'], note: '"Tonight, Ukrainian units left part of the Severodonetsk industrial zone in an organized manner"' },
      { t: 'Severodonetsk', n: 4, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: 'Sergey Haidai', asOf: ['2022-06-24'], note: '"defenders of Severodonetsk received the command to leave the city on new fortified positions"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-05-20',
    url: 'https://pledgetimes.com/russia-announces-the-end-of-the-factory-of-horror-story/',
    notes: 'Stored copy on Pledge Times, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed. The date is the index date (20 May 2022; "Today, May 20"). Events: "a nearly three-month siege that has reduced most of Mariupol to rubble" (fighting, RU: the besieging side; judgement call: the text tells the end of the siege with the plant\'s surrender but not the city\'s capture, as an earlier set read "the last centre of Ukrainian resistance in Mariupol"). The Azovstal plant is a steel works, not a settlement (a trap): its "complete liberation" carries no settlement event. Counted: Kyiv and Moscow (the governments). Traps: Azovstal, Azov twice (unit names), the persons. Not claims: the 2,439 and 531 who surrendered (prisoners, no claim unit) and the 20,000 people feared dead (people, not troops).',
    places: [
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Mariupol', ref: 'mariupol' },
    ],
    traps: [
      { t: 'Sergei Shoigu', why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Azovstal', why: 'a steel plant, not a settlement' },
      { t: 'Igor Konashenkov', why: 'person' },
      { t: 'Azov', all: true, why: 'a unit name ("Azov battalion", "Azov Brigade")' },
    ],
    events: [
      { t: 'Mariupol', ref: 'mariupol', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-05-20'], note: '"This marks the end of a nearly three-month siege that has reduced most of Mariupol to rubble" (judgement call)' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-05-20',
    url: 'https://www.theepochtimes.com/russias-prigozhin-claims-capture-of-bakhmut-ukraine-claims-fighting-goes-on_5280004.html',
    notes: 'Stored copy on The Epoch Times (after Reuters), its headline and body as the store gives them; the headline\'s repetition, the photo caption with its credit ("Yevgeny Prigozhin makes a statement ... (Press service of \\"Concord\\"/Handout via Reuters)") and the byline and date lines ("Reuters 5/20/2023 Updated: 5/20/2023") removed. The date is the page\'s (20 May 2023, a Saturday: "on Saturday"). Events: Prigozhin\'s claim in the headline, "completed the capture of Bakhmut" and "Bakhmut was completely taken" (captured, RU, denied: "Ukraine rejected the claim", Cherevatyi\'s "This is not true"); Cherevatyi\'s "Our units are fighting in Bakhmut" (fighting, RU: the attacking side, as an earlier set reads a defender\'s "наші воїни завдають ... втрат" in a village under attack; judgement call) and "the focus of the longest and bloodiest battle" (fighting, RU). Not events: "his forces would withdraw from Bakhmut from May 25" (a future handover), "fierce fighting around the city" (no name). Counted: Russia in the headline\'s "Russia’s Prigozhin", Ukraine five times (the country and its government), Japan. Skipped: "U.S." in "U.S. President Joe Biden" (a country inside an official\'s title). Traps: Wagner twice, Reuters, the persons. No claim.',
    places: [
      { t: 'Russia', ref: 'russia' },
      { t: 'Bakhmut', all: true, ref: 'bakhmut' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Japan', ref: 'japan' },
    ],
    traps: [
      { t: 'Prigozhin', n: 1, why: 'person' },
      { t: 'Yevgeny Prigozhin', why: 'person' },
      { t: 'Wagner', all: true, why: 'a mercenary group' },
      { t: 'Prigozhin', n: 3, why: 'person' },
      { t: 'Prigozhin', n: 4, why: 'person' },
      { t: 'Serhiy Cherevatyi', why: 'person' },
      { t: 'Reuters', why: 'a news agency' },
      { t: 'Prigozhin', n: 5, why: 'person' },
      { t: 'Prigozhin', n: 6, why: 'person' },
      { t: 'Volodymyr Zelenskyy', why: 'person' },
      { t: 'Joe Biden', why: 'person' },
    ],
    skipped: [{ t: 'U.S.', why: TITLE + ' ("U.S. President Joe Biden")' }],
    events: [
      { t: 'Bakhmut', n: 1, ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, denied: true, asOf: ['2023-05-20'], note: 'headline: "Russia’s Prigozhin Claims Capture of Bakhmut, Ukraine Claims Fighting Goes On"' },
      { t: 'Bakhmut', n: 2, ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, denied: true, asOf: ['2023-05-20'], note: '"his Wagner fighters had completed the capture of Bakhmut, but Ukraine rejected the claim"' },
      { t: 'Bakhmut', n: 3, ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, denied: true, asOf: ['2023-05-20'], note: '"Today, at 12 noon, Bakhmut was completely taken" ("This is not true")' },
      { t: 'Bakhmut', n: 4, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: 'Serhiy Cherevatyi', asOf: ['2023-05-20'], note: '"This is not true. Our units are fighting in Bakhmut." (judgement call on the actor)' },
      { t: 'Bakhmut', n: 5, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-05-20'], note: '"Bakhmut has been the focus of the longest and bloodiest battle"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2023-09-14',
    url: 'https://news.yahoo.com/ukrainian-forces-liberate-andriivka-bakhmut-130507101.html',
    notes: 'Stored copy on Yahoo News, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug; the Source/Quote/Details/Background layout is Ukrainska Pravda\'s English one, not named on the page); the index\'s date prefix and a map caption ("Liberated Andriivka circled in red") removed. The date is the index date (14 September 2023). Events: "have liberated the settlement of Andriivka" and Maliar\'s "Andriivka is now ours" (liberated, UA); "Most fighting is ongoing near the settlements of Andriivka, Kurdiumivka and Klishchiivka" (fighting, UA: the attacking side on the southern flank); "had some success near Klishchiivka and Andriivka" on 11 September (fighting, UA). Skipped: Bakhmut in "the Bakhmut front" three times (a front sector named after a town, as earlier sets skip it); Ukraine in "The Defence Forces of Ukraine" and "Ukraine’s Armed Forces" (bodies) and in "Deputy Minister of Defence of Ukraine" (an official\'s title). Traps: Telegram, the persons. Claim: "two square kilometres" liberated "on this front" last week (area-retaken, UA, Maliar, the week before 11 September).',
    places: [
      { t: 'Andriivka', all: true, ref: 'andriivka' },
      { t: 'Kurdiumivka', ref: 'kurdiumivka' },
      { t: 'Klishchiivka', all: true, ref: 'klishchiivka' },
    ],
    traps: [
      { t: 'Hanna Maliar', why: 'person' },
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'Maliar', ctx: 'According to Maliar', why: 'person' },
      { t: 'Maliar', ctx: 'September, Maliar reported', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', n: 1, why: BODY + ' ("The Defence Forces of Ukraine")' },
      { t: 'Bakhmut', all: true, why: FRONT + ' ("the Bakhmut front")' },
      { t: 'Ukraine', n: 2, why: TITLE + ' ("Deputy Minister of Defence of Ukraine")' },
      { t: 'Ukraine', n: 3, why: BODY + ' ("Ukraine’s Armed Forces")' },
    ],
    claims: [
      { t: 'two square kilometres', kind: 'area-retaken', value: 2, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-09-04', '2023-09-10'], note: '"Ukrainian forces on this front managed to liberate two square kilometres last week" (reported on 11 September)' },
    ],
    events: [
      { t: 'Andriivka', n: 1, ref: 'andriivka', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: '"have liberated the settlement of Andriivka on the Bakhmut front"' },
      { t: 'Andriivka', n: 2, ref: 'andriivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: '"Most fighting is ongoing near the settlements of Andriivka, Kurdiumivka and Klishchiivka"' },
      { t: 'Kurdiumivka', ref: 'kurdiumivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'] },
      { t: 'Klishchiivka', n: 1, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'] },
      { t: 'Andriivka', n: 3, ref: 'andriivka', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-14'], note: '"Andriivka is now ours."' },
      { t: 'Klishchiivka', n: 2, ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-11'], note: '"On 11 September, Maliar reported that Ukraine’s Armed Forces had some success near Klishchiivka and Andriivka"' },
      { t: 'Andriivka', n: 4, ref: 'andriivka', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-11'] },
    ],
  },
];
