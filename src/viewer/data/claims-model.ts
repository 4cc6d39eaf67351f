// Which claims are shown at a date, and which one is "latest". Pure: the map, the chart and the table agree.
// A claim appears once the period it describes has begun (asOf.start <= date): the timeline is about
// the situation on the ground, so a December article's figure about August shows up in August.
import type { ClaimFeature } from '../../core/schema.ts';
import { parseDay } from '../../core/days.ts';

export type AreaClaim = Extract<ClaimFeature, { properties: { type: 'area-held' } }>;

export function isArea(f: ClaimFeature): f is AreaClaim {
  return f.properties.type === 'area-held';
}

export function shownAt(f: ClaimFeature, date: string): boolean {
  return f.properties.asOf.start <= date;
}

/**
 * The area claim whose period began most recently at `date`: the newest word on the situation.
 * Ties go to the narrower period (the more specific figure), then to the later publication.
 */
export function latestArea(claims: ClaimFeature[], date: string): AreaClaim | null {
  let best: AreaClaim | null = null;
  for (const f of claims) {
    if (!isArea(f) || !shownAt(f, date)) continue;
    if (!best) {
      best = f;
      continue;
    }
    const a = f.properties;
    const b = best.properties;
    const newer = a.asOf.start !== b.asOf.start ? a.asOf.start > b.asOf.start : a.asOf.end !== b.asOf.end ? a.asOf.end < b.asOf.end : a.published > b.published;
    if (newer) best = f;
  }
  return best;
}

/**
 * The timeline's span in whole months: it starts with the earliest area claim (the story the timeline
 * tells; a count "this year" must not stretch it back to January) and ends with the last dated claim.
 */
export function dateRange(claims: ClaimFeature[], published: readonly string[] = []): { start: string; end: string } {
  const areas = claims.filter(isArea);
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of areas.length ? areas : claims) lo = Math.min(lo, parseDay(f.properties.asOf.start));
  for (const f of claims) hi = Math.max(hi, parseDay(f.properties.asOf.end), parseDay(f.properties.published));
  // Without claims the articles' publication dates span the timeline; with nothing at all, the current month.
  if (claims.length === 0)
    for (const d of published) {
      lo = Math.min(lo, parseDay(d));
      hi = Math.max(hi, parseDay(d));
    }
  if (!Number.isFinite(lo)) lo = hi = Math.floor(Date.now() / 86_400_000);
  const start = new Date(lo * 86_400_000);
  start.setUTCDate(1);
  const end = new Date(hi * 86_400_000);
  end.setUTCMonth(end.getUTCMonth() + 1, 0); // last day of that month: room for the last point's label
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
