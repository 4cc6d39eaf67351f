// A print has a hard edge: a label MapLibre places across the viewport's edge (it lets labels run up to 100 px
// past it, for panning) comes out cut, "Pryamitsyno" as "Prya". The export fences the frame with a row of
// invisible collision boxes along its inside edge, placed before every other symbol: a label that would cross
// the edge collides and is left out, and the labels within the frame are untouched.
import type { Map as MlMap } from 'maplibre-gl';
import { PLACE_HIT_IMAGE } from '../map/layers/place-hit.ts';

export const FENCE_ID = 'export-edge-fence';

/** Fences the map's current viewport (flat views only: a pitched view's edge is no straight line on the ground). */
export function fenceEdges(map: MlMap): void {
  if (map.getPitch() > 0 || map.getLayer(FENCE_ID)) return;
  const c = map.getContainer();
  const [w, h] = [c.clientWidth, c.clientHeight];
  const inset = 2;
  const corners = [
    [inset, inset],
    [w - inset, inset],
    [w - inset, h - inset],
    [inset, h - inset],
    [inset, inset],
  ].map(([x, y]) => map.unproject([x!, y!]).toArray());
  map.addSource(FENCE_ID, {
    type: 'geojson',
    data: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: corners } },
  });
  map.addLayer({
    id: FENCE_ID,
    type: 'symbol',
    source: FENCE_ID,
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 4,
      'icon-image': PLACE_HIT_IMAGE, // a transparent square
      'icon-size': 2, // 4 px boxes every 4 px: no gap a glyph could cross through
      'icon-padding': 0,
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-rotation-alignment': 'viewport',
    },
  });
}
