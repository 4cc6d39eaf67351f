// Area claims are cut to their country (src/viewer/map/layers/country-clip.ts). The country is first cut to the
// circle's padded box, so the intersection works on a few hundred vertices: the area must be what intersecting with
// the whole country gives. Circles on the Kursk–Sumy border, across it, and inside Russia.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { area, booleanPointInPolygon, circle, feature, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { clipToCountry, loadCountryShapes } from '../../src/viewer/map/layers/country-clip.ts';

const shapes = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'basemap', 'countries.geojson'), 'utf8')) as {
  features: Feature<Polygon | MultiPolygon, { iso: string }>[];
};

beforeAll(async () => {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(shapes)));
  await loadCountryShapes(new URL('http://localhost/'));
});
afterAll(() => vi.unstubAllGlobals());

describe('clipToCountry', () => {
  const cases: [string, [number, number], number, boolean][] = [
    ['Sudzha, 10 km from the border', [35.27, 51.19], 30, true],
    ['Tyotkino, on the border', [34.33, 51.27], 15, true],
    ['Kursk, inside Russia', [36.19, 51.73], 20, false],
    ['Belgorod, near the border', [36.59, 50.6], 40, true],
  ];
  for (const [label, centre, km, crosses] of cases)
    it(`${label}: the same area as intersecting with the whole country`, () => {
      const ring = circle(centre, km, { units: 'kilometers', steps: 64 }).geometry;
      const clipped = clipToCountry(label, ring, centre);
      const country = shapes.features.find((s) => booleanPointInPolygon(centre, s))!;
      expect(country).toBeDefined();
      const whole = intersect(featureCollection<Polygon | MultiPolygon>([feature(ring), country]))!.geometry;
      expect(area(clipped)).toBeCloseTo(area(whole), -1); // m²: within 5 m² of each other
      if (crosses) expect(area(clipped)).toBeLessThan(area(ring) * 0.99);
      else expect(area(clipped)).toBeCloseTo(area(ring), -1);
    });
});
