// Where the viewer opens without a permalink. The default view is the Kursk theatre (the seeds, and the benchmark's
// bare page draws the same); a corpus about another front opened there on an empty map, its reports out of sight.
// So when fewer than half of what the corpus reports on the ground (by the date the viewer opens at) lies in the
// default view, the viewer opens on where most of it is.
import type { Dataset } from '../data/data.ts';
import { isArea } from '../data/claims-model.ts';
import { claimBounds } from '../data/lookup.ts';
import { visibleAt, type TimeReading } from '../../core/claims/visibility.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The share of the points that may lie outside the opening box on each side (a report about Moscow or Odesa in a
 * Donbas corpus does not zoom the map out to the whole country). */
const TRIM = 0.1;
/** Half the side of the box around a single spot, in degrees (about 20 km). */
const MIN_HALF_SIDE = 0.2;
/** The trim may only drop strays: a point with this share of all points (and at least CLUSTER_MIN) in its own or a
 * neighbouring grid cell is part of a front the corpus reports on, and stays in the box. The trim alone cut the
 * Kursk incursion (16% of the events dev folder's points, all at the north end) off a Donbas-heavy corpus's view. */
const CLUSTER_SHARE = 0.02;
const CLUSTER_MIN = 3;
/** The grid cell's side, in degrees (about 55 km north-south). */
const CELL = 0.5;

/** Where the corpus reports something happened on the ground, among the reports shown at `date` (all without one):
 * the settlements of control reports (those located finer than a region) and the centres of held-area claims. */
export function reportedPoints(dataset: Dataset, date?: string, reading: TimeReading = 'reported'): [number, number][] {
  const shown = (p: Parameters<typeof visibleAt>[0]): boolean => date === undefined || visibleAt(p, date, reading);
  const points: [number, number][] = [];
  for (const f of dataset.events.features)
    if (f.geometry && f.properties.precision !== 'region' && shown(f.properties)) points.push(f.geometry.coordinates as [number, number]);
  for (const f of dataset.claims.features) {
    if (!isArea(f) || !shown(f.properties)) continue;
    const b = claimBounds(f) as Bounds | null;
    if (b) points.push([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
  }
  return points;
}

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** The points with at least `min` points (themselves included) in their grid cell and the eight around it. */
function clustered(points: readonly [number, number][], min: number): [number, number][] {
  const cellOf = ([x, y]: [number, number]): [number, number] => [Math.floor(x / CELL), Math.floor(y / CELL)];
  const counts = new Map<string, number>();
  for (const p of points) {
    const key = cellOf(p).join();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return points.filter((p) => {
    const [cx, cy] = cellOf(p);
    let n = 0;
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) n += counts.get(`${cx + dx},${cy + dy}`) ?? 0;
    return n >= min;
  });
}

/** The box to open on, or null when the default view already holds at least half of the points (or there are none). */
export function openingBounds(points: readonly [number, number][], view: Bounds): Bounds | null {
  if (points.length === 0) return null;
  const inside = points.filter(([x, y]) => x >= view[0] && x <= view[2] && y >= view[1] && y <= view[3]).length;
  if (inside * 2 >= points.length) return null;
  const xs = points.map((p) => p[0]).sort((a, b) => a - b);
  const ys = points.map((p) => p[1]).sort((a, b) => a - b);
  let [w, e] = [quantile(xs, TRIM), quantile(xs, 1 - TRIM)];
  let [s, n] = [quantile(ys, TRIM), quantile(ys, 1 - TRIM)];
  for (const [x, y] of clustered(points, Math.max(CLUSTER_MIN, Math.ceil(CLUSTER_SHARE * points.length)))) {
    [w, e] = [Math.min(w, x), Math.max(e, x)];
    [s, n] = [Math.min(s, y), Math.max(n, y)];
  }
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  const hx = Math.max(MIN_HALF_SIDE, (e - w) / 2);
  const hy = Math.max(MIN_HALF_SIDE, (n - s) / 2);
  return [cx - hx, cy - hy, cx + hx, cy + hy];
}
