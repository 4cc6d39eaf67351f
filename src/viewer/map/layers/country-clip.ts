// Area claims are clipped to the country they are about: a circle of "800 km² in Kursk Oblast" must not spill
// over the border into Ukraine. The country is the one the claim's anchor lies in (data/basemap/countries.geojson,
// Natural Earth, cut to the region of the war). Until the shapes have loaded, circles are drawn unclipped.
import { z } from 'zod';
import { bbox, booleanPointInPolygon, feature, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { validationMessage } from '../../../core/validation-message.ts';
import { cutToBox } from '../../data/cut-to-box.ts';

const shapeSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ iso: z.string().regex(/^[A-Z]{2}$/) }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
    }),
  ),
});

type Shape = Feature<Polygon | MultiPolygon, { iso: string }>;
let shapes: Shape[] = [];
const clipped = new Map<string, Polygon | MultiPolygon>();
/** The same cut by circle and country: a figure repeated by several claims (not merged: other claimants or periods)
 * is drawn around the same anchor with the same area, and one cut costs ~8 ms of exact polygon clipping. */
const byCircle = new Map<string, Polygon | MultiPolygon>();

/** Reads the country shapes once; a bad file is reported and claims stay unclipped. */
export async function loadCountryShapes(base: URL): Promise<void> {
  const url = new URL('data/basemap/countries.geojson', base);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
  const parsed = shapeSchema.safeParse(await res.json());
  if (!parsed.success) throw new Error(validationMessage('data/basemap/countries.geojson', parsed.error.issues));
  shapes = parsed.data.features as unknown as Shape[];
  clipped.clear();
  byCircle.clear();
}

export const countryShapesLoaded = (): boolean => shapes.length > 0;

/** The ISO code of the country a point lies in, if it is one of the shapes. */
export function countryAt(p: Position): string | null {
  return shapes.find((s) => booleanPointInPolygon(p, s))?.properties.iso ?? null;
}

/** The claim's area cut to the country its anchor lies in (cached per claim id). */
export function clipToCountry(id: string, area: Polygon, anchor: Position): Polygon | MultiPolygon {
  const hit = clipped.get(id);
  if (hit) return hit;
  const country = shapes.find((s) => booleanPointInPolygon(anchor, s));
  if (!country) return area;
  const key = `${country.properties.iso}:${JSON.stringify(area.coordinates)}`;
  const same = byCircle.get(key);
  if (same) {
    clipped.set(id, same);
    return same;
  }
  // The country cut to the circle's box first (linear, Sutherland–Hodgman): the intersection then works on a few
  // hundred vertices instead of the whole country's, the same area (the box, padded, holds the whole circle).
  const [w, s, e, n] = bbox(area);
  const pad = Math.max(e - w, n - s) * 0.05;
  const local = cutToBox(country, [w - pad, s - pad, e + pad, n + pad]);
  const cut = local ? intersect(featureCollection<Polygon | MultiPolygon>([feature(area), local])) : null;
  const out = cut?.geometry ?? area;
  clipped.set(id, out);
  byCircle.set(key, out);
  return out;
}

/** The countries' outlines as MultiPolygon coordinates (for the export's locator inset). */
export function countryOutlines(): number[][][][] {
  return shapes.flatMap((s) => (s.geometry.type === 'Polygon' ? [s.geometry.coordinates] : s.geometry.coordinates)) as number[][][][];
}
