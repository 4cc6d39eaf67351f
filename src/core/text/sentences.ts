// Sentence spans for quotes and context. Simple rules suffice for news prose: a stop followed by space and a capital,
// or a line break; abbreviations such as "U.S." and initials do not end a sentence, nor does a hard line break inside
// a sentence that goes on in lower case.
import { isSpaceCode } from './chars.ts';

export interface Span {
  start: number;
  end: number;
}

/** Digits, the abbreviated "thousand", then one to three digits standing alone (numbers.ts reads them as one number). */
const THOUSANDS_THEN_HUNDREDS = /\d\s(?:тыс|тис)\.\s\d{1,3}(?![\d.,]?\d)/u;
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/u;
// The Russian and Ukrainian settlement abbreviations before a name ("н.п. X", "с. X", "пос. X", "пгт X", "х. X")
const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Sgt|St|Jr|Sr|No|vs|etc|approx|Rbs|sq|km|U\.S|U\.K|U\.N|e\.g|i\.e)|\b\p{Lu}|(?<!\p{L})(?:н\.\s?п|нп|с|сел|пос|п|пгт|смт|х|хут|сл|д|дер|ст|м|г|р-н))\.$/u;
/** Where a sentence may end; the scan jumps from one to the next. */
const BREAKS = /[\n.!?]/g;
const CLOSERS = '"”’»)]';
const NEXT_START = /[\p{Lu}\p{N}"“‘«(\[]/u;

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** A line that ends a sentence, a list item or a label: a stop, ';' or ':' before any closing quotes. */
const LINE_CLOSED = /[.!?;:][\s"”’»)\]]*$/u;
const ELLIPSIS_END = /(?:…|\.\.\.)[\s"”’»)\]]*$/u;
/** A label line ("Фото: …", "Photo: …") or a list item ("- …", "• …", "1) …") stays one sentence. */
const LINE_OF_ITS_OWN = /^\s*(?:\p{Lu}\p{L}*:|[-–—•*·]\s|\d{1,2}[.)]\s)/u;

/** Where the text after the line break at `i` goes on: the first non-space offset, or -1 when the break ends the
 * sentence. A hard-wrapped line ("начали штурм\nгорода X") goes on when the next line starts in lower case and the
 * line does not close itself; a blank line, a headline, a dateline or a list item stays a sentence. An ellipsis that
 * trails off into a lower-case line ("Hrabovske,...\n\nauthorities say") goes on even over a blank line. */
function continuationAfterBreak(text: string, i: number): number {
  // The blank line is told first: each break of a run of blank lines would else walk the rest of the run.
  const line = text.slice(text.lastIndexOf('\n', i - 1) + 1, i);
  if (!/\S/.test(line)) return -1;
  let k = i + 1;
  let blankLine = false;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) {
    if (text[k] === '\n') blankLine = true;
    k++;
  }
  if (k >= text.length || !/\p{Ll}/u.test(text[k]!)) return -1;
  if (ELLIPSIS_END.test(line)) return k;
  if (blankLine || LINE_CLOSED.test(line) || LINE_OF_ITS_OWN.test(line)) return -1;
  return k;
}

/** A Cyrillic sentence a writer began in lower case after a full word and its stop ("лишились 420 человек. на
 * остальных направлениях"): the word before the stop is too long for an abbreviation ("тыс. человек", "обл. центр"). */
const FULL_CYRILLIC_WORD_END = /(?<![\p{L}-])[а-яіїєґё]{5,}$/u;
const lowerCaseCyrillicStart = (text: string, stop: number, next: number): boolean =>
  next === stop + 2 &&
  /[а-яіїєґё]/u.test(text[next]!) &&
  FULL_CYRILLIC_WORD_END.test(text.slice(Math.max(0, stop - 12), stop)) &&
  /[а-яіїєґё]/u.test(text[stop - 1]!);

/** The straight double quotes in text[from, to). */
function quoteCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('"', from); k >= 0 && k < to; k = text.indexOf('"', k + 1)) n++;
  return n;
}

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  BREAKS.lastIndex = 0;
  for (let m = BREAKS.exec(text); m; m = BREAKS.exec(text)) {
    const i = m.index;
    const ch = text[i]!;
    if (ch === '\n') {
      const next = continuationAfterBreak(text, i);
      if (next >= 0) {
        BREAKS.lastIndex = next;
        continue;
      }
      push(i);
      start = i + 1;
      continue;
    }
    // A stop ends a sentence when closing quotes or brackets, then spaces, then a capital, digit or opening quote follow.
    let j = i + 1;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    if (j < text.length && !isBlank(text.charCodeAt(j))) {
      // 'encircled."The High Command …': paragraphs run together with no space, a straight quote between a word's stop
      // and a capitalised word; the quote closes the sentence when the sentence holds an odd number of them, else opens
      // the next
      if (ch !== '.' || text[j - 1] !== '"' || !/\p{Ll}/u.test(text[i - 1] ?? '') || !/^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2))) continue;
      const end = quoteCount(text, start, i) % 2 === 1 ? j : j - 1;
      push(end);
      start = end;
      BREAKS.lastIndex = j;
      continue;
    }
    let k = j;
    while (k < text.length && isBlank(text.charCodeAt(k))) k++;
    if (k < text.length && !NEXT_START.test(text[k]!) && !(ch === '.' && lowerCaseCyrillicStart(text, i, k))) continue;
    if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    // "Feb. 24, 2022": an abbreviated month before a day is a date, not a sentence's end.
    if (ch === '.' && /\d/.test(text[k] ?? '') && MONTH_ABBREVIATION.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    // "26 тыс. 550 солдат": thousands, then the hundreds written after their word, is one number.
    if (ch === '.' && THOUSANDS_THEN_HUNDREDS.test(text.slice(Math.max(0, i - 8), k + 5))) continue;
    push(j);
    start = j;
    BREAKS.lastIndex = j;
  }
  push(text.length);
  return spans;
}

/** The span containing offset `at` (binary search over sorted spans). */
export function spanAt(spans: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** For each span, whether `re` matches inside it: one scan of the text instead of one regex run per span. `re` must be
 * global, and its matches must hold no whitespace and need no context (no anchors, \b or lookaround), so a match in a
 * span's own text is exactly a match found here that lies inside the span. */
export function spansMatching(text: string, spans: readonly Span[], re: RegExp): Uint8Array {
  const hit = new Uint8Array(spans.length);
  let k = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && k < spans.length; m = re.exec(text)) {
    const end = m.index + m[0].length;
    while (k < spans.length && spans[k]!.end < end) k++;
    if (k < spans.length && spans[k]!.start <= m.index) {
      hit[k] = 1;
      if (re.lastIndex < spans[k]!.end) re.lastIndex = spans[k]!.end; // the rest of this span can tell nothing new
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return hit;
}
