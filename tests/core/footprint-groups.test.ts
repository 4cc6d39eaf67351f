// The footprint groups a holder's settlements by distance before it hulls them: one stray settlement (a misread
// report hundreds of km off) is its own buffered point and leaves the main group's polygon as it was, and two fronts
// are two polygons. Without the grouping, the hull was one triangulation of every settlement: a stray inside the wide
// circumcircles of a front's near-collinear villages flipped their triangles into long ones, which the hull drops.
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { footprintOf } from '../../src/core/events/footprint.ts';
import type { SettlementStatus } from '../../src/core/events/status.ts';

const held = (points: [number, number][], prefix = 's'): SettlementStatus[] =>
  points.map(
    (coordinates, i) =>
      ({
        settlement: `${prefix}${i}`,
        name: `${prefix}${i}`,
        coordinates,
        status: 'UA',
        latest: { properties: {} },
      }) as unknown as SettlementStatus,
  );

/** Villages held on one front (a cluster about 25 km across, in the Kursk salient's latitudes). */
const FRONT: [number, number][] = [
  [35.134, 51.155],
  [35.378, 51.203],
  [35.144, 51.226],
  [35.032, 51.173],
  [35.244, 51.198],
  [35.396, 51.201],
  [35.063, 51.23],
  [35.301, 51.206],
];
/** Another front, its villages laid as another cluster's are, half a degree south: 46 km from the first at the nearest. */
const OTHER: [number, number][] = [
  [35.529, 51.059],
  [35.224, 51.224],
  [35.071, 51.122],
  [35.002, 51.228],
  [35.382, 51.231],
  [35.013, 51.225],
  [35.113, 51.242],
  [35.339, 51.17],
].map(([x, y]) => [x!, y! - 0.5] as [number, number]);
/** One misread settlement, some 130 km north-east. */
const STRAY: [number, number] = [36.36, 52.03];

const main = held(FRONT);
/** The area (km²) of what two shapes do not share. */
const apart = (a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number => {
  const both = turf.featureCollection([turf.feature(a), turf.feature(b)]);
  const union = turf.union(both)!;
  const common = turf.intersect(both);
  return (turf.area(union) - (common ? turf.area(common) : 0)) / 1e6;
};
const polygons = (g: Polygon | MultiPolygon): Polygon[] =>
  g.type === 'Polygon' ? [g] : g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));

describe('footprint groups', () => {
  const alone = footprintOf(main, 'UA', null)!;

  it('draws the main group as one polygon', () => {
    expect(polygons(alone.geometry)).toHaveLength(1);
  });

  it('does not let a stray settlement 130 km off change the main group’s polygon', () => {
    const stray = held([STRAY], 'far');
    const withStray = footprintOf([...main, ...stray], 'UA', null)!;
    const inMain = (p: Polygon): boolean => turf.booleanPointInPolygon(turf.point(main[0]!.coordinates), p);
    const near = polygons(withStray.geometry).filter(inMain);
    const far = polygons(withStray.geometry).filter((p) => !inMain(p));
    expect(near).toHaveLength(1);
    expect(far).toHaveLength(1);
    expect(apart(near[0]!, alone.geometry)).toBeLessThan(0.5);
    // The stray is its buffered point (2.5 km: about 19.6 km²), and the area is the union's.
    expect(turf.area(far[0]!) / 1e6).toBeCloseTo(19.6, 0);
    expect(withStray.areaKm2).toBeCloseTo(alone.areaKm2 + turf.area(far[0]!) / 1e6, 0);
    expect(withStray.settlements).toHaveLength(main.length + 1);
  });

  it('draws two fronts as two polygons, each as it is drawn alone', () => {
    const second = held(OTHER, 't');
    const both = footprintOf([...main, ...second], 'UA', null)!;
    const parts = polygons(both.geometry);
    expect(parts).toHaveLength(2);
    const other = footprintOf(second, 'UA', null)!;
    for (const [alonePart, i] of [
      [alone, 0],
      [other, 1],
    ] as const) {
      const seed = (i === 0 ? main : second)[0]!.coordinates;
      const part = parts.find((p) => turf.booleanPointInPolygon(turf.point(seed), p))!;
      expect(apart(part, alonePart.geometry)).toBeLessThan(0.5);
    }
  });

  it('is the same whatever order the settlements come in', () => {
    const stray = held([STRAY], 'far');
    const list = [...main, ...stray, ...held(OTHER, 't')];
    expect(footprintOf([...list].reverse(), 'UA', null)!.geometry).toEqual(footprintOf(list, 'UA', null)!.geometry);
  });
});
