// The area chart's value axis: linear from 0, unless one to three figures dwarf all the rest (a country-wide
// "113,000 km²" beside oblast figures of a few hundred): one such figure flattened every other bar to the baseline.
// Then the axis stops above the ordinary figures and breaks; the outliers are drawn in a band above the break, not to
// scale, with their value labelled and the break said in words. No figure is left out, none drawn at a wrong height
// on the scaled part.

/** A figure is off the scale when it is more than this many times the next figure below it. */
export const BREAK_RATIO = 4;
/** At most this many distinct figures go above a break: more is a spread of figures, not an outlier. */
export const MAX_OFF_SCALE = 3;
/** Headroom above the highest figure drawn to scale. */
const HEADROOM = 1.12;

export interface ValueAxis {
  /** The top of the scaled part, km². */
  max: number;
  /** Figures above this are off the scale (drawn above the break); null when nothing is. */
  breakAt: number | null;
  /** The distinct figures above the break, largest first. */
  offScale: number[];
}

/** The axis for `figures` (km²), at least `floor` high. */
export function valueAxis(figures: readonly number[], floor = 100): ValueAxis {
  const distinct = [...new Set(figures.filter((v) => Number.isFinite(v) && v > 0))].sort((a, b) => b - a);
  // The gap to break at: the widest of the top few, if wide enough.
  let k = 0;
  let widest = BREAK_RATIO;
  for (let i = 1; i <= Math.min(MAX_OFF_SCALE, distinct.length - 1); i++) {
    const ratio = distinct[i - 1]! / distinct[i]!;
    if (ratio > widest) [k, widest] = [i, ratio];
  }
  const top = (v: number) => Math.max(floor, v) * HEADROOM;
  if (k === 0 || top(distinct[k]!) >= distinct[k - 1]!) return { max: top(distinct[0] ?? 0), breakAt: null, offScale: [] };
  const max = top(distinct[k]!);
  return { max, breakAt: max, offScale: distinct.slice(0, k) };
}
