// Moving the map to something the user picked in the panel, chart or search box.
import type { Map as MlMap } from 'maplibre-gl';
import type { ClaimFeature, PlaceFeature } from '../../core/schema.ts';
import { claimBounds } from '../data/lookup.ts';
import { drawnOnMap } from './layers/places.ts';

const reduceMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function flyToPlace(map: MlMap, f: PlaceFeature): void {
  if (f.properties.kind === 'country') return; // not drawn: its card is at the map's edge (countries-named.ts)
  const zoom = f.properties.kind === 'region' ? 7 : Math.max(map.getZoom(), 9);
  map.flyTo({ center: f.geometry.coordinates, zoom, essential: true, animate: !reduceMotion() });
}

export function flyToClaim(map: MlMap, f: ClaimFeature): void {
  if (!f.geometry) return; // listed only: no place to fly to
  if (f.geometry.type === 'Point') {
    map.flyTo({ center: f.geometry.coordinates, zoom: Math.max(map.getZoom(), 9), essential: true, animate: !reduceMotion() });
    return;
  }
  map.fitBounds(claimBounds(f)!, { padding: 60, maxZoom: 10, essential: true, animate: !reduceMotion() });
}

/** Fits the map to the places drawn among `places` (and `alsoPoints`: a kept popup's anchor): a country is not drawn (places.ts, drawnOnMap), and an article
 * naming Russia zoomed the map out to Russia's centroid in Siberia (24°E–105°E). */
export function fitPlaces(map: MlMap, all: PlaceFeature[], alsoPoints: [number, number][] = []): void {
  const points = [...all.filter(drawnOnMap).map((p) => p.geometry.coordinates), ...alsoPoints];
  if (points.length === 0) return;
  let w = 180,
    s = 90,
    e = -180,
    n = -90;
  for (const [x, y] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  map.fitBounds([w, s, e, n], { padding: 80, maxZoom: 9, essential: true, animate: !reduceMotion() });
}
