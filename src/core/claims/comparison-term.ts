// The other term of a comparison: "the second-largest advance after that of November 2024", "a huge drop from its peak
// of nearly 25% in March", "more ground than in both August and September", "больше, чем в марте". A date there dates
// what the figure is compared with, not the figure (a figure inside the term, "than in August (477 sq km)", keeps it).
import type { ClaimContext } from './context.ts';
import type { TimePhrase } from './dates.ts';
import { isRecordReference, RECORD } from './record-reference.ts';
import { lastMatchBySpaces, nextIn, prevIn } from './text-index.ts';

/** Words opening the compared term, up to the date. (Read by `lastMatchBySpaces(…, 4)`: at most three single \s, nothing
 * else of it reads a blank; the bound is tested in tests/core/hostile-indexes-50.test.ts.) */
export const MARKER =
  /\b(?:than|after\sthat\sof|compared\s(?:with|to)|(?:drop|fall|decline|rise|increase|up|down)\s(?:\p{L}+\s){0,2}?from)\b|(?<!\p{L})(?:ніж|чем|порівняно\sз|по\sсравнению\sс)(?!\p{L})/giu;

/** Whether the phrase `p` (offsets in the article) stands in the compared term of a comparison opened earlier in its
 * sentence (from `sentenceStart`), with no clause break but brackets between, and the figure (`fig`) stands wholly
 * before the word opening that term ("more than 12 km² … over the past week": the figure's own "than" opens none). */
export function isComparisonTerm(ctx: ClaimContext, sentenceStart: number, p: TimePhrase, fig: { start: number; end: number }): boolean {
  const at = termOpening(ctx, sentenceStart, p);
  return at >= 0 && fig.end <= sentenceStart + at;
}

/** `termOpening`'s answers by sentence and phrase, per article: it runs for every figure of a sentence beside every
 * phrase of it, and reading the sentence up to the phrase each time was cubic in a sentence of many figures and dates
 * with no end. */
const termMemo = new WeakMap<ClaimContext, Map<string, number>>();

/** Where, from `sentenceStart`, the compared term `p` stands in opens (no clause break but brackets between); -1 if none. */
function termOpening(ctx: ClaimContext, sentenceStart: number, p: TimePhrase): number {
  let memo = termMemo.get(ctx);
  if (!memo) termMemo.set(ctx, (memo = new Map()));
  const key = `${sentenceStart}:${p.start}`;
  let at = memo.get(key);
  if (at === undefined) memo.set(key, (at = readTermOpening(ctx, sentenceStart, p)));
  return at;
}

/** For the phrases `all` (sorted by start) of the sentence from `sentenceStart`: from index i, the first index j ≥ i
 * whose phrase `isComparisonTerm` may leave to the figure ending at `figEnd` (every phrase of [i, j) stands in a term
 * opened at or after `figEnd`, so every figure's reader drops it). A reader stopping at the first kept phrase walked those
 * for each figure: a clause of figures each followed by a compared date was quadratic (round 50, bench/HISTORY.md). Each
 * phrase's opening is read once; a jump goes to the next phrase whose opening is lower (all between open no lower). */
export function comparedTermsFrom(
  ctx: ClaimContext,
  sentenceStart: number,
  all: readonly TimePhrase[],
): (i: number, figEnd: number) => number {
  let found = termSkips.get(all);
  if (!found || found.ctx !== ctx || found.sentenceStart !== sentenceStart) {
    const n = all.length;
    const opening = new Float64Array(n);
    all.forEach((p, i) => {
      const at = termOpening(ctx, sentenceStart, p);
      opening[i] = at < 0 ? -1 : sentenceStart + at;
    });
    const lower = new Int32Array(n);
    const stack: number[] = [];
    for (let i = n - 1; i >= 0; i--) {
      while (stack.length && opening[stack.at(-1)!]! >= opening[i]!) stack.pop();
      lower[i] = stack.length ? stack.at(-1)! : n;
      stack.push(i);
    }
    termSkips.set(all, (found = { ctx, sentenceStart, opening, lower }));
  }
  const { opening, lower } = found;
  return (i, figEnd) => {
    while (i < opening.length && opening[i]! >= figEnd) i = lower[i]!;
    return i;
  };
}

const termSkips = new WeakMap<
  readonly TimePhrase[],
  { ctx: ClaimContext; sentenceStart: number; opening: Float64Array; lower: Int32Array }
>();

function readTermOpening(ctx: ClaimContext, sentenceStart: number, p: TimePhrase): number {
  // (read from the last clause break before the phrase that no bracket closed before the phrase hides: an opening there
  // or before it has that break between it and the phrase, and none after it can start at it or before; read from the
  // sentence's start, a sentence of many dates was quadratic)
  // (the last opening by the article's index: read from the break for each phrase, a sentence of many dates and no break
  // was quadratic; a match of MARKER holds at most three blanks)
  const text = ctx.article.text;
  const from = lastBreak(ctx, sentenceStart, p.start) + 1;
  const at = lastMatchBySpaces(ctx, text, MARKER, 4, from, p.start);
  return at < 0 || breakAfterOpening(ctx, at, p.start) ? -1 : at - sentenceStart;
}

/** Whether a clause break stands between an opening at `at` and the phrase at `end`, brackets closed between them aside
 * (their words removed). Every break after the last one `lastBreak` gives lies in a bracketed group with no bracket
 * inside, closed before `end`: only the group `at` stands in, opened before it, is not removed whole. */
function breakAfterOpening(ctx: ClaimContext, at: number, end: number): boolean {
  const text = ctx.article.text;
  const open = prevIn(ctx, text, '()', at);
  const close = nextIn(ctx, text, '()', at);
  return open >= 0 && text[open] === '(' && close < end && text[close] === ')' && nextIn(ctx, text, 'break', at) < close;
}

/** The last clause break in [`start`, `end`) of the article that is not inside a bracketed group (no bracket within
 * it) closed before `end`; `start - 1` if none. */
function lastBreak(ctx: ClaimContext, start: number, end: number): number {
  const text = ctx.article.text;
  for (let c = prevIn(ctx, text, 'break', end); c >= start;) {
    const open = prevIn(ctx, text, '()', c);
    const close = nextIn(ctx, text, '()', c + 1);
    if (!(open >= start && text[open] === '(' && close < end && text[close] === ')')) return c;
    c = prevIn(ctx, text, 'break', open); // (every break inside the group is hidden)
  }
  return start - 1;
}

/** RECORD for `matchAll` (global), built once: it runs for every dated phrase of every figure. */
const RECORD_ALL = new RegExp(RECORD.source, 'giu');

/** "The figure describes the record's bar": "the lowest since June 2024, when 114 km² were taken". */
const BAR_CLAUSE = /,\s*(?:when|where|коли|когда|де|где)(?!\p{L})/iu;

/** Whether `p` is a record's point of comparison ("their heaviest losses last year since the start of the war") that
 * does not date the figure: the figure stands after the whole frame (not in a clause describing the bar, "…, when 114
 * km² were taken"), or before it with the superlative between them ("gained 1,804 km² since the start of the year" after
 * "the most gains, where" stays the figure's own span). */
export function isRecordFrame(ctx: ClaimContext, sentenceStart: number, p: TimePhrase, fig: { start: number; end: number }): boolean {
  if (!isRecordReference(ctx, sentenceStart, p)) return false;
  const text = ctx.article.text;
  // The superlative and the date in one clause: "наибольшие успехи … в ДНР, где с начала года освобождено" dates the
  // figure of the clause after the comma.
  const head = text.slice(Math.max(sentenceStart, p.start - 120), p.start);
  let last = -1;
  for (const m of head.matchAll(RECORD_ALL)) last = m.index + m[0].length;
  if (last < 0 || /[,;:—–]/u.test(head.slice(last))) return false;
  if (fig.start >= p.end) return !BAR_CLAUSE.test(text.slice(p.end, fig.start));
  return RECORD.test(text.slice(fig.end, p.start));
}
