// Place circles as collision boxes. Circles take no part in label collision, so on a crowded map a label could sit
// on another settlement's circle (the exported A4 of the Pokrovsk front drew "Novoekonomichne" under Myrne's
// circle), and a basemap settlement label could sit on a place the articles name ("Sumy" twice). Each circle (and
// each cluster) therefore carries an invisible icon the size of its disc, in two symbol layers:
// - `places-hit` lies above the place labels: MapLibre places symbol layers top first, so every circle is in the
//   collision index before any place label is placed, and a label that would cover one tries its next anchor or is
//   left out (the circles themselves always draw). No padding: a label may hug its own circle.
// - `places-hit-basemap` lies below the place labels, above the basemap's: a few px of padding round each circle,
//   because the basemap may place the same town a hair away under another spelling (Kurakhovo / Kurakhove), its
//   dot just outside the circle. The data label wins: it carries the mention size and the popup.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { RgbaImage } from '../../../print/coverage-image.ts';
import { placeRadiusExpression } from '../../../print/symbols.ts';

export const PLACE_HIT_IMAGE = 'place-hit';
/** Side of the transparent image, in px: the icon is scaled to the circle's diameter. */
const SIDE = 2;
/** The place circle's stroke (places.ts), outside its radius. */
export const PLACE_STROKE_PX = 1.5;
/** A cluster's radius by its count (places.ts draws it; its box is this plus its 2 px stroke). */
export const CLUSTER_RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'point_count'], 2, 13, 20, 22];

export function placeHitImage(): RgbaImage {
  return { width: SIDE, height: SIDE, data: new Uint8Array(SIDE * SIDE * 4) };
}

/** The drawn disc's radius with its stroke: a cluster's, or a place's by its mentions. */
const discRadius = [
  'case',
  ['has', 'point_count'],
  ['+', CLUSTER_RADIUS, 2],
  placeRadiusExpression(PLACE_STROKE_PX),
] as unknown as ExpressionSpecification;

/** The two hit layers (see the file comment); regions are outlines, not circles, and carry none. */
export function placeHitLayers(source: string): { above: LayerSpecification; below: LayerSpecification } {
  const layer = (id: string, padding: number): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    filter: ['any', ['has', 'point_count'], ['!=', ['get', 'kind'], 'region']],
    layout: {
      'icon-image': PLACE_HIT_IMAGE,
      'icon-size': ['/', ['*', 2, discRadius], SIDE] as unknown as ExpressionSpecification,
      'icon-padding': padding,
      'icon-allow-overlap': true, // always placed, so it always blocks what lies under it
      'icon-ignore-placement': false,
    },
  });
  return { above: layer('places-hit', 0), below: layer('places-hit-basemap', 6) };
}
