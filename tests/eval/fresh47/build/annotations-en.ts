// Hand annotations, English articles of tests/eval/fresh47. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "a country or region inside a body's or official's name";
const LEGION = 'Freedom of Russia Legion';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-12-20',
    url: 'https://tass.com/politics/1552927',
    notes: 'Stored copy on TASS (English), its body as the store gives it (no headline: the manifest\'s title is made from the body\'s first clause); the dateline ("LUGANSK, December 20. /TASS/.") removed. The date is the dateline\'s (Tuesday 20 December 2022); the ministry\'s "Sunday" is 18 December 2022. Events: "the successes of the Russian troops near Soledar" and "to stop the advance of our units" in "the Soledar area" (fighting, RU, Marochko: an advance near a named town), "The liberation of the village of Yakovlevka" (captured, RU, Marochko: a Ukrainian-held village under the owner rule) and "had taken control of the village of Yakovlevka" (captured, RU, the ministry, 18 December). Not events: "sent additional forces and means to ... Soledar" (a reinforcement), the "semicircle in the village of Minkovka" (a threat, not an action), "units involved in Seversk" (no action at the town), "started a mop-up of the settlement" (no name in its clause). No claims. Traps: TASS, Andrey Marochko, Marochko, Igor Konashenkov. Skipped: the LPR in "the Lugansk People\'s Republic\'s (LPR) People\'s Militia" (a body\'s name).',
    places: [
      { t: 'Donetsk People’s Republic', ref: 'donetskOblast' },
      { t: 'DPR', ref: 'donetskOblast' },
      { t: 'Soledar', all: true, ref: 'soledar' },
      { t: 'Yakovlevka', all: true, ref: 'yakovlivka' },
      { t: 'Minkovka', ref: 'minkivka' },
      { t: 'Seversk', ref: 'siversk' },
    ],
    traps: [
      { t: 'TASS', why: 'a news agency' },
      { t: 'Andrey Marochko', why: 'person' },
      { t: 'Marochko', n: 2, why: 'person' },
      { t: 'Igor Konashenkov', why: 'person' },
    ],
    skipped: [
      { t: 'Lugansk People’s Republic', why: BODY + ' ("the Lugansk People\'s Republic\'s (LPR) People\'s Militia")' },
      { t: 'LPR', why: BODY + ' (the militia\'s abbreviation)' },
    ],
    claims: [],
    events: [
      { t: 'Soledar', n: 2, ref: 'soledar', action: 'fighting', actor: 'RU', claimant: 'Andrey Marochko', asOf: ['2022-12-20'], note: '"the successes of the Russian troops near Soledar"' },
      { t: 'Soledar', n: 4, ref: 'soledar', action: 'fighting', actor: 'RU', claimant: 'Andrey Marochko', asOf: ['2022-12-20'], note: '"sent to the Soledar area to stop the advance of our units"' },
      { t: 'Yakovlevka', n: 1, ref: 'yakovlivka', action: 'captured', actor: 'RU', claimant: 'Andrey Marochko', asOf: ['2022-12-18'], note: '"The liberation of the village of Yakovlevka, which is northeast of Soledar" (a Ukrainian-held village: captured)' },
      { t: 'Yakovlevka', n: 2, ref: 'yakovlivka', action: 'captured', actor: 'RU', claimant: 'Russian Defense Ministry', asOf: ['2022-12-18'], note: '"On Sunday ... the Russian armed forces had taken control of the village of Yakovlevka"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-05-10',
    url: 'https://cde.news/ukraine-pushes-russian-troops-back-in-counter-offensive-near-kharkiv/',
    notes: 'Stored copy on cde.news (after Reuters), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the reading-time line ("Reading Time: 3 minutes") and the last sentence, cut by the store ("The setbacks near Kharkiv deal a blow to Mosco"), removed. The date is the index\'s (10 May 2022, a Tuesday, "Ukraine said on Tuesday"). Events: Cherkaski Tyshky, Ruski Tyshki, Borshchova and Slobozhanske recaptured (liberated, UA, Apatchenko, "in recent days"), the military operations "around Kharkiv" and the pushing back of the forces that "had occupied the outskirts of Kharkiv" (fighting, UA: the Ukrainian counter-offensive on the approaches of a named city). Not events: "recaptured villages ... north and northeast of Kharkiv" (no name in the clause), "the Russian border" (an adjective). No claims. Traps: Tetiana Apatchenko, Yuriy Saks, Saks, Oleksiy Reznikov, Reuters, Neil Melvin, RUSI. Skipped: none.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kharkiv', all: true, ref: 'kharkiv' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Cherkaski Tyshky', ref: 'cherkaskiTyshky' },
      { t: 'Ruski Tyshki', ref: 'ruskiTyshky' },
      { t: 'Borshchova', ref: 'borshchova' },
      { t: 'Slobozhanske', ref: 'slobozhanskeKharkiv' },
      { t: 'London', ref: 'london' },
    ],
    traps: [
      { t: 'Tetiana Apatchenko', why: 'person' },
      { t: 'Yuriy Saks', why: 'person' },
      { t: 'Saks', n: 2, why: 'person' },
      { t: 'Oleksiy Reznikov', why: 'person' },
      { t: 'Reuters', why: 'a news agency' },
      { t: 'Neil Melvin', why: 'person' },
      { t: 'RUSI', why: 'a think-tank' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Cherkaski Tyshky', ref: 'cherkaskiTyshky', action: 'liberated', actor: 'UA', claimant: 'Tetiana Apatchenko', asOf: ['2022-05-10'], note: '"Ukrainian troops had recaptured the settlements of Cherkaski Tyshky, Ruski Tyshki, Borshchova and Slobozhanske ... in recent days"' },
      { t: 'Ruski Tyshki', ref: 'ruskiTyshky', action: 'liberated', actor: 'UA', claimant: 'Tetiana Apatchenko', asOf: ['2022-05-10'], note: 'the same list' },
      { t: 'Borshchova', ref: 'borshchova', action: 'liberated', actor: 'UA', claimant: 'Tetiana Apatchenko', asOf: ['2022-05-10'], note: 'the same list' },
      { t: 'Slobozhanske', ref: 'slobozhanskeKharkiv', action: 'liberated', actor: 'UA', claimant: 'Tetiana Apatchenko', asOf: ['2022-05-10'], note: 'the same list' },
      { t: 'Kharkiv', ctx: 'armed forces around Kharkiv', ref: 'kharkiv', action: 'fighting', actor: 'UA', claimant: 'Yuriy Saks', asOf: ['2022-05-10'], note: '"The military operations of the Ukrainian armed forces around Kharkiv"' },
      { t: 'Kharkiv', ctx: 'outskirts of Kharkiv', ref: 'kharkiv', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2022-05-10'], note: '"By pushing back Russian forces who had occupied the outskirts of Kharkiv" (fighting on the outskirts, by the side pushing)' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-05-22',
    url: 'https://click-clicker.com/2023/05/22/kozinka-what-happened-there-and-what-news/',
    notes: 'Stored copy on click-clicker.com, its headline and body as the store gives them; the link label ("See also: Malyar reported on the time won in Bakhmut and was intrigued by future news.") and the comment form ("Leave a Reply" ...) removed. The date is the URL\'s (22 May 2023). Events: "they had liberated the village of Kozinka" and "completely liberated the settlement of Kozinka" (captured, UA, the Legion: a Russian village taken by a force fighting on the Ukrainian side, under the owner rule), "Advance detachments entered Grayvoron" (entered, UA, the Legion). Not events: "entered the territory of the Graivoron urban district" (a district, no settlement), the heading\'s Kozinka, "squeeze out the DRG from Russian territory", "trying to retreat to the territory of Ukraine". No claims. Traps: Vyacheslav Gladkov, Gladkov, Vladimir Putin, Putin, Dmitry Peskov, Peskov, Baza (twice). Skipped: Russia inside the Legion\'s name ("Freedom of Russia", three times), Ukraine in "the Armed Forces of Ukraine", "the Russian Federation" in "The armed forces of the Russian Federation", the Belgorod region in the governor\'s title.',
    places: [
      { t: 'Kozinka', all: true, ref: 'kozinka' },
      { t: 'Grayvoronsky District', ref: 'grayvoronskyDistrict' },
      { t: 'Belgorod Region', all: true, ref: 'belgorodOblast' },
      { t: 'Russia', ctx: 'Belgorod Region, Russia', ref: 'russia' },
      { t: 'Russia', ctx: 'Russia will be free', ref: 'russia' },
      { t: 'Russia', ctx: 'For Russia!', ref: 'russia' },
      { t: 'Russia', ctx: 'territory of Russia', ref: 'russia' },
      { t: 'Grayvoron', ref: 'grayvoron' },
      { t: 'Graivoron', ref: 'grayvoronskyDistrict' },
      { t: 'Ukraine', ctx: 'retreat to the territory of Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: 'return to the territory of Ukraine', ref: 'ukraine' },
      { t: 'Bakhmut', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Vyacheslav Gladkov', why: 'person' },
      { t: 'Gladkov', n: 2, why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Putin', n: 2, why: 'person' },
      { t: 'Dmitry Peskov', why: 'person' },
      { t: 'Peskov', n: 2, why: 'person' },
      { t: 'Baza', all: true, why: 'a Telegram channel' },
    ],
    skipped: [
      { t: 'Russia', ctx: 'Freedom of Russia Legion', why: BODY },
      { t: 'Russia', ctx: 'Legion “Freedom of Russia”', why: BODY },
      { t: 'Russia', ctx: 'What does Freedom of Russia say', why: BODY },
      { t: 'Ukraine', ctx: 'Armed Forces of Ukraine', why: BODY },
      { t: 'Russian Federation', why: BODY + ' ("The armed forces of the Russian Federation")' },
      { t: 'Belgorod region', why: BODY + ' ("the governor of the Belgorod region")' },
    ],
    claims: [],
    events: [
      { t: 'Kozinka', n: 2, ref: 'kozinka', action: 'captured', actor: 'UA', claimant: LEGION, asOf: ['2023-05-22'], note: '"they had liberated the village of Kozinka, Grayvoronsky District, Belgorod Region, Russia" (a Russian village: captured by the side the Legion fights on)' },
      { t: 'Kozinka', n: 3, ref: 'kozinka', action: 'captured', actor: 'UA', claimant: LEGION, asOf: ['2023-05-22'], note: '"The Legion and the RDK completely liberated the settlement of Kozinka"' },
      { t: 'Grayvoron', ref: 'grayvoron', action: 'entered', actor: 'UA', claimant: LEGION, asOf: ['2023-05-22'], note: '"Advance detachments entered Grayvoron"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2022-10-21',
    url: 'https://www.brecorder.com/news/40204448/ukraine-says-88-towns-and-villages-recaptured-in-kherson-region',
    notes: 'Stored copy on Business Recorder (after AFP), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the dateline ("KYIV:") removed. The date is the index\'s (Friday 21 October 2022). Claims: "88 towns and villages had been recaptured" and "88 settlements de-occupied" (count, settlements, UA, the president\'s office, as of 21 October 2022, stated twice), "Last week, Kyiv said 75 towns and villages had been liberated" (count, settlements, UA, the week before the report). Not claims: "around 15,000 people had been moved out" (people moved). No events (no settlement\'s control is told: the "fortress" is a vow). Traps: Kyrylo Tymoshenko.',
    places: [
      { t: 'Kherson region', all: true, ref: 'khersonOblast' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Kherson', ctx: 'also called Kherson', ref: 'kherson' },
      { t: 'Russia', ctx: 'that Russia claims', ref: 'russia' },
    ],
    traps: [
      { t: 'Kyrylo Tymoshenko', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', ctx: 'Russia-installed', why: 'a country inside a compound adjective ("Russia-installed officials")' },
    ],
    claims: [
      { t: '88 towns and villages', kind: 'count', value: 88, unit: 'settlements', holder: 'UA', claimant: "Ukrainian president's office", asOf: ['2022-10-21'], note: '"88 towns and villages had been recaptured in the southern Kherson region"' },
      { t: '88 settlements', kind: 'count', value: 88, unit: 'settlements', holder: 'UA', claimant: 'Kyrylo Tymoshenko', asOf: ['2022-10-21'], note: '"Kherson region: 88 settlements de-occupied"' },
      { t: '75 towns and villages', kind: 'count', value: 75, unit: 'settlements', holder: 'UA', claimant: 'Kyiv', asOf: ['2022-10-10', '2022-10-16'], note: '"Last week, Kyiv said 75 towns and villages had been liberated in the region"' },
    ],
    events: [],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2023-08-14',
    url: 'https://news.az/news/ukrainian-army-liberated-3-sq-km-of-territory-in-bakhmut-direction',
    notes: 'Stored copy on News.az (after the Kyiv Post), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the font-size widget ("+ ↺ − 16 px") removed. The date is the index\'s (Monday 14 August 2023); "the past week" and "last week" are the seven days back, 7–14 August 2023 (first written 7–13 August, an annotation slip found by the first run: the sets\' week is the seven days back from the report). Claims: "liberated 3 square kilometers in the Bakhmut direction" and "three square kilometers ... were liberated last week" (area-retaken, 3 km², UA, Maliar, the past week, stated twice; the "[1.2 square miles]" conversion is the same figure, no claim), "40 square kilometers have been liberated on the southern flank" (area-retaken, 40 km², UA, Maliar, as of the statement). No events ("advanced ... in several directions", no settlement). Traps: News.az, Kyivpost, Hanna Maliar, Maliar. "the Bakhmut direction" and "the Bakhmut sector" name the town: places.',
    places: [
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Bakhmut', all: true, ref: 'bakhmut' },
    ],
    traps: [
      { t: 'News.az', why: 'a news site' },
      { t: 'Kyivpost', why: 'a newspaper' },
      { t: 'Hanna Maliar', all: true, why: 'person' },
      { t: 'Maliar', ctx: 'Maliar asserted', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '3 square kilometers', kind: 'area-retaken', value: 3, unit: 'km2', holder: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-08-07', '2023-08-14'], note: '"Over the past week, Ukraine liberated 3 square kilometers in the Bakhmut direction"' },
      { t: 'three square kilometers', kind: 'area-retaken', value: 3, unit: 'km2', holder: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-08-07', '2023-08-14'], note: '"three square kilometers [1.2 square miles] were liberated last week"' },
      { t: '40 square kilometers', kind: 'area-retaken', value: 40, unit: 'km2', holder: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-08-14'], note: '"In total, 40 square kilometers have been liberated on the southern flank of the Bakhmut sector"' },
    ],
    events: [],
  },
];
