// Hand annotations, English articles of tests/eval/fresh59. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";
const AXIS = 'a front axis named by a town ("the Melitopol and Berdyansk sectors")';
const GS = 'General Staff of the Armed Forces of Ukraine';
const SHOIGU = 'Sergei Shoigu';
const HAIDAI = 'Serhiy Haidai';
const MALIAR = 'Hanna Maliar';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-04-02',
    url: 'https://www.crikey.com.au/2022/04/02/ukraine-claims-control-over-kyiv-region/',
    notes: 'Stored copy on Crikey (crikey.com.au, after Reuters), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix and the last paragraph, cut by the store ("Both sides described talks held this week in Istanbul and b"), removed. The date is the index\'s and the URL\'s (Saturday 2 April 2022). Event: the "recaptured town reached by Reuters" is Bucha, where the resident quoted lives (liberated, UA, this week: judgement call). Not events: "all areas around Kyiv" and "the capital region" seized back (the city was never lost; the region is an oblast), "whole Kyiv region is liberated" (an oblast), "Bucha’s mayor", "near Kyiv" (locations), "failed to capture a single major city" (no place). Claim: "more than 30 towns and villages around Kyiv" retaken this week (count, settlements, UA, Arestovych; the week Monday 28 March to the report). Not a claim: "more than 300 residents had been killed" (civilians, as earlier sets read civilian tolls). "Ukraine’s Deputy Defence Minister" is the country as a place (as fresh57 read "Ukraine\'s army chief"). Traps: Arestovych (misspelt "Okeksiy"), Reuters, Zhelezova, Fedoruk, Malyar.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kyiv', n: 1, ref: 'kyiv' },
      { t: 'Kyiv', n: 2, ref: 'kyiv' },
      { t: 'Kyiv', n: 3, ref: 'kyiv' },
      { t: 'Kyiv', n: 4, ref: 'kyiv' },
      { t: 'Kyiv', n: 5, ref: 'kyiv' },
      { t: 'Kyiv region', ref: 'kyivOblast' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Bucha', all: true, ref: 'bucha' },
    ],
    traps: [
      { t: 'Okeksiy Arestovych', why: 'person' },
      { t: 'Reuters', all: true, why: 'a news agency' },
      { t: 'Mariya Zhelezova', why: 'person' },
      { t: 'Zhelezova', n: 2, why: 'person' },
      { t: 'Anatoliy Fedoruk', why: 'person' },
      { t: 'Hanna Malyar', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'more than 30 towns and villages', kind: 'count', value: 30, unit: 'settlements', holder: 'UA', claimant: 'Oleksiy Arestovych', asOf: ['2022-03-28', '2022-04-02'], note: '"Ukraine’s troops have retaken more than 30 towns and villages around Kyiv since Russia pulled back from the area this week"' },
    ],
    events: [
      { t: 'Bucha', n: 1, ref: 'bucha', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-03-28', '2022-04-02'], note: '"At one recaptured town reached by Reuters ... said Mariya Zhelezova, 74, in the country town of Bucha" (the recaptured town is Bucha; judgement call)' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-07-03',
    url: 'https://www.tellerreport.com/news/2022-07-03-the-general-staff-of-the-armed-forces-of-ukraine-confirmed-the-retreat-of-the-ukrainian-military-from-lisichansk.H1Qrkvkiq.html',
    notes: 'Stored copy on Teller Report (tellerreport.com, a digest of a Russian agency report), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The date is the URL\'s (3 July 2022). Events: "After heavy fighting for Lisichansk" the Ukrainian forces "were forced to withdraw from their positions and lines" (fighting, RU, and withdrew, UA, on the same span; the General Staff); Shoigu\'s "full control was established over Lisichansk and a number of nearby settlements", the largest Belogorovka, Novodruzhesk, Maloryazantsevo and Belaya Gora (captured, RU; the owner rule); "the defeat of the surrounded enemy is being completed in the city" of the "Lysychansk cauldron" (fighting, RU). All dated to the report. Not an event: "the liberation of the Luhansk People\'s Republic" (an oblast). Russian spellings: Lisichansk (Lysychansk), Belogorovka (Bilohorivka), Maloryazantsevo (Maloriazantseve), Belaya Gora (Bila Hora). The Luhansk People\'s Republic is Luhansk Oblast; "Armed Forces of Ukraine" is skipped. Traps: Shoigu, Putin.',
    places: [
      { t: 'Lisichansk', all: true, ref: 'lysychansk' },
      { t: 'Luhansk People\'s Republic', ref: 'luhanskOblast' },
      { t: 'Belogorovka', ref: 'bilohorivka' },
      { t: 'Novodruzhesk', ref: 'novodruzhesk' },
      { t: 'Maloryazantsevo', ref: 'maloriazantseve' },
      { t: 'Belaya Gora', ref: 'bilaHora' },
      { t: 'Lysychansk', ref: 'lysychansk' },
    ],
    traps: [
      { t: 'Sergei Shoigu', why: 'person' },
      { t: 'Shoigu', n: 2, why: 'person' },
      { t: 'Vladimir Putin', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', why: BODY + ' ("the General Staff of the Armed Forces of Ukraine")' },
    ],
    claims: [],
    events: [
      { t: 'Lisichansk', n: 1, ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: GS, asOf: ['2022-07-03'], note: '"After heavy fighting for Lisichansk"' },
      { t: 'Lisichansk', n: 1, ref: 'lysychansk', action: 'withdrew', actor: 'UA', claimant: GS, asOf: ['2022-07-03'], note: '"the Ukrainian defense forces were forced to withdraw from their positions and lines"' },
      { t: 'Lisichansk', n: 2, ref: 'lysychansk', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2022-07-03'], note: '"full control was established over Lisichansk and a number of nearby settlements"' },
      { t: 'Belogorovka', ref: 'bilohorivka', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2022-07-03'], note: '"The largest of them are Belogorovka, Novodruzhesk, Maloryazantsevo and Belaya Gora"' },
      { t: 'Novodruzhesk', ref: 'novodruzhesk', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2022-07-03'] },
      { t: 'Maloryazantsevo', ref: 'maloriazantseve', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2022-07-03'] },
      { t: 'Belaya Gora', ref: 'bilaHora', action: 'captured', actor: 'RU', claimant: SHOIGU, asOf: ['2022-07-03'] },
      { t: 'Lysychansk', ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: SHOIGU, asOf: ['2022-07-03'], note: '"blocked in the Lysychansk cauldron; at present, the defeat of the surrounded enemy is being completed in the city"' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2023-02-05',
    url: 'https://www.marketscreener.com/quote/currency/US-DOLLAR-RUSSIAN-ROUBL-2370597/news/Ukraine-s-forces-still-hold-Bilohorivka-last-part-of-Luhansk-region-governor-42904427/?utm_medium=RSS&utm_content=20230205',
    notes: 'Stored copy on MarketScreener (marketscreener.com, a Reuters wire), its body from the dateline as the store gives it, with the wire\'s line breaks (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix and the credit line ("(Reporting by Lidia Kelly in Melbourne; Editing by Christopher Cushing)") removed. The date is the dateline\'s and the index\'s (Sunday 5 February 2023). Events: "Ukrainian forces remained in control of the village of Bilohorivka" (controls, UA, Haidai); "the alleged capture of Bilohorivka" and "nobody has captured Bilohorivka" (captured, RU, denied; the claim spread "in the Russian Federation" names no claimant) and "nobody has entered there" (entered, RU, denied, on the span before; added after the first run); "Russian advances in the direction of Bilohorivka" claimed by Moscow-installed officials and bloggers (fighting, RU: an advance toward it), and the same span "the last part of Luhansk held by Ukrainian forces" (controls, UA). Not events: the front "in the east of the country". "the Luhansk region governor" names the region (counted, as the README counts "белгородский губернатор"); "Luhansk" in "the last part of Luhansk" is the oblast; "Moscow-installed" is skipped (a compound adjective, as fresh57 skipped "Moscow-backed"). Traps: Haidai, Reuters, Zelenskiy.',
    places: [
      { t: 'Bilohorivka', all: true, ref: 'bilohorivka' },
      { t: 'Luhansk region', ref: 'luhanskOblast' },
      { t: 'Russian Federation', ref: 'russia' },
      { t: 'Luhansk', n: 2, ref: 'luhanskOblast' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [
      { t: 'Reuters', all: true, why: 'a news agency' },
      { t: 'Serhiy Haidai', why: 'person' },
      { t: 'Haidai', n: 2, why: 'person' },
      { t: 'Haidai', n: 3, why: 'person' },
      { t: 'Volodymyr Zelenskiy', why: 'person' },
    ],
    skipped: [
      { t: 'Moscow', why: 'a capital inside a compound adjective ("Moscow-installed")' },
    ],
    claims: [],
    events: [
      { t: 'Bilohorivka', n: 1, ref: 'bilohorivka', action: 'controls', actor: 'UA', claimant: HAIDAI, asOf: ['2023-02-05'], note: '"Ukrainian forces remained in control of the village of Bilohorivka"' },
      { t: 'Bilohorivka', n: 2, ref: 'bilohorivka', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2023-02-05'], note: '"Information is being spread in the Russian Federation about the alleged capture of Bilohorivka"' },
      { t: 'Bilohorivka', n: 3, ref: 'bilohorivka', action: 'captured', actor: 'RU', claimant: null, denied: true, asOf: ['2023-02-05'], note: '"nobody has captured Bilohorivka, nobody has entered there"' },
      { t: 'Bilohorivka', n: 3, ref: 'bilohorivka', action: 'entered', actor: 'RU', claimant: null, denied: true, asOf: ['2023-02-05'], note: '"nobody has entered there" (the entry denied beside the capture; added after the first run: an annotation slip)' },
      { t: 'Bilohorivka', n: 4, ref: 'bilohorivka', action: 'fighting', actor: 'RU', claimant: 'Moscow-installed officials and pro-Russian military bloggers', asOf: ['2023-02-05'], note: '"have recently claimed Russian advances in the direction of Bilohorivka"' },
      { t: 'Bilohorivka', n: 4, ref: 'bilohorivka', action: 'controls', actor: 'UA', claimant: null, asOf: ['2023-02-05'], note: '"Bilohorivka, the last part of Luhansk held by Ukrainian forces"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2023-07-03',
    url: 'https://www.freemalaysiatoday.com/category/world/2023/07/03/ukraine-says-it-recaptured-37sq-km-from-russia-last-week/',
    notes: 'Stored copy on Free Malaysia Today (freemalaysiatoday.com, after AFP), its body from the dateline as the store gives it (no headline: the manifest\'s title is made from the URL slug); the index\'s date prefix removed. The date is the index\'s and the URL\'s (Monday 3 July 2023). Claims (Maliar, the week counted back from the Monday report, 26 June to 3 July, as the dev claims gold dates her Monday weeks; corrected after the first run from 26 June to 2 July): 37 km² recaptured, 9 km² in the east and 28 km² in the south (area-retaken, UA). Event: Ukrainian troops "fighting “fierce” battles with Russian forces around the eastern flashpoint city of Bakhmut" (fighting, UA, the attacker at the Russian-held town; the week). Not events: the fronts "towards the Melitopol and Berdyansk sectors" (axes named by towns: skipped). The dateline "KYIV" and "Kyiv announced" (the government by its capital) are Kyiv; "Ukraine’s military commander-in-chief" is skipped (the country inside a body\'s name, as fresh57 read "Ukraine’s military"). Traps: Maliar, Zaluzhny.',
    places: [
      { t: 'KYIV', ref: 'kyiv' },
      { t: 'Ukraine', n: 1, ref: 'ukraine' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Bakhmut', ref: 'bakhmut' },
    ],
    traps: [
      { t: 'Hanna Maliar', why: 'person' },
      { t: 'Maliar', n: 2, why: 'person' },
      { t: 'Valery Zaluzhny', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', n: 2, why: BODY + ' ("Ukraine’s military")' },
      { t: 'Melitopol', why: AXIS },
      { t: 'Berdyansk', why: AXIS },
    ],
    claims: [
      { t: '37sq km', kind: 'area-retaken', value: 37, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-06-26', '2023-07-03'], note: '"Ukraine said today its forces had recaptured 37sq km from Russian forces last week"' },
      { t: '9sq km', kind: 'area-retaken', value: 9, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-06-26', '2023-07-03'], note: '"Over the past week … the area liberated (in the east) was increased by 9sq km"' },
      { t: '28sq km', kind: 'area-retaken', value: 28, unit: 'km2', holder: 'UA', claimant: MALIAR, asOf: ['2023-06-26', '2023-07-03'], note: '"Ukrainian forces had wrested another 28sq km in the south"' },
    ],
    events: [
      { t: 'Bakhmut', ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: MALIAR, asOf: ['2023-06-26', '2023-07-03'], note: '"Ukrainian troops were fighting “fierce” battles with Russian forces around the eastern flashpoint city of Bakhmut"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2023-09-15',
    url: 'https://www.b92.net/eng/news/world.php?yyyy=2023&mm=09&dd=15&nav_id=116618',
    notes: 'Stored copy on B92 (b92.net, English; Tanjug after Reuters), its headline and body as the store gives them; the rubric ("World"), the teaser (the lead repeated), the source, date and share line ("Source: Tanjug Friday, September 15, 2023 | 10:15 Tweet Share Foto: Profimedia") and the last sentence, cut by the store ("Russian forces captured Bakhmu"), removed; the store\'s empty lines kept. The date is the page\'s and the URL\'s (Friday 15 September 2023). Events (the owner rule: Ukraine retaking its village is liberated, though the text says "captured"): Andriivka in the headline, the lead, the General Staff\'s quote and Maliar\'s "three villages south of Bakhmut, including Andriivka" (liberated, UA); "partial success near another village south of the city, Klischievka" (fighting, UA). The Ukrainian effort "to retake territory near Bakhmut" and the "eight attacks in areas south of Bakhmut" the Russian ministry repelled (fighting, UA, at Bakhmut; both added after the first run). Not events: "Andriivka is located south of Bakhmut" and the villages "south of Bakhmut" (locations), Bakhmut "the site of one of the bloodiest battles" (past), "Kyiv regained territory in the northeast" (no settlement). Claim: Maliar\'s "three villages south of Bakhmut" (count, settlements, UA; dated to the report). Kyiv is the government by its capital (three times). Traps: Reuters, Zelensky, Maliar.',
    places: [
      { t: 'Andriivka', all: true, ref: 'andriivkaBakhmut' },
      { t: 'Bakhmut', all: true, ref: 'bakhmut' },
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Donetsk region', ref: 'donetskOblast' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Klischievka', ref: 'klishchiivka' },
    ],
    traps: [
      { t: 'Reuters', all: true, why: 'a news agency' },
      { t: 'Volodymyr Zelensky', why: 'person' },
      { t: 'Hanna Maliar', why: 'person' },
      { t: 'Maliar', n: 2, why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: 'three villages', kind: 'count', value: 3, unit: 'settlements', holder: 'UA', claimant: MALIAR, asOf: ['2023-09-15'], note: '"Ukrainian forces captured three villages south of Bakhmut, including Andriivka"' },
    ],
    events: [
      { t: 'Andriivka', n: 1, ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: GS, asOf: ['2023-09-15'], note: 'headline: "Andriivka captured by the Ukrainians"' },
      { t: 'Andriivka', n: 2, ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: GS, asOf: ['2023-09-15'], note: '"Ukrainian troops captured the village of Andriivka, which was under Russian control"' },
      { t: 'Andriivka', n: 3, ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: GS, asOf: ['2023-09-15'], note: '"During the assault operations, Andriivka in the Donetsk region was captured"' },
      { t: 'Andriivka', n: 5, ref: 'andriivkaBakhmut', action: 'liberated', actor: 'UA', claimant: MALIAR, asOf: ['2023-09-15'], note: '"captured three villages south of Bakhmut, including Andriivka"' },
      { t: 'Klischievka', ref: 'klishchiivka', action: 'fighting', actor: 'UA', claimant: GS, asOf: ['2023-09-15'], note: '"The General Staff also reported partial success near another village south of the city, Klischievka"' },
      { t: 'Bakhmut', n: 3, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Senior military officials in Kyiv', asOf: ['2023-09-15'], note: '"inflicting heavy losses on Russian forces on the southern front in an effort to retake territory near Bakhmut" (fighting near the Russian-held town, as an earlier set reads "fighting near Bakhmut"; added after the first run: an annotation slip)' },
      { t: 'Bakhmut', n: 4, ref: 'bakhmut', action: 'fighting', actor: 'UA', claimant: 'Russian Defense Ministry', asOf: ['2023-09-15'], note: '"Russian forces repelled eight attacks in areas south of Bakhmut" (attacks by UA; added after the first run: an annotation slip)' },
    ],
  },
];
