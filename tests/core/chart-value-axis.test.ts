// The area chart's value axis (src/viewer/ui/chart-value-axis.ts): one country-wide figure of 113,000 km² beside
// oblast figures of a few hundred flattened every other bar to the baseline. An outlier now breaks the axis; an
// ordinary spread of figures keeps the plain linear axis it had.
import { describe, expect, it } from 'vitest';
import { BREAK_RATIO, trendPieces, valueAxis, type TrendPiece } from '../../src/viewer/ui/chart-value-axis.ts';

describe('chart value axis', () => {
  it('breaks above the ordinary figures when one dwarfs them, and names the figure off the scale', () => {
    const axis = valueAxis([500, 113_000, 320, 800]);
    expect(axis.breakAt).toBeCloseTo(800 * 1.12);
    expect(axis.max).toBe(axis.breakAt);
    expect(axis.offScale).toEqual([113_000]);
  });

  it('puts two or three outliers above the break at the widest gap', () => {
    expect(valueAxis([31_000, 28_000, 600, 450, 300]).offScale).toEqual([31_000, 28_000]);
    expect(valueAxis([90_000, 31_000, 600]).offScale).toEqual([90_000, 31_000]);
  });

  it('keeps the linear axis for a spread of figures, or more outliers than a few', () => {
    expect(valueAxis([100, 300, 900, 1_300])).toEqual({ max: 1_300 * 1.12, breakAt: null, offScale: [] });
    expect(valueAxis([800 * BREAK_RATIO, 800]).breakAt).toBeNull();
    expect(valueAxis([50_000, 40_000, 30_000, 20_000, 500]).breakAt).toBeNull();
    expect(valueAxis([]).max).toBeCloseTo(112);
    expect(valueAxis([]).breakAt).toBeNull();
  });

  it('does not break for a figure the floor already covers', () => {
    expect(valueAxis([90, 2]).breakAt).toBeNull();
  });
});

// The held-area trend line ran straight up into the band to an off-scale figure's mark, a slope that meant nothing.
describe('a trend line across the value-axis break', () => {
  const axis = valueAxis([500, 113_000, 320, 800]); // breaks at 896 km²
  const at = (x: number, value: number) => ({ x, value });

  it('is to scale up to where the true line crosses the break, dashed from there to the mark above it and back', () => {
    const pieces = trendPieces([at(0, 320), at(100, 800), at(200, 113_000), at(300, 500)], axis);
    expect(pieces.map((p) => p.kind)).toEqual(['scaled', 'off-scale', 'scaled']);
    const [up, band, down] = pieces as [TrendPiece, TrendPiece, TrendPiece];
    // 800 → 113,000 over 100 px crosses 896 km² 0.09 px after the 800 km² figure.
    const xUp = 100 + (100 * (896 - 800)) / (113_000 - 800);
    expect(up.points.slice(0, 2)).toEqual([at(0, 320), at(100, 800)]);
    expect(up.points[2]!.x).toBeCloseTo(xUp);
    expect(up.points[2]!.value).toBeCloseTo(896);
    expect(band.points.map((p) => p.value)).toEqual([up.points[2]!.value, 113_000, down.points[0]!.value]);
    expect(down.points[0]!.x).toBeCloseTo(300 - (100 * (896 - 500)) / (113_000 - 500));
    expect(down.points[1]).toEqual(at(300, 500));
    // Nothing to scale goes above the break.
    for (const p of [up, down]) expect(Math.max(...p.points.map((q) => q.value))).toBeLessThanOrEqual(axis.breakAt! + 1e-9);
  });

  it('dashes a segment between two figures above the break whole, and starts or ends in the band', () => {
    const two = valueAxis([31_000, 28_000, 600, 450]);
    expect(trendPieces([at(0, 31_000), at(50, 28_000)], two)).toEqual([{ kind: 'off-scale', points: [at(0, 31_000), at(50, 28_000)] }]);
    const pieces = trendPieces([at(0, 31_000), at(50, 600), at(60, 450)], two);
    expect(pieces.map((p) => [p.kind, p.points.length])).toEqual([
      ['off-scale', 2],
      ['scaled', 3],
    ]);
  });

  it('is one line to scale when the axis does not break, and nothing for a single figure', () => {
    const plain = valueAxis([100, 300, 900]);
    expect(trendPieces([at(0, 100), at(10, 900)], plain)).toEqual([{ kind: 'scaled', points: [at(0, 100), at(10, 900)] }]);
    expect(trendPieces([at(0, 113_000)], axis)).toEqual([]);
    expect(trendPieces([at(0, 500)], axis)).toEqual([]);
  });
});
