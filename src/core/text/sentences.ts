// Sentence spans for quotes and context. Simple rules suffice for news prose: a stop followed by space and a capital,
// or a line break; abbreviations such as "U.S." and initials do not end a sentence.
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Sgt|St|Jr|Sr|No|vs|etc|approx|Rbs|sq|km|U\.S|U\.K|U\.N|e\.g|i\.e)|\b\p{Lu})\.$/u;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
    } else if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && /["”’»)\]]/.test(text[j]!)) j++;
      if (j < text.length && !/[ \t]/.test(text[j]!)) continue;
      let k = j;
      while (k < text.length && /[ \t]/.test(text[k]!)) k++;
      if (k < text.length && !/[\p{Lu}\p{N}"“‘«(\[]/u.test(text[k]!)) continue;
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
      push(j);
      start = j;
      i = j - 1;
    }
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
