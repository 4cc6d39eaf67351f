// The selected place's ring, drawn as a DOM element over the map rather than as a map layer: selecting a place then
// changes no source or layer, so opening its popup costs no map frame (with software WebGL a frame of a large corpus
// takes most of a second, and the popup's mentions would wait behind it).
import { Marker, type Map as MlMap } from 'maplibre-gl';
import type { AppState, Store } from '../app/state.ts';
import { findPlace } from '../data/lookup.ts';
import { el } from '../ui/dom.ts';
import { placeRadius, RING_GAP_PX } from '../../print/symbols.ts';
import { drawnOnMap } from './layers/places.ts';

/** The ring's radius in px: the place circle's (`placeRadius`, as places.ts draws it) plus a gap. */
export function ringRadius(mentionCount: number): number {
  return placeRadius(mentionCount) + RING_GAP_PX;
}

export function bindSelectionRing(map: MlMap, store: Store): void {
  const ring = el('div', { class: 'place-selected-ring', 'aria-hidden': 'true' });
  // Created once, before any popup, so that a popup (later in the DOM) is drawn above it.
  const marker = new Marker({ element: ring, anchor: 'center' }).setLngLat([0, 0]);
  let shown = false;
  const show = (s: AppState) => {
    const f = s.selection?.kind === 'place' ? findPlace(s, s.selection.id) : undefined;
    if (!f || !drawnOnMap(f)) {
      if (shown) marker.remove();
      shown = false;
      return;
    }
    const d = 2 * ringRadius(f.properties.mentionCount);
    ring.style.width = ring.style.height = `${d}px`;
    marker.setLngLat(f.geometry.coordinates as [number, number]);
    if (!shown) marker.addTo(map);
    shown = true;
  };
  store.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.dataVersion !== prev.dataVersion) show(s);
  });
  show(store.get());
}
