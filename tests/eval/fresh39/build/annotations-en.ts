// Hand annotations, English articles of tests/eval/fresh39. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const OFFICIAL = "country or region inside an official title or body's name";
const HAIDAI = 'Serhiy Haidai';
const MOD = 'Russian Defense Ministry';

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2022-06-30',
    url: 'https://www.latimes.com/world-nation/story/2022-06-30/russia-leave-snake-island-press-eastern-offensive-ukraine',
    notes: 'Stored copy on the Los Angeles Times (after AP), its headline and body as the store gives them; two photo captions with their credits ("War-damaged concert hall in Ukraine ... (Nariman El-Mofty / Associated Press)", "Satellite image of Ukraine\'s Snake Island ... (Maxar Technologies)") removed, and the last words, cut by the store ("Relentless Russian artillery barrages "), removed. The date is the URL\'s (30 June 2022, "Thursday"). Events: "Russian forces leave Snake Island" (headline) and "the pullout from Snake Island" (withdrew, RU, the Russian Defense Ministry\'s "goodwill gesture"). Not events: "the Russians fled the island" and "Russia took control of the island ... in the opening days of the war" (no name in the clause), "its push to encircle the last bulwark of Ukraine’s resistance in the eastern province of Luhansk" (no settlement), "an attack on Odesa" (a feared prospect). No claims. Traps: the United Nations, Igor Konashenkov. Skipped: the Black Sea (three times), Russia and Ukraine in "Russia’s Defense Ministry" and "Ukraine’s military", and "Russian" written for Russia ("accused Russian of blockading").',
    places: [
      { t: 'Snake Island', all: true, ref: 'snakeIsland' },
      { t: 'Ukraine', ctx: 'in eastern Ukraine', ref: 'ukraine' },
      { t: 'Russia', ctx: 'Russia on Thursday', ref: 'russia' },
      { t: 'Ukraine', ctx: 'Ukraine’s resistance', ref: 'ukraine' },
      { t: 'Luhansk', ref: 'luhanskOblast' },
      { t: 'Ukraine', ctx: 'off Ukraine’s Black', ref: 'ukraine' },
      { t: 'Odesa', all: true, ref: 'odesa' },
      { t: 'Russian Federation', ref: 'russia' },
      { t: 'Ukraine', ctx: 'territory of Ukraine', ref: 'ukraine' },
      { t: 'Ukraine', ctx: 'Ukraine and the West', ref: 'ukraine' },
      { t: 'Russia', ctx: 'Russia has denied', ref: 'russia' },
      { t: 'Ukraine', ctx: 'that Ukraine needs', ref: 'ukraine' },
      { t: 'Turkey', ref: 'turkey' },
      { t: 'Ukraine', ctx: 'exports from Ukraine', ref: 'ukraine' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Russia', ctx: 'Russia took control', ref: 'russia' },
    ],
    traps: [
      { t: 'United Nations', why: 'an international organisation' },
      { t: 'Igor Konashenkov', why: 'person' },
    ],
    skipped: [
      { t: 'Black Sea', all: true, why: 'a sea' },
      { t: 'Russia', ctx: 'Russia’s Defense Ministry', why: OFFICIAL + ' ("Russia’s Defense Ministry")' },
      { t: 'Ukraine', ctx: 'Ukraine’s military', why: OFFICIAL + ' ("Ukraine’s military")' },
      { t: 'Russian', ctx: 'accused Russian of', why: '"Russian" written for Russia ("accused Russian of blockading"), an adjective form' },
    ],
    claims: [],
    events: [
      { t: 'Snake Island', n: 1, ref: 'snakeIsland', action: 'withdrew', actor: 'RU', claimant: null, asOf: ['2022-06-30'], note: 'the headline: "Russian forces leave Snake Island"' },
      { t: 'Snake Island', n: 2, ref: 'snakeIsland', action: 'withdrew', actor: 'RU', claimant: MOD, asOf: ['2022-06-30'], note: '"Russia’s Defense Ministry portrayed the pullout from Snake Island ... as a “goodwill gesture.”"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2022-05-08',
    url: 'https://babel.ua/en/news/78458-the-armed-forces-withdrew-from-popasna-to-new-positions-they-were-prepared-and-strengthened-in-advance',
    notes: 'Stored copy on Babel (English edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The date is the text\'s: Haidai\'s telegram before "May 9" (the store\'s month is May 2022; Haidai announced the withdrawal from Popasna on 8 May 2022, the telethon day other outlets give). Events: "The Ukrainian military withdrew from the town of Popasna" and "Our troops withdrew from Popasna" (withdrew, UA, Haidai). Not events: "will not be able to capture even Luhansk oblast until May 9" (a denied prospect for an oblast, no settlement). No claims. Skipped: Luhansk in "Luhansk Oblast Military Administration" and Ukraine in "The Armed Forces of Ukraine".',
    places: [
      { t: 'Popasna', all: true, ref: 'popasna' },
      { t: 'Luhansk oblast', all: true, ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Serhiy Haidai', why: 'person' },
    ],
    skipped: [
      { t: 'Luhansk', ctx: 'Luhansk Oblast Military', why: OFFICIAL + ' ("Luhansk Oblast Military Administration")' },
      { t: 'Ukraine', why: OFFICIAL + ' ("The Armed Forces of Ukraine")' },
    ],
    claims: [],
    events: [
      { t: 'Popasna', n: 1, ref: 'popasna', action: 'withdrew', actor: 'UA', claimant: HAIDAI, asOf: ['2022-05-08'], note: '"The Ukrainian military withdrew from the town of Popasna in Luhansk oblast to new positions"' },
      { t: 'Popasna', n: 2, ref: 'popasna', action: 'withdrew', actor: 'UA', claimant: HAIDAI, asOf: ['2022-05-08'], note: '"Our troops withdrew from Popasna."' },
    ],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2022-06-24',
    url: 'https://jpost.com/international/article-710299',
    notes: 'Stored copy on The Jerusalem Post, its headline and body as the store gives them; the standfirst is kept (it is the article\'s own summary), the pull quote repeating Gaidai\'s words ("\\"Remaining in positions ...\\" Serhiy Gaidai") and two photo captions with their credits removed. The date is the text\'s: "Friday" in the invasion\'s "121st day" (24 June 2022). Events: "Ukrainian troops to withdraw from Sievierdonetsk" (headline) and "Ukrainian troops will have to withdraw from ... Sievierdonetsk" (withdrew, UA, Gaidai: the order given, "have already received the order to move"); "the largely-Russian controlled city of Sievierdonetsk" (controls, RU, part: "largely"); "repelled a Russian attack on the southern outskirts of Lysychansk" (fighting, RU) and "Lysychansk, the last fully Ukrainian-controlled city in Luhansk" (controls, UA). Not events: "The city is one of the last major remaining Ukrainian-controlled holdouts" and "the defenders will have to withdraw" (no name in the clause), "Russia has made ... advances there" (no name). No claims: "over 90% of the city has been damaged" is damage, not ground. Traps: Serhiy Gaidai, Telegram. Skipped: the war\'s name "Russia-Ukraine War" in the headline.',
    places: [
      { t: 'Sievierdonetsk', all: true, ref: 'sievierodonetsk' },
      { t: 'Luhansk Oblast', ref: 'luhanskOblast' },
      { t: 'Ukraine', ctx: 'invasion of Ukraine', ref: 'ukraine' },
      { t: 'Luhansk', ctx: 'holdouts in Luhansk', ref: 'luhanskOblast' },
      { t: 'Donbas', ref: 'donbas' },
      { t: 'Russia', ctx: 'Russia has made', ref: 'russia' },
      { t: 'Lysychansk', ref: 'lysychansk' },
      { t: 'Luhansk', ctx: 'city in Luhansk', ref: 'luhanskOblast' },
    ],
    traps: [
      { t: 'Serhiy Gaidai', why: 'person' },
      { t: 'Telegram', why: 'a messenger' },
    ],
    skipped: [
      { t: 'Russia-Ukraine', why: 'the war\'s name in the headline ("Russia-Ukraine War")' },
    ],
    claims: [],
    events: [
      { t: 'Sievierdonetsk', n: 1, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: 'Serhiy Gaidai', asOf: ['2022-06-24'], note: 'the headline: "Ukrainian troops to withdraw from Sievierdonetsk"' },
      { t: 'Sievierdonetsk', n: 2, ref: 'sievierodonetsk', action: 'withdrew', actor: 'UA', claimant: 'Serhiy Gaidai', asOf: ['2022-06-24'], note: '"Ukrainian troops will have to withdraw from ... Sievierdonetsk" (the order given: "have already received the order to move to new positions")' },
      { t: 'Sievierdonetsk', n: 2, ref: 'sievierodonetsk', action: 'controls', actor: 'RU', claimant: null, part: true, asOf: ['2022-06-24'], note: '"the largely-Russian controlled city of Sievierdonetsk"' },
      { t: 'Lysychansk', ref: 'lysychansk', action: 'fighting', actor: 'RU', claimant: 'Serhiy Gaidai', asOf: ['2022-06-23', '2022-06-24'], note: '"Ukrainian troops repelled a Russian attack on the southern outskirts of Lysychansk"' },
      { t: 'Lysychansk', ref: 'lysychansk', action: 'controls', actor: 'UA', claimant: null, asOf: ['2022-06-24'], note: '"Lysychansk, the last fully Ukrainian-controlled city in Luhansk"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2022-11-13',
    url: 'https://www.southsudannewsagency.org/the-russo-ukrainian-war-at-a-glance-what-we-know-on-day-263-of-the-invasion-ukraine/',
    notes: 'Stored copy on South Sudan News Agency (a roundup after AFP and others), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); run-together subheads kept as stored ("Kherson Kyiv", "elsewhere And", "RussiaAccording"); a teaser of another story ("See also Emirates suspends all flights to Nigeria over funding dispute") and the last sentence, cut by the store ("Russian President Vladimir Putin spoke to his Iranian counterpart Ebrahim R"), removed. The date is the index\'s (13 November 2022, day 263 of the invasion). Events: Kherson "after it was recaptured by Ukrainian forces" (liberated, UA); "in Kherson before they fled" and "Russia’s retreat from Kherson" (withdrew, RU); "the formerly occupied village of Pravdin, outside Kherson" (liberated, UA: a village freed, told as its state). Not events: "working to clear the strategic southern city" (no name in the clause), "battles ... in the east Donetsk" (a region). Claims: "more than 60 settlements in the Kherson region" taken by Kyiv\'s forces (count, settlements, UA, Zelensky, as of the report). Traps: AFP, ASEAN. Skipped: Kherson in "Kherson Regional State Administration", the US in "US Secretary of State", Moscow in "Pro-Moscow", and "RussiaAccording" (Russia run into the next word by the store).',
    places: [
      { t: 'Kyiv', all: true, ref: 'kyiv' },
      { t: 'Kherson region', ref: 'khersonOblast' },
      { t: 'Kherson', ctx: 'city of Kherson', ref: 'kherson' },
      { t: 'Kherson', ctx: 'in Kherson before', ref: 'kherson' },
      { t: 'Russia', ctx: 'Russia’s retreat', ref: 'russia' },
      { t: 'Kherson', ctx: 'retreat from Kherson', ref: 'kherson' },
      { t: 'Pravdin', ref: 'pravdyne' },
      { t: 'Kherson', ctx: 'outside Kherson', ref: 'kherson' },
      { t: 'Kherson', ctx: 'Yanushevich from Kherson', ref: 'kherson' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Cambodia', ref: 'cambodia' },
      { t: 'Phnom Penh', ref: 'phnomPenh' },
    ],
    traps: [
      { t: 'AFP', why: 'a news agency' },
      { t: 'ASEAN', why: 'an association of states' },
    ],
    skipped: [
      { t: 'Kherson', ctx: 'Kherson Regional State', why: OFFICIAL + ' ("the Kherson Regional State Administration")' },
      { t: 'US', why: OFFICIAL + ' ("US Secretary of State")' },
      { t: 'Moscow', why: 'inside the adjective "Pro-Moscow"' },
      { t: 'RussiaAccording', why: 'Russia run into the next word by the store' },
    ],
    claims: [
      { t: 'more than 60 settlements', kind: 'count', value: 60, unit: 'settlements', holder: 'UA', claimant: 'Volodymyr Zelensky', asOf: ['2022-11-13'], note: '"Kyiv forces have taken control of more than 60 settlements in the Kherson region"' },
    ],
    events: [
      { t: 'Kherson', ctx: 'city of Kherson', ref: 'kherson', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2022-11-11'], note: '"the city of Kherson after it was recaptured by Ukrainian forces"' },
      { t: 'Kherson', ctx: 'in Kherson before', ref: 'kherson', action: 'withdrew', actor: 'RU', claimant: 'Volodymyr Zelensky', asOf: ['2022-11-09', '2022-11-11'], note: '"Russian forces destroyed all vital infrastructure in Kherson before they fled"' },
      { t: 'Kherson', ctx: 'retreat from Kherson', ref: 'kherson', action: 'withdrew', actor: 'RU', claimant: null, asOf: ['2022-11-09', '2022-11-11'], note: '"Ukrainians applaud Russia’s retreat from Kherson"' },
      { t: 'Pravdin', ref: 'pravdyne', action: 'liberated', actor: 'UA', claimant: 'AFP', asOf: ['2022-11-13'], note: '"In the formerly occupied village of Pravdin, outside Kherson, returning locals hugged their neighbours"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2023-07-18',
    url: 'https://ukranews.com/en/news/945118-afu-fighting-for-staromaiorske-superiority-on-side-of-ukrainian-military',
    notes: 'Stored copy on Ukrainian News (ukranews.com, English edition), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the double spaces of "area of   increased attention" kept as stored. The date is the text\'s: Shershen\'s Military Media Center briefing on Staromaiorske with Rivnopil\'s liberation of "June 26" behind it (the store\'s month is July 2023; the same briefing is reported on 18 July 2023). Events: "fighting for the village of Staromaiorske" and "the area of the village of Staromaiorske. Heavy battles continue there" (fighting, UA, Shershen); "advancing in the direction of temporarily occupied Berdiansk and Melitopol" (fighting, UA, early June 2023: an advance toward a place) and "temporarily occupied Berdiansk and Melitopol" (controls, RU: a hold, as earlier sets read "occupied X"; added after the first run); Blahodatne, Neskuchne, Storozheve and Makarivka and Novodarivka "liberate[d]" in the first half of June (liberated, UA); "the liberation of Rivnopil" (liberated, UA, 26 June). Not events: Velyka Novosilka and Novodarivka as locations ("south of", "west of"). No claims. Traps: Tavria (the operational group). Skipped: Ukraine inside "Defense Forces of Ukraine" and "Armed Forces of Ukraine" (five times), the axes "Berdiansk and Melitopol directions".',
    places: [
      { t: 'Donetsk Region', ref: 'donetskOblast' },
      { t: 'Staromaiorske', all: true, ref: 'staromaiorske' },
      { t: 'Velyka Novosilka', all: true, ref: 'velykaNovosilka' },
      { t: 'Donetsk', ctx: 'Donetsk and Zaporizhzhia', ref: 'donetskOblast' },
      { t: 'Zaporizhzhia Regions', ref: 'zaporizhzhiaOblast' },
      { t: 'Berdiansk', ctx: 'occupied Berdiansk', ref: 'berdiansk' },
      { t: 'Melitopol', ctx: 'Berdiansk and Melitopol.', ref: 'melitopol' },
      { t: 'Blahodatne', ref: 'blahodatne' },
      { t: 'Neskuchne', ref: 'neskuchne' },
      { t: 'Storozheve', ref: 'storozheve' },
      { t: 'Makarivka', ref: 'makarivka' },
      { t: 'Novodarivka', ref: 'novodarivka' },
      { t: 'Zaporizhzhia Region', ref: 'zaporizhzhiaOblast' },
      { t: 'Rivnopil', ref: 'rivnopil' },
    ],
    traps: [
      { t: 'Tavria', why: 'an operational group' },
      { t: 'Valerii Shershen', why: 'person' },
    ],
    skipped: [
      { t: 'Ukraine', all: true, why: OFFICIAL + ' ("Defense Forces of Ukraine", "Armed Forces of Ukraine")' },
      { t: 'Berdiansk and Melitopol directions', why: 'front axes named by towns' },
    ],
    claims: [],
    events: [
      { t: 'Staromaiorske', n: 1, ref: 'staromaiorske', action: 'fighting', actor: 'UA', claimant: 'Valerii Shershen', asOf: ['2023-07-18'], note: '"the Ukrainian military is fighting for the village of Staromaiorske"' },
      { t: 'Staromaiorske', n: 2, ref: 'staromaiorske', action: 'fighting', actor: 'UA', claimant: 'Valerii Shershen', asOf: ['2023-07-18'], note: '"the area of the village of Staromaiorske. Heavy battles continue there"' },
      { t: 'Berdiansk', ctx: 'occupied Berdiansk', ref: 'berdiansk', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-06-01', '2023-06-10'], note: '"in early June ... launched a counteroffensive ..., advancing in the direction of temporarily occupied Berdiansk and Melitopol" (an advance toward a place)' },
      { t: 'Melitopol', ctx: 'Berdiansk and Melitopol.', ref: 'melitopol', action: 'fighting', actor: 'UA', claimant: null, asOf: ['2023-06-01', '2023-06-10'], note: 'the same advance "in the direction of ... Melitopol"' },
      { t: 'Berdiansk', ctx: 'occupied Berdiansk', ref: 'berdiansk', action: 'controls', actor: 'RU', claimant: null, asOf: ['2023-07-18'], note: '"temporarily occupied Berdiansk" (a hold, as earlier sets read "occupied X"; added after the first run)' },
      { t: 'Melitopol', ctx: 'Berdiansk and Melitopol.', ref: 'melitopol', action: 'controls', actor: 'RU', claimant: null, asOf: ['2023-07-18'], note: '"temporarily occupied Berdiansk and Melitopol" (a hold; added after the first run)' },
      { t: 'Blahodatne', ref: 'blahodatne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-01', '2023-06-15'], note: '"in the first half of June, the Ukrainian military was able to liberate a number of settlements ... Blahodatne"' },
      { t: 'Neskuchne', ref: 'neskuchne', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-01', '2023-06-15'], note: 'the same list' },
      { t: 'Storozheve', ref: 'storozheve', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-01', '2023-06-15'], note: 'the same list' },
      { t: 'Makarivka', ref: 'makarivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-01', '2023-06-15'], note: 'the same list' },
      { t: 'Novodarivka', ref: 'novodarivka', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-01', '2023-06-15'], note: '"the Defense Forces of Ukraine were able to liberate the village of Novodarivka"' },
      { t: 'Rivnopil', ref: 'rivnopil', action: 'liberated', actor: 'UA', claimant: null, asOf: ['2023-06-26'], note: '"on June 26, it became known about the liberation of Rivnopil"' },
    ],
  },
];
