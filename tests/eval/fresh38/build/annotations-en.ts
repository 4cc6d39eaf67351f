// Hand annotations, English articles of tests/eval/fresh38. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const MOD = 'Russian Defense Ministry';
const VOLOSHYN = 'Vladyslav Voloshyn';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-05-05',
    url: 'http://www.theepochtimes.com/world/russia-liberates-another-village-in-donetsk-amid-ongoing-westward-advance-5644578',
    notes: 'Stored copy on The Epoch Times, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the last sentence, cut by the store ("“Ukrainian army units are trying to hold "), removed. The date is the text\'s: the ministry\'s "May 5 statement" and the General Staff\'s "nightly briefing on May 5" (2024: Avdiivka "captured in February" after the full invasion of 2022). Events: "Russian forces have captured the village of Ocheretyne" and "fully liberated the settlement of Ocheretyne" (captured, RU, the ministry: a Ukrainian village, the owner rule); Avdiivka "which Russian troops ... captured in February" (captured, RU, February 2024). Not events: "If true, the capture of Ocheretyne would bring Moscow one step closer" (a hypothesis on the same claim), "refrained from mentioning Ocheretyne", "the village is currently under Russian control" (no name in its clause), "Ocheretyne is located roughly 12 miles northwest of the town of Avdiivka" (a location), the annexation of Donbas. Claims: Shoigu\'s "more than 200 square miles of territory ... since the start of the year" (area-gained, RU, 1 January to 5 May 2024). Traps: the outlet, NATO, the Central Battlegroup. Skipped: Russia in "Russia’s defense ministry".',
    places: [
      { t: 'Ocheretyne', all: true, ref: 'ocheretyne' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Donbas', all: true, ref: 'donbas' },
      { t: 'Russia', ctx: 'Russia invaded', ref: 'russia' },
      { t: 'Russia', ctx: 'in Russia’s “new regions”', ref: 'russia' },
      { t: 'Donetsk', ctx: 'comprising Donetsk', ref: 'donetskOblast' },
      { t: 'Luhansk', ref: 'luhanskOblast' },
      { t: 'Avdiivka', ref: 'avdiivka' },
      { t: 'Donetsk', ctx: 'villages in Donetsk', ref: 'donetskOblast' },
      { t: 'Donetsk', ctx: 'including Donetsk', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'The Epoch Times', why: 'the outlet' },
      { t: 'NATO', why: 'an alliance' },
      { t: 'Central Battlegroup', why: 'a group of forces' },
      { t: 'Sergey Shoigu', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', ctx: 'to Russia’s defense ministry', why: OFFICIAL + ' ("Russia’s defense ministry")' },
    ],
    claims: [
      { t: 'more than 200 square miles', kind: 'area-gained', value: 200, unit: 'mi2', holder: 'RU', claimant: 'Sergey Shoigu', asOf: ['2024-01-01', '2024-05-05'], note: '"his forces had taken more than 200 square miles of territory in Russia’s “new regions” since the start of the year"' },
    ],
    events: [
      { t: 'Ocheretyne', n: 1, ref: 'ocheretyne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'], note: '"Russian forces have captured the village of Ocheretyne ..., according to Russia’s defense ministry"' },
      { t: 'Ocheretyne', n: 2, ref: 'ocheretyne', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-05-05'], note: '"Central Battlegroup units fully liberated the settlement of Ocheretyne" (a Ukrainian village: captured)' },
      { t: 'Avdiivka', ref: 'avdiivka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-02-01', '2024-02-29'], note: '"the town of Avdiivka, which Russian troops ... captured in February"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-01-26',
    url: 'https://jordantimes.com/news/world/russia-says-captured-east-ukrainian-town-velyka-novosilka',
    notes: 'Stored copy on The Jordan Times (after AFP), its headline and body as the store gives them; the rubric ("You are here"), the agency and date line ("By AFP - Jan 26,2025 - Last updated at Jan 26,2025") and the photo caption before the body removed. The date is the date line\'s (26 January 2025, "Sunday"). Events: "its forces had captured the east Ukrainian town of Velyka Novosilka" and "\\"liberated the settlement of Velyka Novosilka\\"" (captured, RU, the ministry: a Ukrainian town, the owner rule). Not events: "Velyka Novosilka is close to the southern front line" (a location), "steady advances ... in eastern Ukraine" (no settlement). No claims. Traps: Donald Trump, the White House. Skipped: Moscow in "Moscow\'s defence ministry".',
    places: [
      { t: 'Velyka Novosilka', all: true, ref: 'velykaNovosilka' },
      { t: 'MOSCOW', ref: 'moscow' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Donald Trump', why: 'person' },
      { t: 'White House', why: 'the US presidency' },
    ],
    skipped: [
      { t: 'Moscow', why: OFFICIAL + ' ("Moscow\'s defence ministry")' },
    ],
    claims: [],
    events: [
      { t: 'Velyka Novosilka', n: 2, ref: 'velykaNovosilka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-01-26'], note: '"Russia on Sunday said its forces had captured the east Ukrainian town of Velyka Novosilka"' },
      { t: 'Velyka Novosilka', n: 3, ref: 'velykaNovosilka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-01-26'], note: '"\\"liberated the settlement of Velyka Novosilka\\"" (a Ukrainian town: captured)' },
      { t: 'Velyka Novosilka', n: 1, ref: 'velykaNovosilka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-01-26'], note: 'the headline: "Russia says captured east Ukrainian town of Velyka Novosilka"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-11-21',
    url: 'https://menafn.com/1110380625/Battle-Happened-Ten-Kilometers-Form-Huliaipole-Situation-In-South-Still-Difficult-Voloshyn',
    notes: 'Stored copy on MENAFN (after Ukrinform), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the source line "MENAFN - UkrinForm)" before the body removed; the last words, cut by the store ("At the same time,"), removed. The date is the index\'s (21 November 2025). Events: "Fierce fighting is currently ongoing in Zelenyi Hai, Vesele, Vysoke, Rivnopillia, and Solodke" (fighting, RU, the attacker on the Huliaipole axis, as Voloshyn tells it); "Regarding the situation in Solodke, ... Ukrainian defenders withdrew from the village" (withdrew, UA). Not events: "the Russian soldiers who slipped into the village have already been eliminated" (no name), Huliaipole as the largest settlement and a hub, the routes "toward Pokrovske ... and toward Zaporizhzhia", glide bombs dropped on Huliaipole (a strike), a denied encirclement. "the Huliaipole sector" names the town\'s front (a mention of Huliaipole, no event). Claims: "150 Russian invaders are killed daily in this sector" (count, killed, RU, a day) and "the Russian army loses about 300 soldiers per day" (count, casualties, RU, a day). Traps: Hromadske Radio, Ukrinform.',
    places: [
      { t: 'Huliaipole', all: true, ref: 'huliaipole' },
      { t: 'Pokrovske', ref: 'pokrovskeDnipro' },
      { t: 'Dnipropetrovsk region', ref: 'dnipropetrovskOblast' },
      { t: 'Zaporizhzhia', ref: 'zaporizhzhia' },
      { t: 'Zelenyi Hai', ref: 'zelenyiHai' },
      { t: 'Vesele', ref: 'vesele' },
      { t: 'Vysoke', ref: 'vysoke' },
      { t: 'Rivnopillia', ref: 'rivnopillia' },
      { t: 'Solodke', all: true, ref: 'solodke' },
    ],
    traps: [
      { t: 'Hromadske Radio', why: 'a broadcaster' },
      { t: 'Ukrinform', why: 'a news agency' },
      { t: 'Vladyslav Voloshyn', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '150 Russian invaders', kind: 'count', value: 150, unit: 'killed', holder: 'RU', claimant: VOLOSHYN, asOf: ['2025-11-21'], note: '"150 Russian invaders are killed daily in this sector" (a day\'s figure)' },
      { t: 'about 300 soldiers', kind: 'count', value: 300, unit: 'casualties', holder: 'RU', claimant: VOLOSHYN, asOf: ['2025-11-21'], note: '"in the south, the Russian army loses about 300 soldiers per day"' },
    ],
    events: [
      { t: 'Zelenyi Hai', ref: 'zelenyiHai', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-11-21'], note: '"Fierce fighting is currently ongoing in Zelenyi Hai, ..."' },
      { t: 'Vesele', ref: 'vesele', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-11-21'], note: 'the list of fighting' },
      { t: 'Vysoke', ref: 'vysoke', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-11-21'], note: 'the list of fighting' },
      { t: 'Rivnopillia', ref: 'rivnopillia', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-11-21'], note: 'the list of fighting' },
      { t: 'Solodke', n: 1, ref: 'solodke', action: 'fighting', actor: 'RU', claimant: VOLOSHYN, asOf: ['2025-11-21'], note: 'the list of fighting' },
      { t: 'Solodke', n: 2, ref: 'solodke', action: 'withdrew', actor: 'UA', claimant: VOLOSHYN, asOf: ['2025-11-21'], note: '"Regarding the situation in Solodke, Voloshyn said that Ukrainian defenders withdrew from the village"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-12-12',
    url: 'https://mia.mk/story/putin-announces-capture-of-ukrainian-town-of-siversk',
    notes: 'Stored copy on MIA (mia.mk, after dpa), its headline and body as the store gives them; the standfirst after the headline, which repeats the first sentence of the body, removed. The date is the date line\'s ("Moscow, 12 December 2025"); the announcement is "on Thursday" (11 December 2025). Events: the headline\'s "capture of Ukrainian town of Siversk" and "announced the capture of the eastern Ukrainian town of Siversk" (captured, RU, Putin and Gerasimov; "The Ukrainian side did not initially comment": not denied). Not events: "its next objective is to take the town of Sloviansk" (an aim), "the conquest of the Donetsk, Luhansk, Kherson and Zaporizhzhya regions is progressing" (regions, no settlement), the demand that Kyiv withdraw from Donbass (a demand). No claims ("more than 100,000 people" is a population). Traps: persons, dpa and MIA. Skipped: US in "US President".',
    places: [
      { t: 'Siversk', all: true, ref: 'siversk' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Donbass', all: true, ref: 'donbas' },
      { t: 'Sloviansk', ref: 'sloviansk' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Luhansk', ref: 'luhanskOblast' },
      { t: 'Kherson', ref: 'khersonOblast' },
      { t: 'Zaporizhzhya', ref: 'zaporizhzhiaOblast' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Kiev', all: true, ref: 'kyiv' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Vladimir Putin', why: 'person' },
      { t: 'Valery Gerasimov', why: 'person' },
      { t: 'Donald Trump', why: 'person' },
      { t: 'dpa', why: 'a news agency' },
    ],
    skipped: [
      { t: 'US', why: OFFICIAL + ' ("US President Donald Trump")' },
    ],
    claims: [],
    events: [
      { t: 'Siversk', n: 1, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Vladimir Putin', asOf: ['2025-12-11'], note: 'the headline: "Putin announces capture of Ukrainian town of Siversk"' },
      { t: 'Siversk', n: 2, ref: 'siversk', action: 'captured', actor: 'RU', claimant: 'Vladimir Putin', asOf: ['2025-12-11'], note: '"Putin and ... Gerasimov on Thursday announced the capture of the eastern Ukrainian town of Siversk"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2024-09-19',
    url: 'https://www.devdiscourse.com/article/law-order/3091901-russian-forces-capture-ukrainian-village-in-eastern-donetsk',
    notes: 'Stored copy on Devdiscourse (after Reuters), its headline and body as the store gives them; the standfirst after the headline (a summary of the body), the desk and date line ("Devdiscourse News Desk | Moscow | Updated: 19-09-2024 ...") and the closing "(With inputs from agencies.)" removed. The date is the date line\'s (19 September 2024, "Thursday"). Events: "Russian forces have taken control of the village of Heorhiivka" (captured, RU, the ministry as RIA cites it). No claims. Traps: RIA, Reuters.',
    places: [
      { t: 'Donetsk', ctx: 'Eastern Donetsk', ref: 'donetskOblast' },
      { t: 'Heorhiivka', ref: 'heorhiivka' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [
      { t: 'RIA', why: 'a news agency' },
      { t: 'Reuters', why: 'a news agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Heorhiivka', ref: 'heorhiivka', action: 'captured', actor: 'RU', claimant: 'the Defence Ministry', asOf: ['2024-09-19'], note: '"Russian forces have taken control of the village of Heorhiivka ..., the RIA state news agency cited the Defence Ministry as saying on Thursday"' },
    ],
  },
];
