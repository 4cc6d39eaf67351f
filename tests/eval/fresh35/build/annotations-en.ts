// Hand annotations, English articles of tests/eval/fresh35. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const ARMY = "country inside an army's or armed group's name";
const AXIS = 'a front axis or sector named after a town';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2023-08-14',
    url: 'https://www.pravda.com.ua/eng/news/2023/08/14/7415454/',
    notes: 'Stored copy on Ukrainska Pravda (English), its body as the store gives it (no headline: the manifest\'s title describes the text); the index\'s date prefix removed. The date is the index\'s (14 August 2023, a Monday: Maliar\'s weekly report live with the Military Media Center). Events: "Ukrainian defenders are gaining success in the village of Urozhaine" and "Fighting continued in the settlement of Urozhaine this week, [Ukrainian forces – ed.] gained certain successes there" (fighting, UA: the attacker, Maliar). Not events: "the areas west of Klishchiivka, Andriivka and Kurdiumivka" and "south and southeast of Staromaiorske" (locations of attempts and gains near a village). "the Bakhmut front", "the southern flank of the Bakhmut front" and "the Melitopol and Berdiansk fronts" are front sectors named after towns (skipped); the Dnipro is a river. Claims: "liberated three square kilometres over the past week" (area-retaken, UA, Maliar, the week to the report) and "40 square kilometres of territory in total have now been liberated on the southern flank" (area-retaken, UA, Maliar, the day). Traps: the Military Media Center, Maliar.',
    places: [
      { t: 'Klishchiivka', ref: 'klishchiivka' },
      { t: 'Andriivka', ref: 'andriivkaBakhmut' },
      { t: 'Kurdiumivka', ref: 'kurdiumivka' },
      { t: 'Urozhaine', all: true, ref: 'urozhaine' },
      { t: 'Staromaiorske', ref: 'staromaiorske' },
      { t: 'Kherson Oblast', ref: 'khersonOblast' },
    ],
    traps: [
      { t: 'Military Media Center', why: 'a press centre' },
      { t: 'Hanna Maliar', all: true, why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', n: 1, why: OFFICIAL + ' ("Deputy Minister of Defence of Ukraine")' },
      { t: 'Ukraine', n: 2, why: ARMY + ' ("Ukraine’s Armed Forces")' },
      { t: 'Bakhmut', n: 1, why: AXIS + ' ("on the Bakhmut front")' },
      { t: 'Bakhmut', n: 2, why: AXIS + ' ("the southern flank of the Bakhmut front")' },
      { t: 'Melitopol', why: AXIS + ' ("the Melitopol and Berdiansk fronts")' },
      { t: 'Berdiansk', why: AXIS + ' ("the Melitopol and Berdiansk fronts")' },
      { t: 'Dnipro River', why: 'a river' },
    ],
    claims: [
      { t: 'three square kilometres', kind: 'area-retaken', value: 3, unit: 'km2', holder: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-08-07', '2023-08-14'], note: '"have liberated three square kilometres over the past week"' },
      { t: '40 square kilometres', kind: 'area-retaken', value: 40, unit: 'km2', holder: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-08-14'], note: '"40 square kilometres of territory in total have now been liberated on the southern flank of the Bakhmut front"' },
    ],
    events: [
      { t: 'Urozhaine', n: 1, ref: 'urozhaine', action: 'fighting', actor: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-08-14'], note: '"Ukrainian defenders are gaining success in the village of Urozhaine"' },
      { t: 'Urozhaine', n: 2, ref: 'urozhaine', action: 'fighting', actor: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-08-07', '2023-08-14'], note: '"Fighting continued in the settlement of Urozhaine this week"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2023-05-23',
    url: 'https://inews.co.uk/news/world/ukraine-war-governor-drones-belgorod-incursion-2357930',
    notes: 'Stored copy on the i (inews.co.uk), its headline, standfirst and body as the store gives them; the index\'s date prefix and the rubric "News" removed, and between the standfirst and the body the photo caption given twice with its credit, the author line ("author avatar image", "By Ellen O\'Dwyer") and the date line ("May 23, 2023 10:29 am(Updated 4:50 pm)") removed; the last sentence, cut by the store ("One at a building in Belgorod at the regional FSB, and a second on an"), removed. The date is the date line\'s (23 May 2023, a Tuesday). Events: "the Freedom of Russia Legion claimed it had launched an incursion and “liberated” a village called Kozinka" (captured, UA: a group fighting on Ukraine\'s side taking a Russian village, the owner rule; the Legion\'s claim). Not events: Russia "claiming it had defeated the invaders" and the spokesman\'s "fighters were still there" (no settlement named). "Fighting broke out in Belgorod" after "Russia’s Belgorod region" is the region (the fighting was at the border); the headline\'s "drones attacked buildings in Belgorod" is the city. Claims: "Russian media reported that 39 of the invading force were killed" (count, killed, UA side, Russian media, the two days of the incursion); civilians wounded: "with eight civilians injured" (Russian media) and Gladkov\'s "two people injured" and "at least eight people had been wounded" of Monday (count, wounded, no holder). Not a claim: "one woman died during the evacuation" (a death, not told as a killing). "Ukraine war" in the headline names the country. Traps: the Associated Press, Reuters, Telegram, the Kremlin ("anti-Kremlin", twice), Gladkov. The Legion\'s name holds a country (skipped).',
    places: [
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Belgorod', n: 1, ref: 'belgorod' },
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Belgorod region', ref: 'belgorodOblast' },
      { t: 'Belgorod', n: 3, ref: 'belgorodOblast' },
      { t: 'Kozinka', ref: 'kozinka' },
      { t: 'Belgorod', n: 4, ref: 'belgorodOblast' },
      { t: 'Russia', n: 3, ref: 'russia' },
    ],
    traps: [
      { t: 'Vyacheslav Gladkov', why: 'person' },
      { t: 'Telegram', why: 'a messaging service' },
      { t: 'Associated Press', why: 'a news agency' },
      { t: 'Reuters', why: 'a news agency' },
      { t: 'Kremlin', all: true, why: 'the seat of the Russian leadership ("anti-Kremlin group")' },
    ],
    skipped: [
      { t: 'Russia', n: 2, why: ARMY + ' ("the Freedom of Russia Legion")' },
    ],
    claims: [
      { t: '39 of the invading force', kind: 'count', value: 39, unit: 'killed', holder: 'UA', claimant: 'Russian media', asOf: ['2023-05-22', '2023-05-23'], note: '"Russian media reported that 39 of the invading force were killed in exchanges of fire"' },
      { t: 'eight civilians', kind: 'count', value: 8, unit: 'wounded', holder: null, claimant: 'Russian media', asOf: ['2023-05-22', '2023-05-23'], note: '"with eight civilians injured"' },
      { t: 'two people', kind: 'count', value: 2, unit: 'wounded', holder: null, claimant: 'Vyacheslav Gladkov', asOf: ['2023-05-22'], note: '"Mr Gladkov said ... with reports of two people injured" (Monday)' },
      { t: 'at least eight people', kind: 'count', value: 8, unit: 'wounded', holder: null, claimant: 'Vyacheslav Gladkov', asOf: ['2023-05-22'], note: '"On Monday he said at least eight people had been wounded"' },
    ],
    events: [
      { t: 'Kozinka', ref: 'kozinka', action: 'captured', actor: 'UA', claimant: 'Freedom of Russia Legion', asOf: ['2023-05-22'], note: '"the Freedom of Russia Legion claimed it had launched an incursion and “liberated” a village called Kozinka"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2022-11-10',
    url: 'https://euromaidanpress.com/2022/11/10/ukraine-liberates-key-settlement-of-snihurivka-two-other-villages-in-kherson-direction-media/',
    notes: 'Stored copy on Euromaidan Press, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed; the last sentence, cut by the store ("Also, several videos confirm that Ukrainian troops are now in control of the area sou"), removed. The embedded post on Kalynivske is kept as the text gives it. The date is the index\'s and the URL\'s (10 November 2022). Events: "The Ukrainian troops liberated three settlements on the Kherson front, including the key Russian defense node of Snihurivka, according to not yet officially confirmed media reports" (liberated, UA, denied in the gold\'s sense: unconfirmed); a Ukrainian soldier in a video "says they are in the settlement of Pravdyne" (entered, UA, denied: "The video doesn’t show any features that may help to independently confirm the location"); Poroshenko\'s "the Ukrainian troops knocked out Russians from the village of Snihurivka" and "The Russian invaders were knocked out of Snigurivka" (liberated, UA, Poroshenko, unconfirmed as the lead says). Not events: flags raised on a tower in Snihurivka and on a rooftop in Kalynivske (flags on buildings), "12 km west of Snihurivka" (a location). "the Kherson front" is a front sector (skipped); the Dnipro a river. Claims: "liberated three settlements" (count, settlements, UA, media reports, the day). Traps: Poroshenko, Euromaidan Press and its handle, the web addresses.',
    places: [
      { t: 'Snihurivka', all: true, ref: 'snihurivka' },
      { t: 'Pravdyne', ref: 'pravdyne' },
      { t: 'Kherson Oblast', all: true, ref: 'khersonOblast' },
      { t: 'Kherson', n: 3, ref: 'kherson' },
      { t: 'Mykolaiv Oblast', ref: 'mykolaivOblast' },
      { t: 'Kherson', n: 4, ref: 'kherson' },
      { t: 'Snigurivka', ref: 'snihurivka' },
      { t: 'Kalynivske', all: true, ref: 'kalynivske' },
    ],
    traps: [
      { t: 'Petro Poroshenko', why: 'person' },
      { t: 'Euromaidan Press', why: 'an outlet' },
      { t: '@EuromaidanPress', why: 'an outlet\'s handle' },
      { t: 'https://t.co/BYQFI1Emn3', why: 'a web address' },
      { t: 'pic.twitter.com/MpK6L9sgPx', why: 'a web address' },
    ],
    skipped: [
      { t: 'Kherson', n: 1, why: AXIS + ' ("the Kherson front")' },
      { t: 'Dnipro', why: 'a river ("the Dnipro’s western bank")' },
    ],
    claims: [
      { t: 'three settlements', kind: 'count', value: 3, unit: 'settlements', holder: 'UA', claimant: 'media reports', asOf: ['2022-11-10'], note: '"The Ukrainian troops liberated three settlements on the Kherson front"' },
    ],
    events: [
      { t: 'Snihurivka', n: 1, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: 'media reports', denied: true, asOf: ['2022-11-10'], note: '"liberated three settlements ... including ... Snihurivka, according to not yet officially confirmed media reports"' },
      { t: 'Pravdyne', ref: 'pravdyne', action: 'entered', actor: 'UA', claimant: 'a Ukrainian soldier', denied: true, asOf: ['2022-11-09'], note: '"a Ukrainian soldier says they are in the settlement of Pravdyne"; "The video doesn’t show any features that may help to independently confirm the location"' },
      { t: 'Snihurivka', n: 2, ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: 'Petro Poroshenko', denied: true, asOf: ['2022-11-09'], note: '"the Ukrainian troops knocked out Russians from the village of Snihurivka"' },
      { t: 'Snigurivka', ref: 'snihurivka', action: 'liberated', actor: 'UA', claimant: 'Petro Poroshenko', denied: true, asOf: ['2022-11-09'], note: '"The Russian invaders were knocked out of Snigurivka"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2023-12-25',
    url: 'https://pledgetimes.com/russia-says-it-has-seized-the-ukrainian-city-of-marinka-kiev-denies/',
    notes: 'Stored copy on Pledge Times, its teaser and body as the store gives them (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed. The date is the index\'s and the text\'s ("this Monday (Dec 25, 2023)"). Events: "Shoygu said ... that the country\'s armed forces took control of the city of Marinka" (captured, RU, Shoygu, denied: "the Ukrainian military denied Russia\'s claims about Marinka\'s capture"); "Marinka\'s capture" in the denial is the same claim (one event). Not an event: "“Our forces are inside the city”" (names no settlement). "the eastern region of Donetsk" is the oblast. "denied Russia\'s claims" names the country. Traps: Reuters, BBC News, people; "Ukraine\'s military spokesman" holds a country inside an army\'s name (skipped).',
    places: [
      { t: 'Marinka', all: true, ref: 'marinka' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [
      { t: 'Vladimir Putin', n: 1, why: 'person' },
      { t: 'Vladimir Putin', n: 2, why: 'person' },
      { t: 'Sergey Shoygu', why: 'person' },
      { t: 'Oleksandr Shtupun', why: 'person' },
      { t: 'Reuters', why: 'a news agency' },
      { t: 'BBC News', why: 'an outlet' },
    ],
    skipped: [
      { t: 'Ukraine', n: 2, why: ARMY + ' ("Ukraine\'s military spokesman")' },
    ],
    claims: [],
    events: [
      { t: 'Marinka', n: 1, ref: 'marinka', action: 'captured', actor: 'RU', claimant: 'Sergey Shoygu', denied: true, asOf: ['2023-12-25'], note: '"the country\'s armed forces took control of the city of Marinka"; "the Ukrainian military denied Russia\'s claims about Marinka\'s capture"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2022-09-11',
    url: 'https://www.eastcoastdaily.in/2022/09/11/its-the-turning-point-of-the-war-russia-loses-key-ukrainian-city.html',
    notes: 'Stored copy on East Coast Daily, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug), the subheading "Mechanised Assault" kept; the index\'s date prefix removed; the last sentence, cut by the store ("Ukraine’s deputy defence minister urges people not to report prematurely that towns have been ‘ta"), removed. The date is the index\'s and the URL\'s (11 September 2022). Events: "The quick fall of Izium" (liberated, UA: the town\'s loss to Ukraine told as done); "Ukrainian troops have recaptured Izium from the Russian army, ... Andriy Yermak says" (liberated, UA, Yermak); "Russia has regrouped its troops in the districts of Balakliia and Izium to increase efforts in the Donetsk direction" (withdrew, RU, Russia\'s defence ministry via TASS: a regrouping from named places is the withdrawal, twice); "Russian forces had already abandoned Balaklia days ago" (withdrew, RU). Not events: "Russian forces utilised Izium as a logistical hub" (a use), "driven out of Kyiv in March" (an earlier episode told as a comparison: Kyiv is the capital and its region, no event claimed here). "the Donetsk direction" is an axis (skipped). Claims: "liberated around 2,000 square kilometres (770 square miles) of territory since a counter-offensive started" (area-retaken, UA, Yermak, the counteroffensive from its start, 6 September 2022, to the day; the conversion in parentheses is part of the figure). Moscow and Kyiv are capitals for governments; "Ukraine’s armed forces" and "Russia’s defence ministry" hold a country inside an army\'s or a body\'s name (skipped). Traps: TASS, people.',
    places: [
      { t: 'Izium', all: true, ref: 'izium' },
      { t: 'Kharkiv province', ref: 'kharkivOblast' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Russia', n: 3, ref: 'russia' },
      { t: 'Balakliia', ref: 'balakliia' },
      { t: 'Balaklia', ref: 'balakliia' },
    ],
    traps: [
      { t: 'TASS', all: true, why: 'a news agency' },
      { t: 'Andriy Yermak', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', n: 4, why: OFFICIAL + ' ("Russia’s defence ministry")' },
      { t: 'Ukraine', why: ARMY + ' ("Ukraine’s armed forces")' },
      { t: 'Donetsk', why: AXIS + ' ("the Donetsk direction")' },
    ],
    claims: [
      { t: '2,000 square kilometres', kind: 'area-retaken', value: 2000, unit: 'km2', holder: 'UA', claimant: 'Andriy Yermak', asOf: ['2022-09-06', '2022-09-11'], note: '"Ukraine’s armed forces have liberated around 2,000 square kilometres (770 square miles) of territory since a counter-offensive started"' },
    ],
    events: [
      { t: 'Izium', n: 1, ref: 'izium', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-09-11'], note: '"The quick fall of Izium in Kharkiv province was Moscow’s biggest loss"' },
      { t: 'Izium', n: 3, ref: 'izium', action: 'liberated', actor: 'UA', claimant: 'Andriy Yermak', asOf: ['2022-09-11'], note: '"Ukrainian troops have recaptured Izium from the Russian army"' },
      { t: 'Balakliia', ref: 'balakliia', action: 'withdrew', actor: 'RU', claimant: 'Russia’s defence ministry', asOf: ['2022-09-10'], note: '"Russia has regrouped its troops in the districts of Balakliia and Izium"' },
      { t: 'Izium', n: 4, ref: 'izium', action: 'withdrew', actor: 'RU', claimant: 'Russia’s defence ministry', asOf: ['2022-09-10'], note: '"Russia has regrouped its troops in the districts of Balakliia and Izium"' },
      { t: 'Balaklia', ref: 'balakliia', action: 'withdrew', actor: 'RU', claimant: null, asOf: ['2022-09-11'], note: '"Russian forces had already abandoned Balaklia days ago"' },
    ],
  },
];
