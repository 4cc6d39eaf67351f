// claims.compact.geojson, the viewer's form of claims.geojson (which stays the contract for GIS tools): one claim per
// line, unindented, and without what the viewer can draw or look up again exactly:
// - quotes: empty strings (they are lines of claims.quotes.json, read when a popup opens);
// - a held area's circle: its centre, a Point (heldAreaCircle draws the same polygon);
// - a movement's great circle: its two ends, a MultiPoint (movementLine draws the same line);
// - the one source of a claim published once: `sources: []` (an empty list is otherwise invalid), meaning the claim's
//   own article, publication date and offsets, with that article's outlet from the report.
// Each is written only when expanding gives back exactly what claims.geojson holds; expandCompactClaims undoes them
// in the viewer before validation. On 10,000 articles this takes the file from 17 to 13 MB.
import type { ClaimFeature } from './schema.ts';
import { heldAreaCircle } from './held-area-circle.ts';
import { movementLine } from './movement-line.ts';

type Geometry = ClaimFeature['geometry'];
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The claim's one source as the compact form leaves it out, from the claim and its article's outlet. */
function ownSource(p: ClaimFeature['properties'], outlet: string, quote: string) {
  return { article: p.article, outlet, published: p.published, quote, start: p.start, end: p.end };
}

/** The claim as claims.compact.geojson holds it. `centre`: where a held area's circle is drawn around (its anchor),
 * when known; `outletOf`: the outlet of an article (the report's). */
export function compactClaim(c: ClaimFeature, centre: [number, number] | null, outletOf: (file: string) => string | undefined): unknown {
  const p = c.properties;
  let geometry: Geometry | { type: 'MultiPoint'; coordinates: [number, number][] } = c.geometry;
  if (p.type === 'area-held' && c.geometry?.type === 'Polygon' && centre && same(heldAreaCircle(centre, p.areaKm2), c.geometry))
    geometry = { type: 'Point', coordinates: centre };
  if (p.type === 'movement' && c.geometry?.type === 'LineString') {
    const ends: [number, number][] = [c.geometry.coordinates[0]!, c.geometry.coordinates.at(-1)!];
    if (same(movementLine(ends[0]!, ends[1]!), c.geometry)) geometry = { type: 'MultiPoint', coordinates: ends };
  }
  const outlet = outletOf(p.article);
  const single = p.sources.length === 1 && outlet !== undefined && same(p.sources[0], ownSource(p, outlet, p.sources[0]!.quote));
  return {
    ...c,
    geometry,
    properties: { ...p, quote: '', sources: single ? [] : p.sources.map((x) => ({ ...x, quote: '' })) },
  };
}

const isPair = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** The geometry drawn when first read: a corpus has thousands of circles and lines and draws a few hundred at a date. */
function lazyGeometry(f: object, draw: () => unknown): void {
  let drawn: unknown;
  let done = false;
  Object.defineProperty(f, 'geometry', {
    enumerable: true,
    configurable: true,
    get: () => (done ? drawn : ((done = true), (drawn = draw()))),
    set: (value: unknown) => Object.defineProperty(f, 'geometry', { value, writable: true, enumerable: true, configurable: true }),
  });
}

interface Loose {
  geometry?: { type?: unknown; coordinates?: unknown };
  properties?: {
    type?: unknown;
    areaKm2?: unknown;
    sources?: unknown;
    article?: unknown;
    published?: unknown;
    start?: unknown;
    end?: unknown;
  };
}

/** Undoes compactClaim on a parsed claims.compact.geojson, in place (key order kept), before it is validated: anything
 * that does not fit is left as it is for validation to judge. */
export function expandCompactClaims(value: unknown, outletOf: (file: string) => string | undefined): unknown {
  const features = (value as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return value;
  for (const f of features as (Loose | null)[]) {
    const g = f?.geometry;
    const p = f?.properties;
    if (!f || !p) continue;
    const at = g?.coordinates;
    if (p.type === 'area-held' && g?.type === 'Point' && typeof p.areaKm2 === 'number' && p.areaKm2 > 0 && isPair(at))
      lazyGeometry(f, () => heldAreaCircle(at, p.areaKm2 as number));
    else if (p.type === 'movement' && g?.type === 'MultiPoint' && Array.isArray(at) && at.length === 2 && at.every(isPair))
      lazyGeometry(f, () => movementLine(at[0]!, at[1]!) ?? g);
    if (Array.isArray(p.sources) && p.sources.length === 0 && typeof p.article === 'string') {
      const outlet = outletOf(p.article);
      if (outlet !== undefined) p.sources = [ownSource(p as ClaimFeature['properties'], outlet, '')];
    }
  }
  return value;
}
