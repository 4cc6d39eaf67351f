// Hand annotations, English articles of tests/eval/fresh24. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const MOD = 'Russian Defense Ministry';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-06-21',
    url: 'https://english.alarabiya.net/News/world/2022/06/21/Russia-captures-Donbas-frontline-village-Toshkivka-Ukraine',
    notes: 'Stored copy of an Al Arabiya English news item (AFP), its headline and body as the store gives them; the index\'s date prefix, the menu and theme labels before the headline ("Theme", "Light", "Dark", "Language", "Font"), the headline given twice (kept once), the photo caption (given twice: "Drone footage shows an artillery strike ... (Reuters)"), the byline ("AFP, Kyiv") and the date labels ("Published: Updated:") removed, and the teasers after the text ("Read more:" ... "Explore More") removed. The channel promotion inside the text ("For the latest headlines, follow our Google News channel ...") is kept. The date is the URL\'s (21 June 2022, a Tuesday: "Russian forces pushed deeper into Donbas Tuesday" agrees). Events: Toshkivka captured (captured, RU: the headline and "the capture of the frontline village of Toshkivka", announced by Ukraine); "Toshkivka is controlled entirely by the Russians" (controls, RU); the fierce weeks-long fighting at the twin cities of Sievierodonetsk and Lysychansk and Russian troops battling for weeks at Sievierodonetsk (fighting, RU). The Luhansk region as "the epicenter of fighting" names no settlement; Toshkivka "25 kilometers south of Sievierodonetsk" is a location. "the Sievierodonetsk district" is the raion at its centre; Donbas (three times) the region; "the Luhansk region" the oblast; Kyiv ("Kyiv’s army") the government by its capital; Russia (the headline) and Ukraine (three times) the countries. Not claims: a pre-war population (5,000 people), a distance (25 kilometers). Traps: Roman Vlasenko, Google.',
    places: [
      { t: 'Russia', ref: 'russia' },
      { t: 'Donbas', all: true, ref: 'donbas' },
      { t: 'Toshkivka', all: true, ref: 'toshkivka' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Sievierodonetsk', n: 1, ref: 'sievierodonetsk' },
      { t: 'Lysychansk', ref: 'lysychansk' },
      { t: 'Sievierodonetsk', ctx: 'the Sievierodonetsk district', ref: 'sievierodonetskRaion' },
      { t: 'Sievierodonetsk', n: 3, ref: 'sievierodonetsk' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Luhansk region', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Roman Vlasenko', why: 'person' },
      { t: 'Google', why: 'a company ("our Google News channel")' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Toshkivka', n: 1, ref: 'toshkivka', action: 'captured', actor: 'RU', claimant: 'Ukraine', asOf: ['2022-06-21'], note: 'the headline: "Russia captures Donbas frontline village Toshkivka: Ukraine"' },
      { t: 'Toshkivka', n: 2, ref: 'toshkivka', action: 'captured', actor: 'RU', claimant: 'Ukraine', asOf: ['2022-06-21'], note: '"with Ukraine announcing the capture of the frontline village of Toshkivka"' },
      { t: 'Sievierodonetsk', n: 1, ref: 'sievierodonetsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-06-21'], note: '"the twin cities of Sievierodonetsk and Lysychansk, the site of fierce weeks-long fighting"' },
      { t: 'Lysychansk', ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-06-21'], note: '"Sievierodonetsk and Lysychansk, the site of fierce weeks-long fighting"' },
      { t: 'Toshkivka', n: 3, ref: 'toshkivka', action: 'controls', actor: 'RU', claimant: 'Roman Vlasenko', asOf: ['2022-06-21'], note: '"As of today ... Toshkivka is controlled entirely by the Russians"' },
      { t: 'Sievierodonetsk', n: 3, ref: 'sievierodonetsk', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2022-06-21'], note: '"south of Sievierodonetsk, where Russian troops and have been battling for weeks against Kyiv’s army"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2023-09-02',
    url: 'https://euromaidanpress.com/2023/09/02/wsj-ukrainian-troops-break-through-main-russian-defensive-line-on-southern-front/',
    notes: 'Stored copy of a Euromaidan Press news item (after the WSJ), its headline and body as the store gives them; the copyright and reprint lines, the "Follow" and "The Latest" labels, the byline and date line ("bySerge Havrylets 02/09/2023 1 minute read"), the photo caption ("Ukrainian soldiers with a Ukrainian flag. Source: Ukraine General Staff") and the share counters before the text, and the "Related:" line and the donation appeal after it, removed. The related-article title inside the text ("Ukrainian counteroffensive: Genocide of Russian artillery") is kept. The date is the URL\'s (2 September 2023, a Saturday; the date line agrees; the text names no weekday). Events: the Ukrainian Army attacking fortified Russian positions on the western flank of Verbove (fighting, UA); "the recently liberated" Robotyne (liberated, UA: the owner rule, Ukraine retaking its village); the Ukrainian Armed Forces\' approach to Verbove (fighting, UA: an advance towards a settlement). "Verbove is located beyond the first line of the Russian defense" is a location. Verbove is placed near Robotyne ("southeast of Robotyne"). "southeastern Ukraine" is the country, "the Zaporizhzhia Oblast" and "the Zaporizhzhia and Donetsk oblasts" the oblasts; "Ukraine’s Armed Forces" is an army\'s name (skipped). No claims ("three directions", "three months" are not figures of area or count). Traps: the Wall Street Journal, WSJ (three times).',
    places: [
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Verbove', all: true, ref: 'verbove' },
      { t: 'Zaporizhzhia Oblast', ref: 'zaporizhzhiaOblast' },
      { t: 'Robotyne', ref: 'robotyne' },
      { t: 'Zaporizhzhia', ctx: 'Zaporizhzhia and Donetsk', ref: 'zaporizhzhiaOblast' },
      { t: 'Donetsk', ref: 'donetskOblast' },
    ],
    traps: [
      { t: 'Wall Street Journal', why: 'news outlet' },
      { t: 'WSJ', all: true, why: 'news outlet' },
    ],
    skipped: [
      { t: 'Ukraine', n: 2, why: 'country inside an army\'s name ("Ukraine’s Armed Forces")' },
    ],
    claims: [],
    events: [
      { t: 'Verbove', n: 1, ref: 'verbove', action: 'fighting', actor: 'UA', claimant: 'WSJ', asOf: ['2023-09-02'], note: '"started to attack fortified Russian positions on the western flank of Verbove"' },
      { t: 'Robotyne', ref: 'robotyne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-09-02'], note: '"Robotyne (the recently liberated Russian stronghold)" (the owner rule)' },
      { t: 'Verbove', n: 3, ref: 'verbove', action: 'fighting', actor: 'UA', claimant: 'WSJ', asOf: ['2023-09-02'], note: '"The Ukrainian Armed Forces’ approach to Verbove"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2024-08-21',
    url: 'https://en.mehrnews.com/news/219984/Russian-forces-take-control-of-Niu-York-in-Donetsk',
    notes: 'Stored copy of a Mehr News Agency (English) news item (after Anadolu), its body as the store gives it; the index\'s date prefix removed (the store gives no headline: the manifest title is made from the URL slug). The date is the index date (21 August 2024, a Wednesday; the text names no weekday). Events: the Russian forces taking control of Niu-York and capturing "the settlement of Niu-York" (captured, RU: the Defense Ministry\'s statement); Rozdolivka taken earlier (captured, RU). "Niu-York is located about 7.2 kilometers ... south of the industrial city of Toretsk" is a location, "the Niu-York\'s fate" carries no event, and capturing the entire Donetsk region is a plan. "the Donetsk region" (twice) is the oblast, "Russia\'s Kursk region" the Russian oblast; Moscow (twice) the government by its capital; Russia (twice) and Ukraine (twice, "eastern Ukraine") the countries; "the ongoing Russia-Ukraine war" is the war\'s name (skipped, as earlier sets skip it). Not claims: a distance (7.2 kilometers). Traps: Anadolu.',
    places: [
      { t: 'Russia', n: 1, ref: 'russia' },
      { t: 'Niu-York', all: true, ref: 'newYork' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Donetsk region', all: true, ref: 'donetskOblast' },
      { t: 'Toretsk', ref: 'toretsk' },
      { t: 'Russia', ctx: "Russia's Kursk", ref: 'russia' },
      { t: 'Kursk region', ref: 'kurskOblast' },
      { t: 'Ukraine', ctx: 'advance in eastern Ukraine', ref: 'ukraine' },
      { t: 'Rozdolivka', ref: 'rozdolivka' },
    ],
    traps: [
      { t: 'Anadolu', why: 'news agency' },
    ],
    skipped: [
      { t: 'Russia-Ukraine war', why: "the war's name" },
    ],
    claims: [],
    events: [
      { t: 'Niu-York', n: 1, ref: 'newYork', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-08-21'], note: '"its forces has taken control of the strategically important logistics hub of Niu-York"' },
      { t: 'Niu-York', n: 2, ref: 'newYork', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-08-21'], note: '"Russian forces captured the settlement of Niu-York"' },
      { t: 'Rozdolivka', ref: 'rozdolivka', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2024-08-21'], note: '"had previously announced ... have taken the control the town of Rozdolivka"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-08-30',
    url: 'https://www.pravda.com.ua/eng/news/2025/08/30/7528606/',
    notes: 'Stored copy of an Ukrainska Pravda (English) news item, its body as the store gives it; the photo caption before the text ("Dobropillia on map. The territories in red are occupied by Russia. Map: DeepState") removed (the store gives no headline: the manifest title is made from the lead). The labels inside the text ("Source:", "Quote:", "Background:") are kept. The date is the URL\'s (30 August 2025, a Saturday; the text names no weekday; "On 11 August", "On 16 August" precede it). Events: the Russian advancement near Dobropillia stopped (fighting, RU: an advance towards a settlement, the attacking side as actor); the Russian troops\' advance in the direction of Dobropillia reported by DeepState on 11 August (fighting, RU); the Ukrainian forces advancing near Dobropillia and Pokrovsk on 16 August (fighting, UA); the area near Dobropillia shown as liberated on the DeepState map (fighting, UA: an area regained near the town is a counter-attack, not the town retaken, as fresh23 marks positions regained near Lyptsi; a slip fixed after the first run, see the README). "the Dobropillia-Kramatorsk road" is a road named after towns (skipped). "Donetsk Oblast" (twice) is the oblast. "the Dnipro Operational Strategic Group" (twice) is a grouping of troops named after a river (trap). Not claims: none. Traps: Viktor Trehubov, Dnipro (twice), DeepState (twice), Volodymyr Zelenskyy.',
    places: [
      { t: 'Dobropillia', n: 1, ref: 'dobropillia' },
      { t: 'Donetsk Oblast', all: true, ref: 'donetskOblast' },
      { t: 'Dobropillia', n: 2, ref: 'dobropillia' },
      { t: 'Dobropillia', n: 4, ref: 'dobropillia' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Dobropillia', n: 5, ref: 'dobropillia' },
    ],
    traps: [
      { t: 'Viktor Trehubov', why: 'person' },
      { t: 'Dnipro', all: true, why: 'grouping of troops ("the Dnipro Operational Strategic Group")' },
      { t: 'DeepState', all: true, why: 'a monitoring project' },
      { t: 'Volodymyr Zelenskyy', why: 'person' },
    ],
    skipped: [
      { t: 'Dobropillia', n: 3, why: 'a road named after towns ("the Dobropillia-Kramatorsk road")' },
      { t: 'Kramatorsk', why: 'a road named after towns ("the Dobropillia-Kramatorsk road")' },
    ],
    claims: [],
    events: [
      { t: 'Dobropillia', n: 1, ref: 'dobropillia', action: 'fighting', actor: 'RU', claimant: 'Viktor Trehubov', asOf: ['2025-08-30'], note: '"Ukrainian forces have stopped Russian advancement near the town of Dobropillia"' },
      { t: 'Dobropillia', n: 2, ref: 'dobropillia', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-08-11'], note: '"Russian troops had intensified their advance in the direction of Dobropillia" (11 August)' },
      { t: 'Dobropillia', n: 4, ref: 'dobropillia', action: 'fighting', actor: 'UA', claimant: 'Volodymyr Zelenskyy', asOf: ['2025-08-16'], note: '"Ukrainian forces had been advancing in areas near Dobropillia and Pokrovsk" (16 August)' },
      { t: 'Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'UA', claimant: 'Volodymyr Zelenskyy', asOf: ['2025-08-16'], note: '"advancing in areas near Dobropillia and Pokrovsk" (16 August)' },
      { t: 'Dobropillia', n: 5, ref: 'dobropillia', action: 'fighting', actor: 'UA', claimant: 'DeepState', asOf: ['2025-08-16'], note: '"The DeepState map showed the area near Dobropillia as liberated" (an area regained near the town: a counter-attack, as fresh23 marks positions regained near Lyptsi)' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-11-15',
    url: 'https://sputnikglobe.com/20251115/russian-forces-tighten-encirclement-at-kupyansk-as-ukrainian-losses-mount-1123118082.html',
    notes: 'Stored copy of a Sputnik (sputnikglobe.com) news item, its headline, standfirst and body as the store gives them (sentences run together where the store joins paragraphs: "stated.Over", "KupyanskBy", "remain.According"); the index\'s date prefix and the page address before the headline removed, and the second copy of the quotation and the first paragraphs after the text, cut by the store ("“In the area of the settlement of Kupyansk ... Kupyansk is one of the key cities for the Ukrainian Armed Forces’ defe"), removed. The date is the URL\'s (15 November 2025, a Saturday; the text names no weekday). Events: the encirclement at Kupyansk tightened (fighting, RU: the headline; encircling is fighting with the attacking side as actor); the assault units destroying the enemy forces trapped in the pocket in the area of Kupyansk (fighting, RU: the Defense Ministry\'s briefing). "Fighting for KupyanskBy" is joined into one word by the store (no whole-word mention: not marked); "encircled the town" names no settlement; the losses "near Kupyansk" are a claim, not an event. "the Kharkov region" is the oblast; "Russia\'s Zapad Battlegroup" is a country inside a grouping\'s name (skipped) and Zapad the grouping (trap); "the Oskol River" a river (trap). Claims: up to 50 Ukrainian soldiers lost near Kupyansk over the past 24 hours (count, casualties, UA); around 5,000 Ukrainian troops remaining in the encircled town (count, troops, UA). Traps: Snatch (an armoured vehicle), Zapad, Oskol, Volodymyr Zelensky.',
    places: [
      { t: 'Kupyansk', all: true, ref: 'kupiansk' },
      { t: 'Kharkov region', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Snatch', why: 'an armoured vehicle model' },
      { t: 'Zapad', why: 'grouping of troops ("Russia\'s Zapad Battlegroup")' },
      { t: 'Oskol', why: 'a river ("the Oskol River")' },
      { t: 'Volodymyr Zelensky', why: 'person' },
    ],
    skipped: [
      { t: 'Russia', why: 'country inside a grouping\'s name ("Russia\'s Zapad Battlegroup")' },
    ],
    claims: [
      { t: 'up to 50 soldiers', kind: 'count', value: 50, unit: 'casualties', holder: 'UA', claimant: MOD, asOf: ['2025-11-14', '2025-11-15'], note: '"Over the past 24 hours alone, the Ukrainian Army has lost up to 50 soldiers near Kupyansk"' },
      { t: '5,000 Ukrainian troops', kind: 'count', value: 5000, unit: 'troops', holder: 'UA', claimant: 'Sputnik', asOf: ['2025-11-15'], note: '"encircled the town, where around 5,000 Ukrainian troops remain"' },
    ],
    events: [
      { t: 'Kupyansk', n: 1, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-11-15'], note: 'the headline: "Russian Forces Tighten Encirclement at Kupyansk"' },
      { t: 'Kupyansk', n: 2, ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-11-15'], note: '"In the area of the settlement of Kupyansk ... assault units of the 6th Army continue to destroy the enemy forces trapped in the pocket"' },
    ],
  },
];
