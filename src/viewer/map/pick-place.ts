// Which place a click on the map means when it falls on several discs or control rings. A place the text puts only in
// its district is drawn at the district's centre, often the very point of the town it is named after: the dev corpus
// drew "Далекого" (one mention, mapped to Pokrovsk Raion) on Pokrovsk's point, and a click on the labelled Pokrovsk
// (156 mentions) opened the one-mention village drawn on top of it. So the disc whose centre is nearest the click wins,
// as before for a small village inside a big town's disc; among discs on one spot, a place at its own point before
// one drawn at a stand-in point, then the most mentioned (the one the label names).
import type { MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import type { AppState } from '../app/state.ts';
import { findPlace } from '../data/lookup.ts';

/** Layers whose features carry a place's `id` and a point. */
export const PLACE_PICK_LAYERS = ['places-circle', 'control-settlement'] as const;

/** Whole px: discs on one spot tie on distance and fall through to the other keys. */
const pxApart = (map: MlMap, e: MapMouseEvent, lngLat: [number, number]): number => {
  const p = map.project(lngLat);
  return Math.round(Math.hypot(p.x - e.point.x, p.y - e.point.y));
};

export function pickPlaceAt(map: MlMap, s: AppState, e: MapMouseEvent): string | null {
  const layers = PLACE_PICK_LAYERS.filter((l) => map.getLayer(l));
  let best: { id: string; key: [number, number, number] } | null = null;
  for (const f of map.queryRenderedFeatures(e.point, { layers })) {
    const id = f.properties?.id;
    if (typeof id !== 'string' || f.geometry.type !== 'Point') continue;
    const place = findPlace(s, id);
    const key: [number, number, number] = [
      pxApart(map, e, f.geometry.coordinates as [number, number]),
      place?.properties.precision === 'exact' ? 0 : 1,
      -(place?.properties.mentionCount ?? 0),
    ];
    if (
      !best ||
      key[0] < best.key[0] ||
      (key[0] === best.key[0] && (key[1] < best.key[1] || (key[1] === best.key[1] && key[2] < best.key[2])))
    )
      best = { id, key };
  }
  return best?.id ?? null;
}
