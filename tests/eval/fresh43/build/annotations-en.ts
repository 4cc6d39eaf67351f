// Hand annotations, English articles of tests/eval/fresh43. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const GENSTAFF = 'Ukrainian General Staff';
const UK_MOD = 'British Ministry of Defence';
const OC_SOUTH = 'Operational Command South';
const SHOIGU = 'Sergei Shoigu';
const MALYAR = 'Hanna Malyar';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-07-27',
    url: 'https://www.scmp.com/news/world/europe/article/3186770/russia-claims-capture-ukraines-vuhlehirska-power-station-uk?utm_source=rss_feed',
    notes: 'Stored copy on the South China Morning Post, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); a related-story link ("Russia doing better than expected despite sanctions, IMF says") and the last sentence, cut by the store ("The main regional Russian focus for the moment is on cap"), removed. The date is the text\'s: the British intelligence report "early Wednesday" after the Russian claim of Tuesday 26 July 2022, 27 July 2022. Events: fighting "around the village of Semyhirya" (fighting, RU: the attacker near the plant, the Ukrainian General Staff, Tuesday 26 July), "tactical advances ... around ... the nearby village of Novoluhanske" (fighting, RU, the British Ministry of Defence). Not events: the power plant\'s capture (a plant, not a settlement), the station "near the city of Svitlodarsk" (a location), "withdrawn from the area" (no settlement), "occupied two regions" (regions). Claims: "around a fifth of the country" occupied by Russia (area-held, percent, RU, the report\'s day). Traps: Wagner Group, RIA Novosti, Vladimir Putin. Skipped: "Vuhlehirska Power Plant" (a plant\'s name, twice), Britain in "Britain’s Ministry of Defence" and Russia in "Russia’s President" (official bodies and titles).',
    places: [
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Svitlodarsk', ref: 'svitlodarsk' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Russia', ctx: 'Russia’s RIA', ref: 'russia' },
      { t: 'Semyhirya', ref: 'semyhiria' },
      { t: 'Donetsk', ctx: 'the Donetsk and Kharkiv', ref: 'donetskOblast' },
      { t: 'Kharkiv regions', ref: 'kharkivOblast' },
      { t: 'Donbas', all: true, ref: 'donbas' },
      { t: 'Novoluhanske', ref: 'novoluhanske' },
      { t: 'Syria', ref: 'syria' },
      { t: 'Central African Republic', ref: 'centralAfricanRepublic' },
      { t: 'Sudan', ref: 'sudan' },
      { t: 'Russia', ctx: 'Russia has set', ref: 'russia' },
      { t: 'Crimea', ref: 'crimea' },
    ],
    traps: [
      { t: 'RIA Novosti', why: 'a news agency' },
      { t: 'Wagner Group', all: true, why: 'a mercenary group' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [
      { t: 'Vuhlehirska', all: true, why: 'a power plant\'s name ("Vuhlehirska Power Plant")' },
      { t: 'Britain', why: OFFICIAL + ' ("Britain’s Ministry of Defence")' },
      { t: 'Russia', ctx: 'Russia’s President', why: OFFICIAL + ' ("Russia’s President")' },
    ],
    claims: [
      { t: 'around a fifth of the country', kind: 'area-held', value: 20, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2022-07-27'], note: '"Russian forces ... occupy around a fifth of the country"' },
    ],
    events: [
      { t: 'Semyhirya', ref: 'semyhiria', action: 'fighting', actor: 'RU', claimant: GENSTAFF, asOf: ['2022-07-26'], note: '"it reported that there had been fighting around the village of Semyhirya nearby" (the Russian attacks on the plant\'s area)' },
      { t: 'Novoluhanske', ref: 'novoluhanske', action: 'fighting', actor: 'RU', claimant: UK_MOD, asOf: ['2022-07-27'], note: '"Wagner Group had “likely succeeded in making tactical advances in the Donbas around ... the nearby village of Novoluhanske”"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-10-04',
    url: 'https://kyivindependent.com/uncategorized/ukrainian-army-confirms-liberation-of-eight-villages-in-kherson-oblast',
    notes: 'Stored copy on the Kyiv Independent (news feed), its headline and body as the store gives them; the date line ("October 4, 2022 11:46 pm") removed. The date is the date line\'s (4 October 2022). Events: the eight villages liberated (liberated, UA, Operational Command South, each once). Not events: "dozens of settlements had been liberated in Kharkiv, Donetsk, Luhansk, and Kherson oblasts" (regions, no figure). Claims: "eight villages" liberated (count, settlements, UA, Operational Command South, the report\'s day). Traps: Volodymyr Zelensky, Zelensky.',
    places: [
      { t: 'Kherson Oblast', ref: 'khersonOblast' },
      { t: 'Lyubymivka', ref: 'liubymivka' },
      { t: 'Khreshchenivka', ref: 'khreshchenivka' },
      { t: 'Zolota Balka', ref: 'zolotaBalka' },
      { t: 'Biliaivka', ref: 'biliaivka' },
      { t: 'Ukrainka', ref: 'ukrainka' },
      { t: 'Velyka Oleksandrivka', ref: 'velykaOleksandrivka' },
      { t: 'Mala Oleksandrivka', ref: 'malaOleksandrivka' },
      { t: 'Davydiv Brid', ref: 'davydivBrid' },
      { t: 'Kharkiv', ref: 'kharkivOblast' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Luhansk', ref: 'luhanskOblast' },
      { t: 'Kherson oblasts', ref: 'khersonOblast' },
    ],
    traps: [
      { t: 'Volodymyr Zelensky', why: 'person' },
      { t: 'Zelensky', n: 2, why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'eight villages', kind: 'count', value: 8, unit: 'settlements', holder: 'UA', claimant: OC_SOUTH, asOf: ['2022-10-04'], note: 'the headline: "Ukrainian army confirms liberation of eight villages in Kherson Oblast"' },
    ],
    events: [
      { t: 'Lyubymivka', ref: 'liubymivka', action: 'liberated', actor: 'UA', claimant: OC_SOUTH, asOf: ['2022-10-04'], note: '"Ukrainian troops liberated the villages of Lyubymivka, ..."' },
      { t: 'Khreshchenivka', ref: 'khreshchenivka', action: 'liberated', actor: 'UA', claimant: OC_SOUTH, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Zolota Balka', ref: 'zolotaBalka', action: 'liberated', actor: 'UA', claimant: OC_SOUTH, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Biliaivka', ref: 'biliaivka', action: 'liberated', actor: 'UA', claimant: OC_SOUTH, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Ukrainka', ref: 'ukrainka', action: 'liberated', actor: 'UA', claimant: OC_SOUTH, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Velyka Oleksandrivka', ref: 'velykaOleksandrivka', action: 'liberated', actor: 'UA', claimant: OC_SOUTH, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Mala Oleksandrivka', ref: 'malaOleksandrivka', action: 'liberated', actor: 'UA', claimant: OC_SOUTH, asOf: ['2022-10-04'], note: 'the same list' },
      { t: 'Davydiv Brid', ref: 'davydivBrid', action: 'liberated', actor: 'UA', claimant: OC_SOUTH, asOf: ['2022-10-04'], note: 'the same list, "and Davydiv Brid, Operational Command South said"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-12-25',
    url: 'https://pledgetimes.com/shoigu-reported-to-putin-about-the-capture-of-marinka-in-the-dpr/',
    notes: 'Stored copy on Pledge Times, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The date is the store\'s date for the page (25 December 2023), the day of Shoigu\'s report. Events: Marinka\'s "liberation" reported to Putin, "taking control of Marinka", "Establishing control over Marinka will reduce ..." (a noun of taking a modal weighs, where the article tells of the capture: added after the first run, an annotation slip) and Putin\'s congratulations "on the capture of Marinka" (captured, RU: a Ukrainian town, Shoigu, four times). Not events: "The settlement was liberated by assault detachments" (no name in the clause), "Establishing control over the populated area" (no name), "after being surrounded in Marinka" (a fighter\'s past), artillery moved "away from Donetsk" (no control). Traps: Sergei Shoigu, Shoigu, Vladimir Putin, RIA News, Roman Rudakov, the group "South". Skipped: Ukraine in "Armed Forces of Ukraine" (an official body).',
    places: [
      { t: 'Marinka', all: true, ref: 'marinka' },
      { t: 'Donetsk People\'s Republic', ref: 'donetskOblast' },
      { t: 'DPR', ref: 'donetskOblast' },
      { t: 'Donetsk', ctx: 'away from Donetsk', ref: 'donetsk' },
    ],
    traps: [
      { t: 'Shoigu', all: true, why: 'person' },
      { t: 'Putin', all: true, why: 'person' },
      { t: 'RIA News', why: 'a news agency' },
      { t: 'Roman Rudakov', why: 'person' },
      { t: 'South', why: 'a grouping of forces ("the group of Russian troops “South”")' },
    ],
    skipped: [
      { t: 'Ukraine', ctx: 'Armed Forces of Ukraine, Marinka', why: OFFICIAL + ' ("Armed Forces of Ukraine")' },
    ],
    claims: [],
    events: [
      { t: 'Marinka', n: 1, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"Shoigu reported to Putin on the liberation of one of the main fortified areas of the Armed Forces of Ukraine, Marinka" (a Ukrainian town: captured)' },
      { t: 'Marinka', n: 2, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"reported to President Vladimir Putin about taking control of Marinka"' },
      { t: 'Marinka', n: 3, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"Establishing control over Marinka will reduce the defensive potential ..." (a noun of taking a modal weighs, where the article tells of the capture: that telling\'s action; added after the first run, an annotation slip)' },
      { t: 'Marinka', n: 4, ref: 'marinka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2023-12-25'], note: '"The head of state congratulated Shoigu on the capture of Marinka"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2023-04-07',
    url: 'https://warsawpoint.com/news/50161-a-year-ago-we-won-the-battle-for-the-north-zelenskyy.html',
    notes: 'Stored copy on Warsaw Point, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("During the occupatio"), removed. The date is the store\'s date for the page (7 April 2023). Events: the Russians "were stopped on the northeastern outskirts of Chernihiv" (fighting, RU: a town\'s outskirts, the first days of the invasion to the turn of March and April 2022). Not events: "liberated the Kyiv, Chernihiv, and Sumy regions" and "completed the liberation of ..." (regions), "tried to encircle and seize this city" (an aim, no name), "stopped the Russian offensive in these regions" (regions), Yahidne\'s suffering "during the Russian occupation" (no change or hold told of the village). Not claims: 140 km (a distance), 290,000 and 95,000 inhabitants (population), "destroyed by 70 percent" (damage, not ground). Traps: Volodymyr Zelenskyy, Zelensky, Vladislav Atroschenko, Telegram. Skipped: Ukraine in "the Armed Forces of Ukraine" (an official body).',
    places: [
      { t: 'Kyiv', n: 1, ref: 'kyivOblast' },
      { t: 'Chernihiv', n: 1, ref: 'chernihivOblast' },
      { t: 'Sumy regions', n: 1, ref: 'sumyOblast' },
      { t: 'Chernihiv', n: 2, ref: 'chernihiv' },
      { t: 'Kyiv', n: 2, ref: 'kyivOblast' },
      { t: 'Chernihiv', n: 3, ref: 'chernihivOblast' },
      { t: 'Sumy regions', n: 2, ref: 'sumyOblast' },
      { t: 'Ukraine', ctx: 'assured that Ukraine', ref: 'ukraine' },
      { t: 'Chernihiv', n: 4, ref: 'chernihivOblast' },
      { t: 'Sumy Oblasts', ref: 'sumyOblast' },
      { t: 'Ukraine', ctx: 'border regions of Ukraine', ref: 'ukraine' },
      { t: 'Russian Federation', ref: 'russia' },
      { t: 'Chernihiv', n: 5, ref: 'chernihiv' },
      { t: 'Kyiv', n: 3, ref: 'kyiv' },
      { t: 'Chernihiv', n: 6, ref: 'chernihiv' },
      { t: 'Russia', ctx: 'April Russia announced', ref: 'russia' },
      { t: 'Ukraine', ctx: 'north of Ukraine', ref: 'ukraine' },
      { t: 'Chernihiv', n: 7, ref: 'chernihiv' },
      { t: 'Ukraine', ctx: 'major cities in Ukraine', ref: 'ukraine' },
      { t: 'Yahidne', ref: 'yahidne' },
      { t: 'Chernihiv', n: 8, ref: 'chernihiv' },
      { t: 'Kyiv', n: 4, ref: 'kyiv' },
    ],
    traps: [
      { t: 'Volodymyr Zelenskyy', why: 'person' },
      { t: 'Zelensky', why: 'person' },
      { t: 'Vladislav Atroschenko', why: 'person' },
      { t: 'Telegram', why: 'a messaging service' },
    ],
    skipped: [
      { t: 'Ukraine', ctx: 'Armed Forces of Ukraine', why: OFFICIAL + ' ("the Armed Forces of Ukraine")' },
    ],
    claims: [],
    events: [
      { t: 'Chernihiv', n: 6, ref: 'chernihiv', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-02-24', '2022-04-01'], note: '"The Russians from the first days tried to encircle and seize this city ... They were stopped on the northeastern outskirts of Chernihiv" (a town\'s outskirts: fighting, from the invasion to the turn of March and April 2022)' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2022-09-14',
    url: 'https://www.thehamdenjournal.com/world/russian-pullback-reveals-devastation-in-ukraine-villages/337948/',
    notes: 'Stored copy on The Hamden Journal (after Reuters), the Reuters item as the store gives it; the agency line ("Reuters") before the headline removed. The date is the store\'s date for the page (14 September 2022); Malyar spoke "on Tuesday", 13 September 2022. Events: "the recaptured town of Balakliia" (liberated, UA, a Ukrainian town retaken; before Malyar spoke on 13 September). Claims: 3,800 km² retaken "in a week" (headline) and "since Sept. 6" (area-retaken, UA, Malyar, 6–13 September 2022, twice: the headline\'s "3,800 sq. km" and the body\'s "3,800 square kilometres"), "more than 300 settlements" (count, settlements, UA, Malyar, the same span), "more than 6,000 sq km" since 1 September (area-retaken, UA, Zelenskiy, 1–13 September 2022: "said overnight", the night before the report\'s Tuesday). Not claims: the conversions in parentheses ("1,467 square miles", "2,400 sq miles": the same figures restated), "around 150,000 current residents" (population). Traps: Hanna Malyar, Malyar, Volodymyr Zelenskiy. Skipped: none.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
      { t: 'Balakliia', ref: 'balakliia' },
    ],
    traps: [
      { t: 'Hanna Malyar', why: 'person' },
      { t: 'Malyar', n: 2, why: 'person' },
      { t: 'Volodymyr Zelenskiy', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '3,800 sq. km', kind: 'area-retaken', value: 3800, unit: 'km2', holder: 'UA', claimant: MALYAR, asOf: ['2022-09-06', '2022-09-13'], note: 'the headline: "northeastern offensive has retaken 3,800 sq. km in a week"' },
      { t: '3,800 square kilometres', kind: 'area-retaken', value: 3800, unit: 'km2', holder: 'UA', claimant: MALYAR, asOf: ['2022-09-06', '2022-09-13'], note: '"has recaptured 3,800 square kilometres ... of territory in its northeastern Kharkiv region since Sept. 6"' },
      { t: 'more than 300 settlements', kind: 'count', value: 300, unit: 'settlements', holder: 'UA', claimant: MALYAR, asOf: ['2022-09-06', '2022-09-13'], note: '"the territory recaptured from Russian forces consisted of more than 300 settlements"' },
      { t: 'more than 6,000 sq km', kind: 'area-retaken', value: 6000, unit: 'km2', holder: 'UA', claimant: 'Volodymyr Zelenskiy', asOf: ['2022-09-01', '2022-09-13'], note: '"Ukraine had “liberated more than 6,000 sq km ... of the territory of Ukraine in the south and in the east” since Sept. 1"' },
    ],
    events: [
      { t: 'Balakliia', ref: 'balakliia', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-13'], note: '"Speaking live on Ukrainian television from the recaptured town of Balakliia"' },
    ],
  },
];
