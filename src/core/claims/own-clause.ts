// The stretch of a sentence a figure stands in, cut at the punctuation that sets clauses and asides apart: a comma or
// semicolon before a space, a colon, a bracket, a dash between spaces. A time phrase inside it is the figure's own;
// one beyond a comma ("… составили до 11 205 военнослужащих, сообщили сегодня") dates another clause.
import type { Span } from '../text/sentences.ts';
import { partitionPoint } from '../partition-point.ts';

/** A clause mark: "," or ";" before a space (not "1,246" or "5,8"), a colon, a bracket, a spaced dash. */
const MARK = /[,;](?=\s)|:|[()[\]]|\s[—–-]\s/gu;

/** The clause marks of a sentence (starts and ends, article offsets, in order), read once: `ownClause` runs for every
 * figure, and reading the sentence up to the figure each time was quadratic in a sentence of many figures. */
const marksOf = new WeakMap<Span, { text: string; at: number[]; end: number[] }>();

function clauseMarks(text: string, sentence: Span): { at: number[]; end: number[] } {
  const known = marksOf.get(sentence);
  if (known && known.text === text) return known;
  const marks = { text, at: [] as number[], end: [] as number[] };
  MARK.lastIndex = 0;
  const inside = text.slice(sentence.start, sentence.end);
  for (let m = MARK.exec(inside); m; m = MARK.exec(inside)) {
    marks.at.push(sentence.start + m.index);
    marks.end.push(sentence.start + m.index + m[0].length);
  }
  marksOf.set(sentence, marks);
  return marks;
}

/** The first index of the ascending `xs` whose value is at least `v` (`xs.length` if none). */
function firstAtLeast(xs: readonly number[], v: number): number {
  return partitionPoint(0, xs.length, (i) => xs[i]! < v);
}

/** The figure's own clause within `sentence` (article offsets throughout): from the end of the last mark ending by the
 * figure's start to the first mark starting at or after its end (marks do not overlap, so both run in order). */
export function ownClause(text: string, sentence: Span, fig: Span): Span {
  const { at, end } = clauseMarks(text, sentence);
  const before = firstAtLeast(end, fig.start + 1) - 1;
  const after = firstAtLeast(at, fig.end);
  return { start: before >= 0 ? end[before]! : sentence.start, end: after < at.length ? at[after]! : sentence.end };
}
