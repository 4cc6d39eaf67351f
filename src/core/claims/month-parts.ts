// Halves and decades of a named month as periods: "за першу половину грудня" (1–15 December), "во второй половине
// ноября" (16–30 November), "in the first half of March" (1–15 March), "у третій декаді серпня", "в первой декаде
// октября" (days 21–31, 1–10). A reader counts these from the calendar; without this the month's name alone was read
// (or nothing), and the figure took the whole month or the report day. dates.ts builds the phrase with its month names.

/** The ordinal of a half or decade, English, Ukrainian and Russian, any case: group 1. */
export const MONTH_PART_ORDINAL = String.raw`(first|second|latter|last|перш\p{L}*|друг\p{L}*|трет\p{L}*|останн\p{L}*|перв\p{L}*|втор\p{L}*|последн\p{L}*)`;

/** The noun of the part: group 2 ("half", "половина", "декада" in any case). */
export const MONTH_PART_NOUN = String.raw`(half|половин\p{L}*|декад\p{L}*)`;

/** The first and last day (1-based) of the part of a month of `days` days that the ordinal and noun name; null where
 * they name none (a third half). */
export function monthPartDays(ordinal: string, noun: string, days: number): [number, number] | null {
  const o = ordinal.toLowerCase();
  const last = /^(?:latter|last|останн|последн)/u.test(o);
  const k = /^(?:first|перш|перв)/u.test(o) ? 1 : /^(?:second|друг|втор)/u.test(o) ? 2 : /^трет/u.test(o) ? 3 : last ? 0 : null;
  if (k === null) return null;
  if (/^(?:half|половин)/iu.test(noun)) {
    if (k === 3) return null;
    return k === 1 ? [1, 15] : [16, days];
  }
  const decade = k === 0 ? 3 : k;
  return decade === 1 ? [1, 10] : decade === 2 ? [11, 20] : [21, days];
}
