// Figures joined by conjunctions ("просунулися на 12,6 км² на півдні та на 2 км² на Бахмутському напрямку за тиждень"):
// for a figure, the last figure of the run joined after it and the first figure past that one (claims/period.ts
// `sharedPhrase`). Read once per sentence (its `figs` array), not once per figure: filtering, sorting and walking the
// figures after each figure made a sentence of many joined figures quadratic.
import { partitionPoint } from '../partition-point.ts';

interface FigureSpan {
  start: number;
  end: number;
}

/** A conjunction (or a comma) joining two figures, with at most a few words of place between them. */
export const JOINED = /^[^.;:!?()]{0,40}?(?:,|(?<!\p{L})(?:and|or|та|і|й|и|а|а также)(?!\p{L}))[^.;:!?()]{0,30}$/iu;

/** A sentence's figures sorted by start (stably), and for each the index of the last one its run of joined neighbours
 * reaches. */
interface Runs {
  text: string;
  sorted: readonly FigureSpan[];
  runEnd: Int32Array;
}

const RUNS = new WeakMap<readonly FigureSpan[], Runs>();

function runsOf(text: string, figs: readonly FigureSpan[]): Runs {
  let runs = RUNS.get(figs);
  if (runs && runs.text === text) return runs;
  const sorted = [...figs].sort((a, b) => a.start - b.start);
  const runEnd = new Int32Array(sorted.length);
  for (let k = sorted.length - 1; k >= 0; k--)
    runEnd[k] = k + 1 < sorted.length && JOINED.test(text.slice(sorted[k]!.end, sorted[k + 1]!.start)) ? runEnd[k + 1]! : k;
  RUNS.set(figs, (runs = { text, sorted, runEnd }));
  return runs;
}

/** The last of the figures (of `figs`, starting at or after `fig`'s end) joined to `fig` one after another by JOINED,
 * and the first figure of those starting after its end; null when none is joined to it. */
export function joinedAfter(
  text: string,
  fig: FigureSpan,
  figs: readonly FigureSpan[],
): { last: FigureSpan; beyond: FigureSpan | undefined } | null {
  const { sorted, runEnd } = runsOf(text, figs);
  const j = partitionPoint(0, sorted.length, (i) => sorted[i]!.start < fig.end);
  if (j === sorted.length || !JOINED.test(text.slice(fig.end, sorted[j]!.start))) return null;
  const last = sorted[runEnd[j]!]!;
  // (every figure before j starts before `fig` ends, so before `last` ends)
  return { last, beyond: sorted[partitionPoint(0, sorted.length, (i) => sorted[i]!.start <= last.end)] };
}
