// What every benchmark returns: a titled table of rows for the console and README, and the raw figures for
// bench/results.json. Plain data so sections can run in child processes and be merged by bench/run.ts.

export interface BenchRow {
  /** What was measured, e.g. "geoparse, generated 10,000 articles". */
  name: string;
  /** The figure, already rounded for display. */
  value: number;
  /** Unit of `value`, e.g. "articles/s/core", "MB/s/core", "ms", "MB". */
  unit: string;
  /** How it compares, e.g. "6.1× faster than naive" or "2.3× the tokenising floor". */
  comparison?: string;
  /** The target from issue 5 and whether it is met, e.g. "≥ 2,000: met". */
  target?: string;
}

export interface BenchSection {
  id: string;
  title: string;
  rows: BenchRow[];
  /** Everything measured, unrounded, for bench/results.json. */
  figures: Record<string, unknown>;
}

/** Median of a non-empty sample. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The q-quantile (0..1) of a non-empty sample, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

/** Rounds to `digits` significant digits: figures in tables should not pretend to more precision than they have. */
export function sig(x: number, digits = 3): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(digits));
}
