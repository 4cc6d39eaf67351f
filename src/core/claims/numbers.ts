// Numbers as reporters write them: "1,400", "1 000", "12,000", "1.4 thousand", "a thousand", "two hundred".
const WORD_VALUES: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, mn: 1_000_000, k: 1_000,
  тысяч: 1_000, тысячи: 1_000, тысяча: 1_000, тисяч: 1_000, тисячі: 1_000, тисяча: 1_000,
};

/** Source for a number inside larger patterns (no capture groups). */
export const NUMBER_PATTERN =
  String.raw`(?:\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?(?:\s?(?:thousand|million|mn|k|тисяч[іа]?|тысяч[аи]?)\b)?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s(?:hundred|thousand|million))`;

/** What every NUMBER_PATTERN match contains, a digit or a scale word, under the most lenient flags it is used with
 * ('iu' in area figures); global, for sentencesMatching. */
export const HAS_NUMBER = /[0-9]|hundred|thousand|million/giu;

export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  const words = /^([a-z]+)\s(hundred|thousand|million)$/.exec(s);
  if (words) {
    const base = WORD_VALUES[words[1]!];
    return base === undefined ? null : base * SCALES[words[2]!]!;
  }
  const scaled = /^(\d+(?:[.,]\d+)?)\s?(thousand|million|mn|k|тисяч[іа]?|тысяч[аи]?)$/.exec(s);
  if (scaled) return Math.round(Number(scaled[1]!.replace(',', '.')) * (SCALES[scaled[2]!] ?? 1));
  // Thousands separators: comma, no-break and thin spaces, plain space between groups of three.
  if (/^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/[,\u00a0\u202f ]/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.')); // "1,5" decimal comma
  return null;
}
