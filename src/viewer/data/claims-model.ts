// Which claims are shown at a date, and which one is "latest". Pure: the map, the chart, the table and the export
// agree, because all of them ask the core's two-time rule (src/core/claims/visibility.ts): on date D the viewer shows
// what had been reported up to D (published on or before D), and the latest area is the one describing the most recent
// period among those — for each holder and country. The "as described at D" reading (hindsight) is a toggle on the map; the export never uses it.
import { parseDay } from '../../core/days.ts';
import { latestPerGroupAt, staleAt, visibleAt, type TimeReading } from '../../core/claims/visibility.ts';
import { sides, type ClaimFeature, type PlacesCollection, type Side } from '../../core/schema.ts';
import { sideName } from '../../print/control-symbols.ts';
import { countryName } from '../../print/symbols.ts';
import { placesById } from './dataset-index.ts';

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

/** The country a held-area figure is about (that of its anchor place, else of its region), null when neither is known. */
export type CountryOfClaim = (claim: AreaClaim) => string | null;

/** The country of a claim's anchor (else region) among the dataset's places. */
export function countryOfClaim(places: PlacesCollection): CountryOfClaim {
  const byId = placesById(places);
  return (c) => byId.get(c.properties.anchor)?.properties.country ?? byId.get(c.properties.region)?.properties.country ?? null;
}

/** Whose figure about which ground, in words ("Ukraine in Russia"): Ukraine's Kursk figure and a Russian figure about
 * a Ukrainian oblast are two different questions, each with its own latest word. */
export function areaGroupOf(claim: AreaClaim, countryOf: CountryOfClaim): string {
  const side = claim.properties.side;
  const holder = side === null ? 'unknown side' : isSide(side) ? sideName(side) : side;
  const country = countryOf(claim);
  return `${holder} in ${country ? countryName(country) : claim.properties.region}`;
}

const isSide = (side: string): side is Side => (sides as readonly string[]).includes(side);

/** The latest held-area claim of each holder and country: among those shown on `date`, the one describing the most
 * recent period (the core's order). The one choice the map, the chart, the claims table, the footprint line and the
 * export all use. */
export function latestAreas(
  claims: readonly ClaimFeature[],
  date: string,
  countryOf: CountryOfClaim,
  reading: TimeReading = 'reported',
): AreaClaim[] {
  return latestPerGroupAt(claims, date, isArea, (f) => areaGroupOf(f, countryOf), reading);
}

/** The latest claims that still describe the situation on `date` (not stale): those the map emphasises as the current
 * holdings. */
export function currentAreas(
  claims: readonly ClaimFeature[],
  date: string,
  countryOf: CountryOfClaim,
  reading: TimeReading = 'reported',
): AreaClaim[] {
  return latestAreas(claims, date, countryOf, reading).filter((f) => !staleAt(f.properties, date));
}

/** A period described more than this long before the first report is history the articles recall ("since 2014",
 * a misread year), not the story they tell: it must not stretch the timeline back decades. Such claims stay in the
 * table; the chart and slider begin here. */
export const HISTORY_BEFORE_FIRST_REPORT_DAYS = 365;

/** The earliest day the timeline begins at: `earliest`, but no more than a year before the first publication. */
export function storyStart(earliest: number, firstPublished: number): number {
  return Number.isFinite(firstPublished) ? Math.max(earliest, firstPublished - HISTORY_BEFORE_FIRST_REPORT_DAYS) : earliest;
}

/**
 * The timeline's span in whole months: from the earliest held-area period (the story the timeline tells; a count "this
 * year" must not stretch it back to January) or the first article to the last publication or period end, so every
 * claim can become known and every article's date can be chosen. With no data at all, the month of `today`, the run's
 * date (core/corpus.ts runDate), given by the caller: one clock for the whole run, none read here.
 */
export function dateRange(claims: ClaimFeature[], published: readonly string[], today: string): { start: string; end: string } {
  const areas = claims.filter(isArea);
  let lo = Infinity;
  let hi = -Infinity;
  let firstPublished = Infinity;
  for (const f of areas.length ? areas : claims) lo = Math.min(lo, parseDay(f.properties.asOf.start));
  for (const f of claims) {
    hi = Math.max(hi, parseDay(f.properties.asOf.end), parseDay(f.properties.published));
    firstPublished = Math.min(firstPublished, parseDay(f.properties.published));
  }
  lo = storyStart(lo, firstPublished);
  // Every article's publication date is on the timeline too, claims or not: an article published before the first
  // claim (or after the last) must be reachable; with nothing at all, the run's month.
  for (const d of published) {
    lo = Math.min(lo, parseDay(d));
    hi = Math.max(hi, parseDay(d));
  }
  if (!Number.isFinite(lo)) lo = hi = parseDay(today);
  const start = new Date(lo * 86_400_000);
  start.setUTCDate(1);
  const end = new Date(hi * 86_400_000);
  end.setUTCMonth(end.getUTCMonth() + 1, 0); // last day of that month: room for the last point's label
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
