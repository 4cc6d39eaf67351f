// The invasion's opening gain told later ("had enabled Moscow to secure … one-fifth of Ukrainian territory by
// February-March 2022, or about 119,000 square kilometers", "occupied an estimated 163,000 square km in March"): ground
// Russia took in the first weeks of the full-scale invasion, reported after Ukraine had pushed it back (the spring of
// 2022), is the most it ever held — a peak, not a gain. The first weeks are dated from the invasion's day. (A holding
// dated then, "Russia held 25% in March", stays a holding: the dev gold reads it so; the state on the invasion's day,
// "before the invasion … 7%", is no part of it.)
import type { ClaimFeature } from '../schema.ts';
import { FULL_SCALE_INVASION, INVASION_MONTH } from './dates.ts';

/** The last day of the invasion's opening weeks (the Kyiv offensive's high-water mark was late March 2022). */
const OPENING_END = '2022-03-31';
/** Reports from this day on tell the opening gain as history: the north was retaken by early April 2022. */
const TOLD_LATER = '2022-05-01';

/** The article's claims with each Russian gain dated within the invasion's opening weeks read as the peak. */
export function openingGainsAsPeak(claims: readonly ClaimFeature[], published: string): ClaimFeature[] {
  if (published < TOLD_LATER) return [...claims];
  return claims.map((c) => {
    const p = c.properties;
    if (p.type !== 'area-gained' || p.side !== 'RU') return c;
    if (p.asOf.start < INVASION_MONTH.start || p.asOf.end > OPENING_END || p.asOf.end <= FULL_SCALE_INVASION) return c;
    const start = p.asOf.start < FULL_SCALE_INVASION ? FULL_SCALE_INVASION : p.asOf.start;
    const properties = {
      ...p,
      type: 'area-held-peak' as const,
      asOf: { ...p.asOf, start },
      asOfBasis: `${p.asOfBasis} (the invasion's opening gain, told later: the peak)`,
    };
    return { ...c, properties } as ClaimFeature;
  });
}
