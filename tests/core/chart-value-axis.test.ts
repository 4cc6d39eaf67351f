// The area chart's value axis (src/viewer/ui/chart-value-axis.ts): one country-wide figure of 113,000 km² beside
// oblast figures of a few hundred flattened every other bar to the baseline. An outlier now breaks the axis; an
// ordinary spread of figures keeps the plain linear axis it had.
import { describe, expect, it } from 'vitest';
import { BREAK_RATIO, valueAxis } from '../../src/viewer/ui/chart-value-axis.ts';

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
