// Hand annotations, English articles of tests/eval/fresh52. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const ROAD = "a road's name (the places inside it name the road, not a place mention)";

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2024-05-20',
    url: 'https://www.novinite.com/view_news.php?id=226167',
    notes: 'Stored copy on Novinite (after AFP, "France Presse"), its headline and body as the store gives them; the rubric and date line ("World » UKRAINE | May 20, 2024, Monday // 15:03", which gives the date) and the repeated headline with its country prefix ("Bulgaria: ...") removed. Events: Bilohorivka "seized by the Russian army, according to a statement from the Ministry of Defense" (captured, RU, the claim as the article reports it: no denial in the text); Vovchansk, "maintain control over approximately 60 percent of" it (controls, UA, part) "despite facing a heightened offensive from Russian forces" (fighting, RU) and "attempts by the enemy, particularly in Vovchansk, to dislodge them" (fighting, RU). Not an event: "Bilohorivka was one of the few remaining settlements in the district under Ukrainian control" (the state before the claimed capture, told as background). Claim: "approximately 60 percent of the border town of Vovchansk" (area-held, percent, UA, a share of the town held). Traps: "France Presse" (an agency). "Ministry of Defense in Moscow" and "a spokesperson for Kyiv" are the capitals as places.',
    places: [
      { t: 'Luhansk Region', ref: 'luhanskOblast' },
      { t: 'Bilohorivka', all: true, ref: 'bilohorivka' },
      { t: 'Luhansk region', ref: 'luhanskOblast' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Vovchansk', all: true, ref: 'vovchansk' },
      { t: 'Kharkiv Oblast', ref: 'kharkivOblast' },
      { t: 'Kyiv', ref: 'kyiv' },
    ],
    traps: [{ t: 'France Presse', why: 'a news agency' }],
    skipped: [],
    claims: [
      { t: '60 percent', kind: 'area-held', value: 60, unit: 'percent', holder: 'UA', claimant: 'Ukrainian officials', asOf: ['2024-05-20'], note: '"they maintain control over approximately 60 percent of the border town of Vovchansk"' },
    ],
    events: [
      { t: 'Bilohorivka', n: 1, ref: 'bilohorivka', action: 'captured', actor: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2024-05-20'], note: '"has reportedly been seized by the Russian army, according to a statement from the Ministry of Defense"' },
      { t: 'Vovchansk', n: 1, ref: 'vovchansk', action: 'controls', actor: 'UA', claimant: 'Ukrainian officials', part: true, asOf: ['2024-05-20'], note: '"maintain control over approximately 60 percent of the border town of Vovchansk"' },
      { t: 'Vovchansk', n: 1, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: 'Ukrainian officials', asOf: ['2024-05-20'], note: '"despite facing a heightened offensive from Russian forces"' },
      { t: 'Vovchansk', n: 2, ref: 'vovchansk', action: 'fighting', actor: 'RU', claimant: 'Kyiv spokesperson', asOf: ['2024-05-20'], note: '"actively resisting attempts by the enemy, particularly in Vovchansk, to dislodge them from the city"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2025-08-12',
    url: 'https://preview.deepnewz.com/ukraine/russian-forces-break-through-near-pokrovsk-advance-10-kilometers-935a1a33',
    notes: 'Stored copy on DeepNewz (a digest after the Ukrainian army, DeepState and ISW), its summary paragraph as the store gives it (no headline: the manifest\'s title is made from the URL slug); the embedded posts after it (a French headline, two quoted posts and their links) removed. The page carries no date: it is dated Tuesday 12 August 2025 from the body ("just days before a 15 August summit in Alaska"; the advance DeepState reported on 11 August; judgement call). Events: "pushing roughly 10 kilometers north of Pokrovsk toward the mining town of Dobropillia" (fighting, RU: an advance toward the town); "last year\'s capture of Avdiivka" (captured, RU, 2024). Not events: "10 kilometers north of Pokrovsk" (a location), "could place the garrison town of Dobropillia at risk of encirclement" (a prospect), "massed near Pokrovske" (where troops stand). "Pokrovske" here is read as Pokrovsk, the town the whole report is about (the General Staff\'s figure is for the Pokrovsk axis; Pokrovske of Dnipropetrovsk Oblast lies far from this breach; judgement call). Claim: "approximately 110,000 Russian troops" (count, troops, RU, Ukraine\'s General Staff). The road "Dobropillia-Kramatorsk highway" is skipped (a road\'s name). Traps: Deep State, the Institute for the Study of War, the Kremlin. "Ukraine’s General Staff" is skipped (the country inside a body\'s name); "Moscow’s", "Kyiv’s forces", "whether Kyiv can seal" and "whether Moscow consolidates" are the capitals as places.',
    places: [
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Dobropillia', ctx: 'mining town of Dobropillia', ref: 'dobropillia' },
      { t: 'Dobropillia', ctx: 'garrison town of Dobropillia', ref: 'dobropillia' },
      { t: 'Moscow', all: true, ref: 'moscow' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Pokrovske', ref: 'pokrovsk' },
      { t: 'Avdiivka', ref: 'avdiivka' },
      { t: 'Alaska', ref: 'alaska' },
      { t: 'U.S.', ref: 'usa' },
    ],
    traps: [
      { t: 'Deep State', why: 'a monitoring group' },
      { t: 'Institute for the Study of War', why: 'a think tank' },
      { t: 'Kremlin', why: 'the Russian government by its seat' },
    ],
    skipped: [
      { t: 'Dobropillia-Kramatorsk', why: ROAD },
      { t: 'Ukraine', why: BODY },
    ],
    claims: [
      { t: '110,000', kind: 'count', value: 110000, unit: 'troops', holder: 'RU', claimant: "Ukraine's General Staff", asOf: ['2025-08-12'], note: '"approximately 110,000 Russian troops are now massed near Pokrovske"' },
    ],
    events: [
      { t: 'Dobropillia', ctx: 'mining town of Dobropillia', ref: 'dobropillia', action: 'fighting', actor: 'RU', claimant: 'Ukrainian army', asOf: ['2025-08-09', '2025-08-12'], note: '"pushing roughly 10 kilometers north of Pokrovsk toward the mining town of Dobropillia" ("within a few days")' },
      { t: 'Avdiivka', ref: 'avdiivka', action: 'captured', actor: 'RU', claimant: null, asOf: ['2024-01-01', '2024-12-31'], note: '"last year’s capture of Avdiivka"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-10-12',
    url: 'https://www.theepochtimes.com/world/russian-forces-breach-fortress-city-in-donetsk-state-media-claims-5928604',
    notes: 'Stored copy on The Epoch Times (after TASS and Russian state media), its headline, standfirst and first two paragraphs as the store gives them; the photo caption and credit ("Ukrainian soldiers fire a mortar ... Iryna Rybakova/Ukraine\'s 93rd Mechanized Brigade via AP") and the player line ("|Updated: 0:00") removed. The page carries no date: it is dated 12 October 2025, the day the body names for the quoted statement (judgement call). Events (the outskirts convention of tests/eval/dev/events/README.md): "breached the eastern fringes of the fortified city of Kostyantynivka" and "Serious combat is underway on the eastern outskirts of Kostyantynivka" (fighting, RU, both). Not an event: "Ukrainian forces were taking ground in the southeastern Zaporizhzhia region" (a region). "Donetsk" in the headline and in "Kostyantynivka in Donetsk" is the oblast. Traps: Zelenskyy, Andrey Marochko, TASS; "Moscow’s TASS news agency" names the capital.',
    places: [
      { t: 'Donetsk', all: true, ref: 'donetskOblast' },
      { t: 'Zaporizhzhia region', ref: 'zaporizhzhiaOblast' },
      { t: 'Kostyantynivka', all: true, ref: 'kostiantynivka' },
      { t: 'Moscow', ref: 'moscow' },
    ],
    traps: [
      { t: 'Zelenskyy', why: 'person' },
      { t: 'Andrey Marochko', why: 'person' },
      { t: 'TASS', why: 'a news agency' },
    ],
    skipped: [],
    claims: [],
    events: [
      { t: 'Kostyantynivka', n: 1, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Russian state media', asOf: ['2025-10-12'], note: '"breached the eastern fringes of the fortified city of Kostyantynivka"' },
      { t: 'Kostyantynivka', n: 2, ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'Andrey Marochko', asOf: ['2025-10-12'], note: '"Serious combat is underway on the eastern outskirts of Kostyantynivka"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2025-08-12',
    url: 'https://www.tvcnews.tv/russian-forces-advance-near-dobropillia-ahead-of-trump-putin-talks',
    notes: 'Stored copy on TVC News (after Reuters), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The page carries no date: it is dated Tuesday 12 August 2025 from the body (DeepState\'s advance of 11 August reported "days before" the Alaska meeting of 15 August; judgement call). Events: "advancing by at least 10 km near the coal-mining town of Dobropillia" (fighting, RU), "aiming to encircle the towns of Kostyantynivka and Pokrovsk" (fighting, RU, at both: the aim convention of tests/eval/dev/events/README.md), "operating close to Dobropillia itself" (fighting, RU), and "Sloviansk, Kramatorsk, Druzhkivka and Kostiantynivka — still under Ukrainian control" (controls, UA, four). Not events: "near three villages" (no name). "The battle for Donetsk" is the oblast (its fortress cities follow). The road "Dobropillia–Kramatorsk road" is skipped. Traps: DeepState, the Kremlin, persons. "eastern Ukraine", "Ukraine’s DeepState" and "Ukraine’s defences" are the country; "give Moscow leverage" the capital.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Dobropillia', ctx: 'coal-mining town of Dobropillia', ref: 'dobropillia' },
      { t: 'Dobropillia', ctx: 'close to Dobropillia itself', ref: 'dobropillia' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'U.S.', ref: 'usa' },
      { t: 'Alaska', ref: 'alaska' },
      { t: 'Kostyantynivka', ref: 'kostiantynivka' },
      { t: 'Pokrovsk', ref: 'pokrovsk' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Donetsk', ctx: 'battle for Donetsk', ref: 'donetskOblast' },
      { t: 'Sloviansk', ref: 'sloviansk' },
      { t: 'Kramatorsk', ctx: 'Sloviansk, Kramatorsk', ref: 'kramatorsk' },
      { t: 'Druzhkivka', ref: 'druzhkivka' },
      { t: 'Kostiantynivka', ref: 'kostiantynivka' },
    ],
    traps: [
      { t: 'DeepState', all: true, why: 'a monitoring project' },
      { t: 'Kremlin', why: 'the Russian government by its seat' },
      { t: 'Andriy Kovalov', why: 'person' },
      { t: 'Pasi Paroinen', why: 'person' },
      { t: 'Sergei Markov', why: 'person' },
    ],
    skipped: [{ t: 'Dobropillia–Kramatorsk', why: ROAD }],
    claims: [],
    events: [
      { t: 'Dobropillia', ctx: 'coal-mining town of Dobropillia', ref: 'dobropillia', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-08-10', '2025-08-12'], note: '"advancing by at least 10 km near the coal-mining town of Dobropillia"' },
      { t: 'Kostyantynivka', ref: 'kostiantynivka', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-08-10', '2025-08-12'], note: '"aiming to encircle the towns of Kostyantynivka and Pokrovsk" (an advance aimed at them)' },
      { t: 'Pokrovsk', ref: 'pokrovsk', action: 'fighting', actor: 'RU', claimant: 'DeepState', asOf: ['2025-08-10', '2025-08-12'], note: '"aiming to encircle the towns of Kostyantynivka and Pokrovsk"' },
      { t: 'Dobropillia', ctx: 'close to Dobropillia itself', ref: 'dobropillia', action: 'fighting', actor: 'RU', claimant: 'Pasi Paroinen', asOf: ['2025-08-10', '2025-08-12'], note: '"were operating close to Dobropillia itself"' },
      { t: 'Sloviansk', ref: 'sloviansk', action: 'controls', actor: 'UA', claimant: null, asOf: ['2025-08-12'], note: '"— still under Ukrainian control"' },
      { t: 'Kramatorsk', ctx: 'Sloviansk, Kramatorsk', ref: 'kramatorsk', action: 'controls', actor: 'UA', claimant: null, asOf: ['2025-08-12'], note: '"— still under Ukrainian control"' },
      { t: 'Druzhkivka', ref: 'druzhkivka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2025-08-12'], note: '"— still under Ukrainian control"' },
      { t: 'Kostiantynivka', ref: 'kostiantynivka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2025-08-12'], note: '"— still under Ukrainian control"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-09-16',
    url: 'https://dcyh5l5lgidpq.cloudfront.net/a/ukraine-kostyantynivka-russian-strikes/33532030.html',
    notes: 'Stored copy of an RFE/RL report (a mirror of rferl.org on its CDN host), its headline and body as the store gives them; the site chrome ("Accessibility links", "Breaking News"), the photo caption (a repeat of a body sentence), the embedded video block (its title, "please wait", "No media source currently available", the player times) and the last paragraph, a quotation cut by the store ("We could go in, but it\'s not clear if we would make it out,") removed. The page carries no date: it is dated 16 September 2025 by its RFE/RL article number (33532030), between Radio Svoboda\'s 33530855 of 15 September 2025 and later numbers (judgement call). Events: "Ukrainian Troops Hold Kostyantynivka" (headline) and "continue to hold defensive positions in the embattled city of Kostyantynivka" (controls, UA, both). Not events: "As Russian forces advance, the city" (no name), "We must hold this city" (no name), the strikes and the population figures (no gold unit). Traps: Current Time (a network).',
    places: [
      { t: 'Kostyantynivka', all: true, ref: 'kostiantynivka' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
    ],
    traps: [{ t: 'Current Time', why: 'a television network' }],
    skipped: [],
    claims: [],
    events: [
      { t: 'Kostyantynivka', n: 1, ref: 'kostiantynivka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2025-09-16'], note: 'headline "Ukrainian Troops Hold Kostyantynivka"' },
      { t: 'Kostyantynivka', n: 2, ref: 'kostiantynivka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2025-09-16'], note: '"continue to hold defensive positions in the embattled city of Kostyantynivka"' },
    ],
  },
];
