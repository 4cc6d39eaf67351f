// The footprint's hatch is geometry: diagonal segments clipped to the polygon (even-odd, so holes stay empty).
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { hatchLines } from '../../src/print/hatch.ts';

const square = turf.bboxPolygon([35.0, 51.0, 35.2, 51.12]).geometry as Polygon; // ≈ 14 × 13 km
const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    square.coordinates[0]!,
    [
      [35.05, 51.03],
      [35.15, 51.03],
      [35.15, 51.09],
      [35.05, 51.09],
      [35.05, 51.03],
    ].reverse(),
  ],
};

describe('hatchLines', () => {
  it('draws segments inside the polygon, ending on its outline, about the spacing apart', () => {
    const h = hatchLines(square, 1.2);
    expect(h.coordinates.length).toBeGreaterThan(10);
    for (const [a, b] of h.coordinates) {
      const mid = [(a![0]! + b![0]!) / 2, (a![1]! + b![1]!) / 2];
      expect(turf.booleanPointInPolygon(mid, square)).toBe(true);
      for (const end of [a!, b!])
        expect(turf.pointToLineDistance(end, turf.polygonToLine(square) as never, { units: 'kilometers' })).toBeLessThan(0.01);
    }
    // Neighbouring lines 1.2 km apart across the hatch direction.
    const [l0, l1] = [h.coordinates[5]!, h.coordinates[6]!];
    // Distance between the parallel lines, in a local equirectangular frame (km east = Δlon·cos φ·111.32).
    const k = Math.cos((51.06 * Math.PI) / 180);
    const u = (p: number[]) => p[0]! * k + p[1]!;
    const d = ((u(l1[0]!) - u(l0[0]!)) / Math.SQRT2) * 111.32;
    expect(d).toBeGreaterThan(1.1);
    expect(d).toBeLessThan(1.3);
  });

  it('leaves holes empty', () => {
    const h = hatchLines(withHole, 1.2);
    const hole = turf.polygon([withHole.coordinates[1]!]);
    for (const [a, b] of h.coordinates)
      expect(turf.booleanPointInPolygon([(a![0]! + b![0]!) / 2, (a![1]! + b![1]!) / 2], hole)).toBe(false);
    expect(h.coordinates.length).toBeGreaterThan(hatchLines(square, 1.2).coordinates.length); // lines split around the hole
  });
});
