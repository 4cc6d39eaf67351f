// The line a movement claim is drawn as: the great circle from where the troops came to where they went, 64 points,
// coordinates rounded to 6 decimals. One function for src/core/claims/movement.ts and the viewer, so that the
// viewer's compact claims can carry the two ends only and the viewer draws the same line as claims.geojson holds
// (tests/cli/viewer-files checks that the two agree on every claim).
import * as turf from '@turf/turf';
import { round6 } from './geo.ts';

/** The great circle, or null when it crosses the antimeridian (turf splits it; such lines are not drawn). */
export function movementLine(from: [number, number], to: [number, number]): { type: 'LineString'; coordinates: [number, number][] } | null {
  const line = turf.greatCircle(from, to, { npoints: 64 });
  if (line.geometry.type !== 'LineString') return null;
  return { type: 'LineString', coordinates: line.geometry.coordinates.map(([x, y]) => [round6(x!), round6(y!)] as [number, number]) };
}
