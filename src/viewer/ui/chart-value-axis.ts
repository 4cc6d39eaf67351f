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

/** A point of a trend line: its place on the time axis (px) and its figure (km²). */
export interface TrendPoint {
  x: number;
  value: number;
}

/** A piece of a trend line: `scaled` lies wholly on the scaled part and is drawn to scale; `off-scale` runs into the
 * band above the break, where heights are not to scale, and is drawn dashed as the break line is. */
export interface TrendPiece {
  kind: 'scaled' | 'off-scale';
  points: TrendPoint[];
}

/** A trend line (points in date order) cut at the value axis's break. A segment to a figure above the break is drawn to
 * scale up to the break, at the very place the straight line to the true figure would cross it, and dashed from there
 * to the figure's mark in the band; a segment between two figures above the break is dashed whole. A line drawn
 * straight to the mark in the band had a slope that said nothing (the 113,000 km² figure is not 14 px above 560). */
export function trendPieces(points: readonly TrendPoint[], axis: ValueAxis): TrendPiece[] {
  const breakAt = axis.breakAt;
  if (breakAt === null) return points.length > 1 ? [{ kind: 'scaled', points: [...points] }] : [];
  const above = (p: TrendPoint) => p.value > breakAt;
  // Where the straight line from `lo` (to scale) to `hi` (above the break) crosses the break.
  const crossing = (lo: TrendPoint, hi: TrendPoint): TrendPoint => ({
    x: lo.x + ((hi.x - lo.x) * (breakAt - lo.value)) / (hi.value - lo.value),
    value: breakAt,
  });
  const pieces: TrendPiece[] = [];
  const add = (kind: TrendPiece['kind'], run: TrendPoint[]) => {
    const last = pieces[pieces.length - 1];
    // Two dashed pieces in a row share their end: one dashed line.
    if (kind === 'off-scale' && last?.kind === 'off-scale') last.points.push(...run.slice(1));
    else if (run.length > 1) pieces.push({ kind, points: run });
  };
  let run: TrendPoint[] = points[0] && !above(points[0]) ? [points[0]] : [];
  for (let i = 1; i < points.length; i++) {
    const [from, to] = [points[i - 1]!, points[i]!];
    if (!above(from) && !above(to)) run.push(to);
    else if (!above(from)) {
      const c = crossing(from, to);
      add('scaled', [...run, c]);
      add('off-scale', [c, to]);
      run = [];
    } else if (!above(to)) {
      const c = crossing(to, from);
      add('off-scale', [from, c]);
      run = [c, to];
    } else add('off-scale', [from, to]);
  }
  add('scaled', run);
  return pieces;
}
