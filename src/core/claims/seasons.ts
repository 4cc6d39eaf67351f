// Seasons as periods: "за осень 2025 года", "влітку", "in the summer of 2023", "за три місяці зими", "з початку літа",
// "станом на кінець осені". Meteorological seasons (the reporting's: "за осень" is September to November), winter
// running from December into the next year's February.

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** First month (0-based) of each season. */
const FIRST_MONTH: Record<Season, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m, d));

/** The season a word names, in English, Ukrainian or Russian (any case; "влітку", "осенью", "навесні" too). */
export function seasonOf(word: string): Season | null {
  const w = word.toLowerCase();
  if (/^(?:spring|весн|навесн)/u.test(w)) return 'spring';
  if (/^(?:summer|літ|лет|влітку)/u.test(w)) return 'summer';
  if (/^(?:autumn|fall|осін|осен|восени)/u.test(w)) return 'autumn';
  if (/^(?:winter|зим|взимку)/u.test(w)) return 'winter';
  return null;
}

/** The season's first and last day: of the year written (a winter is the one beginning that December), else the latest
 * one begun by publication. */
export function seasonSpan(season: Season, published: Date, year?: number): { start: Date; end: Date } {
  const first = FIRST_MONTH[season];
  let y = year;
  if (y === undefined) {
    y = published.getUTCFullYear();
    if (utc(y, first, 1) > published) y -= 1;
  }
  // The day before the first of the month after the season's three months.
  return { start: utc(y, first, 1), end: utc(y, first + 3, 0) };
}

/** Season nouns (nominative, genitive, accusative) and a season's adjective with "period" ("за зимний период", "за
 * осінній період"), read only after a preposition that makes them a time. */
const SLAVIC_SEASON = String.raw`весн[аиуі]|літ[оа]|лет[оа]|осін[ьі]|осен[ьиі]|зим[аиуі]|(?:весенн|веснян|летн|літн|осенн|осінн|зимн|зимов)\p{L}{1,4}\sпер[иі]од\p{L}{0,2}`;
/** Season adverbs, a time on their own: "влітку", "осенью", "взимку". */
const SLAVIC_SEASON_ADVERB = String.raw`весною|весной|навесні|літом|влітку|летом|осінню|восени|осенью|зимою|зимой|взимку`;
const EN_SEASON = String.raw`spring|summer|autumn|fall|winter`;
const YEAR = String.raw`(?:\s(?:of\s)?((?:19|20)\d\d)(?:\s?(?:року|рік|года|год|г\.))?)?`;

/** "за осень 2025 года", "протягом літа", "влітку", "зимой", "за три месяца зимы", "in the summer of 2023", "this winter",
 * "during the autumn": the season. "The fall of Avdiivka" is no season, nor "зима" alone. */
export const SEASON_PHRASE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:за|протягом|впродовж|в\sтечение|на\sпротяжении)\s(?:(?:три|3)\s(?:місяц\p{L}*|месяц\p{L}*)\s)?(${SLAVIC_SEASON})|(${SLAVIC_SEASON_ADVERB}))${YEAR}(?!\p{L})|\b(?:in|during|over|throughout|this)\s(?:the\s)?(${EN_SEASON})${YEAR}\b(?!\sof\s(?!(?:19|20)\d\d))`,
  'giu',
);

/** "з початку літа", "с начала лета", "since the beginning of summer": from the season's first day. */
export const SINCE_SEASON_START = new RegExp(
  String.raw`(?<!\p{L})(?:(?:з|із|від)\sпочатку|с\sначала)\s(${SLAVIC_SEASON})${YEAR}(?!\p{L})|\bsince\s(?:the\s)?(?:beginning|start)\sof\s(?:the\s)?(${EN_SEASON})${YEAR}\b`,
  'giu',
);

/** "станом на кінець осені", "к концу осени", "by the end of autumn": the season's last day. */
export const SEASON_END = new RegExp(
  String.raw`(?<!\p{L})(?:(?:станом\s)?на\sкінець|до\sкінця|к\sконцу|на\sконец|по\sсостоянию\sна\sконец)\s(${SLAVIC_SEASON})${YEAR}(?!\p{L})|\b(?:by|at|as\sof)\sthe\send\sof\s(?:the\s)?(${EN_SEASON})${YEAR}\b`,
  'giu',
);

/** A match of one of the patterns above: its season word and year, whichever alternative matched (the groups hold
 * words and years in turn). */
export function seasonMatch(m: RegExpExecArray): { season: Season; year?: number } | null {
  const groups = m.slice(1).filter((g): g is string => g !== undefined);
  const word = groups.find((g) => !/^\d/u.test(g));
  const year = groups.find((g) => /^\d/u.test(g));
  const season = word ? seasonOf(word) : null;
  return season ? { season, ...(year ? { year: Number(year) } : {}) } : null;
}
