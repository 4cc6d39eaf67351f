// Hand annotations, English articles of tests/eval/fresh29. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country inside an official title or body's name";
const BALITSKY = 'Yevgeny Balitsky';
const SOUTH = 'Southern Defence Forces';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2023-09-06',
    url: 'https://english.pravda.ru/news/hotspots/157584-russian_forces_robotyne/',
    notes: 'Stored copy of a Pravda.ru (English) news item, its headline and body as the store gives them; the index\'s date prefix removed. The photo credit inside the text ("Photo: \\"Ukrainian Army\\" by U.S. Army Europe ...") is kept. The date is the index date (6 September 2023). Events: the Russian forces "pull back from the village of Robotyne" (the headline) and "tactically pulled back from the village of Rabotino" (withdrew, RU, claimant Balitsky, the Russian-installed head of the region); "battles for Robotyne" (fighting, UA: the Ukrainian counteroffensive attacks the village). The five or six houses Russian troops held "on the southern outskirts of the village" and the northern outskirts Ukrainian units held name no settlement (no event); "the village of Robotyne has been completely destroyed" and "no places left in Robotyne" are no control events. "Zaporozhye" and "Zaporizhzhia" both name the region ("in the Zaporozhye (aka Zaporizhzhia) region"). "U.S. Army Europe" is a military command named in a photo credit (skipped), "the Armed Forces of Ukraine" and "UK\'s new Secretary of Defence" official bodies and titles (skipped); "Ukraine\'s 14 Challenger 2 tanks" names the country. Traps: Yevgeny Balitsky, Balitskiy, Balitsky, Rybar, Telegram, WarGonzo, Grant Shapps, Shapps (twice). Not claims: "five or six houses", "14 Challenger 2 tanks".',
    places: [
      { t: 'Robotyne', all: true, ref: 'robotyne' },
      { t: 'Rabotino', ref: 'robotyne' },
      { t: 'Zaporozhye', ref: 'zaporizhzhiaOblast' },
      { t: 'Zaporizhzhia', ref: 'zaporizhzhiaOblast' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
    ],
    traps: [
      { t: 'Yevgeny Balitsky', why: 'person' },
      { t: 'Balitskiy', why: 'person' },
      { t: 'Balitsky', n: 2, why: 'person' },
      { t: 'Rybar', why: 'a Telegram channel' },
      { t: 'Telegram', why: 'a messaging app' },
      { t: 'WarGonzo', why: 'a Telegram project' },
      { t: 'Grant Shapps', why: 'person' },
      { t: 'Shapps', n: 2, why: 'person' },
    ],
    skipped: [
      { t: 'U.S. Army Europe', why: 'a military command named in a photo credit (country and continent inside a body\'s name)' },
      { t: 'Ukraine', n: 1, why: OFFICIAL + ' ("the Armed Forces of Ukraine")' },
      { t: 'UK', why: OFFICIAL + ' ("UK\'s new Secretary of Defence")' },
    ],
    events: [
      { t: 'Robotyne', n: 1, ref: 'robotyne', action: 'withdrew', actor: 'RU', claimant: BALITSKY, asOf: ['2023-09-06'], note: 'the headline: "Russian forces pull back from the village of Robotyne"' },
      { t: 'Rabotino', ref: 'robotyne', action: 'withdrew', actor: 'RU', claimant: BALITSKY, asOf: ['2023-09-06'], note: '"The Russian Armed Forces tactically pulled back from the village of Rabotino"' },
      { t: 'Robotyne', n: 5, ref: 'robotyne', action: 'fighting', actor: 'UA', asOf: ['2023-09-06'], note: '"the Armed Forces of Ukraine lost a British Challenger 2 tank in battles for Robotyne"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2023-08-28',
    url: 'https://www.thedailybeast.com/ukraine-claims-to-have-broken-russian-line-and-liberated-village-of-robotyne',
    notes: 'Stored copy of a Daily Beast news brief, its headline and body as the store gives them; the index\'s date prefix and the rubric ("CHEAT SHEET") removed. The date is the index date (28 August 2023, a Monday: "Ukraine on Monday said"). Events: Robotyne liberated by Ukraine (liberated, UA: the owner rule, three times: the headline "Liberated Village of Robotyne", "liberated the small village of Robotyne last week" (21-27 August), Maliar\'s "Robotyne has been liberated"); "Tokmak—a road and rail hub now occupied by Moscow’s soldiers" (controls, RU, as fresh26 gives "occupied Donetsk"). "Robotyne is about six miles from the frontline town of Orikhiv" is a location and "Reclaiming Tokmak could represent a major breakthrough" a conjecture (no event); the broken line ("broken through Russia’s defenses on the southern frontline") names no settlement. Ukraine (the headline, "Ukraine on Monday said", "Ukraine’s southward counteroffensive"), Russia (twice), Kyiv and Moscow (the governments by their capitals) name the countries; "Ukraine’s deputy defense minister" is an official title (skipped). Traps: Hanna Maliar. No claims.',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Robotyne', all: true, ref: 'robotyne' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Orikhiv', ref: 'orikhiv' },
      { t: 'Zaporizhzhia region', ref: 'zaporizhzhiaOblast' },
      { t: 'Tokmak', all: true, ref: 'tokmak' },
      { t: 'Moscow', ref: 'moscow' },
    ],
    traps: [{ t: 'Hanna Maliar', why: 'person' }],
    skipped: [{ t: 'Ukraine', n: 3, why: OFFICIAL + ' ("Ukraine’s deputy defense minister")' }],
    events: [
      { t: 'Robotyne', n: 1, ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: 'Ukraine', asOf: ['2023-08-21', '2023-08-27'], note: 'the headline: "Ukraine Claims to Have Broken Russian Line and Liberated Village of Robotyne"' },
      { t: 'Robotyne', n: 2, ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: 'Ukraine', asOf: ['2023-08-21', '2023-08-27'], note: '"its troops had broken through Russia’s defenses on the southern frontline and liberated the small village of Robotyne last week"' },
      { t: 'Robotyne', n: 3, ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: 'Hanna Maliar', asOf: ['2023-08-21', '2023-08-28'], note: '"“Robotyne has been liberated”"' },
      { t: 'Tokmak', n: 1, ref: 'tokmak', action: 'controls', actor: 'RU', asOf: ['2023-08-28'], note: '"Tokmak—a road and rail hub now occupied by Moscow’s soldiers"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-12-28',
    url: 'https://menafn.com/1110532407/Significant-Part-Of-Huliaipole-Remains-Under-Control-Of-Defence-Forces-Military',
    notes: 'Stored copy of a MENAFN item (after Ukrinform), its body as the store gives it, up to the last full sentence (the store cuts the next one, a quotation beginning "Statements by Putin and reports by Gerasimov regarding Huliaipole and Stepnohirsk", mid-word: removed); the index\'s date prefix and the source label ("MENAFN - UkrinForm)") removed. A pointer to another report inside the text ("Russians shell six settlements in Kharkiv region over past day, leaving four injured") is kept. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (28 December 2025). Events: "a considerable part of Huliaipole continues to be held by the Defence Forces of Ukraine" (controls, UA: a part held, as the clause frames it); "As for Stepnohirsk, defensive operations are ongoing there as well" (fighting, RU); "Part of Stepnohirsk remains under the control of Ukrainian defenders" (controls, UA). "Part of the settlement is under the control of Russian forces", the assaults "in the city", "the enemy does not have full control over it" and "fighting ... for this locality" name no settlement (no event); "The situation in Huliaipole is indeed difficult" reports no control. "the Defence Forces of Ukraine" is an official body (skipped). Claim: "more than 300 personnel" lost "today in Huliaipole" (count, casualties, the Russian side, the Southern Defence Forces, the report\'s day). Traps: Telegram, Ukrinform. Not claims: "nearly 20 assaults", "60 units of weapons", "six settlements" shelled, "four injured".',
    places: [
      { t: 'Huliaipole', all: true, ref: 'huliaipole' },
      { t: 'Stepnohirsk', all: true, ref: 'stepnohirsk' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Telegram', why: 'a messaging app' },
      { t: 'Ukrinform', why: 'a news agency' },
    ],
    skipped: [{ t: 'Ukraine', why: OFFICIAL + ' ("the Defence Forces of Ukraine")' }],
    claims: [
      { t: 'more than 300 personnel', kind: 'count', value: 300, unit: 'casualties', holder: 'RU', claimant: SOUTH, asOf: ['2025-12-28'], note: '"today in Huliaipole the Russian army has already lost more than 300 personnel"' },
    ],
    events: [
      { t: 'Huliaipole', n: 2, ref: 'huliaipole', action: 'controls', actor: 'UA', claimant: SOUTH, part: true, asOf: ['2025-12-28'], note: '"a considerable part of Huliaipole continues to be held by the Defence Forces of Ukraine"' },
      { t: 'Stepnohirsk', n: 1, ref: 'stepnohirsk', action: 'fighting', actor: 'RU', claimant: SOUTH, asOf: ['2025-12-28'], note: '"As for Stepnohirsk, defensive operations are ongoing there as well"' },
      { t: 'Stepnohirsk', n: 2, ref: 'stepnohirsk', action: 'controls', actor: 'UA', claimant: SOUTH, part: true, asOf: ['2025-12-28'], note: '"Part of Stepnohirsk remains under the control of Ukrainian defenders"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2026-01-18',
    url: 'https://news.liga.net/en/all/news/defense-forces-deny-information-on-capture-of-minkivka-map',
    notes: 'Stored copy of a LIGA.net (English) news item, its standfirst and body as the store gives them; the index\'s date prefix, the photo caption before the text ("Ukrainian soldier (Photo: Third Separate Assault Brigade of the Armed Forces of Ukraine)") and the map caption at the end ("Minkivka (Screenshot: Deepstate)") removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (18 January 2026). Events: Russia\'s claim that "the village of Minkivka ... was seized", denied by the Ukrainian Defense Forces (captured, RU, denied), and the propagandists\' "alleged capture of Minkivka", "not true" (captured, RU, denied). "The occupiers claimed to have captured a village in Donetsk region. This is not true" and "The settlement in the Sloviansk sector remains under the control of the Ukrainian military" name no settlement (no event). "Soledar city community" is the hromada, "Bakhmut district" the raion, "Donetsk region" (twice) the oblast; "the Sloviansk sector" a front sector (skipped); "Russia\'s claims" names the country. Claim: 301 occupants destroyed "over the last day" (count, casualties, the Russian side, the "East" grouping). Traps: "East" (twice, a grouping of forces). Not claims: UAVs and equipment destroyed.',
    places: [
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Minkivka', all: true, ref: 'minkivka' },
      { t: 'Soledar city community', ref: 'soledarHromada' },
      { t: 'Bakhmut district', ref: 'bakhmutDistrict' },
    ],
    traps: [{ t: 'East', all: true, why: 'a grouping of forces ("East")' }],
    skipped: [{ t: 'Sloviansk', why: 'a front sector ("the Sloviansk sector")' }],
    claims: [
      { t: '301 occupants', kind: 'count', value: 301, unit: 'casualties', holder: 'RU', claimant: 'the "East" military grouping', asOf: ['2026-01-17', '2026-01-18'], note: '"301 occupants ... were destroyed in the area of responsibility of the \\"East\\" unit over the last day"' },
    ],
    events: [
      { t: 'Minkivka', n: 1, ref: 'minkivka', action: 'captured', actor: 'RU', claimant: 'Russia', denied: true, asOf: ['2026-01-18'], note: '"The Ukrainian Defense Forces denied Russia\'s claims that the village of Minkivka ... was seized"' },
      { t: 'Minkivka', n: 2, ref: 'minkivka', action: 'captured', actor: 'RU', claimant: 'the propagandists of the aggressor state', denied: true, asOf: ['2026-01-18'], note: '"The statements of the propagandists of the aggressor state about the alleged capture of Minkivka are not true"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2026-01-25',
    url: 'https://www.devdiscourse.com/article/law-order/3781736-starytsya-seized-russian-troops-gain-ground-in-ukraine',
    notes: 'Stored copy of a Devdiscourse news item, its body as the store gives it; the index\'s date prefix removed. The store gives no headline: the manifest title is made from the URL slug. The date is the index date (25 January 2026, a Sunday: "on Saturday" is 24 January). Events: the defence ministry\'s claim that its forces "seized the village of Starytsya", with "no official acknowledgment of the village\'s shift in control" (captured, RU, denied: unconfirmed); Starytsya "has been a focal point since the Russian incursion began in May 2024" with "multiple attacks by Russian forces" that Ukrainian military reports confirm (fighting, RU, May 2024 to the report). "Ukraine\'s northeastern Kharkiv region" and "the Ukraine-Russia border" name the countries; "the Donetsk and Zaporizhzhia regions" are two oblasts ("Donetsk", "Zaporizhzhia regions"). No claims.',
    places: [
      { t: 'Starytsya', all: true, ref: 'starytsia' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kharkiv region', ref: 'kharkivOblast' },
      { t: 'Vovchansk', ref: 'vovchansk' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Zaporizhzhia regions', ref: 'zaporizhzhiaOblast' },
    ],
    events: [
      { t: 'Starytsya', n: 1, ref: 'starytsia', action: 'captured', actor: 'RU', claimant: 'The Russian Defence Ministry', denied: true, asOf: ['2026-01-24'], note: '"its forces have successfully seized the village of Starytsya" (unconfirmed: "there\'s no official acknowledgment of the village\'s shift in control")' },
      { t: 'Starytsya', n: 2, ref: 'starytsia', action: 'fighting', actor: 'RU', claimant: 'Ukrainian military reports', asOf: ['2024-05-01', '2026-01-25'], note: '"Starytsya ... has been a focal point since the Russian incursion began in May 2024. Ukrainian military reports confirm multiple attacks by Russian forces"' },
    ],
  },
];
