// The reported footprint: for one holder at one date, the ground spanned by the settlements reported held by that side
// in a region. The settlements are first grouped by distance (single linkage: a settlement within `groupGapKm` of one
// of a group joins it); each group of `minHullPoints` or more is a concave hull of its own settlements, and a lone
// settlement, a pair, or one its group's hull leaves out is its own buffered point. All of it buffered, united and
// clipped to the country the region is in. It is a symbol derived from named settlements, not a front line: the area
// (the union's) is shown beside the numeric area claims of the date.
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Side } from '../schema.ts';
import type { SettlementStatus } from './status.ts';

export interface FootprintOptions {
  /** Settlements farther than this (km) from every settlement of a group are not in it: a group is hulled on its
   * own, so one stray settlement (a misread report hundreds of km off) never takes part in another group's hull. */
  groupGapKm: number;
  /** Hull edges longer than this (km) are not drawn: inside a group, settlements farther apart stay separate. */
  maxEdgeKm: number;
  /** Ground around each settlement and hull edge (km): a village stands for its fields, not a point. */
  bufferKm: number;
  /** A group of fewer settlements than this has no hull: its settlements are buffered points. */
  minHullPoints: number;
}

export const defaultFootprintOptions: FootprintOptions = {
  groupGapKm: 25, // the hull's longest edge: no hull triangle could join two groups anyway
  maxEdgeKm: 25, // about the spacing of villages along one axis of advance in the Kursk salient
  bufferKm: 2.5, // half the typical distance between neighbouring villages there
  minHullPoints: 3,
};

export interface Footprint {
  holder: Side;
  /** The settlement ids it is drawn around. */
  settlements: string[];
  geometry: Polygon | MultiPolygon;
  areaKm2: number;
}

/** A village known with its district alone is coloured at its district's point, which is not where it lies: the
 * footprint is drawn around settlements with points of their own. */
export const hasOwnPoint = (s: SettlementStatus): boolean => s.latest.properties.locatedAt === undefined;

/** The footprint of `holder` from the statuses at a date; `clip` is the country (or region) polygon to keep it in.
 * Null when no settlement is reported held by that side. */
export function footprintOf(
  statuses: readonly SettlementStatus[],
  holder: Side,
  clip: Feature<Polygon | MultiPolygon> | null,
  options: Partial<FootprintOptions> = {},
): Footprint | null {
  const opts = { ...defaultFootprintOptions, ...options };
  const held = statuses.filter((s) => s.status === holder && hasOwnPoint(s));
  if (held.length === 0) return null;
  // Each group is hulled alone: a triangulation of every settlement let one group's points (or a stray's) flip
  // another's thin edge triangles into long ones, which the hull drops.
  const parts: Feature<Polygon | MultiPolygon>[] = [];
  for (const group of groupsOf(
    held.map((s) => s.coordinates),
    opts.groupGapKm,
  )) {
    const points = turf.featureCollection(group.map((c) => turf.point(c)));
    const shape = group.length >= opts.minHullPoints ? turf.concave(points, { maxEdge: opts.maxEdgeKm, units: 'kilometers' }) : null;
    // A hull leaves out settlements farther than maxEdge from the rest: those (or all, without a hull) join as points.
    if (shape) parts.push(turf.buffer(shape, opts.bufferKm, { units: 'kilometers' }) as Feature<Polygon | MultiPolygon>);
    for (const p of points.features)
      if (!shape || !turf.booleanPointInPolygon(p, shape)) parts.push(pointBuffer(p.geometry.coordinates, opts.bufferKm));
  }
  let merged: Feature<Polygon | MultiPolygon> | null = parts.length === 1 ? parts[0]! : turf.union(turf.featureCollection(parts));
  if (merged && clip) merged = turf.intersect(turf.featureCollection([merged, clip]));
  if (!merged) return null;
  const round = (c: number): number => Math.round(c * 1e5) / 1e5;
  const geometry = roundGeometry(merged.geometry, round);
  return { holder, settlements: held.map((s) => s.settlement), geometry, areaKm2: Math.round(turf.area(geometry) / 1e4) / 100 };
}

/**
 * The settlements linked by steps of at most `gapKm` (great-circle), each group in the order its settlements came
 * and the groups by their first settlement: the same input gives the same shape. Pairs are pruned by latitude first.
 */
export function groupsOf(coordinates: readonly [number, number][], gapKm: number): [number, number][][] {
  const parent = coordinates.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const gapDeg = gapKm / 110.574; // degrees of latitude per km at their shortest: no linked pair is farther apart
  for (let i = 0; i < coordinates.length; i++)
    for (let j = i + 1; j < coordinates.length; j++) {
      const [a, b] = [coordinates[i]!, coordinates[j]!];
      if (Math.abs(a[1] - b[1]) > gapDeg || root(i) === root(j)) continue;
      if (turf.distance(a, b, { units: 'kilometers' }) <= gapKm) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }
  const groups = new Map<number, [number, number][]>();
  coordinates.forEach((c, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(c);
    else groups.set(r, [c]);
  });
  return [...groups.values()];
}

/** The ground round a lone settlement, kept by point and radius: the same settlements stand apart from the hull at
 * date after date (the timeline, the chart's series), and turf's buffer (a projection and a JSTS buffer) cost about
 * 3 ms each, a fifth of the footprint work on the events dev corpus. The buffers are only read (union, intersect). */
const pointBuffers = new Map<string, Feature<Polygon | MultiPolygon>>();
const POINT_BUFFERS_MAX = 2000;
let pointBuffersMade = 0;

/** How many lone-settlement buffers have been made (not taken from those kept): for tests. */
export const pointBuffersMadeSoFar = (): number => pointBuffersMade;

function pointBuffer(coordinates: number[], km: number): Feature<Polygon | MultiPolygon> {
  const key = `${coordinates.join(',')}|${km}`;
  const known = pointBuffers.get(key);
  if (known) return known;
  pointBuffersMade++;
  const made = turf.buffer(turf.point(coordinates), km, { units: 'kilometers', steps: 16 }) as Feature<Polygon | MultiPolygon>;
  if (pointBuffers.size >= POINT_BUFFERS_MAX) pointBuffers.delete(pointBuffers.keys().next().value!);
  pointBuffers.set(key, made);
  return made;
}

function roundGeometry(g: Polygon | MultiPolygon, round: (c: number) => number): Polygon | MultiPolygon {
  const ring = (r: number[][]): number[][] => r.map(([x, y]) => [round(x!), round(y!)]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
}
