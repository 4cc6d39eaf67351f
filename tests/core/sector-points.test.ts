// The sector points of every spot, worked out once per article from the certain places grouped by id, are the points
// the per-spot filter gives, in the same order (the disambiguator's sums depend on it).
import { describe, expect, it } from 'vitest';
import type { IndexedEntry } from '../../src/core/gazetteer/gazetteer.ts';
import { sectorPoints, sectorPointsBy } from '../../src/core/geoparse/geoparse.ts';

const entry = (id: string): IndexedEntry => ({ id }) as unknown as IndexedEntry;

describe('sectorPointsBy', () => {
  it('gives every spot the points sectorPoints gives it', () => {
    const entries = ['a', 'b', 'c', 'd', 'e'].map(entry);
    // spots 0..29, each certain of one place, the places repeating out of order; spot 7 is not certain
    const certain = Array.from({ length: 30 }, (_, spot) => ({ spot, entry: entries[(spot * 7) % 5]! })).filter((c) => c.spot !== 7);
    const pointsOf = sectorPointsBy(certain);
    for (let spot = 0; spot < 30; spot++) {
      // a spot's own readings: its top reading and, for some, a second
      const own = new Set([entries[(spot * 7) % 5]!.id, ...(spot % 3 ? [] : [entries[(spot + 1) % 5]!.id])]);
      expect(pointsOf(spot, own)).toEqual(sectorPoints(certain, spot, own));
      // a spot whose certain place is not among the readings given falls back to the filter
      expect(pointsOf(spot, new Set())).toEqual(sectorPoints(certain, spot, new Set()));
    }
  });
});
