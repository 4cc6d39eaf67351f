// Hand annotations, English articles of tests/eval/fresh56. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const MOD = 'Russian Defence Ministry';
const AXIS = 'a front axis named after a town';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2025-08-17',
    url: 'https://menafn.com/1109937647/Russia-Reports-Seizure-of-Two-Ukrainian-Villages',
    notes: 'Stored copy on MENAFN, its headline and body as the store gives them; the store\'s status prefix ("403") removed. The date is the index\'s (17 August 2025); the claims are "on Saturday", 16 August 2025. Events: Kolodiazi and Vorone "secured" and "gained control of" by the Russian Defense Ministry\'s account (captured, RU; not denied: "Ukrainian officials have not yet responded"); Velyka Novosilka\'s capture "announced" in January (captured, RU, January 2025); Kolodiazi among the settlements of the 21 assaults reported by Ukraine\'s General Staff (fighting, RU). Not events: Lyman and Velyka Novosilka named to locate the villages, the Lyman "front" (an axis, skipped). "Ukraine\'s General Staff" is skipped (the country inside a body\'s name); "US President" is the country as a place; Anchorage and Alaska are places. Traps: MENAFN, Trump, Putin. Claim: "taken control of two additional Ukrainian settlements" (count, settlements, RU; added after the first run).',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'US', ref: 'usa' },
      { t: 'Anchorage', ref: 'anchorage' },
      { t: 'Alaska', all: true, ref: 'alaska' },
      { t: 'Kolodiazi', all: true, ref: 'kolodiazi' },
      { t: 'Lyman', n: 1, ref: 'lyman' },
      { t: 'Lyman', n: 2, ref: 'lyman' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Vorone', all: true, ref: 'voroneDnipro' },
      { t: 'Dnipropetrovsk region', ref: 'dnipropetrovskOblast' },
      { t: 'Velyka Novosilka', all: true, ref: 'velykaNovosilka' },
      { t: 'Donetsk', ctx: "Ukraine's Donetsk", ref: 'donetskOblast' },
      { t: 'Zaporizhzhia', ref: 'zaporizhzhiaOblast' },
      { t: 'Dnipropetrovsk', ctx: 'and Dnipropetrovsk territories', ref: 'dnipropetrovskOblast' },
    ],
    traps: [
      { t: 'MENAFN', why: 'a news agency' },
      { t: 'Trump', all: true, why: 'person' },
      { t: 'Putin', all: true, why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', n: 3, why: BODY + ' ("Ukraine\'s General Staff")' },
      { t: 'Lyman', n: 3, why: AXIS + ' ("the Lyman front")' },
    ],
    claims: [
      {
        t: 'two additional Ukrainian settlements',
        kind: 'count',
        value: 2,
        unit: 'settlements',
        holder: 'RU',
        claimant: MOD,
        asOf: ['2025-08-16'],
        note: '"its troops had taken control of two additional Ukrainian settlements" (added after the first run: a count of settlements taken)',
      },
    ],
    events: [
      { t: 'Kolodiazi', n: 1, ref: 'kolodiazi', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-16'], note: '"their military forces secured the village of Kolodiazi"' },
      { t: 'Vorone', n: 1, ref: 'voroneDnipro', action: 'captured', actor: 'RU', claimant: MOD, asOf: ['2025-08-16'], note: '"Russian troops gained control of the village of Vorone"' },
      { t: 'Velyka Novosilka', n: 2, ref: 'velykaNovosilka', action: 'captured', actor: 'RU', claimant: 'Russia', asOf: ['2025-01-01', '2025-01-31'], note: '"Earlier this year, in January, Russia had announced the capture of Velyka Novosilka"' },
      { t: 'Kolodiazi', n: 2, ref: 'kolodiazi', action: 'fighting', actor: 'RU', claimant: "Ukraine's General Staff", asOf: ['2025-08-16'], note: '"Russian troops had carried out 21 assaults in the vicinity of five different settlements, including Kolodiazi"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2026-02-15',
    url: 'https://knfoz.com/article/6991981282955d302be59281',
    notes: 'Stored copy on knfoz.com, a digest of a South China Morning Post report: its headline and the report\'s first paragraph as the store gives them; the digest\'s chrome ("Back to News", the flag and age, "scmp.com", the date line "Sunday, February 15, 2026", "1 min read", the repeated headline, "Share:", a teaser that repeats the first paragraph, the closing links "Read the full article", "Continue reading on scmp.com", "Read Original", "More from scmp.com") and the quotation cut by the store ("In two weeks of February, ...") removed. The date is the page\'s (Sunday 15 February 2026). Claims: "12 eastern Ukraine villages" (headline) and "a dozen eastern villages" (body), Gerasimov\'s count of villages seized in February (count, settlements, RU; 1 to 15 February 2026). No event: no settlement is named. "the Kremlin\'s forces" is the government by its seat (skipped); "US-mediated" is a country inside a compound adjective (skipped). Trap: Gerasimov (twice).',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Geneva', ref: 'geneva' },
    ],
    traps: [
      { t: 'Valery Gerasimov', why: 'person' },
      { t: 'Gerasimov', ctx: 'Gerasimov’s visit', why: 'person' },
    ],
    skipped: [
      { t: 'Kremlin', why: 'the government named by its seat' },
      { t: 'US', why: 'a country inside a compound adjective ("US-mediated")' },
    ],
    claims: [
      { t: '12 eastern Ukraine villages', kind: 'count', value: 12, unit: 'settlements', holder: 'RU', claimant: 'Valery Gerasimov', asOf: ['2026-02-01', '2026-02-15'], note: 'the headline: "Russia seized 12 eastern Ukraine villages so far in February"' },
      { t: 'a dozen eastern villages', kind: 'count', value: 12, unit: 'settlements', holder: 'RU', claimant: 'Valery Gerasimov', asOf: ['2026-02-01', '2026-02-15'], note: '"the Kremlin’s forces seized a dozen eastern villages in February"' },
    ],
    events: [],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2024-10-18',
    url: 'https://www.themoscowtimes.com/2024/10/18/russian-governor-denies-cross-border-incursion-into-belgorod-region-a86734',
    notes: 'Stored copy on The Moscow Times, its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The date is the URL\'s (Friday 18 October 2024). Events: the reported Ukrainian incursion into Zhuravlevka, told by OSINT bloggers "earlier this week" and denied by the Belgorod governor (entered, UA, denied; the owner rule does not apply to an entry); Zhuravlevka "under the full control of our troops" (controls, RU, Gladkov); the operation near Lyptsi, a forest section cleared by Ukraine\'s defence intelligence (fighting, UA: an attack on its fringes); Lyptsi among the areas of clashes ongoing for months (fighting, RU, the attacker there, dated to the report). Not events: the third Zhuravlevka (a distance), the Kharkiv region recaptured (an oblast), the Kursk region held (an oblast). "Ukraine’s defense intelligence agency" is skipped (the country inside a body\'s name). Trap: Gladkov.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Belgorod region', all: true, ref: 'belgorodOblast' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Ukraine', n: 2, ref: 'ukraine' },
      { t: 'Ukraine', n: 4, ref: 'ukraine' },
      { t: 'Ukraine', n: 5, ref: 'ukraine' },
      { t: 'Kharkiv region', all: true, ref: 'kharkivOblast' },
      { t: 'Zhuravlevka', all: true, ref: 'zhuravlevka' },
      { t: 'Lyptsi', all: true, ref: 'lyptsi' },
      { t: 'Kursk region', ref: 'kurskOblast' },
      { t: 'Moscow', ref: 'moscow' },
    ],
    traps: [{ t: 'Vyacheslav Gladkov', why: 'person' }],
    skipped: [{ t: 'Ukraine', n: 3, why: BODY + ' ("Ukraine’s defense intelligence agency")' }],
    claims: [],
    events: [
      { t: 'Zhuravlevka', n: 1, ref: 'zhuravlevka', action: 'entered', actor: 'UA', claimant: 'open-source intelligence bloggers', denied: true, asOf: ['2024-10-14', '2024-10-18'], note: '"Ukraine may have opened a \'new axis\' in the Belgorod region village of Zhuravlevka" (the incursion the governor denies)' },
      { t: 'Zhuravlevka', n: 2, ref: 'zhuravlevka', action: 'controls', actor: 'RU', claimant: 'Vyacheslav Gladkov', asOf: ['2024-10-18'], note: '"Commenting on Zhuravlevka… it’s under the full control of our troops"' },
      { t: 'Lyptsi', n: 1, ref: 'lyptsi', action: 'fighting', actor: 'UA', claimant: 'Ukraine’s defense intelligence agency', asOf: ['2024-10-14', '2024-10-18'], note: '"destroy a Russian regiment and clear a section of the forest near the Ukrainian village of Lyptsi"' },
      { t: 'Lyptsi', n: 2, ref: 'lyptsi', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-10-18'], note: '"clashes with Russian troops have been ongoing for months" (dated to the report)' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-11-05',
    url: 'https://www.perthnow.com.au/news/conflict/russia-ukraine-locked-in-fierce-fighting-in-city-ruins-c-20592324',
    notes: 'Stored copy on PerthNow (after AAP and Reuters), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the photo caption ("Most of Pokrovsk\'s residents have fled the city ... (AP PHOTO)") and the last sentence cut by the store ("Ukrainian President Volodymyr Zelenskiy said on Monday ... an") removed. The date is the index\'s (Wednesday 5 November 2025). Events: the Russian advance "north inside Pokrovsk" (fighting, RU, the ministry); the encirclement "in Pokrovsk" claimed and denied (fighting, RU, denied: the encirclement convention); the enemy "attempting to infiltrate and accumulate in the city of Pokrovsk" (fighting, RU, the Ukrainian General Staff); the encirclement in Pokrovsk and Myrnohrad Moscow accuses Ukraine of concealing (fighting, RU, twice). Not events: Pokrovsk\'s southeastern flank (named to locate the settlements cleared). Claims: "the remaining 10 per cent, or 5000 sq km" of the Donbas Ukraine holds (area-held, percent and km², UA; the writer\'s, dated to the report).',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Pokrovsk', all: true, ref: 'pokrovsk' },
      { t: 'Donbas region', ref: 'donbas' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Myrnohrad', ref: 'myrnohrad' },
    ],
    traps: [],
    skipped: [],
    claims: [
      { t: '10 per cent', kind: 'area-held', value: 10, unit: 'percent', holder: 'UA', claimant: null, asOf: ['2025-11-05'], note: '"the remaining 10 per cent, or 5000 sq km of Ukraine\'s eastern industrial Donbas region"' },
      { t: '5000 sq km', kind: 'area-held', value: 5000, unit: 'km2', holder: 'UA', claimant: null, asOf: ['2025-11-05'] },
    ],
    events: [
      { t: 'Pokrovsk', n: 1, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: MOD, asOf: ['2025-11-05'], note: '"Russia says its forces are advancing north inside Pokrovsk in a drive to take full control"' },
      { t: 'Pokrovsk', n: 3, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: MOD, denied: true, asOf: ['2025-11-05'], note: '"The Ukrainian military denied its troops were surrounded in Pokrovsk"' },
      { t: 'Pokrovsk', n: 4, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'Ukrainian General Staff', asOf: ['2025-11-05'], note: '"the enemy, which is attempting to infiltrate and accumulate in the city of Pokrovsk"' },
      { t: 'Pokrovsk', n: 5, ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'Moscow', asOf: ['2025-11-05'], note: '"the encirclement of its troops in the eastern cities of Pokrovsk and Myrnohrad"' },
      { t: 'Myrnohrad', ref: 'myrnohrad', action: 'fighting', actor: 'RU', claimant: 'Moscow', asOf: ['2025-11-05'] },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-07-31',
    url: 'https://news.az/news/russia-claims-capture-of-chasiv-yar-after-16-month-battle-in-eastern-ukraine',
    notes: 'Stored copy on News.Az (after Reuters), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the font-size widget ("+ ↺ − 16 px") and the closing credit ("News.Az") removed. The date is the index\'s (Thursday 31 July 2025). Events: Chasiv Yar "captured" by Russia\'s announcement (captured, RU; not denied in this text: DeepState\'s "still hold the western part of the town" names no place and qualifies it); fresh attacks near Chasiv Yar (fighting, RU, Ukraine\'s General Staff); the battle for Chasiv Yar begun in April 2024 at its eastern outskirts (fighting, RU, April 2024); Bakhmut "fell to Russian forces in 2023" (captured, RU, 2023). Not events: the "further advances toward" Kostiantynivka, Sloviansk and Kramatorsk (a prospect), Chasiv Yar west of Bakhmut (a location). "Ukraine\'s General Staff" is skipped (the country inside a body\'s name). Traps: News.Az, Reuters, DeepState.',
    places: [
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Chasiv Yar', all: true, ref: 'chasivYar' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Kostiantynivka', ref: 'kostiantynivka' },
      { t: 'Sloviansk', ref: 'sloviansk' },
      { t: 'Kramatorsk', ref: 'kramatorsk' },
      { t: 'Bakhmut', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'News.Az', why: 'an outlet' },
      { t: 'Reuters', why: 'a news agency' },
      { t: 'DeepState', why: 'a monitoring project' },
    ],
    skipped: [{ t: 'Ukraine', n: 2, why: BODY + ' ("Ukraine\'s General Staff")' }],
    claims: [],
    events: [
      { t: 'Chasiv Yar', n: 1, ref: 'chasivYar', action: 'captured', actor: 'RU', claimant: 'Russia', asOf: ['2025-07-31'], note: '"Russia announced on Thursday that its forces have captured the strategically important town of Chasiv Yar"' },
      { t: 'Chasiv Yar', n: 2, ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: "Ukraine's General Staff", asOf: ['2025-07-31'], note: '"Russian troops had launched fresh attacks near Chasiv Yar"' },
      { t: 'Chasiv Yar', n: 3, ref: 'chasivYar', action: 'fighting', actor: 'RU', claimant: null, asOf: ['2024-04-01', '2024-04-30'], note: '"The battle for Chasiv Yar began in April 2024, when Russian paratroopers first reached the town’s eastern outskirts"' },
      { t: 'Bakhmut', ref: 'bakhmut', action: 'captured', actor: 'RU', claimant: null, asOf: ['2023-01-01', '2023-12-31'], note: '"another city that fell to Russian forces in 2023"' },
    ],
  },
];
