// The selected place's ring in exports. On the live map the ring is a DOM marker over the canvas
// (map/selection-ring.ts), which an off-screen map does not have and a canvas capture does not see: the export draws
// the same ring (radius, stroke) as a circle layer of the off-screen map only, so the live map never redraws for it.
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { AppState } from '../app/state.ts';
import { findPlace } from '../data/lookup.ts';
import { firstReportedDates } from '../data/reported-places.ts';
import { ringRadius } from '../map/selection-ring.ts';

export const EXPORT_RING_SOURCE = 'export-selection-ring';
/** The ring's stroke as the page's CSS draws it (.place-selected-ring). */
const RING_STROKE = { color: '#111827', widthPx: 2.5 };

/** The selected place's ring at `date` (MapLibre strokes outside the radius; the page's ring is border-box, so its
 * outer edge is at ringRadius): none when nothing is selected or the place is not yet on the map then. */
export function exportRingData(s: AppState, date: string): FeatureCollection<Point> {
  const f = s.selection?.kind === 'place' ? findPlace(s, s.selection.id) : undefined;
  const shown = f && (firstReportedDates(s.dataset).get(f.properties.id) ?? '') <= date;
  return {
    type: 'FeatureCollection',
    features: shown
      ? [{ type: 'Feature', geometry: f.geometry, properties: { radius: ringRadius(f.properties.mentionCount) - RING_STROKE.widthPx } }]
      : [],
  };
}

/** Adds (first call) or updates the ring on the off-screen map, above everything else. */
export function setExportRing(off: MlMap, s: AppState, date: string): void {
  const data = exportRingData(s, date);
  const source = off.getSource<GeoJSONSource>(EXPORT_RING_SOURCE);
  if (source) return void source.setData(data);
  off.addSource(EXPORT_RING_SOURCE, { type: 'geojson', data });
  off.addLayer({
    id: EXPORT_RING_SOURCE,
    type: 'circle',
    source: EXPORT_RING_SOURCE,
    paint: {
      'circle-radius': ['get', 'radius'],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': RING_STROKE.color,
      'circle-stroke-width': RING_STROKE.widthPx,
      'circle-pitch-alignment': 'viewport',
    },
  });
}
