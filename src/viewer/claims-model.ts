// Which claims are shown at a date, and which one is "latest". Pure: the map, the chart and the table agree.
// A claim appears once the period it describes has begun (asOf.start <= date): the timeline is about
// the situation on the ground, so a December article's figure about August shows up in August.
import type { AreaClaimProperties, ClaimFeature } from '../core/schema.ts';
import type { Polygon } from 'geojson';
import { parseDay } from './format.ts';

export type AreaClaim = { type: 'Feature'; geometry: Polygon; properties: AreaClaimProperties };

export function isArea(f: ClaimFeature): f is AreaClaim {
  return f.properties.type === 'area-held';
}

export function shownAt(f: ClaimFeature, date: string): boolean {
  return f.properties.asOf.start <= date;
}

/** The area claim describing the most recent period at `date` (ties: the later publication). */
export function latestArea(claims: ClaimFeature[], date: string): AreaClaim | null {
  let best: AreaClaim | null = null;
  for (const f of claims) {
    if (!isArea(f) || !shownAt(f, date)) continue;
    const p = f.properties;
    if (!best || p.asOf.end > best.properties.asOf.end || (p.asOf.end === best.properties.asOf.end && p.published > best.properties.published)) best = f;
  }
  return best;
}

/** The timeline's span: from the first of the month of the earliest claim to the last reported date. */
export function dateRange(claims: ClaimFeature[]): { start: string; end: string } {
  if (claims.length === 0) return { start: '2024-08-01', end: '2024-12-31' };
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of claims) {
    lo = Math.min(lo, parseDay(f.properties.asOf.start));
    hi = Math.max(hi, parseDay(f.properties.asOf.end), parseDay(f.properties.published));
  }
  const start = new Date(lo * 86_400_000);
  start.setUTCDate(1);
  const end = new Date(hi * 86_400_000);
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
