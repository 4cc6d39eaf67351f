// The area chart's point labels (src/viewer/ui/chart-labels.ts): figures a few pixels apart must not be printed over
// each other; the selected and the latest claim keep theirs.
import { describe, expect, it } from 'vitest';
import { footprintLabelBox, placeLabels, type LabelBox, type LabelCandidate } from '../../src/viewer/ui/chart-labels.ts';

const at = (id: string, x0: number, y0: number, tier: number, periodMid = 0): LabelCandidate & { id: string } => ({
  id,
  tier,
  periodMid,
  box: { x0, x1: x0 + 60, y0, y1: y0 + 13 },
});

describe('chart point labels', () => {
  it('leaves out a label that covers a more important one', () => {
    const kept = placeLabels([at('older', 100, 50, 2), at('latest', 130, 55, 1), at('apart', 300, 50, 2)]);
    expect(kept.map((c) => c.id).sort()).toEqual(['apart', 'latest']);
  });

  it('keeps the selected claim over the latest, and a later period over an earlier one', () => {
    expect(placeLabels([at('latest', 100, 50, 1), at('selected', 110, 50, 0)]).map((c) => c.id)).toEqual(['selected']);
    expect(placeLabels([at('early', 100, 50, 2, 19_000), at('late', 110, 50, 2, 19_500)]).map((c) => c.id)).toEqual(['late']);
  });

  it('keeps clear of labels already drawn (the footprint’s, at the date)', () => {
    const footprint = { x0: 120, x1: 200, y0: 52, y1: 65 };
    expect(placeLabels([at('latest', 100, 50, 1), at('apart', 300, 50, 2)], [footprint]).map((c) => c.id)).toEqual(['apart']);
  });

  it('keeps labels at the same x on different rows', () => {
    expect(placeLabels([at('a', 100, 20, 2), at('b', 100, 40, 2)])).toHaveLength(2);
  });
});

describe('chart point labels and the points’ marks', () => {
  const dot = (owner: number, x: number, y: number) => ({ owner, x0: x - 6, x1: x + 6, y0: y - 6, y1: y + 6 });
  it('keeps a label off another point’s dot: it goes left of its point, or is left out', () => {
    // '880 km²' right of its point ran under the next point's dot (events dev corpus, Nov 2025).
    const label = { ...at('880', 110, 50, 2), owner: 0, alts: [{ x0: 30, x1: 90, y0: 50, y1: 63 }] };
    const [kept] = placeLabels([label], [], [dot(0, 100, 60), dot(1, 140, 58)]);
    expect(kept?.placed.x0).toBe(30);
    expect(placeLabels([{ ...label, alts: [] }], [], [dot(0, 100, 60), dot(1, 140, 58)])).toEqual([]);
  });
  it('is not blocked by its own point’s marks; an off-scale, selected or latest figure keeps its label over marks', () => {
    expect(placeLabels([{ ...at('own', 110, 50, 2), owner: 1 }], [], [dot(1, 115, 55)]).map((c) => c.id)).toEqual(['own']);
    for (const tier of [-1, 0, 1])
      expect(placeLabels([{ ...at('must', 110, 50, tier), owner: 0 }], [], [dot(1, 115, 55)]).map((c) => c.id)).toEqual(['must']);
    // …but never over another label.
    expect(placeLabels([{ ...at('must', 110, 50, 1), owner: 0 }], [{ x0: 100, x1: 200, y0: 50, y1: 60 }])).toEqual([]);
  });
  it('keeps off the value axis’s figures', () => {
    expect(placeLabels([at('a', 100, 50, 2)], [{ x0: 90, x1: 150, y0: 45, y1: 58 }])).toEqual([]);
  });
});

describe('the footprints’ labels', () => {
  // A 30-article briefer corpus (round 34): Ukraine's footprint spanned 270 km², Russia's 283 km², and both labels
  // were printed at the same place beside the date cursor, one over the other.
  const w = 'span 283 km²'.length * 6.6;
  const overlap = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  it('puts the first below its mark, or above it near the baseline, as before', () => {
    expect(footprintLabelBox(1200, w, 100, 130, [])).toEqual({ x0: 1200, x1: 1200 + w, y0: 101, y1: 116 });
    expect(footprintLabelBox(1200, w, 120, 130, [])).toEqual({ x0: 1200, x1: 1200 + w, y0: 101, y1: 116 });
  });

  it('keeps the second clear of the first, on the mark’s other side or past it', () => {
    for (const [a, b] of [
      [100, 100],
      [100, 101],
      [120, 121],
      [60, 66],
    ] as const) {
      const first = footprintLabelBox(1200, w, a, 130, []);
      const second = footprintLabelBox(1200, w, b, 130, [first]);
      expect(overlap(first, second), `${a}, ${b}`).toBe(false);
    }
    // Both near the baseline: the first above its mark, the second above that.
    const first = footprintLabelBox(1200, w, 125, 130, []);
    const second = footprintLabelBox(1200, w, 125, 130, [first]);
    expect(second.y1).toBeLessThanOrEqual(first.y0);
  });

  it('leaves a label where it was when the other is elsewhere', () => {
    const other = { x0: 100, x1: 180, y0: 100, y1: 113 };
    expect(footprintLabelBox(1200, w, 100, 130, [other]).y0).toBe(101);
  });
});
