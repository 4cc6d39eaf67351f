// User-supplied GeoJSON overlays (e.g. a front-line polygon). Validated loosely (any polygons),
// and measured with turf.area so the panel can compare them with the claims.
import { z } from 'zod';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const position = z.array(z.number()).min(2);
const polygonGeom = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)).min(1) });
const multiPolygonGeom = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position).min(4)).min(1)).min(1) });
const anyGeom = z.object({ type: z.string() }).passthrough();
const feature = z.object({ type: z.literal('Feature'), geometry: anyGeom.nullable(), properties: z.record(z.string(), z.unknown()).nullable().optional() });
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
  const parsed = overlayInput.safeParse(json);
  if (!parsed.success) throw new Error(`${name} is not GeoJSON (${parsed.error.issues[0]?.message ?? 'unknown shape'})`);
  const raw = parsed.data;
  const geoms = raw.type === 'FeatureCollection' ? raw.features.map((f) => f.geometry) : raw.type === 'Feature' ? [raw.geometry] : [raw];
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const g of geoms) {
    const poly = z.union([polygonGeom, multiPolygonGeom]).safeParse(g);
    if (poly.success) features.push({ type: 'Feature', properties: { overlay: id }, geometry: poly.data as Polygon | MultiPolygon });
  }
  if (features.length === 0) throw new Error(`${name} has no Polygon or MultiPolygon features`);
  const data: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features };
  return { id, name, data, areaKm2: area(data) / 1e6 };
}
