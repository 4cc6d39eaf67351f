// Which claims are shown at a date, and which one is "latest". Pure: the map, the chart, the table and the export
// agree, because all of them ask the core's two-time rule (src/core/claims/visibility.ts): on date D the viewer shows
// what had been reported up to D (published on or before D), and the latest area is the one describing the most recent
// period among those. The "as described at D" reading (hindsight) is a toggle on the map; the export never uses it.
import { parseDay } from '../../core/days.ts';
import { latestAt, staleAt, visibleAt, type TimeReading } from '../../core/claims/visibility.ts';
import type { ClaimFeature } from '../../core/schema.ts';

export type { TimeReading } from '../../core/claims/visibility.ts';

export type AreaClaim = Extract<ClaimFeature, { properties: { type: 'area-held' } }>;
/** Every area figure that is not held ground now: peaks, losses, retaken, gained, contested, shares lost or held. */
export type OtherAreaClaim = Extract<
  ClaimFeature,
  { properties: { type: 'area-held-peak' | 'area-lost' | 'area-retaken' | 'area-gained' | 'area-contested' | 'share-lost' | 'share-held' } }
>;

/** Only current area-held is held ground: drawn as an area, charted as the held-area line. */
export function isArea(f: ClaimFeature): f is AreaClaim {
  return f.properties.type === 'area-held';
}

export function isOtherArea(f: ClaimFeature): f is OtherAreaClaim {
  const t = f.properties.type;
  return t !== 'area-held' && t !== 'count' && t !== 'movement';
}

export function shownAt(f: ClaimFeature, date: string, reading: TimeReading = 'reported'): boolean {
  return visibleAt(f.properties, date, reading);
}

/** The held-area claim describing the most recent period among those shown on `date`. */
export function latestArea(claims: ClaimFeature[], date: string, reading: TimeReading = 'reported'): AreaClaim | null {
  return latestAt(claims, date, isArea, reading);
}

/** The latest held-area claim if it still describes the situation on `date` (not stale), else null: the one the map
 * emphasises as the current holding. */
export function currentArea(claims: ClaimFeature[], date: string, reading: TimeReading = 'reported'): AreaClaim | null {
  const latest = latestArea(claims, date, reading);
  return latest && !staleAt(latest.properties, date) ? latest : null;
}

/**
 * The timeline's span in whole months: from the earliest held-area period (the story the timeline tells; a count "this
 * year" must not stretch it back to January) to the last publication or period end, so every claim can become known.
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
