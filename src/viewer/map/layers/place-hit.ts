// A place's circle as a collision box. Circles take no part in label collision, so a basemap settlement label
// could sit on a place the articles name and the map would say "Sumy" twice. The place label carries an invisible
// icon the size of its circle: the data layers are placed before the basemap's (they are above it), and a basemap
// label whose dot falls under a shown place's circle collides and is left out, on any basemap whose labels do
// not allow overlap. The data label wins: it carries the mention size and the popup.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { RgbaImage } from '../../../print/coverage-image.ts';
import { placeRadiusExpression } from '../../../print/symbols.ts';

export const PLACE_HIT_IMAGE = 'place-hit';
/** Side of the transparent image, in px: the icon is scaled to the circle's diameter. */
const SIDE = 2;

export function placeHitImage(): RgbaImage {
  return { width: SIDE, height: SIDE, data: new Uint8Array(SIDE * SIDE * 4) };
}

/** Layout for a place label layer: the collision icon on every drawn circle (regions are outlines, not circles). */
export function placeHitLayout(): Record<string, unknown> {
  return {
    'icon-image': ['case', ['==', ['get', 'kind'], 'region'], '', PLACE_HIT_IMAGE] as ExpressionSpecification,
    'icon-size': ['/', ['*', 2, placeRadiusExpression()], SIDE] as unknown as ExpressionSpecification,
    // A few px round the circle: the basemap may place the same town a hair away under another spelling
    // (Kurakhovo / Kurakhove), its dot just outside the circle.
    'icon-padding': 6,
    'icon-allow-overlap': true, // always placed, so it always blocks what lies under it
    'icon-ignore-placement': false,
    'text-optional': true, // the circle blocks even where its name does not fit
  };
}
