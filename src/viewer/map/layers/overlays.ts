// User-dropped GeoJSON overlays (e.g. a front line), drawn above the claims in a contrasting colour.
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AppState } from '../../app/state.ts';

function overlaysForMap(s: AppState): FeatureCollection {
  return { type: 'FeatureCollection', features: s.overlays.flatMap((o) => o.data.features) };
}

export function installOverlays(map: MlMap, s: AppState, beforeId?: string): void {
  map.addSource('overlays', { type: 'geojson', data: overlaysForMap(s) });
  map.addLayer(
    { id: 'overlays-fill', type: 'fill', source: 'overlays', paint: { 'fill-color': '#ea580c', 'fill-opacity': 0.18 } },
    beforeId,
  );
  map.addLayer({ id: 'overlays-line', type: 'line', source: 'overlays', paint: { 'line-color': '#c2410c', 'line-width': 2 } }, beforeId);
}

export function updateOverlays(map: MlMap, s: AppState, prev: AppState): void {
  if (s.overlays !== prev.overlays) map.getSource<GeoJSONSource>('overlays')?.setData(overlaysForMap(s));
}
