// Per-text indexes for the checks claims/period.ts makes for every figure beside every time phrase of its sentence:
// "the next comma at or after i", "the last bracket before i", "the first match of a pattern between a figure and a
// phrase". Read by scanning the gap each time, a sentence of many figures and dates with no end was worse than quadratic
// (round 47, bench/HISTORY.md). Each index is built once per text, on first use, and answers in O(1) or O(log n).
import { partitionPoint } from '../partition-point.ts';
import { splitsPair } from '../text/chars.ts';

/** Indexes of one text, built lazily. */
interface TextIndex {
  text: string;
  next: Map<string, Int32Array>;
  prev: Map<string, Int32Array>;
  hits: Map<RegExp, Int32Array>;
}

const indexes = new WeakMap<object, TextIndex>();

function indexOf(owner: object, text: string): TextIndex {
  let ix = indexes.get(owner);
  if (!ix || ix.text !== text) indexes.set(owner, (ix = { text, next: new Map(), prev: new Map(), hits: new Map() }));
  return ix;
}

/** A class of characters, by name: what `nextIn` and `prevIn` look for. */
const CLASSES: Record<string, (c: string) => boolean> = {
  ',;': (c) => c === ',' || c === ';',
  ',;(': (c) => c === ',' || c === ';' || c === '(',
  '(': (c) => c === '(',
  '()': (c) => c === '(' || c === ')',
  break: (c) => c === ',' || c === ';' || c === ':' || c === '—' || c === '–',
  ',;:()—–': (c) => ',;:()—–'.includes(c),
  ')': (c) => c === ')',
  newline: (c) => c === '\n',
  '.\n': (c) => c === '.' || c === '\n',
  '.,;:!?': (c) => '.,;:!?'.includes(c),
  // (a code unit of a surrogate pair is half a code point: never told a non-letter)
  nonletter: (c) => (c < '\ud800' || c > '\udfff') && /\P{L}/u.test(c),
  digit: (c) => c >= '0' && c <= '9',
  nonspace: (c) => !/\s/u.test(c),
  space: (c) => /\s/u.test(c),
};
export type CharClass = keyof typeof CLASSES;

/** The first index at or after `i` whose character is of `cls`; the text's length if none. */
export function nextIn(owner: object, text: string, cls: CharClass, i: number): number {
  const ix = indexOf(owner, text);
  let at = ix.next.get(cls);
  if (!at) {
    const is = CLASSES[cls]!;
    at = new Int32Array(text.length + 1);
    at[text.length] = text.length;
    for (let k = text.length - 1; k >= 0; k--) at[k] = is(text[k]!) ? k : at[k + 1]!;
    ix.next.set(cls, at);
  }
  return i >= text.length ? text.length : at[Math.max(0, i)]!;
}

/** The last index before `i` whose character is of `cls`; -1 if none. */
export function prevIn(owner: object, text: string, cls: CharClass, i: number): number {
  const ix = indexOf(owner, text);
  let at = ix.prev.get(cls);
  if (!at) {
    const is = CLASSES[cls]!;
    at = new Int32Array(text.length + 1);
    at[0] = -1;
    for (let k = 1; k <= text.length; k++) at[k] = is(text[k - 1]!) ? k - 1 : at[k - 1]!;
    ix.prev.set(cls, at);
  }
  return i <= 0 ? -1 : at[Math.min(i, text.length)]!;
}

/** Every index of `text` where an attempt of `re` succeeds (not only the non-overlapping matches), in order. */
function successes(ix: TextIndex, re: RegExp): Int32Array {
  let at = ix.hits.get(re);
  if (!at) {
    const all = new RegExp(re.source, re.flags.replace(/[gy]/gu, '') + 'g');
    const found: number[] = [];
    for (let m = all.exec(ix.text); m; m = all.exec(ix.text)) {
      found.push(m.index);
      all.lastIndex = m.index + ((ix.text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
    ix.hits.set(re, (at = Int32Array.from(found)));
  }
  return at;
}

/** The first index at or after `i` where an attempt of `re` succeeds on the whole text (indexed once), -1 if none. */
export function firstSuccess(owner: object, text: string, re: RegExp, i: number): number {
  return successFrom(successes(indexOf(owner, text), re), i);
}

/** The first success at or after `i`, or -1. */
function successFrom(hits: Int32Array, i: number): number {
  const lo = partitionPoint(0, hits.length, (k) => hits[k]! < i);
  return lo < hits.length ? hits[lo]! : -1;
}

/** Each pattern's copies with the global or the sticky flag (made once: the look-ups run per figure). */
const flagged = new Map<RegExp, { g?: RegExp; y?: RegExp }>();
function withFlag(re: RegExp, flag: 'g' | 'y'): RegExp {
  let copies = flagged.get(re);
  if (!copies) flagged.set(re, (copies = {}));
  return (copies[flag] ??= new RegExp(re.source, re.flags.replace(/[gy]/gu, '') + flag));
}

/**
 * `re.exec(text.slice(a, b))?.index` as an article offset (-1 for no match), without reading the gap: for `re` with no
 * `^`/`$` whose answer at a position depends on at most `reach` characters after it (and one code point before it).
 * Inside the slice, at least two characters from its start and `reach` from its end, an attempt succeeds exactly where it
 * does in the whole text (indexed once); the two ends, where the slice's edges change lookbehinds and lookaheads, are
 * read as the slice itself.
 */
export function firstMatch(owner: object, text: string, re: RegExp, reach: number, a: number, b: number): number {
  const g = withFlag(re, 'g');
  if (b - a <= 2 * reach + 4) {
    g.lastIndex = 0;
    const m = g.exec(text.slice(a, b));
    return m ? a + m.index : -1;
  }
  g.lastIndex = 0;
  const head = g.exec(text.slice(a, a + 2 + reach));
  if (head && head.index < 2) return a + head.index;
  const tail = b - reach;
  const j = successFrom(successes(indexOf(owner, text), re), a + 2);
  if (j >= 0 && j < tail) return j;
  // (the tail from a code point's start: a position inside a surrogate pair is never tried)
  let from = tail;
  if (splitsPair(text, from)) from--;
  g.lastIndex = from - a;
  const m = g.exec(text.slice(a, b));
  return m ? a + m.index : -1;
}

/**
 * Where to cut `text.slice(a, b)` for a pattern anchored at its end (`$`) whose every match starts on a character not of
 * `cls` and holds fewer than `count` of them (claims/area.ts: a verb and a few words before a figure): from the
 * `count`-th character of `cls` back from `b` (or `a`). Every match lies after it and sees it as the character before,
 * so the cut end matches as the whole slice does, read in O(count) look-ups, not the whole gap.
 */
export function tailStart(owner: object, text: string, cls: CharClass, count: number, a: number, b: number): number {
  let s = b;
  for (let n = 0; n < count && s >= a; n++) s = prevIn(owner, text, cls, s);
  return Math.max(a, s);
}

/**
 * `re.exec(text.slice(i))?.index` as an offset of `text` (-1 for no match), without reading the rest: for `re` with no
 * `^`/`$` whose lookbehinds read at most one code point before an attempt (any length after it). From two characters
 * after `i` an attempt succeeds exactly where it does in the whole text (indexed once); the two before are tried on the
 * slice (claims/area.ts: the rest of a sentence after each of its figures).
 */
export function firstFrom(owner: object, text: string, re: RegExp, i: number): number {
  const rest = text.slice(i);
  const y = withFlag(re, 'y');
  for (let k = 0; k < 2 && k <= rest.length; k++) {
    // (never inside a surrogate pair, as a scan of the slice steps over it)
    if (k === 1 && splitsPair(rest, 1)) continue;
    y.lastIndex = k;
    if (y.test(rest)) return i + k;
  }
  return successFrom(successes(indexOf(owner, text), re), i + 2);
}

/**
 * `re.exec(text.slice(a, b))`, its match as the slice gives it and `at` its article offset (null for none), without
 * reading the whole gap: for `re` with no `^`/`$` whose lookbehinds read at most one code point before an attempt and
 * whose every attempt stops by the `spaces`-th white-space character from its start (each `\s` of it reads one, nothing
 * else of it reads a blank: a match holds fewer). An attempt starting before the `spaces`-th blank back from `b` reads
 * nothing at or past `b`, so from two characters after `a` it succeeds exactly where it does in the whole text (indexed
 * once); the first two and those from that blank on are tried on the slice (claims/anaphora.ts: a clause up to a figure).
 */
export function execBySpaces(
  owner: object,
  text: string,
  re: RegExp,
  spaces: number,
  a: number,
  b: number,
): { at: number; match: RegExpExecArray } | null {
  const slice = text.slice(a, b);
  const y = withFlag(re, 'y');
  const tryAt = (k: number): { at: number; match: RegExpExecArray } | null => {
    y.lastIndex = k;
    const match = y.exec(slice);
    return match ? { at: a + k, match } : null;
  };
  for (let k = 0; k < 2 && k <= slice.length; k++) {
    // (never inside a surrogate pair, as a scan of the slice steps over it)
    if (k === 1 && splitsPair(slice, 1)) continue;
    const found = tryAt(k);
    if (found) return found;
  }
  const tail = tailStart(owner, text, 'space', spaces, a, b);
  const j = successFrom(successes(indexOf(owner, text), re), a + 2);
  if (j >= 0 && j < tail) return tryAt(j - a);
  const g = withFlag(re, 'g');
  g.lastIndex = Math.max(2, tail - a);
  const m = g.exec(slice);
  return m ? { at: a + m.index, match: m } : null;
}

/**
 * The article offset of the last match `text.slice(a, b).matchAll(re)` gives (its non-overlapping matches from the
 * slice's start), -1 if none, without reading the whole gap: for `re` as `execBySpaces` takes it, never matching empty.
 * Attempts before the `spaces`-th blank back from `b` succeed where the whole text's index says (from two characters
 * after `a`), each match's length read where it stands; the scan goes on over the slice from that blank (claims/
 * comparison-term.ts: a clause up to each of its time phrases).
 */
export function lastMatchBySpaces(owner: object, text: string, re: RegExp, spaces: number, a: number, b: number): number {
  const slice = text.slice(a, b);
  const y = withFlag(re, 'y');
  const tail = tailStart(owner, text, 'space', spaces, a, b);
  const hits = successes(indexOf(owner, text), re);
  let last = -1;
  let pos = a;
  while (pos < tail) {
    let at = pos;
    if (pos >= a + 2) {
      at = successFrom(hits, pos);
      if (at < 0 || at >= tail) break;
    } else if (pos === a + 1 && splitsPair(slice, 1)) {
      pos++; // (never inside a surrogate pair, as a scan of the slice steps over it)
      continue;
    }
    y.lastIndex = at - a;
    const m = y.exec(slice);
    if (m) {
      last = at;
      pos = at + m[0].length;
    } else pos++; // (only before a + 2: further on, `at` is a success)
  }
  const g = withFlag(re, 'g');
  g.lastIndex = Math.max(pos, tail) - a;
  for (let m = g.exec(slice); m; m = g.exec(slice)) last = a + m.index;
  return last;
}

/**
 * Whether `re` (no `^`/`$`, lookbehinds reading at most one code point before an attempt) matches in `text.slice(a, b)`,
 * given `tail`: the caller's bound, before which no attempt reads at or past `b`. Attempts from two characters after
 * `a` up to `tail` succeed where the whole text's index says; the first two and those from `tail` on are tried on the
 * slice (claims/daily-rate.ts: a clause up to each of its counts).
 */
export function matchesBefore(owner: object, text: string, re: RegExp, tail: number, a: number, b: number): boolean {
  const slice = text.slice(a, b);
  const y = withFlag(re, 'y');
  for (let k = 0; k < 2 && k <= slice.length; k++) {
    if (k === 1 && splitsPair(slice, 1)) continue;
    y.lastIndex = k;
    if (y.test(slice)) return true;
  }
  const j = successFrom(successes(indexOf(owner, text), re), a + 2);
  if (j >= 0 && j < tail) return true;
  const g = withFlag(re, 'g');
  g.lastIndex = Math.max(2, tail - a);
  const found = g.test(slice);
  g.lastIndex = 0;
  return found;
}
