// Hand annotations, English articles of tests/eval/fresh54. Spans are located by gold.ts (n = occurrence as a whole
// word, ctx = a unique context string containing the span, all = every whole-word occurrence).
import type { ArticleAnnotation } from './types.ts';

const BODY = "country inside an official body's name";

export const EN: ArticleAnnotation[] = [
  {
    file: 'en-01.txt', language: 'en', published: '2025-07-17',
    url: 'https://www.devdiscourse.com/article/law-order/3507935-tension-rises-as-russian-troops-seize-ukrainian-villages',
    notes: 'Stored copy on Devdiscourse (after Reuters), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug); the closing credit "(With inputs from agencies.)" removed. The page carries no date: it is dated Thursday 17 July 2025, the Thursday of the Defence Ministry report the body tells (Reuters copies of the same report are dated that day; judgement call). Events: Kamianske, Dehtiarne and Popiv Yar "taken control of" by the Russian Defence Ministry\'s account (captured, RU, three times; unverified, not denied). Hard case: Kamianske "in the Zaporizhzhia region" is the village, not the city of Kamianske in Dnipropetrovsk Oblast. "According to Moscow" and "Kyiv along with most Western nations" are the capitals as places. Trap: Reuters. Claim: "taken control of three villages" (count, settlements, RU; added after the first run).',
    places: [
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'Kamianske', ref: 'kamianskeZp' },
      { t: 'Zaporizhzhia', all: true, ref: 'zaporizhzhiaOblast' },
      { t: 'Dehtiarne', ref: 'dehtiarne' },
      { t: 'Kharkiv', ref: 'kharkivOblast' },
      { t: 'Popiv Yar', ref: 'popivYar' },
      { t: 'Donetsk', all: true, ref: 'donetskOblast' },
      { t: 'Moscow', ref: 'moscow' },
      { t: 'Kyiv', ref: 'kyiv' },
    ],
    traps: [{ t: 'Reuters', why: 'a news agency' }],
    skipped: [],
    claims: [
      { t: 'three villages', kind: 'count', value: 3, unit: 'settlements', holder: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-07-17'], note: '"its troops had taken control of three villages" (added after the first run: a count of settlements taken)' },
    ],
    events: [
      { t: 'Kamianske', ref: 'kamianskeZp', action: 'captured', actor: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-07-17'], note: '"its troops had taken control of three villages ... Kamianske in the Zaporizhzhia region"' },
      { t: 'Dehtiarne', ref: 'dehtiarne', action: 'captured', actor: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-07-17'], note: '"Dehtiarne in the Kharkiv region"' },
      { t: 'Popiv Yar', ref: 'popivYar', action: 'captured', actor: 'RU', claimant: 'Russian Defence Ministry', asOf: ['2025-07-17'], note: '"Popiv Yar in the Donetsk region"' },
    ],
  },
  {
    file: 'en-02.txt', language: 'en', published: '2024-08-23',
    url: 'https://keyt.com/news/2024/08/23/ukraine-says-it-has-recaptured-land-in-the-kharkiv-region-reversing-some-russian-gains-there/',
    notes: 'Stored copy on KEYT (after AP), its headline and body as the store gives them; the agency line ("Associated Press") under the headline removed. The date is the URL\'s (23 August 2024). Claim: "advanced nearly two square kilometers in that area" (area-retaken, km², UA, a Ukrainian brigade, told "late Thursday", 22 August 2024). No event: no settlement is named. "Kharkiv" is the oblast each time ("the Kharkiv region", "the eastern region of Kharkiv"); "Ukraine says", "Russia launched" and "Ukraine’s reported counteroffensive" are the countries as places; "Russian territory" is an adjective. Trap: AP.',
    places: [
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Kharkiv', all: true, ref: 'kharkivOblast' },
      { t: 'KYIV', ref: 'kyiv' },
      { t: 'Russia', ref: 'russia' },
    ],
    traps: [{ t: 'AP', why: 'a news agency' }],
    skipped: [],
    claims: [
      { t: 'two square kilometers', kind: 'area-retaken', value: 2, unit: 'km2', holder: 'UA', claimant: 'Ukrainian brigade', asOf: ['2024-08-22'], note: '"The brigade said late Thursday that its forces advanced nearly two square kilometers in that area"' },
    ],
    events: [],
  },
  {
    file: 'en-03.txt', language: 'en', published: '2025-09-23',
    url: 'https://unn.ua/en/news/defense-forces-liberated-360-km-of-occupied-territory-zelenskyy',
    notes: 'Stored copy on UNN (English), its headline and body as the store gives them; the currency ticker ("$41.380.13"), the dateline and view count ("Kyiv • UNN", "60 views"), the author line and the closing tag list removed. The date is the index\'s (23 September 2025). Claims: 360 km² de-occupied, stated three times (area-retaken, UA, Zelenskyy, each statement a claim; "over several months", dated to the report). "About a thousand Russian servicemen" taken prisoner is no unit of the claims format (not a claim). Events: Filiia returned "under Ukraine\'s control" (liberated, UA, the Skelya regiment) and Zarichne "de-occupied" (liberated, UA, the General Staff), both dated to the report (the text gives no day). "Kramatorsk district" is the raion. "General Staff of the Armed Forces of Ukraine" is skipped (the country inside a body\'s name). Traps: UNN, Zelenskyy, the battalion "Shkval" and the regiment "Skelya".',
    places: [
      { t: 'Russia', ref: 'russia' },
      { t: 'Dnipropetrovsk', ref: 'dnipropetrovskOblast' },
      { t: 'Donetsk', all: true, ref: 'donetskOblast' },
      { t: 'Filiia', ref: 'filiia' },
      { t: 'Ukraine', ctx: "under Ukraine's control", ref: 'ukraine' },
      { t: 'Zarichne', ref: 'zarichne' },
      { t: 'Kramatorsk district', ref: 'kramatorskDistrict' },
    ],
    traps: [
      { t: 'UNN', why: 'a news agency' },
      { t: 'Zelenskyy', all: true, why: 'person' },
      { t: 'Shkval', why: 'a battalion' },
      { t: 'Skelya', why: 'a regiment' },
    ],
    skipped: [{ t: 'Ukraine', ctx: 'Armed Forces of Ukraine', why: BODY }],
    claims: [
      { t: '360 km²', kind: 'area-retaken', value: 360, unit: 'km2', holder: 'UA', claimant: 'Zelenskyy', asOf: ['2025-09-23'], note: 'headline: "Defense Forces liberated 360 km² of occupied territory"' },
      { t: '360 square kilometers', n: 1, kind: 'area-retaken', value: 360, unit: 'km2', holder: 'UA', claimant: 'Zelenskyy', asOf: ['2025-09-23'], note: '"de-occupied 360 square kilometers of territory"' },
      { t: '360 square kilometers', n: 2, kind: 'area-retaken', value: 360, unit: 'km2', holder: 'UA', claimant: 'Zelenskyy', asOf: ['2025-09-23'], note: '"have de-occupied 360 square kilometers of Russian-occupied territory"' },
      { t: '360 square kilometers', n: 3, kind: 'area-retaken', value: 360, unit: 'km2', holder: 'UA', claimant: 'Zelenskyy', asOf: ['2025-09-23'], note: '"Over several months, our military de-occupied 360 square kilometers of our territory"' },
    ],
    events: [
      { t: 'Filiia', ref: 'filiia', action: 'liberated', actor: 'UA', claimant: 'Skelya regiment', asOf: ['2025-09-23'], note: '"returning the village of Filiia under Ukraine\'s control"' },
      { t: 'Zarichne', ref: 'zarichne', action: 'liberated', actor: 'UA', claimant: 'General Staff of the Armed Forces of Ukraine', asOf: ['2025-09-23'], note: '"Ukrainian military also de-occupied the village of Zarichne"' },
    ],
  },
  {
    file: 'en-04.txt', language: 'en', published: '2026-01-15',
    url: 'https://rima.media/document/2026-01-15-theins-909839-through-the-meat-grinder-20-dead-per-square-kilometer-and',
    notes: 'Stored copy on rima.media of The Insider\'s article, its headline and first paragraphs as the store gives them; the archive\'s header lines ("Дата", "Автор", the author\'s name, "Источник", "Сохранённая копия", "Original Material") removed, and the last bullet, cut by the store, kept to its last whole phrase ("control over nearly half of the urban area of Kostiantynivka"; the cut ", with the prospect of launching an operatio" removed). The date is the URL\'s (15 January 2026). Claims, as briefed to Putin on 29 December 2025: "6,640 square kilometers" (area-gained, RU, the year 2025) and "334 settlements" (count, settlements, RU, the year), "700 square kilometers" and "32 settlements" (December 2025). Events: "control over nearly half of the urban area of Kostiantynivka" (controls, RU, part: a share in words, no claim, as fresh52 reads "более половины"); "a Ukrainian grouping encircled near Kupiansk" (fighting, RU: the encirclement convention). Not an event: "within 20 kilometers of the city of Sumy" (a distance). "Sumy and Kharkiv regions" are oblasts; "the Kyiv authorities" and "Russia’s favor" are the capital and the country as places; "U.S. representatives" names the country. Traps: Putin, the Kremlin.',
    places: [
      { t: 'Ukraine', ref: 'ukraine' },
      { t: 'U.S.', ref: 'usa' },
      { t: 'Kyiv', ref: 'kyiv' },
      { t: 'Russia', ref: 'russia' },
      { t: 'Sumy', ctx: 'the Sumy and Kharkiv regions', ref: 'sumyOblast' },
      { t: 'Kharkiv', ref: 'kharkivOblast' },
      { t: 'Sumy', ctx: 'city of Sumy', ref: 'sumy' },
      { t: 'Kupiansk', ref: 'kupiansk' },
      { t: 'Kostiantynivka', ref: 'kostiantynivka' },
    ],
    traps: [
      { t: 'Putin', all: true, why: 'person' },
      { t: 'Kremlin', why: 'the Russian government by its seat' },
    ],
    skipped: [],
    claims: [
      { t: '6,640 square kilometers', kind: 'area-gained', value: 6640, unit: 'km2', holder: 'RU', claimant: 'Russian General Staff', asOf: ['2025-01-01', '2025-12-29'], note: '"the capture over the year of 6,640 square kilometers of territory"' },
      { t: '334 settlements', kind: 'count', value: 334, unit: 'settlements', holder: 'RU', claimant: 'Russian General Staff', asOf: ['2025-01-01', '2025-12-29'], note: '"and 334 settlements"' },
      { t: '700 square kilometers', kind: 'area-gained', value: 700, unit: 'km2', holder: 'RU', claimant: 'Russian General Staff', asOf: ['2025-12-01', '2025-12-29'], note: '"the fastest advance in December 2025 — 700 square kilometers"' },
      { t: '32 settlements', kind: 'count', value: 32, unit: 'settlements', holder: 'RU', claimant: 'Russian General Staff', asOf: ['2025-12-01', '2025-12-29'], note: '"and 32 settlements"' },
    ],
    events: [
      { t: 'Kostiantynivka', ref: 'kostiantynivka', action: 'controls', actor: 'RU', claimant: 'Russian General Staff', part: true, asOf: ['2025-12-29'], note: '"control over nearly half of the urban area of Kostiantynivka"' },
      { t: 'Kupiansk', ref: 'kupiansk', action: 'fighting', actor: 'RU', claimant: 'Russian General Staff', asOf: ['2025-12-29'], note: '"the gradual “elimination” ... of a Ukrainian grouping encircled near Kupiansk"' },
    ],
  },
  {
    file: 'en-05.txt', language: 'en', published: '2025-06-30',
    url: 'https://dailytimes.com.pk/1326059/russian-troops-capture-first-village-in-ukraines-dnipropetrovsk-region/',
    notes: 'Stored copy on Daily Times (Pakistan, after Reuters), its body as the store gives it (no headline: the manifest\'s title is made from the URL slug). The page carries no date: it is dated Monday 30 June 2025 from the body ("state media and pro-war bloggers on Monday", DeepState\'s figures "by June 28"; judgement call). Event: Dachnoye "now under Russian control" (captured, RU, Russian state media; unconfirmed, not denied). Claims: 950 km² seized over two months and the 200 km² area of Sumy Oblast within it (area-gained, RU), DeepState\'s 113,588 km² held (area-held, RU, 28 June) and 943 km² gained over two months to 28 June (area-gained, RU), "over 70%" of Donetsk, Zaporizhzhia and Kherson (area-held, percent, RU, one figure for three oblasts). "Nearly all of Luhansk" is a share in words (no claim); "fresh movements into Dnipropetrovsk" enters an oblast (no event). Hard case: Dachnoye, the Russian form, is Dachne of Dnipropetrovsk Oblast, not the Crimean Dachne. "MOSCOW" is the dateline; Dnipropetrovsk, Sumy, Luhansk, Donetsk, Zaporizhzhia, Kherson and Kharkiv are oblasts. Traps: Deep State, Putin.',
    places: [
      { t: 'MOSCOW', ref: 'moscow' },
      { t: 'Ukraine', all: true, ref: 'ukraine' },
      { t: 'Dnipropetrovsk', all: true, ref: 'dnipropetrovskOblast' },
      { t: 'Dachnoye', ref: 'dachne' },
      { t: 'Sumy', all: true, ref: 'sumyOblast' },
      { t: 'Russia', all: true, ref: 'russia' },
      { t: 'Crimea', ref: 'crimea' },
      { t: 'Luhansk', ref: 'luhanskOblast' },
      { t: 'Donetsk', ref: 'donetskOblast' },
      { t: 'Zaporizhzhia', ref: 'zaporizhzhiaOblast' },
      { t: 'Kherson', ref: 'khersonOblast' },
      { t: 'Kharkiv', ref: 'kharkivOblast' },
    ],
    traps: [
      { t: 'Deep State', why: 'a monitoring group' },
      { t: 'Putin', why: 'person' },
    ],
    skipped: [],
    claims: [
      { t: '950 square kilometers', kind: 'area-gained', value: 950, unit: 'km2', holder: 'RU', claimant: null, asOf: ['2025-04-30', '2025-06-30'], note: '"Over the past two months, Russian troops have advanced steadily, seizing 950 square kilometers"' },
      { t: '200 square kilometer', kind: 'area-gained', value: 200, unit: 'km2', holder: 'RU', claimant: null, asOf: ['2025-04-30', '2025-06-30'], note: '"This includes a 200 square kilometer area in the Sumy region"' },
      { t: '113,588 square kilometers', kind: 'area-held', value: 113588, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-06-28'], note: '"Russia now holds approximately 113,588 square kilometers of Ukrainian territory"' },
      { t: '943 square kilometers', kind: 'area-gained', value: 943, unit: 'km2', holder: 'RU', claimant: 'DeepState', asOf: ['2025-04-28', '2025-06-28'], note: '"an increase of 943 square kilometers by June 28" (the two months of the paragraph before)' },
      { t: '70%', kind: 'area-held', value: 70, unit: 'percent', holder: 'RU', claimant: null, asOf: ['2025-06-30'], note: '"over 70% of Donetsk, Zaporizhzhia, and Kherson"' },
    ],
    events: [
      { t: 'Dachnoye', ref: 'dachne', action: 'captured', actor: 'RU', claimant: 'Russian state media', asOf: ['2025-06-30'], note: '"the village of Dachnoye, located just inside Dnipropetrovsk, is now under Russian control"' },
    ],
  },
];
