// The circle a held-area claim is drawn as: its area as an equal-area circle around the anchor, 64 steps, coordinates
// rounded to 6 decimals. claims.geojson's circles are drawn by it (src/core/claims/area.ts), so the viewer's compact
// claims can carry the centre only (a Point) and the viewer draws the same polygon; tests/cli/viewer-files checks that
// the two agree on every claim.
import * as turf from '@turf/turf';
import { round6 } from './geo.ts';

export function heldAreaCircle(at: [number, number], areaKm2: number): { type: 'Polygon'; coordinates: [number, number][][] } {
  const circle = turf.circle(at, Math.sqrt(areaKm2 / Math.PI), { steps: 64, units: 'kilometers' });
  return {
    type: 'Polygon',
    coordinates: circle.geometry.coordinates.map((ring) => ring.map(([x, y]) => [round6(x!), round6(y!)] as [number, number])),
  };
}
