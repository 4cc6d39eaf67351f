// Hand annotations, English articles of tests/eval/fresh68. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const TITLE = "country inside an official's title";
const RIVER = 'river';
const MOD = 'Russian Defence Ministry';
const SYRSKYI = 'Oleksandr Syrskyi';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2025-02-05',
    url: 'https://www.urdupoint.com/en/world/russia-says-captured-two-more-villages-in-eas-1918158.html',
    notes: 'Stored copy on UrduPoint (after the Associated Press of Pakistan), its headline and body as the store gives them; the byline and time line ("Fahad Shabbir (@FahadShabbir) Published February 05, 2025 | 04:20 PM") and the headline repeated in sentence case removed. The date is the page\'s and the dateline\'s (5 February 2025, a Wednesday: "Russia on Wednesday said"). Events: "troops took the village of Novomlynsk" and "troops took the village of Baranivka" (captured, RU, the defence ministry); Ocheretyne, "where Russian forces have pressed for months" (fighting, RU, judgement call: the relative clause tells of Russian attacks at the town named before it). Not events: the headline\'s "two more villages" (no name), "crossed the Oskil river" (a river), "the capture of east Ukrainian villages" (no name). Counted: the dateline\'s Moscow, "Moscow\'s offensive" (the government), Kyiv (the government), Russia three times, Ukraine three times, "the Kharkiv region" twice. Skipped: Moscow in "Moscow\'s defence ministry" (a capital inside an official body\'s name, as earlier sets skip it), the Oskil river twice. Traps: the agency and outlet in the dateline (APP, UrduPoint, Pakistan Point News). Claims (added after the first run: an annotation slip, as earlier sets count "two villages" taken): "Two More Villages" in the headline and "two more villages" in the lead (count, settlements, RU, the ministry, the report\'s day).',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Moscow', n: 1, ref: 'moscow' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Novomlynsk', ref: 'novomlynsk' },
      { t: 'Kharkiv region', all: true, ref: 'kharkivOblast' },
      { t: 'Baranivka', ref: 'baranivka' },
      { t: 'Ocheretyne', ref: 'ocheretyne' },
      { t: 'Moscow', n: 3, ref: 'moscow' },
    ],
    traps: [
      { t: 'APP', why: 'a news agency (Associated Press of Pakistan)' },
      { t: 'UrduPoint', why: 'an outlet' },
      { t: 'Pakistan Point News', why: 'an outlet named after a country' },
    ],
    skipped: [
      { t: 'Moscow', n: 2, why: 'capital inside an official body\'s name ("Moscow\'s defence ministry")' },
      { t: 'Oskil river', all: true, why: RIVER },
    ],
    claims: [
      { t: 'Two More Villages', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-02-05'], note: 'headline: "Russia Says Captured Two More Villages In East And Northeast Ukraine" (added after the first run: an annotation slip)' },
      { t: 'two more villages', kind: 'count', value: 2, unit: 'settlements', holder: 'RU', claimant: MOD, asOf: ['2025-02-05'], note: '"Russia on Wednesday said its forces have taken two more villages" (added after the first run: an annotation slip)' },
    ],
    events: [
      { t: 'Novomlynsk', ref: 'novomlynsk', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-02-05'], note: '"Moscow\'s defence ministry said troops took the village of Novomlynsk in the northeastern Kharkiv region"' },
      { t: 'Baranivka', ref: 'baranivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-02-05'], note: '"The ministry also said troops took the village of Baranivka"' },
      { t: 'Ocheretyne', ref: 'ocheretyne', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2025-02-05'], note: '"north of the town of Ocheretyne, where Russian forces have pressed for months" (judgement call)' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-09-25',
    url: 'https://unn.ua/en/news/russian-subversive-reconnaissance-groups-try-to-break-through-to-vuhledar-no-enemy-on-outskirts-of-the-city-rma',
    notes: 'Stored copy on UNN (English edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the related link after the text ("Russian troops attack Vuhledar from three sides - British intelligence") removed; the space before the full stop in "UNN reports ." kept. The date is the page\'s (25 September 2024, a Wednesday: "said on Wednesday"). Events: "On the outskirts of Vuhledar ... groups are trying to break into the city" (fighting, RU, the attacker at the outskirts, Filashkin) and "(on the outskirts of Vuhledar - ed.) ... the enemy is advancing" (fighting, RU). Not events: "The city is not captured by the Russians" and "The city has not been captured yet" (the denials name no settlement in their sentences: judgement call, as fresh66 leaves a capture told without the name in its sentence unanchored; the city is Vuhledar). Counted: "Donetsk region". Traps: UNN (an outlet), the person (twice). No claim ("about 100 people left in the city" are civilians).',
    places: [
      { t: 'Vuhledar', all: true, ref: 'vuhledar' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'UNN', why: 'a news agency' },
      { t: 'Vadym Filashkin', why: 'person' },
      { t: 'Filashkin', ctx: 'said Filashkin', why: 'person' },
    ],
    events: [
      { t: 'Vuhledar', n: 1, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'Vadym Filashkin', asOf: ['2024-09-25'], note: '"On the outskirts of Vuhledar, Donetsk region, some Russian subversive reconnaissance groups are trying to break into the city"' },
      { t: 'Vuhledar', n: 2, ref: 'vuhledar', action: 'fighting', actor: 'RU', claimant: 'Vadym Filashkin', asOf: ['2024-09-25'], note: '"We burned a huge amount of enemy equipment (on the outskirts of Vuhledar - ed.), but unfortunately, the enemy is advancing"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-09-22',
    url: 'https://www.thesun.ie/news/15872792/russian-troops-retreat-ukraine-kyiv-pokrovsk/',
    notes: 'Stored copy on The Irish Sun, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug and the body); three photo captions ("12 New videos surface online ...", "12 The claims come after ...", "12 Russia and Ukraine have both suffered ..."), a related-story line ("READ MORE WORLD NEWS FLIGHT CHAOS All flights halted at SECOND Scandi airport due to \'mystery\' drones") and the related link after the text ("Ukraine strikes Ryazan Oil refinery as Russia runs DANGEROUSLY LOW on short range defence") removed. The date is the page\'s (22 September 2025, a Monday: "In a statement on Monday", "As of 12pm on 22 September 2025"). Claims (Syrskyi): "some 60 square miles" recaptured "since August" (area-retaken, UA, 1 August to the report); "164.0 km²" liberated as of 22 September (area-retaken, UA); "seven settlements" where control was restored and "nine more" cleared (count, settlements, UA, the statement\'s day, as an earlier set counts "ще дев’ять – зачищено"); "1500 killed" and "another thousand wounded" (count, killed and wounded, RU: the side that suffers them; no span in the text: the statement\'s day). Not claims: "a further 70 square miles" where the Russians "abandoned positions" and "180.3 km² cleared of enemy sabotage groups" (ground cleared of infiltrators is not ground changing hands, as fresh10 and fresh62 read it), "12 main battle tanks", "almost six miles" (a distance). Events: "north of the bomb-blitzed town of Pokrovsk" is a location; "a key supply road between Dobropillia and Kostiantynivka" is a road named by its ends (judgement call: counted as places, no event: the road, not the towns, was threatened). Counted: UKRAINE in capitals, Kyiv twice (the government), Ukraine\'s morale and Ukraine’s troops. Skipped: Ukraine in "Ukraine’s President Zelenskyy" (a title). Traps: the persons (Syrskyi three times, Putin, Zelenskyy). No event.',
    places: [
      { t: 'UKRAINE', ref: 'ukraine' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Dobropillia', ref: 'dobropillia' },
      { t: 'Kostiantynivka', ref: 'kostiantynivka' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Oleksandr Syrskyi', why: 'person' },
      { t: 'Syrskyi', ctx: 'Gen Syrskyi claimed', why: 'person' },
      { t: 'Syrskyi', ctx: 'Gen Syrskyi said:', why: 'person' },
      { t: 'Syrskyi', ctx: 'Gen Syrskyi said his', why: 'person' },
      { t: 'Putin', why: 'person' },
      { t: 'Zelenskyy', why: 'person' },
    ],
    skipped: [{ t: 'Ukraine', n: 2, why: TITLE + ' ("Ukraine’s President Zelenskyy")' }],
    claims: [
      { t: '60 square miles', kind: 'area-retaken', value: 60, unit: 'mi2', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-08-01', '2025-09-22'], note: '"his troops had recaptured some 60 square miles in a major reversal since August"' },
      { t: '1500 killed', kind: 'count', value: 1500, unit: 'killed', holder: 'RU', claimant: SYRSKYI, asOf: ['2025-09-22'], note: '"Russian forces had suffered eye-watering losses including 1500 killed in action"' },
      { t: 'thousand wounded', kind: 'count', value: 1000, unit: 'wounded', holder: 'RU', claimant: SYRSKYI, asOf: ['2025-09-22'], note: '"another thousand wounded"' },
      { t: 'seven settlements', kind: 'count', value: 7, unit: 'settlements', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-09-22'], note: '"Control has been restored in seven settlements"' },
      { t: 'nine more', kind: 'count', value: 9, unit: 'settlements', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-09-22'], note: '"and nine more have been cleared of enemy sabotage and reconnaissance groups"' },
      { t: '164.0 km²', kind: 'area-retaken', value: 164, unit: 'km2', holder: 'UA', claimant: SYRSKYI, asOf: ['2025-09-22'], note: '"As of 12pm on 22 September 2025, a total of 164.0 km² have been liberated"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2024-08-27',
    url: 'https://tribune.net.ph/2024/08/27/ukraine-seizes-control-of-over-1200-square-kilometers-in-russian-border-region',
    notes: 'Stored copy on the Daily Tribune (after AFP), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the source tag after the text ("(Source: Agence France-Presse)") removed. The date is the page\'s and the URL\'s (27 August 2024, a Tuesday: "made Tuesday", "on the same day"). Claims (Syrsky, as fresh2 reads the same statement): "1,294 square kilometers" (area-held, UA, the statement\'s day) and "100 settlements" (count, settlements, UA). Not claims: "(nearly 500 square miles)" (a conversion in brackets), "594 Russian soldiers" captured (prisoners, as fresh2 reads them). Event: "its forces had captured the village of Orlovka in the eastern Donetsk region, near the city of Pokrovsk" (captured, RU, the defence ministry, 27 August). Not events: Pokrovsk (a location), the Kursk region (a region). Counted: Kursk as the region twice ("the Russian border region of Kursk", "The incursion into Kursk"), Kyiv (the government), Russia and Ukraine in possessives (Ukraine\'s military forces, momentum and offensive; "Russia\'s Kursk nuclear power plant", "Russia\'s recent missile ... strikes"), "the UK". Skipped: Ukraine in "Ukraine\'s army chief" (a title), Russia in "Russia’s defense ministry" (a body), Kursk in "Kursk nuclear power plant" (a facility named after the region; judgement call). Traps: the persons, Reuters, the International Atomic Energy Agency is no place and is not marked.',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Kursk', n: 1, ref: 'kurskOblast' },
      { t: 'Kursk', n: 2, ref: 'kurskOblast' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Ukraine', n: 3, ref: 'ukraine' },
      { t: 'Orlovka', ref: 'orlivka' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Russia', n: 2, ref: 'russia' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'UK', ref: 'unitedKingdom' },
      { t: 'Russia', n: 3, ref: 'russia' },
    ],
    traps: [
      { t: 'Oleksandr Syrsky', why: 'person' },
      { t: 'Rafael Grossi', why: 'person' },
      { t: 'Reuters', why: 'a news agency' },
    ],
    skipped: [
      { t: 'Ukraine', n: 2, why: TITLE + ' ("Ukraine\'s army chief")' },
      { t: 'Russia', n: 1, why: BODY + ' ("Russia’s defense ministry")' },
      { t: 'Kursk', n: 3, why: 'inside a facility\'s name ("Kursk nuclear power plant"; judgement call)' },
    ],
    claims: [
      { t: '1,294 square kilometers', kind: 'area-held', value: 1294, unit: 'km2', holder: 'UA', claimant: 'Oleksandr Syrsky', asOf: ['2024-08-27'], note: '"seizing control of 1,294 square kilometers (nearly 500 square miles) and 100 settlements, according to a statement made Tuesday by Ukraine\'s army chief"' },
      { t: '100 settlements', kind: 'count', value: 100, unit: 'settlements', holder: 'UA', claimant: 'Oleksandr Syrsky', asOf: ['2024-08-27'] },
    ],
    events: [
      { t: 'Orlovka', ref: 'orlivka', action: 'captured', actor: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2024-08-27'], note: '"Russia’s defense ministry announced on the same day that its forces had captured the village of Orlovka"' },
    ],
  },
];
