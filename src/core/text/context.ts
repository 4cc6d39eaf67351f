// A bounded window of text around a span: what a mention (or a quote) carries instead of its whole sentence, so the
// output grows linearly with the input however long a "sentence" is (a 40 kB run without a full stop used to be
// copied once per mention in it).
import { isSpaceCode, splitsPair } from './chars.ts';

/** Characters of context around a span, at most (plus the span itself when it is longer than this). */
export const CONTEXT_CHARS = 300;

export interface ContextWindow {
  /** The text of the window: `text.slice(contextStart, contextStart + context.length)`. */
  context: string;
  /** Offset of the window in the text (JS string offsets, like mention offsets). */
  contextStart: number;
}

export interface ContextOptions {
  /** Outer limits the window never crosses, e.g. the sentence; default the whole text. */
  within?: { start: number; end: number };
  /** Maximum window length; default CONTEXT_CHARS. */
  maxChars?: number;
}

/**
 * The window of `text` around `[start, end)`: the span with up to `maxChars` characters around it, split evenly
 * (what one side does not need goes to the other), never outside `within`, cut at a word boundary where one lies
 * within the last fifth of each side, trimmed of spaces, and never splitting a surrogate pair.
 */
export function contextWindow(text: string, start: number, end: number, options: ContextOptions = {}): ContextWindow {
  const max = options.maxChars ?? CONTEXT_CHARS;
  const lo = Math.max(0, Math.min(options.within?.start ?? 0, start));
  const hi = Math.min(text.length, Math.max(options.within?.end ?? text.length, end));
  const spare = Math.max(0, max - (end - start));
  const beforeAvail = start - lo;
  const afterAvail = hi - end;
  let before = Math.min(beforeAvail, Math.floor(spare / 2));
  let after = Math.min(afterAvail, spare - before);
  before = Math.min(beforeAvail, spare - after); // what the right side left over goes to the left

  let from = start - before;
  let to = end + after;
  // Cut at a word boundary when the window had to be cut inside the outer limits.
  if (from > lo) {
    const slack = Math.ceil(before / 5);
    for (let i = from; i < from + slack && i < start; i++)
      if (isSpaceCode(text.charCodeAt(i))) {
        from = i + 1;
        break;
      }
  }
  if (to < hi) {
    const slack = Math.ceil(after / 5);
    for (let i = to - 1; i >= to - slack && i >= end; i--)
      if (isSpaceCode(text.charCodeAt(i))) {
        to = i;
        break;
      }
  }
  if (from < start && splitsPair(text, from)) from++;
  if (to > end && splitsPair(text, to)) to--;
  while (from < start && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > end && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return { context: text.slice(from, to), contextStart: from };
}
