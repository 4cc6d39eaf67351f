// The footprint's clip regions are picked, and cut, by a box padded around its settlements (control-model.ts reachOf,
// country-clip.ts clipFor) instead of the box of a first, unclipped footprint and whole regions: the clipped footprint
// must be the same, near a border and far from one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { footprintOf } from '../../src/core/events/footprint.ts';
import type { SettlementStatus } from '../../src/core/events/status.ts';
import { countryClips } from '../../src/viewer/data/country-clip.ts';
import { reachesOf, reachOf } from '../../src/viewer/data/control-model.ts';

const admin1 = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/basemap/admin1.geojson'), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { country: string }
>;
const clips = countryClips(admin1);

/** The union of the whole regions of `country` whose box meets `box` (no cut to the box). */
function wholeRegions(country: string, box: number[]): Feature<Polygon | MultiPolygon> | null {
  const meet = (b: number[]) => b[0]! <= box[2]! && box[0]! <= b[2]! && b[1]! <= box[3]! && box[1]! <= b[3]!;
  const parts = admin1.features.filter((f) => f.properties.country === country && meet(turf.bbox(f)));
  if (parts.length <= 1) return parts[0] ?? null;
  return turf.union(turf.featureCollection(parts));
}

const held = (points: [number, number][]): SettlementStatus[] =>
  points.map(
    (coordinates, i) =>
      ({ settlement: `s${i}`, name: `s${i}`, coordinates, status: 'UA', latest: { properties: {} } }) as unknown as SettlementStatus,
  );

/** What the viewer drew before: an unclipped footprint, only for its box, then the one clipped to the whole regions. */
function twoPass(list: SettlementStatus[], country: string) {
  const rough = footprintOf(list, 'UA', null)!;
  return footprintOf(list, 'UA', wholeRegions(country, turf.bbox(rough.geometry)));
}

describe('reachOf', () => {
  const cases: [string, string, [number, number][]][] = [
    // Sudzha and villages on the Kursk–Sumy border: the footprint's buffer crosses into Ukraine and is cut back.
    [
      'on the border',
      'RU',
      [
        [35.27, 51.19],
        [35.18, 51.24],
        [35.35, 51.12],
        [35.1, 51.15],
        [35.42, 51.28],
      ],
    ],
    ['one village', 'RU', [[35.27, 51.19]]],
    [
      'inland',
      'UA',
      [
        [37.55, 48.6],
        [37.7, 48.58],
        [37.62, 48.7],
      ],
    ],
  ];
  it.each(cases)('picks regions, cut to its box, that clip %s to the same footprint', (_, country, points) => {
    const list = held(points);
    const box = reachOf(list);
    const rough = turf.bbox(footprintOf(list, 'UA', null)!.geometry);
    expect(box[0]).toBeLessThan(rough[0]!);
    expect(box[1]).toBeLessThan(rough[1]!);
    expect(box[2]).toBeGreaterThan(rough[2]!);
    expect(box[3]).toBeGreaterThan(rough[3]!);
    expect(footprintOf(list, 'UA', clips.clipFor(country, [box]))).toEqual(twoPass(list, country));
  });
});

describe('clip boxes snapped to a grid (country-clip.ts clipFor)', () => {
  it('reuses one clip for two dates whose settlements differ by a village, and clips both as their own boxes would', () => {
    const before = held([
      [35.27, 51.19],
      [35.18, 51.24],
      [35.35, 51.12],
    ]);
    const after = held([
      [35.27, 51.19],
      [35.18, 51.24],
      [35.35, 51.12],
      [35.3, 51.17],
    ]);
    const a = clips.clipFor('RU', [reachOf(before)]);
    expect(clips.clipFor('RU', [reachOf(after)])).toBe(a);
    for (const list of [before, after]) expect(footprintOf(list, 'UA', clips.clipFor('RU', [reachOf(list)]))).toEqual(twoPass(list, 'RU'));
  });
});

// Round 26: one box over a holder's settlements in a country spanned, on the events dev corpus, Kursk to a settlement
// in Siberia; every Russian region between was cut and joined (0.5 s of the viewer's opening). The settlements linked
// by steps no longer than the hull's edges get a box each: the same footprint from a fraction of the regions.
describe('a box per group of settlements (control-model.ts reachesOf)', () => {
  const kursk: [number, number][] = [
    [35.27, 51.19],
    [35.18, 51.24],
    [35.35, 51.12],
    [35.1, 51.15],
  ];
  it('gives settlements far apart a box each, and clips them to the same footprint as one box', () => {
    const list = held([...kursk, [81.3, 55.9]]);
    const boxes = reachesOf(list);
    expect(boxes).toHaveLength(2);
    expect(boxes[0]![2]).toBeLessThan(36);
    expect(boxes[1]![0]).toBeGreaterThan(81);
    expect(footprintOf(list, 'UA', clips.clipFor('RU', boxes))).toEqual(footprintOf(list, 'UA', clips.clipFor('RU', [reachOf(list)])));
  });
  it('keeps one box for settlements a hull edge apart', () => {
    expect(reachesOf(held([...kursk, [35.5, 51.3]]))).toEqual([reachOf(held([...kursk, [35.5, 51.3]]))]);
  });
});
