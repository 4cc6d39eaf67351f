// Where the viewer opens without a permalink. The default view is the Kursk theatre (the seeds, and the benchmark's
// bare page draws the same); a corpus about another front opened there on an empty map, its reports out of sight.
// So when fewer than half of what the corpus reports on the ground lies in the default view, the viewer opens on
// where most of it is.
import type { Dataset } from '../data/data.ts';
import { isArea } from '../data/claims-model.ts';
import { claimBounds } from '../data/lookup.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The share of the points that may lie outside the opening box on each side (a report about Moscow or Odesa in a
 * Donbas corpus does not zoom the map out to the whole country). */
const TRIM = 0.1;
/** Half the side of the box around a single spot, in degrees (about 20 km). */
const MIN_HALF_SIDE = 0.2;

/** Where the corpus reports something happened on the ground: the settlements of control reports (those located
 * finer than a region) and the centres of held-area claims. */
export function reportedPoints(dataset: Dataset): [number, number][] {
  const points: [number, number][] = [];
  for (const f of dataset.events.features)
    if (f.geometry && f.properties.precision !== 'region') points.push(f.geometry.coordinates as [number, number]);
  for (const f of dataset.claims.features) {
    if (!isArea(f)) continue;
    const b = claimBounds(f) as Bounds | null;
    if (b) points.push([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
  }
  return points;
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** The box to open on, or null when the default view already holds at least half of the points (or there are none). */
export function openingBounds(points: readonly [number, number][], view: Bounds): Bounds | null {
  if (points.length === 0) return null;
  const inside = points.filter(([x, y]) => x >= view[0] && x <= view[2] && y >= view[1] && y <= view[3]).length;
  if (inside * 2 >= points.length) return null;
  const xs = points.map((p) => p[0]).sort((a, b) => a - b);
  const ys = points.map((p) => p[1]).sort((a, b) => a - b);
  const [w, e] = [quantile(xs, TRIM), quantile(xs, 1 - TRIM)];
  const [s, n] = [quantile(ys, TRIM), quantile(ys, 1 - TRIM)];
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  const hx = Math.max(MIN_HALF_SIDE, (e - w) / 2);
  const hy = Math.max(MIN_HALF_SIDE, (n - s) / 2);
  return [cx - hx, cy - hy, cx + hx, cy + hy];
}
