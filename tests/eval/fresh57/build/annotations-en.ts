// Hand annotations, English articles of tests/eval/fresh57. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const PRIGOZHIN = 'Yevgeny Prigozhin';
const PUSHILIN = 'Denis Pushilin';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2023-02-12',
    url: 'https://www.independent.co.uk/news/world/europe/ukraine-news-russia-war-nuclear-wagner-fighter-jets-b2280662.html',
    notes: 'Stored copy on The Independent (a live-blog entry), its text as the store gives it; the video widget line ("✕ Close Zelensky hugs BBC Ukraine reporter during press conference") removed (no headline: the manifest\'s title is made from the entry\'s first sentence). The date is the index\'s (Sunday 12 February 2023). Events: Krasna Hora "taken" by Wagner by Prigozhin\'s claim, twice (captured, RU; "could not immediately be independently verified": unverified, not denied); Bakhmut "has seen intense fighting in recent months" (fighting, RU, the attacker, dated to the report); Ukraine "continues to hold Bakhmut" (controls, UA, Zaluzhnyi, on Saturday). Not events: Bakhmut named to locate the village, "must capture Bakhmut" (an aim), the two regions (oblasts, an aim). Kyiv is the government by its capital ("Kyiv’s top military commander"), Moscow likewise. Traps: Wagner, Prigozhin, Zaluzhnyi.',
    places: [
      { t: 'Bakhmut', all: true, ref: 'bakhmut' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk Oblast', ref: 'donetskOblast' },
      { t: 'Krasna Hora', all: true, ref: 'krasnaHora' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Moscow', ref: 'moscow' },
    ],
    traps: [
      { t: 'Wagner', all: true, why: 'a mercenary group' },
      { t: 'Yevgeny Prigozhin', why: 'person' },
      { t: 'Prigozhin', n: 2, why: 'person' },
      { t: 'Prigozhin', n: 3, why: 'person' },
      { t: 'Valeriy Zaluzhnyi', why: 'person' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Krasna Hora', n: 1, ref: 'krasnaHora', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-12'], note: '"Yevgeny Prigozhin said his troops had taken the village of Krasna Hora"' },
      { t: 'Krasna Hora', n: 2, ref: 'krasnaHora', action: 'captured', actor: 'RU', claimant: PRIGOZHIN, asOf: ['2023-02-12'], note: '"Today the settlement of Krasna Hora was taken by the assault troops of the Wagner private military company"' },
      { t: 'Bakhmut', n: 2, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-02-12'], note: '"embattled Bakhmut, which has seen intense fighting in recent months" (dated to the report)' },
      { t: 'Bakhmut', n: 3, ref: 'bakhmut', action: 'controls', actor: 'UA', claimant: 'Valeriy Zaluzhnyi', asOf: ['2023-02-11'], note: '"said on Saturday that Ukraine continues to hold Bakhmut"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2023-03-02',
    url: 'https://meduza.io/en/feature/2023/03/02/russian-officials-say-ukrainian-saboteurs-have-crossed-into-the-country-s-bryansk-region-here-s-what-we-know',
    notes: 'Stored copy on Meduza (English edition), its headline and body as the store gives them (the store ends the text after the RIA Novosti sentence). The date is the URL\'s (Thursday 2 March 2023). Events: the "saboteurs" entered Liubechane by the governor\'s account (entered, UA; "not been verified": unverified, not denied); the two groups that "went to two villages ... Liubechane and Sushany" (entered, UA, the Telegram channel 112); security forces "working throughout the village of Sushany" (fighting, UA, the raiders being the attacker in a Russian village, as fresh56 read Demidovka). Not events: the region entered (an oblast), the hostages, the store. Claim: "40–50 “saboteurs”" (count, troops, UA; a range gold at its upper bound). Traps: Bogomaz, Meduza, Shot, Mash, Baza, TASS, RIA Novosti.',
    places: [
      { t: 'Bryansk region', all: true, ref: 'bryanskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Liubechane', all: true, ref: 'liubechane' },
      { t: 'Klimovsky District', ref: 'klimovskyDistrict' },
      { t: 'Sushany', all: true, ref: 'sushany' },
    ],
    traps: [
      { t: 'Alexander Bogomaz', why: 'person' },
      { t: 'Bogomaz', n: 2, why: 'person' },
      { t: 'Meduza', all: true, why: 'an outlet' },
      { t: 'Shot', why: 'a Telegram channel' },
      { t: 'Mash', why: 'a Telegram channel' },
      { t: 'Baza', all: true, why: 'a Telegram channel' },
      { t: 'TASS', all: true, why: 'a news agency' },
      { t: 'RIA Novosti', why: 'a news agency' },
    ],
    skipped: [],
    claims: [
      { t: '40–50', kind: 'count', value: 50, unit: 'troops', holder: 'UA', claimant: 'Mash and Baza', asOf: ['2023-03-02'], note: '"a total of 40–50 “saboteurs” entered the Bryansk region" (a range: its upper bound)' },
    ],
    events: [
      { t: 'Liubechane', n: 1, ref: 'liubechane', action: 'entered', actor: 'UA', claimant: 'Alexander Bogomaz', asOf: ['2023-03-02'], note: '"the “saboteurs” entered Liubechane, a village in the region’s Klimovsky District"' },
      { t: 'Liubechane', n: 2, ref: 'liubechane', action: 'entered', actor: 'UA', claimant: 'Telegram channel 112', asOf: ['2023-03-02'], note: '"divided into two groups that went to two villages ... Liubechane and Sushany"' },
      { t: 'Sushany', n: 1, ref: 'sushany', action: 'entered', actor: 'UA', claimant: 'Telegram channel 112', asOf: ['2023-03-02'] },
      { t: 'Sushany', n: 2, ref: 'sushany', action: 'fighting', actor: 'UA', claimant: 'regional authorities', asOf: ['2023-03-02'], note: '"Russian security forces are working throughout the village of Sushany"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2022-05-24',
    url: 'https://www.anews.com.tr/world/2022/05/24/russia-takes-control-of-svitlodarsk-seeking-to-capture-lyman',
    notes: 'Stored copy on A News (anews.com.tr), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last paragraph cut by the store ("Separately, the Ukra") removed. The date is the URL\'s (Tuesday 24 May 2022). Events: Svitlodarsk taken by the governor\'s account (captured, RU); Sievierodonetsk, "the focus of Russian attacks in recent days" (fighting, RU, the week before the report; added after the first run); Lyman "already captured half of it" (captured, RU, part) and "fighting to take full control of the town of Lyman" on the same span (fighting, RU; added after the first run); "The active phase of the liberation of Krasny Liman is underway" (fighting, RU: an operation named by its aim, under way). Not events: "its forces had taken control of the town" and "entered the town and controlled around half of it" (no place span), Svitlodarsk\'s and Lyman\'s locations, Krasny Liman as the old name, "will also soon be a liberated settlement" and Svyatogorsk and Slavyansk "afterwards" (prospects). Old and Russian names: Krasny Liman (Lyman), Svyatogorsk and Svyatogirsk (Sviatohirsk), Slavyansk (Sloviansk). The Donetsk People\'s Republic is Donetsk Oblast. "Moscow-backed" and "pro-Kremlin" are skipped (compound adjectives). Claims: "three Donetsk region towns" (count, settlements, RU, Kyrylenko); "half of it" and "around half of it" of Lyman (area-held, 50 %, RU, Pushilin; a share held restated); "28 settlements" (count, settlements, RU, Pushilin, dated to the report). Traps: Kyrylenko, Radio Free Europe/Radio Liberty, Pushilin, Solovyov Live.',
    places: [
      { t: 'Donetsk region', ctx: 'three Donetsk region towns', ref: 'donetskOblast' },
      { t: 'Svitlodarsk', all: true, ref: 'svitlodarsk' },
      { t: "Donetsk People's Republic", ref: 'donetskOblast' },
      { t: 'Sievierodonetsk', ref: 'sievierodonetsk' },
      { t: 'Donetsk', ctx: 'separatist region of Donetsk said', ref: 'donetskOblast' },
      { t: 'Lyman', all: true, ref: 'lyman' },
      { t: 'Krasny Liman', all: true, ref: 'lyman' },
      { t: 'Donetsk region', ctx: 'eastern Donetsk region', ref: 'donetskOblast' },
      { t: 'Sloviansk', all: true, ref: 'sloviansk' },
      { t: 'Kramatorsk', ref: 'kramatorsk' },
      { t: 'Donetsk', ctx: 'part of the region of Donetsk', ref: 'donetskOblast' },
      { t: 'Svyatogorsk', all: true, ref: 'sviatohirsk' },
      { t: 'Slavyansk', all: true, ref: 'sloviansk' },
      { t: 'Donetsk', ctx: 'north of the region of Donetsk', ref: 'donetskOblast' },
      { t: 'Svyatogirsk', ref: 'sviatohirsk' },
      { t: 'Donetsk', ctx: 'also located in the region of Donetsk', ref: 'donetskOblast' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Donbas region', ref: 'donbas' },
    ],
    traps: [
      { t: 'Pavlo Kyrylenko', why: 'person' },
      { t: 'Radio Free Europe', why: 'a broadcaster' },
      { t: 'Denis Pushilin', why: 'person' },
      { t: 'Pushilin', n: 2, why: 'person' },
      { t: 'Pushilin', n: 3, why: 'person' },
      { t: 'Solovyov Live', why: 'a programme' },
    ],
    skipped: [
      { t: 'Moscow', why: 'a capital inside a compound adjective ("Moscow-backed")' },
      { t: 'Kremlin', why: 'the government by its seat inside a compound adjective ("pro-Kremlin")' },
    ],
    claims: [
      { t: 'three Donetsk region towns', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Pavlo Kyrylenko', asOf: ['2022-05-24'], note: '"Russian forces have taken control of three Donetsk region towns including Svitlodarsk"' },
      { t: 'half', n: 1, kind: 'area-held', value: 50, unit: 'percent', holder: 'RU', claimant: PUSHILIN, asOf: ['2022-05-24'], note: '"have already captured half of it" (Lyman)' },
      { t: 'around half', kind: 'area-held', value: 50, unit: 'percent', holder: 'RU', claimant: PUSHILIN, asOf: ['2022-05-24'], note: '"entered the town and controlled around half of it"' },
      { t: '28 settlements', kind: 'count', value: 28, unit: 'settlements', holder: 'RU', claimant: PUSHILIN, asOf: ['2022-05-24'], note: '"have now taken control of 28 settlements in the north of the region of Donetsk"' },
    ],
    events: [
      { t: 'Svitlodarsk', n: 1, ref: 'svitlodarsk', action: 'captured', actor: 'RU', claimant: 'Pavlo Kyrylenko', asOf: ['2022-05-24'], note: '"Russian forces have taken control of three Donetsk region towns including Svitlodarsk"' },
      { t: 'Sievierodonetsk', ref: 'sievierodonetsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-05-17', '2022-05-24'], note: '"Sievierodonetsk, the focus of Russian attacks in recent days" (added after the first run: an attack at a named place)' },
      { t: 'Lyman', n: 1, ref: 'lyman', action: 'captured', actor: 'RU', claimant: PUSHILIN, part: true, asOf: ['2022-05-24'], note: '"fighting to take full control of the town of Lyman and have already captured half of it"' },
      { t: 'Lyman', n: 1, ref: 'lyman', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-05-24'], note: '"were fighting to take full control of the town of Lyman" (added after the first run: an attempt to take it, beside the half captured on the same span, as fresh56 reads Maksimilyanovka)' },
      { t: 'Krasny Liman', n: 1, ref: 'lyman', action: 'fighting', actor: 'RU', claimant: PUSHILIN, asOf: ['2022-05-24'], note: '"The active phase of the liberation of Krasny Liman is underway"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2022-11-10',
    url: 'https://www.theguardian.com/world/video/2022/nov/10/ukrainian-troops-liberate-villages-in-kherson-region-video',
    notes: 'Stored copy on The Guardian (a video page), its standfirst as the store gives it, ending without a full stop (no headline: the manifest\'s title is made from the URL slug). The date is the URL\'s (Thursday 10 November 2022). Event: "recapturing villages towards Kherson" (fighting, UA: an advance toward the city, as the conventions read "toward X"). Not events: "pulling out of the city" (no place span), the region. Claim: "recapturing 12 settlements" in the past 24 hours (count, settlements, UA, Zaluzhnyi, 9 to 10 November 2022). "Ukraine\'s army chief" is the country as a place (as fresh56 read "US President"); Kyiv is the government by its capital. Traps: Shoigu, Zaluzhnyi (misspelt "Zaluhnyi").',
    places: [
      { t: 'Kherson', ref: 'kherson' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [
      { t: 'Sergei Shoigu', why: 'person' },
      { t: 'Valeriy Zaluhnyi', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '12 settlements', kind: 'count', value: 12, unit: 'settlements', holder: 'UA', claimant: 'Valeriy Zaluzhnyi', asOf: ['2022-11-09', '2022-11-10'], note: '"Ukrainian troops had advanced four miles in the past 24 hours, recapturing 12 settlements"' },
    ],
    events: [
      { t: 'Kherson', ref: 'kherson', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-11-10'], note: '"Ukrainian troops are recapturing villages towards Kherson"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2022-09-14',
    url: 'https://babel.ua/en/news/84235-ministry-of-defense-since-september-6-the-armed-forces-have-liberated-388-settlements-in-the-kharkiv-region',
    notes: 'Stored copy on Babel (English edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The date is the index\'s and the body\'s (14 September 2022). Events: Zelenskyi "arrived in the liberated city of Izyum" (liberated, UA, between 6 and 14 September: the counteroffensive the text dates); Russia\'s ministry "recognized the loss of the towns of Izyum and Balaklia" called "an operation to roll back and transfer troops" (withdrew, RU, 10 September: a regrouping is the withdrawal it names). Not events: the de-occupied territories of the region (an oblast). Claims: 388 settlements and about 8,500 km² liberated since 6 September (count, settlements, and area-retaken, km², UA, Malyar, 6 to 14 September 2022); the 2,500 km front line is a length. Skipped: "Armed Forces of Ukraine" and "Ministry of Defense of Russia" (the country inside a body\'s name), "the Donetsk direction" (an axis). Traps: Malyar, Zelenskyi.',
    places: [
      { t: 'Kharkiv region', all: true, ref: 'kharkivOblast' },
      { t: 'Izyum', all: true, ref: 'izium' },
      { t: 'Balaklia', ref: 'balakliia' },
    ],
    traps: [
      { t: 'Hanna Malyar', why: 'person' },
      { t: 'Volodymyr Zelenskyi', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', why: BODY + ' ("Armed Forces of Ukraine")' },
      { t: 'Russia', why: BODY + ' ("Ministry of Defense of Russia")' },
      { t: 'Donetsk', why: 'a front axis ("the Donetsk direction")' },
    ],
    claims: [
      { t: '388 settlements', kind: 'count', value: 388, unit: 'settlements', holder: 'UA', claimant: 'Hanna Malyar', asOf: ['2022-09-06', '2022-09-14'], note: '"Since September 6, the Armed Forces of Ukraine have liberated 388 settlements in the Kharkiv region"' },
      { t: 'approximately 8,500 square kilometers', kind: 'area-retaken', value: 8500, unit: 'km2', holder: 'UA', claimant: 'Hanna Malyar', asOf: ['2022-09-06', '2022-09-14'] },
    ],
    events: [
      { t: 'Izyum', n: 1, ref: 'izium', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-06', '2022-09-14'], note: '"President Volodymyr Zelenskyi arrived in the liberated city of Izyum"' },
      { t: 'Izyum', n: 2, ref: 'izium', action: 'withdrew', actor: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2022-09-10'], note: '"recognized the loss of the towns of Izyum and Balaklia ... called it an \\"operation to roll back and transfer troops\\""' },
      { t: 'Balaklia', ref: 'balakliia', action: 'withdrew', actor: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2022-09-10'] },
    ],
  },
];
