// Hand annotations, English articles of tests/eval/fresh20. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-04-21',
    url: 'https://www.efe.com/efe/english/portada/russia-claims-it-liberated-mariupol-but-azovstal-resistance-persists/50000260-4788413?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss',
    notes: 'Stored copy of an EFE news item, its body as the store gives it; the index\'s date prefix, the three photo captions with their credits before the body and the closing "(...)" removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (21 April 2022, a Thursday: "Russia Thursday claimed"). Events: Russia claimed it had captured Mariupol (captured, RU) and Shoigu that the Russian forces and the militias "have liberated Mariupol" (captured, RU: Russia taking a Ukrainian city, whatever the verb). The Azovstal plant is a steel works, not a settlement (a trap, twice); the cancelled plan to storm it carries no event. "the armed forces of the Russian Federation" names an official body and "the militias of the Donetsk" the DPR\'s forces (skipped). Claims: some 2,000 Ukrainian troops and fighters inside the plant (count, troops, UA; Shoigu). Not claims: the 2,000 people who have taken shelter (people, not troops). Traps: Azovstal (twice), Rossia 24, Putin, Shoigu (twice).',
    places: [
      { t: 'Russia', ref: 'russia' },
      { t: 'Mariupol', all: true, ref: 'mariupol' },
      { t: 'Ukraine', ref: 'ukraine' },
    ],
    traps: [
      { t: 'Azovstal', all: true, why: 'a steel plant, not a settlement' },
      { t: 'Rossia 24', why: 'television channel' },
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Sergei Shoigu', why: 'person' },
      { t: 'Shoigu', ctx: 'Shoigu said the remaining', why: 'person' },
      { t: 'Putin', ctx: 'meeting with Putin', why: 'person' },
    ],
    skipped: [
      { t: 'Russian Federation', why: OFFICIAL + ' ("the armed forces of the Russian Federation")' },
      { t: 'Donetsk', why: 'the DPR\'s forces named by the region ("the militias of the Donetsk")' },
    ],
    claims: [
      { t: 'some 2,000 Ukrainian troops', kind: 'count', value: 2000, unit: 'troops', holder: 'UA', claimant: 'Sergei Shoigu (Russian Defense Minister)', asOf: ['2022-04-21'], note: '"some 2,000 Ukrainian troops and fighters remained inside the plant"' },
    ],
    events: [
      { t: 'Mariupol', n: 1, ref: 'mariupol', action: 'captured', actor: 'RU', claimant: 'Russia', asOf: ['2022-04-21'], note: '"Russia Thursday claimed that it had captured the Ukrainian port city of Mariupol"' },
      { t: 'Mariupol', n: 2, ref: 'mariupol', action: 'captured', actor: 'RU', claimant: 'Sergei Shoigu (Russian Defense Minister)', asOf: ['2022-04-21'], note: '"have liberated Mariupol" (the owner rule: Russia taking a Ukrainian city is captured)' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2023-02-10',
    url: 'https://ukrainetoday.org/2023/02/10/russian-troops-likely-abandoned-at-least-30-armored-vehicles-after-failed-assault-on-vuhledar-uk-intelligence/',
    notes: 'Stored copy of a Ukraine Today item (an Ukrinform report of the UK Defence Intelligence update), its body as the store gives it; the index\'s date prefix and the date and time line ("10.02.2023 11:14") removed (the store gives no headline: the manifest title is made from the URL slug). The date is the URL\'s, the date line\'s and the index date (10 February 2023). Events: heavy Russian casualties around Vuhledar after a failed assault (fighting, RU: the attacking side); Wagner forces pushing west on the northern outskirts of Bakhmut and Russian forces dominating its northern approaches (fighting, RU); Russian advances around the western edge of Vuhledar, where they re-launched offensive operations in late January (fighting, RU). "Donetsk region" is the oblast, "the Donbas town of Bakhmut" names the region; "The UK Defense Ministry" names an official body (skipped). Traps: Ukrinform, Twitter, Wagner Group, M-03 (a road). Not claims: the 30 armored vehicles (equipment), the 2-3km (a distance).',
    places: [
      { t: 'Vuhledar', all: true, ref: 'vuhledar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Bakhmut', all: true, ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Twitter', why: 'social network' },
      { t: 'Ukrinform', why: 'news agency' },
      { t: 'Wagner Group', why: 'military company' },
      { t: 'M-03', why: 'a road' },
    ],
    skipped: [{ t: 'UK', why: OFFICIAL + ' ("The UK Defense Ministry")' }],
    claims: [],
    events: [
      { t: 'Vuhledar', n: 1, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'UK Defence Intelligence', asOf: ['2023-01-25', '2023-02-10'], note: '"heavy casualties around Vuhledar ... after a failed assault"' },
      { t: 'Bakhmut', n: 1, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: 'UK Defence Intelligence', asOf: ['2023-02-07', '2023-02-10'], note: '"On the northern outskirts of the Donbas town of Bakhmut, Wagner Group forces have pushed 2-3km further west"' },
      { t: 'Bakhmut', n: 2, ref: 'bakhmut', action: 'fighting', actor: 'RU', claimant: 'UK Defence Intelligence', asOf: ['2023-02-10'], note: '"Russian forces increasingly dominate the northern approaches to Bakhmut"' },
      { t: 'Vuhledar', n: 2, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'UK Defence Intelligence', asOf: ['2023-02-07', '2023-02-10'], note: '"Russian units have made advances around the western edge of the town of Vuhledar, where they re-launched offensive operations in late January 2023"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-10-12',
    url: 'https://kyivindependent.com/ukraine-faces-heavy-onslaught-at-avdiivka-as-russia-launches-new-offensive/',
    notes: 'Stored copy of a Kyiv Independent news item, its headline first and its body up to the last full sentence (the store cuts the next one, "On the following day, the military said that Russia launched 10 more un", mid-word: removed); the line "Skip to content", the photo caption with its credit, the byline and date line ("by Martin Fornusek October 12, 2023 6:48 PM 5 min read"), "This audio is created with AI assistance" and the membership appeal before the body removed. The date is the byline\'s (12 October 2023). Events: the onslaught at Avdiivka and the heavy assault in its direction (fighting, RU, from 10 October); the three battalions intensifying their operations against Avdiivka (fighting, RU, 10 October, the General Staff); the 10 attacks against Avdiivka and eight more east of Stepove and southeast of Sieverne repelled on 11 October (fighting, RU); "occupied Donetsk" (controls, RU). "Avdiivka has stood on the front lines since ... 2014" is a state, Russia\'s massive strikes against the town are strikes (no event); "the Avdiivka City Military Administration" names an administration and "the General Staff of Ukraine’s Armed Forces" an official body (skipped). Russia (four times), Ukraine (the headline) and Moscow are the countries and the government. Claims: over 2,000 soldiers in the three battalions (count, troops, RU; the General Staff). Traps: Vitalii Barabash.',
    places: [
      { t: 'Avdiivka', n: 1, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 2, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 3, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 4, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 6, ref: 'avdiivka' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Donetsk', ref: 'donetsk' },
      { t: 'Stepove', ref: 'stepoveAvdiivka' },
      { t: 'Sieverne', ref: 'sieverne' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
    ],
    traps: [{ t: 'Vitalii Barabash', why: 'person' }],
    skipped: [
      { t: 'Ukraine', n: 2, why: OFFICIAL + ' ("The General Staff of Ukraine’s Armed Forces")' },
      { t: 'Avdiivka', n: 5, why: 'inside an administration\'s name ("the Avdiivka City Military Administration")' },
    ],
    claims: [
      { t: 'over 2,000 soldiers', kind: 'count', value: 2000, unit: 'troops', holder: 'RU', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2023-10-10'], note: '"up to three Russian battalions – over 2,000 soldiers – ... had intensified their operations against Avdiivka"' },
    ],
    events: [
      { t: 'Avdiivka', n: 1, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-10-10', '2023-10-12'], note: 'the headline: "Ukraine faces onslaught at Avdiivka as Russia launches new offensive"' },
      { t: 'Avdiivka', n: 2, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-10-10', '2023-10-12'], note: '"Russian forces launched a heavy assault in the direction of the front-line town of Avdiivka"' },
      { t: 'Avdiivka', n: 4, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2023-10-10'], note: '"had intensified their operations against Avdiivka"' },
      { t: 'Donetsk', ref: 'donetsk', action: 'controls', actor: 'RU', claimant: null, asOf: ['2023-10-12'], note: '"the doorstep of occupied Donetsk"' },
      { t: 'Avdiivka', n: 6, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2023-10-11'], note: '"Ukrainian forces repelled 10 enemy attacks against Avdiivka"' },
      { t: 'Stepove', ref: 'stepoveAvdiivka', action: 'fighting', actor: 'RU', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2023-10-11'], note: '"and eight more east of Stepove and southeast of Sieverne"' },
      { t: 'Sieverne', ref: 'sieverne', action: 'fighting', actor: 'RU', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2023-10-11'], note: '"southeast of Sieverne"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2024-04-26',
    url: 'https://euromaidanpress.com/2024/04/26/british-defense-ministry-russia-accelerates-advance-west-from-avdiivka/',
    notes: 'Stored copy of a Euromaidan Press news item, its headline, standfirst and body as the store gives them; the index\'s date prefix, the language switch ("Eng") before the headline and the byline, date, reading-time line and photo caption with its credit after the standfirst removed. The date is the URL\'s, the byline\'s and the index date (26 April 2024). Events: the narrow corridor formed "to reach Ocheretyne" (fighting, RU: an advance towards it) and the narrow passage created "to enter the town of Ocheretyne" (entered, RU: British intelligence\'s account of the salient into the town); Russian forces took control of Avdiivka in mid-February and captured it (captured, RU, twice); the epicentre of Russian efforts in the Bakhmut direction was Chasiv Yar (fighting, RU). The advance "west of Avdiivka" and "west from Avdiivka" and the places "north of Avdiivka" are positions the sentence does not put in a settlement (no event); "several small settlements" names none. "the Bakhmut direction" is a front axis (skipped); "the Donetsk Oblast" is the oblast; Russia (the headline), Ukraine and the US are countries. Traps: the Institute for the Study of War carries no place. Not claims: the distances (15km, 15 kilometers).',
    places: [
      { t: 'Russia', ref: 'russia' },
      { t: 'Avdiivka', all: true, ref: 'avdiivka' },
      { t: 'Ocheretyne', all: true, ref: 'ocheretyne' },
      { t: 'Donetsk Oblast', ref: 'donetskOblast' },
      { t: 'Chasiv Yar', ref: 'chasivYar' },
      { t: 'US', ref: 'usa' },
      { t: 'Ukraine', ref: 'ukraine' },
    ],
    traps: [],
    skipped: [{ t: 'Bakhmut', why: 'front axis ("the Bakhmut direction")' }],
    claims: [],
    events: [
      { t: 'Ocheretyne', n: 1, ref: 'ocheretyne', action: 'fighting', actor: 'RU', claimant: 'UK Defence Intelligence', asOf: ['2024-04-19', '2024-04-26'], note: 'the standfirst: "Formed narrow corridor to reach Ocheretyne"' },
      { t: 'Ocheretyne', n: 2, ref: 'ocheretyne', action: 'entered', actor: 'RU', claimant: 'UK Defence Intelligence', asOf: ['2024-04-19', '2024-04-26'], note: '"have created a narrow passage into Ukrainian territory to enter the town of Ocheretyne" (over the past week)' },
      { t: 'Avdiivka', n: 5, ref: 'avdiivka', action: 'captured', actor: 'RU', claimant: 'UK Defence Intelligence', asOf: ['2024-02-10', '2024-02-20'], note: '"Since mid-February 2024, when Russian forces took control of Avdiivka"' },
      { t: 'Avdiivka', n: 6, ref: 'avdiivka', action: 'captured', actor: 'RU', claimant: 'UK Defence Intelligence', asOf: ['2024-02-10', '2024-02-20'], note: '"After capturing Avdiivka"' },
      { t: 'Chasiv Yar', ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: 'UK Defence Intelligence', asOf: ['2024-02-20', '2024-04-26'], note: '"increasing pressure on the Bakhmut direction, where the epicenter of Russian military efforts was Chasiv Yar"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2023-10-13',
    url: 'https://headtopics.com/us/russia-mounts-largest-assault-in-months-in-eastern-ukraine-46691804',
    notes: 'Stored copy of an ABC News report as Head Topics carries it, its body as the store gives it (with the site\'s "MORE: ..." link and its "headtopics.com" tags inside the text, kept); the index\'s date prefix and the photo caption before the body ("Smoke rises from an area in the direction of Avdiivka, as seen from Donetsk, Russian-controlled Ukraine, Oct. 11, 2023.") removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (13 October 2023); the offensive began on 10 October ("Yesterday a lot of armor was used"). Events: the major new Russian offensive operation in Avdiivka, the main attack on Avdiivka, the offensive around Avdiivka and the attacks on it since 2014 (fighting, RU); ISW: Russia captured about 4.52 km² around Avdiivka in the last three days (fighting, RU: ground around the town, not the town). "Avdiivka is located close to Donetsk" carries no event; "the Russian-occupied Donetsk region" is the oblast (no settlement). "Avdiivka’s military administration" names an administration, "Ukraine\'s Territorial Defense Forces" and "Ukraine’s general staff" official bodies (skipped). Claims: over 1,000 Russian troops killed and injured since the offensive began (count, casualties, RU; Ukraine\'s general staff), roughly 4.52 km² captured in three days (area-gained, km², RU; ISW). Traps: Vitaliy Barabash, Oleksiy Dmitrashkivsky, ABC News, NATO, headtopics.com (twice).',
    places: [
      { t: 'Avdiivka', n: 1, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 3, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 4, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 5, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 6, ref: 'avdiivka' },
      { t: 'Avdiivka', n: 7, ref: 'avdiivka' },
      { t: 'Donetsk', ctx: 'close to Donetsk', ref: 'donetsk' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Russia', all: true, ref: 'russia' },
    ],
    traps: [
      { t: 'Vitaliy Barabash', why: 'person' },
      { t: 'Oleksiy Dmitrashkivsky', why: 'person' },
      { t: 'ABC News', why: 'broadcaster' },
      { t: 'NATO', why: 'alliance' },
      { t: 'headtopics.com', all: true, why: 'the site\'s tag inside the text' },
    ],
    skipped: [
      { t: 'Avdiivka', n: 2, why: 'inside an administration\'s name ("Avdiivka’s military administration")' },
      { t: 'Ukraine', n: 1, why: OFFICIAL + ' ("the Command of Ukraine\'s Territorial Defense Forces")' },
      { t: 'Ukraine', n: 2, why: OFFICIAL + ' ("Ukraine’s general staff")' },
    ],
    claims: [
      { t: 'over 1,000 Russian troops', kind: 'count', value: 1000, unit: 'casualties', holder: 'RU', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2023-10-10', '2023-10-13'], note: '"over 1,000 Russian troops had been killed and injured since the new offensive operation began"' },
      { t: 'roughly 4.52 square kilometers', kind: 'area-gained', value: 4.52, unit: 'km2', holder: 'RU', claimant: 'Institute for the Study of War', asOf: ['2023-10-10', '2023-10-13'], note: '"Russia had managed to capture roughly 4.52 square kilometers of territory ... around Avdiivka in the last three days"' },
    ],
    events: [
      { t: 'Avdiivka', n: 1, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-10-10', '2023-10-13'], note: '"a major new Russian offensive operation in the strategic city of Avdiivka"' },
      { t: 'Avdiivka', n: 3, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2023-10-10', '2023-10-13'], note: '"the main attack is on Avdiivka"' },
      { t: 'Avdiivka', n: 5, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Oleksiy Dmitrashkivsky (Territorial Defense Forces)', asOf: ['2023-10-10', '2023-10-13'], note: '"there has never been such an offensive around Avdiivka"' },
      { t: 'Avdiivka', n: 6, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Oleksiy Dmitrashkivsky (Territorial Defense Forces)', asOf: ['2014-01-01', '2023-10-13'], note: '"they’ve attacked Avdiivka since 2014"' },
      { t: 'Avdiivka', n: 7, ref: 'avdiivka', action: 'fighting', actor: 'RU', claimant: 'Institute for the Study of War', asOf: ['2023-10-10', '2023-10-13'], note: '"capture roughly 4.52 square kilometers of territory from different directions around Avdiivka in the last three days"' },
    ],
  },
];
