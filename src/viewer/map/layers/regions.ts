// Regions named in the articles are drawn as what they are, an area: their oblast outline with a light tint
// (data/basemap/admin1.geojson, Natural Earth), not a point next to the city of the same name. Click selects.
import { z } from 'zod';
import type { GeoJSONSource, Map as MlMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AppState, Store } from '../../app/state.ts';
import { validationMessage } from '../../../core/validation-message.ts';
import { symbol } from '../../../print/symbols.ts';

const admin1Schema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.string(), country: z.string(), name: z.string() }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
    }),
  ),
});
type Admin1 = Feature<Polygon | MultiPolygon, { code: string; country: string; name: string }>;

let byCode = new Map<string, Admin1>();
let byName = new Map<string, Admin1>();

let loading: Promise<void> | null = null;

/** Resolves once the outlines have loaded (or failed): an export waits for them so its map shows them. */
export const regionShapesSettled = (): Promise<void> => (loading ?? Promise.resolve()).catch(() => undefined);

export function loadRegionShapes(base: URL): Promise<void> {
  loading ??= readRegionShapes(base);
  return loading;
}

async function readRegionShapes(base: URL): Promise<void> {
  const res = await fetch(new URL('data/basemap/admin1.geojson', base));
  if (!res.ok) throw new Error(`data/basemap/admin1.geojson: HTTP ${res.status}`);
  const parsed = admin1Schema.safeParse(await res.json());
  if (!parsed.success) throw new Error(validationMessage('data/basemap/admin1.geojson', parsed.error.issues));
  const features = parsed.data.features as unknown as Admin1[];
  byCode = new Map(features.map((f) => [f.properties.code, f]));
  byName = new Map(features.map((f) => [`${f.properties.country}:${f.properties.name.toLowerCase()}`, f]));
}

/** The outline of a region place: by its Natural Earth id (ne-ru-krs → RU-KRS), else by country and name. */
function shapeOf(id: string, name: string, country: string): Admin1 | undefined {
  const m = /^ne-([a-z]{2})-([a-z0-9]+)$/.exec(id);
  const hit = m ? byCode.get(`${m[1]!.toUpperCase()}-${m[2]!.toUpperCase()}`) : undefined;
  return hit ?? byName.get(`${country}:${name.replace(/\s+(oblast|region|krai|republic)$/i, '').toLowerCase()}`);
}

export function regionsForMap(s: AppState): FeatureCollection {
  const features: Feature[] = [];
  for (const f of s.dataset.places.features) {
    const p = f.properties;
    if (p.kind !== 'region') continue;
    const shape = shapeOf(p.id, p.name, p.country);
    if (shape) features.push({ type: 'Feature', geometry: shape.geometry, properties: { id: p.id, name: p.name } });
  }
  return { type: 'FeatureCollection', features };
}

export function installRegions(map: MlMap, s: AppState, beforeId?: string): void {
  const sym = symbol('region').swatch as { fill: string; stroke: string };
  map.addSource('regions', { type: 'geojson', data: regionsForMap(s) });
  map.addLayer({ id: 'regions-fill', type: 'fill', source: 'regions', paint: { 'fill-color': sym.fill } }, beforeId);
  map.addLayer(
    {
      id: 'regions-line',
      type: 'line',
      source: 'regions',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': sym.stroke, 'line-width': 2.2, 'line-opacity': 0.8 },
    },
    beforeId,
  );
}

export function updateRegions(map: MlMap, s: AppState, prev?: AppState): void {
  if (prev && s.dataVersion === prev.dataVersion) return;
  map.getSource<GeoJSONSource>('regions')?.setData(regionsForMap(s));
}

export function bindRegionEvents(map: MlMap, store: Store): void {
  map.on('click', 'regions-fill', (e: MapLayerMouseEvent) => {
    // A place or claim on top wins: only a click on the bare region selects it.
    if (
      map.queryRenderedFeatures(e.point, { layers: ['places-circle', 'claims-area-line', 'claims-count'].filter((l) => map.getLayer(l)) })
        .length
    )
      return;
    const id = e.features?.[0]?.properties?.id;
    if (typeof id === 'string') store.update({ selection: { kind: 'place', id } });
  });
}
