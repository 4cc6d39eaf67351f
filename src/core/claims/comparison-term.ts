// The other term of a comparison: "the second-largest advance after that of November 2024", "a huge drop from its peak
// of nearly 25% in March", "more ground than in both August and September", "больше, чем в марте". A date there dates
// what the figure is compared with, not the figure (a figure inside the term, "than in August (477 sq km)", keeps it).
import type { TimePhrase } from './dates.ts';
import { isRecordReference, RECORD } from './record-reference.ts';

/** Words opening the compared term, up to the date. */
const MARKER =
  /\b(?:than|after\sthat\sof|compared\s(?:with|to)|(?:drop|fall|decline|rise|increase|up|down)\s(?:\p{L}+\s){0,2}?from)\b|(?<!\p{L})(?:ніж|чем|порівняно\sз|по\sсравнению\sс)(?!\p{L})/giu;

/** Whether the phrase `p` (offsets in `text`) stands in the compared term of a comparison opened earlier in its
 * sentence (from `sentenceStart`), with no clause break but brackets between, and the figure (`fig`) stands wholly
 * before the word opening that term ("more than 12 km² … over the past week": the figure's own "than" opens none). */
export function isComparisonTerm(text: string, sentenceStart: number, p: TimePhrase, fig: { start: number; end: number }): boolean {
  const at = termOpening(text, sentenceStart, p);
  return at >= 0 && fig.end <= sentenceStart + at;
}

/** The last text `termOpening` read and its answers by sentence and phrase: it runs for every figure of a sentence
 * beside every phrase of it, and reading the sentence up to the phrase each time was cubic in a sentence of many
 * figures and dates with no end. Keyed by the text's content, so a stale entry can never answer. */
let termText = '';
const termAt = new Map<string, number>();

/** Where, from `sentenceStart`, the compared term `p` stands in opens (no clause break but brackets between); -1 if none. */
function termOpening(text: string, sentenceStart: number, p: TimePhrase): number {
  if (text !== termText) {
    termText = text;
    termAt.clear();
  }
  const key = `${sentenceStart}:${p.start}`;
  const known = termAt.get(key);
  if (known !== undefined) return known;
  const before = text.slice(sentenceStart, p.start);
  let at = -1;
  for (const m of before.matchAll(MARKER)) at = m.index;
  if (at >= 0 && /[,;:—–]/u.test(before.slice(at).replace(/\([^()]*\)/gu, ''))) at = -1;
  termAt.set(key, at);
  return at;
}

/** RECORD for `matchAll` (global), built once: it runs for every dated phrase of every figure. */
const RECORD_ALL = new RegExp(RECORD.source, 'giu');

/** "The figure describes the record's bar": "the lowest since June 2024, when 114 km² were taken". */
const BAR_CLAUSE = /,\s*(?:when|where|коли|когда|де|где)(?!\p{L})/iu;

/** Whether `p` is a record's point of comparison ("their heaviest losses last year since the start of the war") that
 * does not date the figure: the figure stands after the whole frame (not in a clause describing the bar, "…, when 114
 * km² were taken"), or before it with the superlative between them ("gained 1,804 km² since the start of the year" after
 * "the most gains, where" stays the figure's own span). */
export function isRecordFrame(text: string, sentenceStart: number, p: TimePhrase, fig: { start: number; end: number }): boolean {
  if (!isRecordReference(text, sentenceStart, p)) return false;
  // The superlative and the date in one clause: "наибольшие успехи … в ДНР, где с начала года освобождено" dates the
  // figure of the clause after the comma.
  const head = text.slice(Math.max(sentenceStart, p.start - 120), p.start);
  let last = -1;
  for (const m of head.matchAll(RECORD_ALL)) last = m.index + m[0].length;
  if (last < 0 || /[,;:—–]/u.test(head.slice(last))) return false;
  if (fig.start >= p.end) return !BAR_CLAUSE.test(text.slice(p.end, fig.start));
  return RECORD.test(text.slice(fig.end, p.start));
}
