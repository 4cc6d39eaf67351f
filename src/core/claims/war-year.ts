// The war's first year: "in 2022", "за 2022 рік", "в 2022 году", "за 2022 и 2023 годы". A figure of the war counted over
// a calendar year that holds the full-scale invasion's start runs from the day the war began: the war had no earlier
// days in it (other years are calendar years). "З початку 2022 року" is not this: a span that opens on 1 January names
// its start (Donbas had fighting before 24 February).

import type { Period } from '../schema.ts';
import type { TimePhrase } from './dates.ts';

/** Whether `phrase` names whole calendar years (1 January to 31 December) and is not a "since". */
function wholeYears(phrase: TimePhrase): boolean {
  const { start, end } = phrase.period;
  return !phrase.since && !phrase.fromOperationStart && start.endsWith('-01-01') && end.endsWith('-12-31');
}

/** Whether `period` opens before `invasion` and holds that day: the war's part of it runs from `invasion` (a period
 * opening on that day already does, so moving its start changes nothing). One test for the war's year here and for a
 * year after a "since" that names the war (period.ts). */
export const holdsWarStart = (period: Period, invasion: string): boolean => period.start < invasion && period.end >= invasion;

/** The period of a figure dated by `phrase`, begun at `invasion` when the phrase's years hold that day. */
export function fromWarStart(period: Period, phrase: TimePhrase | undefined, invasion: string): Period {
  if (!phrase || !wholeYears(phrase) || phrase.period.start !== period.start) return period;
  return holdsWarStart(period, invasion) ? { start: invasion, end: period.end } : period;
}
