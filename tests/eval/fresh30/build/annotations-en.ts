// Hand annotations, English articles of tests/eval/fresh30. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MINISTRY = 'the Russian defence ministry';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-06-25',
    url: 'https://presstv.ir/Detail/2022/06/25/684521/Ukrainian-troops-Sievierodonetsk',
    notes: 'Stored copy of a Press TV news item, its body complete as the store gives it (no headline: the manifest title is made from the URL slug). The date is the URL\'s (25 June 2022, a Saturday: "on Saturday"). Events: Ukrainian troops have "almost left" Sievierodonetsk (withdrew, UA, the mayor: a side\'s own withdrawal told by its speaker, "Unfortunately, they have almost left the city"); "Ukraine was set to withdraw its troops from Sievierodonetsk" (withdrew, UA, the regional authorities, a day before: an order to withdraw, as the dev set gives orders); Kadyrov\'s "Sievierodonetsk’s industrial zone and airport had been “fully liberated”" (captured, RU: the owner rule; part of the city, `part: true`); "Russian forces are advancing on the twin city of Lysychansk" (fighting, RU, as fresh28 gives "advancing on Siversk"). "The capture of Sievierodonetsk would bring Russia to full control of Lugansk" and "After taking control of Lugansk" are conjectures about a region (no event); "they have almost left the city" names no settlement. Lugansk (four times, once as "the Lugansk region") and Donetsk ("the breakaway Lugansk and Donetsk") are the regions; "Russia’s Chechnya region" names the country and the region; Kiev and Moscow (twice) the governments by their capitals. Traps: Oleksandr Stryuk, Ramzan Kadyrov, Sergiy Gaiday, Gaiday, Vladimir Putin. No claims.',
    places: [
      { t: 'Sievierodonetsk', all: true, ref: 'sievierodonetsk' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Chechnya region', ref: 'chechnya' },
      { t: 'Lugansk', n: 1, ref: 'luhanskOblast' },
      { t: 'Lugansk region', ref: 'luhanskOblast' },
      { t: 'Lugansk', n: 3, ref: 'luhanskOblast' },
      { t: 'Lugansk', n: 4, ref: 'luhanskOblast' },
      { t: 'Lysychansk', ref: 'lysychansk' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Kiev', ref: 'kyiv' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'United States', ref: 'usa' },
    ],
    traps: [
      { t: 'Oleksandr Stryuk', why: 'person' },
      { t: 'Ramzan Kadyrov', why: 'person' },
      { t: 'Sergiy Gaiday', why: 'person' },
      { t: 'Gaiday', n: 2, why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    events: [
      { t: 'Sievierodonetsk', n: 1, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: 'Oleksandr Stryuk', asOf: ['2022-06-25'], note: '"Ukrainian troops have “almost left” the heavily contested eastern city of Sievierodonetsk"' },
      { t: 'Sievierodonetsk', n: 2, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: 'regional authorities', asOf: ['2022-06-24'], note: '"regional authorities said Ukraine was set to withdraw its troops from Sievierodonetsk"' },
      { t: 'Sievierodonetsk', n: 3, ref: 'sievierodonetsk', action: 'captured', actor: 'RU', claimant: 'Ramzan Kadyrov', part: true, asOf: ['2022-06-25'], note: '"Sievierodonetsk’s industrial zone and airport had been “fully liberated.”"' },
      { t: 'Lysychansk', ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: 'Sergiy Gaiday', asOf: ['2022-06-25'], note: '"Russian forces are advancing on the twin city of Lysychansk"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-11-11',
    url: 'https://www.hastingstribune.com/zelenskyy-says-ukrainian-special-military-units-in-kherson/article_07013898-6235-11ed-88cf-bff8ba3cc55c.html',
    notes: 'Stored copy of an AP report as the Hastings Tribune gives it, its dateline and body as the store gives them; the index\'s date prefix and the share counters at the end ("0" five times) removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (11 November 2022, a Friday: "said Friday"). Events: "special military units have entered Kherson" (entered, UA, Zelenskyy); the relative clause "Kherson, a major regional capital that Russian forces had captured early in the war" (captured, RU: a second reading of the same span, early in the war). "Russia\'s withdrawal", "completed withdrawing troops from the strategically key city" and "special units are already in the city" name no settlement (no event). "MYKOLAIV, Ukraine" is the dateline (the city and the country); "Ukraine\'s president" an official title (skipped); Russia (twice) and Moscow name the country and its government. Traps: Volodymyr Zelenskyy. No claims.',
    places: [
      { t: 'MYKOLAIV', ref: 'mykolaiv' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Kherson', ref: 'kherson' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Moscow', ref: 'moscow' },
    ],
    traps: [{ t: 'Volodymyr Zelenskyy', why: 'person' }],
    skipped: [{ t: 'Ukraine', n: 2, why: OFFICIAL + ' ("Ukraine\'s president")' }],
    events: [
      { t: 'Kherson', ref: 'kherson', action: 'entered', actor: 'UA', claimant: 'Volodymyr Zelenskyy', asOf: ['2022-11-11'], note: '"Ukraine\'s president said Friday that special military units have entered Kherson"' },
      { t: 'Kherson', ref: 'kherson', action: 'captured', actor: 'RU', asOf: ['2022-02-24', '2022-03-31'], note: '"Kherson, a major regional capital that Russian forces had captured early in the war"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-03-13',
    url: 'https://en.mehrnews.com/news/229563/Russian-forces-liberate-largest-Ukrainian-held-town-in-Kursk',
    notes: 'Stored copy of a Mehr News Agency (English) news item, its body as the store gives it from its second sentence (the store\'s excerpt begins there) with its "MNA" sign-off; the index\'s date prefix removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (13 March 2025, a Thursday: "on Thursday"; "On Tuesday" is 11 March). Events: "The nearby settlements of Melovoy and Podol have also been liberated" (liberated, RU: the owner rule, Russian villages retaken; the defence ministry); "the Russian military has made rapid gains near Sudzha" over the last week (fighting, RU). "a Ukrainian retreat emerged from the town" and the flag "in the town’s main square" name no settlement (no event). Claims: "more than 340 servicemen" lost in the last 24 hours (count, casualties, the Ukrainian side); "the liberation of 12 villages in the Kursk Region" announced on Tuesday (count, settlements, the Russian side); "Kiev’s losses in the eight months since the launch of its incursion total over 67,100 servicemen" (count, casualties, the Ukrainian side, 6 August 2024 to the report: Kursk figures). Kursk Region (three times) is the oblast; Moscow (four times) and Kiev (three times) the governments by their capitals; "US-supplied" names the country. Traps: Russia Today (a broadcaster), Telegram, MNA (the agency\'s sign-off). Not claims: "some 35,000 troops" (a force, not a loss), "9km", "some 5,000" (a population), tanks and vehicles.',
    places: [
      { t: 'Melovoy', ref: 'melovoy' },
      { t: 'Podol', ref: 'podol' },
      { t: 'Kursk Region', all: true, ref: 'kurskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Kiev', all: true, ref: 'kyiv' },
      { t: 'Sudzha', ref: 'sudzha' },
      { t: 'US', ref: 'usa' },
    ],
    traps: [
      { t: 'Russia Today', why: 'a broadcaster' },
      { t: 'Telegram', why: 'a messaging app' },
      { t: 'MNA', why: 'a news agency\'s sign-off' },
    ],
    claims: [
      { t: '340 servicemen', kind: 'count', value: 340, unit: 'casualties', holder: 'UA', claimant: MINISTRY, asOf: ['2025-03-12', '2025-03-13'], note: '"In the last 24 hours the Ukrainian forces fighting in Kursk Region have lost more than 340 servicemen"' },
      { t: '12 villages', kind: 'count', value: 12, unit: 'settlements', holder: 'RU', claimant: MINISTRY, asOf: ['2025-03-11'], note: '"On Tuesday, the Defense Ministry in Moscow announced the liberation of 12 villages in the Kursk Region"' },
      { t: '67,100 servicemen', kind: 'count', value: 67100, unit: 'casualties', holder: 'UA', claimant: MINISTRY, asOf: ['2024-08-06', '2025-03-13'], note: '"Kiev’s losses in the eight months since the launch of its incursion total over 67,100 servicemen killed or injured"' },
    ],
    events: [
      { t: 'Melovoy', ref: 'melovoy', action: 'liberated', actor: 'RU', claimant: MINISTRY, asOf: ['2025-03-13'], note: '"The nearby settlements of Melovoy and Podol have also been liberated, the ministry said"' },
      { t: 'Podol', ref: 'podol', action: 'liberated', actor: 'RU', claimant: MINISTRY, asOf: ['2025-03-13'], note: '"The nearby settlements of Melovoy and Podol have also been liberated"' },
      { t: 'Sudzha', ref: 'sudzha', action: 'fighting', actor: 'RU', asOf: ['2025-03-06', '2025-03-13'], note: '"Over the last week the Russian military has made rapid gains near Sudzha"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2024-10-03',
    url: 'https://www.millenniumpost.in/world/ukraines-military-will-pull-out-of-vuhledar-in-east-after-2-years-of-intense-fighting-581870',
    notes: 'Stored copy of a Millennium Post (PTI after AP) news item, its dateline and body as the store gives them, with the store\'s line breaks inside sentences; the index\'s date prefix removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (3 October 2024); "said Wednesday" is 2 October. Events: "Ukrainian forces are withdrawing from the front-line town of Vuhledar" (withdrew, UA, military officials: a side\'s own withdrawal told by its speaker); the apposition between the place and its verb, "Vuhledar, a town Ukrainian forces fought tooth and nail to keep, is the latest urban settlement to fall to the Russians" (captured, RU); the Khortytsia formation "was withdrawing troops from Vuhledar" (withdrew, UA). "to take control of the city" and "a threat of encircling the city" name no settlement. "Kyiv:" is the dateline, "saw Kyiv cede" the government by its capital; "eastern Ukraine" the country; "Ukraine’s Khortytsia ground forces formation" and "the Armed Forces of Ukraine" official bodies (skipped); "eastern regions including Donetsk" the oblast. Traps: Khortytsia (a grouping of forces named after an island), Telegram. Not a claim: "several thousand square kilometres" (no figure).',
    places: [
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Vuhledar', all: true, ref: 'vuhledar' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Donetsk', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Khortytsia', why: 'a grouping of forces named after an island' },
      { t: 'Telegram', why: 'a messaging app' },
    ],
    skipped: [
      { t: 'Ukraine', n: 2, why: OFFICIAL + ' ("Ukraine’s Khortytsia ground forces formation")' },
      { t: 'Ukraine', n: 3, why: OFFICIAL + ' ("the Armed Forces of Ukraine")' },
    ],
    events: [
      { t: 'Vuhledar', n: 1, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: 'Ukrainian military officials', asOf: ['2024-10-02'], note: '"Ukrainian forces are withdrawing from the front-line town of Vuhledar"' },
      { t: 'Vuhledar', n: 2, ref: 'vuhledar', action: 'captured', actor: 'RU', asOf: ['2024-10-01', '2024-10-02'], note: '"Vuhledar, a town Ukrainian forces fought tooth and nail to keep, is the latest urban settlement to fall to the Russians"' },
      { t: 'Vuhledar', n: 3, ref: 'vuhledar', action: 'withdrew', actor: 'UA', claimant: 'the Khortytsia ground forces formation', asOf: ['2024-10-02'], note: '"it was withdrawing troops from Vuhledar"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2026-02-06',
    url: 'https://sputnikglobe.com/20260206/captured-ukrainian-soldier-says-troops-withdrew-from-dimitrov-without-order-1123599358.html',
    notes: 'Stored copy of a Sputnik Globe news item, its headline, dateline and body as the store gives them; the index\'s date prefix, the rubric and series blurb before the headline ("International", "Russia\'s Special Operation in Ukraine" and its one-paragraph description) and the time stamp after it ("12:31 GMT 06.02.2026") removed. The date is the URL\'s and the index date (6 February 2026). Events: the headline\'s "Troops Withdrew From Dimitrov Without Order" and "Ukrainian soldiers retreated from the town of Dimitrov" (withdrew, UA, the captured serviceman Roman Sidliar, before the liberation reported on 27 December 2025); "Remnants of armed units were withdrawing from Myrnohrad ... but we did not have permission" (withdrew, UA: a side\'s own withdrawal told by its speaker; Dimitrov and Myrnohrad are the old and new names of one town); the commanders "reported ... on the liberation of Dimitrov on December 27, 2025" (captured, RU: the owner rule). "DONETSK" is the dateline. Traps: Sputnik (twice, an agency), Roman Sidliar, Tsentr and Vostok (groupings of forces), Vladimir Putin. No claims.',
    places: [
      { t: 'Dimitrov', all: true, ref: 'myrnohrad' },
      { t: 'DONETSK', ref: 'donetsk' },
      { t: 'Myrnohrad', ref: 'myrnohrad' },
    ],
    traps: [
      { t: 'Sputnik', all: true, why: 'a news agency' },
      { t: 'Roman Sidliar', why: 'person' },
      { t: 'Tsentr', why: 'a grouping of forces' },
      { t: 'Vostok', why: 'a grouping of forces' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    events: [
      { t: 'Dimitrov', n: 1, ref: 'myrnohrad', action: 'withdrew', actor: 'UA', claimant: 'Roman Sidliar', asOf: ['2025-12-01', '2025-12-27'], note: 'the headline: "Captured Ukrainian Soldier Says Troops Withdrew From Dimitrov Without Order"' },
      { t: 'Dimitrov', n: 2, ref: 'myrnohrad', action: 'withdrew', actor: 'UA', claimant: 'Roman Sidliar', asOf: ['2025-12-01', '2025-12-27'], note: '"Ukrainian soldiers retreated from the town of Dimitrov without receiving orders to do so"' },
      { t: 'Myrnohrad', ref: 'myrnohrad', action: 'withdrew', actor: 'UA', claimant: 'Roman Sidliar', asOf: ['2025-12-01', '2025-12-27'], note: '"Remnants of armed units were withdrawing from Myrnohrad ... but we did not have permission for evacuation"' },
      { t: 'Dimitrov', n: 3, ref: 'myrnohrad', action: 'captured', actor: 'RU', claimant: 'the commanders of Battlegroup Tsentr and Vostok', asOf: ['2025-12-27'], note: '"reported to Russian President Vladimir Putin on the liberation of Dimitrov on December 27, 2025"' },
    ],
  },
];
