// Images the data layers draw that a style's sprite may not carry (online basemaps never do): the symbol table's
// fill patterns, the claim kinds' marks, the places' collision box and the stale settlement ring, added on demand from the same tables the
// embedded sprite was built from, so they draw on every basemap and after every style change.
import type { Map as MlMap } from 'maplibre-gl';
import { hatchImage, sideColour } from '../../print/symbols.ts';
import { claimMarkImage } from '../../print/claim-symbols.ts';
import type { RgbaImage } from '../../print/coverage-image.ts';
import { PLACE_HIT_IMAGE, placeHitImage } from './layers/place-hit.ts';
import { CONTROL_SYMBOLS, staleRingImage, staleRingStatus } from '../../print/control-symbols.ts';

/** The image for an id the data layers use, or null when the id is not ours. */
export function symbolImage(id: string): { image: RgbaImage; pixelRatio: number } | null {
  const m = /^hatch-(ua|ru)$/.exec(id);
  if (m) return { image: hatchImage(sideColour(m[1]!.toUpperCase()), 2), pixelRatio: 2 };
  if (id === PLACE_HIT_IMAGE) return { image: placeHitImage(), pixelRatio: 1 };
  const stale = staleRingStatus(id);
  if (stale) return { image: staleRingImage(CONTROL_SYMBOLS[stale].color, 2), pixelRatio: 2 };
  const mark = claimMarkImage(id, 2);
  return mark ? { image: mark, pixelRatio: 2 } : null;
}

/** Supplies them when a layer first needs them. A resolver, not a `styleimagemissing` listener: since MapLibre 6
 * an image added from the event is not used by the request that missed it, so the first tiles drew no mark. The
 * resolver belongs to the map and outlives style changes. */
export function provideSymbolImages(map: MlMap): void {
  map.setMissingStyleImageResolver((id) => {
    if (map.hasImage(id)) return;
    const s = symbolImage(id);
    if (s) map.addImage(id, s.image, { pixelRatio: s.pixelRatio });
  });
}
