// "In August and September … 477 and 459 square kilometres, respectively", "у серпні та вересні … 477 і 459 квадратних
// кілометрів відповідно": a list of figures the word "respectively" closes takes its periods, in order, from a list of as
// many time phrases in the sentence.
import { firstStartingAtOrAfter } from '../partition-point.ts';
import type { TimePhrase } from './dates.ts';

interface FigureSpan {
  start: number;
  end: number;
}

/** "Respectively" after a list's last figure, its unit and place between ("…, respectively"). */
const RESPECTIVELY_AFTER = /^[^\d.;:]{0,60}?(?:\brespectively\b|(?<!\p{L})(?:відповідно|соответственно)(?!\p{L}))/iu;
/** Between two figures of a list: the first one's unit at most, then a comma or "and". */
const FIGURE_JOIN = /^[^\d.;:]{0,40}?(?:,|\band|(?<!\p{L})(?:та|і|й|и))\s*$/iu;
/** Between two time phrases of a list: a comma or "and", and the second one's preposition. */
const PHRASE_JOIN = /^\s*,?\s*(?:and|та|і|й|и|або|или)?\s*(?:(?:in|у|в|во)\s)?$/iu;

/** The phrase that dates `fig` as the n-th figure of a list closed by "respectively", or null. `figs` are the figures of
 * the sentence, `phrases` its time phrases (article offsets into `text`). */
export function respectivePhrase(
  text: string,
  fig: FigureSpan,
  figs: readonly FigureSpan[],
  phrases: readonly TimePhrase[],
): TimePhrase | null {
  const { sorted, lists } = figureLists(text, figs);
  const k = firstStartingAtOrAfter(sorted, fig.start);
  if (k === sorted.length || sorted[k]!.start !== fig.start) return null;
  const [lo, hi] = lists[k]!;
  const n = hi - lo + 1;
  if (n < 2 || !RESPECTIVELY_AFTER.test(text.slice(sorted[hi]!.end, sorted[hi]!.end + 80))) return null;
  const usable = phrases.filter((p) => !p.since && !p.fromOperationStart && p.end <= sorted[hi]!.end);
  for (let a = 0; a + n <= usable.length; a++) {
    const group = usable.slice(a, a + n);
    if (group.every((p, j) => j === 0 || PHRASE_JOIN.test(text.slice(group[j - 1]!.end, p.start)))) return group[k - lo]!;
  }
  return null;
}

/** A sentence's figures sorted by start, and for each the first and last index of the list joined to it. */
interface FigureLists {
  sorted: readonly FigureSpan[];
  lists: readonly (readonly [number, number])[];
}

/** Read once per sentence (its `figs` array), not once per figure: sorting and walking the list for each figure made a
 * sentence of many figures quadratic. */
const LISTS = new WeakMap<readonly FigureSpan[], FigureLists>();

function figureLists(text: string, figs: readonly FigureSpan[]): FigureLists {
  let read = LISTS.get(figs);
  if (read) return read;
  const sorted = [...figs].sort((a, b) => a.start - b.start);
  const lists: [number, number][] = [];
  for (let lo = 0; lo < sorted.length;) {
    let hi = lo;
    while (hi + 1 < sorted.length && FIGURE_JOIN.test(text.slice(sorted[hi]!.end, sorted[hi + 1]!.start))) hi++;
    for (let i = lo; i <= hi; i++) lists.push([lo, hi]);
    lo = hi + 1;
  }
  LISTS.set(figs, (read = { sorted, lists }));
  return read;
}
