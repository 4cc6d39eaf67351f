// User-supplied GeoJSON overlays (e.g. a front-line polygon). Validated loosely (any polygons),
// and measured with turf.area so the panel can compare them with the claims.
import { z } from 'zod';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

// Finite and on the globe: 1e308 used to make turf.area Infinity and the chart's grid loop endless.
const position = z
  .array(z.number())
  .min(2)
  .max(3)
  .refine(
    (p) => p.every(Number.isFinite) && Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90,
    'coordinates must be finite longitude/latitude (−180…180, −90…90)',
  );
/** More vertices than any front line needs; a bigger file is refused rather than freezing the page. */
const MAX_POSITIONS = 1_000_000;
const polygonGeom = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1) });
const multiPolygonGeom = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(position).min(4)).min(1)).min(1),
});
const anyGeom = z.object({ type: z.string() }).passthrough();
const feature = z.object({
  type: z.literal('Feature'),
  geometry: anyGeom.nullable(),
  properties: z.record(z.string(), z.unknown()).nullable().optional(),
});
const overlayInput = z.union([
  z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) }),
  feature,
  polygonGeom,
  multiPolygonGeom,
]);

export interface Overlay {
  id: string;
  name: string;
  data: FeatureCollection<Polygon | MultiPolygon>;
  areaKm2: number;
}

/** Parses an uploaded file into an overlay of its polygons; throws with a readable reason otherwise. */
export function parseOverlay(name: string, text: string, id: string): Overlay {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
  if (countPositions(json) > MAX_POSITIONS)
    throw new Error(`${name}: more than ${MAX_POSITIONS.toLocaleString('en-GB')} coordinates, refused`);
  const parsed = overlayInput.safeParse(json);
  if (!parsed.success) throw new Error(`${name} is not GeoJSON (${parsed.error.issues[0]?.message ?? 'unknown shape'})`);
  const invalid = firstInvalidPosition(parsed.data);
  if (invalid) throw new Error(`${name}: ${invalid}; overlay refused`);
  const raw = parsed.data;
  const geoms = raw.type === 'FeatureCollection' ? raw.features.map((f) => f.geometry) : raw.type === 'Feature' ? [raw.geometry] : [raw];
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const g of geoms) {
    const poly = z.union([polygonGeom, multiPolygonGeom]).safeParse(g);
    if (poly.success) features.push({ type: 'Feature', properties: { overlay: id }, geometry: poly.data as Polygon | MultiPolygon });
  }
  if (features.length === 0) throw new Error(`${name} has no Polygon or MultiPolygon features`);
  const data: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features };
  const areaKm2 = area(data) / 1e6;
  if (!Number.isFinite(areaKm2)) throw new Error(`${name}: its area cannot be measured (coordinates out of range)`);
  return { id, name, data, areaKm2 };
}

/** Numbers in the JSON, counted without recursion limits (an iterative walk): a bound before any parsing. */
function countPositions(json: unknown): number {
  let n = 0;
  const stack: unknown[] = [json];
  while (stack.length > 0 && n <= MAX_POSITIONS * 3) {
    const v = stack.pop();
    if (typeof v === 'number') n++;
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) stack.push(x);
  }
  return Math.ceil(n / 2);
}

/** The first polygon coordinate that is not a finite lon/lat, described, or null. Geometries of other types are
 * skipped by parseOverlay anyway. */
function firstInvalidPosition(raw: z.infer<typeof overlayInput>): string | null {
  const geoms = raw.type === 'FeatureCollection' ? raw.features.map((f) => f.geometry) : raw.type === 'Feature' ? [raw.geometry] : [raw];
  for (const g of geoms) {
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const r = z.union([polygonGeom, multiPolygonGeom]).safeParse(g);
    if (!r.success) return r.error.issues[0]?.message ?? 'invalid polygon';
  }
  return null;
}
