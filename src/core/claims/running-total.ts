// A running total told after its latest increment in one sentence: "over 12 square kilometers were liberated in the past
// week, bringing the total to more than 204", "1,060 … had been killed the previous day, taking Moscow's total losses
// since the start of the invasion to 154,830", "460 killed yesterday, for a total of 191,420 since February 24, 2022".
// The span before the verb that brings the total dates the increment, not the total: the total takes its own words
// after the verb ("since the start of the invasion", "for the year") or else what a figure with no span takes.

/** The English verbs that bring a total to a figure ("bringing the total to", "taking Moscow's total losses … to"): the
 * one list toll-copula.ts TOTAL_BEFORE reads too. */
export const TOTAL_VERB = String.raw`(?:bring(?:s|ing)?|brought|tak(?:e|es|ing)|took|push(?:es|ed|ing)?|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing))`;

/** The verb that brings a total to the figure (or ", for a total of" after a comma: without one, "retook 12 villages in
 * September for a total of 400 km²", the total is what the span's change came to), then the total's own words up to the
 * figure: no other number there but a year, no clause end. */
const BRINGS_TOTAL = new RegExp(
  String.raw`(?:\b${TOTAL_VERB}\s(?:[\p{L}'’-]+\s){0,4}?total\b|,\s?for\sa\stotal\sof\b|(?<!\p{L})(?:довівши|довели|довело|довів|доведя|довела)\s(?:\p{L}+\s){0,3}?(?:загальн|общ)\p{L}*)(?:[^.;:!?\d]|(?:19|20)\d\d){0,100}$`,
  'iu',
);
/** How far back from the figure a time phrase can be and still be set against the total (a sentence's reach). */
const REACH = 250;

/** Whether a time phrase ending at `phraseEnd` stands before the verb that brings a running total to the figure at
 * `figStart` (so dates the increment, not the total). */
export function datesIncrementOnly(text: string, phraseEnd: number, figStart: number): boolean {
  if (phraseEnd > figStart || figStart - phraseEnd > REACH) return false;
  return BRINGS_TOTAL.test(text.slice(phraseEnd, figStart));
}
