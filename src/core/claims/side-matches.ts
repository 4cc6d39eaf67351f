// The last match of a side's pattern before a point of a long text that a test accepts (claims/sides.ts
// `sideOrEnemyBefore`: the side named last before a count, not a place or the land's owner). Read from the text's start
// for every count, a sentence of many counts was quadratic (bench/HISTORY.md, round 50). Here each pattern's matches
// over the whole text are found once, and only the last few words before the point are read again.
import { partitionPoint } from '../partition-point.ts';
import { isSpaceCode } from '../text/chars.ts';
import { cachedIn } from './long-text-memo.ts';

/** How many words (runs of letters, runs of blanks, single other characters) an attempt of the side patterns may read
 * from its start: the longest path of sides.ts's patterns reads about 27 ("войска" " " "группировки" " " "«" twenty
 * characters "»" and the lookahead's one), with room to spare. Grows with src/core/sides.ts QUOTED_NAME's {1,20} and
 * RU_GROUPING_AS_SUBJECT (notes there). */
const WORDS = 40;

/** (From LONG_TEXT a text is indexed; re-exported for claims/sides.ts.) */
export { LONG_TEXT } from './long-text-memo.ts';

interface PatternMatches {
  keep: Keep;
  /** The whole text's matches (`matchAll`, non-overlapping from its start). */
  starts: Int32Array;
  ends: Int32Array;
  /** For each match, the last one at or before it that `keep` accepts on the whole text (-1 for none). */
  lastKept: Int32Array;
}

/** Whether the match at `index`, `length` long, of `before` counts; it reads at most `KEEP_REACH` characters past the
 * match's end. */
export type Keep = (before: string, index: number, length: number) => boolean;

/** How far past a match's end a `Keep` may read (sides.ts `notSubject`: 24 characters). */
export const KEEP_REACH = 24;

interface TextMatches {
  wordStarts: Int32Array;
  patterns: Map<RegExp, PatternMatches>;
}

/** The last few long texts' indexes. */
const memo = new Map<string, TextMatches>();

function textMatches(text: string): TextMatches {
  return cachedIn(memo, text, indexWords);
}

/** A letter, sticky: tested where a code point starts, it reads that code point alone. */
const LETTER = /\p{L}/uy;

/** Whether the code point `cp` at `i` of `text` is a letter (ASCII by its range, no string made for it). */
function isLetterAt(text: string, i: number, cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  LETTER.lastIndex = i;
  return LETTER.test(text);
}

function indexWords(text: string): TextMatches {
  const starts: number[] = [];
  let prev = '';
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const cls = isLetterAt(text, i, cp) ? 'L' : isSpaceCode(cp) ? 'S' : 'O';
    if (cls === 'O' || cls !== prev) starts.push(i);
    prev = cls;
    i += cp > 0xffff ? 2 : 1;
  }
  return { wordStarts: Int32Array.from(starts), patterns: new Map() };
}

function patternMatches(text: string, found: TextMatches, re: RegExp, keep: Keep): PatternMatches {
  let pm = found.patterns.get(re);
  if (pm && pm.keep === keep) return pm;
  const starts: number[] = [];
  const ends: number[] = [];
  const lastKept: number[] = [];
  for (const m of text.matchAll(re)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    const k = starts.length - 1;
    lastKept.push(keep(text, m.index, m[0].length) ? k : k > 0 ? lastKept[k - 1]! : -1);
  }
  pm = { keep, starts: Int32Array.from(starts), ends: Int32Array.from(ends), lastKept: Int32Array.from(lastKept) };
  found.patterns.set(re, pm);
  return pm;
}

/** Each pattern's copy for `lastKeptMatch`'s scan (made once, not per call; its `lastIndex` set before each use). */
const copies = new Map<RegExp, RegExp>();
function globalCopy(re: RegExp): RegExp {
  let g = copies.get(re);
  if (!g) copies.set(re, (g = new RegExp(re.source, re.flags)));
  return g;
}

/**
 * The index of the last match of `text.slice(0, at).matchAll(re)` (`re` global, never matching empty) that `keep`
 * accepts on that slice, -1 if none. An attempt starting before the `WORDS + 2`-th word back from `at` reads nothing at
 * or past `at` (its lookbehinds read back, where the slice is the text), so up to there the slice's matches are the whole
 * text's; from there (or the end of the match over it) the slice is read again. A match whose `keep` reads wholly before
 * `at` is answered as on the whole text.
 */
export function lastKeptMatch(text: string, re: RegExp, at: number, keep: Keep): number {
  const cut = Math.min(Math.max(0, at), text.length);
  const found = textMatches(text);
  const { wordStarts } = found;
  const { starts, ends, lastKept } = patternMatches(text, found, re, keep);
  const t = partitionPoint(0, wordStarts.length, (i) => wordStarts[i]! < cut);
  const c = t >= WORDS + 2 ? wordStarts[t - WORDS - 2]! : 0;
  const k0 = partitionPoint(0, starts.length, (i) => starts[i]! < c);
  const before = text.slice(0, cut);
  const g = globalCopy(re);
  g.lastIndex = k0 > 0 ? Math.max(c, ends[k0 - 1]!) : c;
  const tail: [number, number][] = [];
  for (let m = g.exec(before); m; m = g.exec(before)) tail.push([m.index, m[0].length]);
  for (let i = tail.length - 1; i >= 0; i--) if (keep(before, tail[i]![0], tail[i]![1])) return tail[i]![0];
  for (let j = k0 - 1; j >= 0; j--) {
    if (ends[j]! + KEEP_REACH <= cut) return lastKept[j]! >= 0 ? starts[lastKept[j]!]! : -1;
    if (keep(before, starts[j]!, ends[j]! - starts[j]!)) return starts[j]!;
  }
  return -1;
}
