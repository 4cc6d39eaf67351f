// "in a week", "in 1 Day", "within a single week", "in one month", "in under a week": a span of that length ending at
// publication, as the Slavic "за тиждень", "за месяц", "за добу" are read (dates.ts). Claims only: dates.ts is shared
// with the control events, where "cleared the town within a week" is no span of ground (chrono reads it as a day to
// come).
// Counted spans too, "over ten days", "in two weeks", "over 3 months", as "за 10 дней" and "за два тижні" already are
// ("over the past ten days" is chrono's).
import { unitsBefore, type TimePhrase } from './dates.ts';
import { numberWord } from './number-words.ts';

const IN_A_SPAN =
  /\b(?:in|within|in\s(?:under|less\sthan|just))\s(?:a|one|1|a\ssingle|just\sone)\s(day|week|month)\b(?!\s(?:ago|later|before|after|earlier|from\snow)\b)/giu;

/** "over ten days", "in two weeks", "within 3 months": a number of units (not "the next", not "ago" or "later"). */
const IN_N_UNITS =
  /\b(?:in|within|over)\s(?:(?:just|about|almost|nearly|some|under|less\sthan)\s)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(day|week|month)s\b(?!\s(?:ago|later|before|after|earlier|from\snow|of)\b)/giu;

/** "over the day", "in 24 hours", "within 24 hours": a ministry's day, as "за сутки" (chrono reads "in 24 hours" as
 * tomorrow and "over the day" not at all; "over the past day" is dates.ts's). */
const OVER_THE_DAY = /\b(?:over\sthe\sday|(?:in|within|over)\s24\shours)\b(?!\s(?:ago|later|before|after|earlier|from\snow)\b)/giu;

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** The spans "in a week"-style phrases of `text` give, counted back from `publishedIso`. */
export function spanBackPhrases(text: string, publishedIso: string): TimePhrase[] {
  const p = new Date(`${publishedIso}T00:00:00Z`);
  const found: TimePhrase[] = [];
  const push = (m: RegExpExecArray, start: Date): void => {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      period: { start: iso(start), end: publishedIso },
      relative: true,
    });
  };
  IN_A_SPAN.lastIndex = 0;
  for (let m = IN_A_SPAN.exec(text); m; m = IN_A_SPAN.exec(text)) push(m, unitsBefore(p, 1, m[1]!.toLowerCase()));
  OVER_THE_DAY.lastIndex = 0;
  for (let m = OVER_THE_DAY.exec(text); m; m = OVER_THE_DAY.exec(text)) push(m, unitsBefore(p, 1, 'day'));
  IN_N_UNITS.lastIndex = 0;
  for (let m = IN_N_UNITS.exec(text); m; m = IN_N_UNITS.exec(text)) {
    const n = numberWord(m[1]!.toLowerCase())?.value ?? Number(m[1]);
    if (n > 0) push(m, unitsBefore(p, n, m[2]!.toLowerCase()));
  }
  return found;
}
