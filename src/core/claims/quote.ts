// Quotes kept bounded: the words around a figure, not a whole paragraph that happens to have no full stop.
// A stand-in for the shared bounded-context helper (src/core/text/context.ts) until it lands: same shape, one call.
import { splitsPair } from '../text/chars.ts';
import type { Span } from '../text/sentences.ts';

/** Longest quote kept, in characters, before the ellipses. */
export const QUOTE_MAX = 320;

/** The sentence around [start, end), cut to at most `max` characters at word boundaries, centred on the figure, with
 * "…" where it was cut. */
export function boundedQuote(text: string, sentence: Span, start: number, end: number, max = QUOTE_MAX): string {
  if (sentence.end - sentence.start <= max) return text.slice(sentence.start, sentence.end);
  const room = Math.max(0, max - (end - start));
  let from = Math.max(sentence.start, start - Math.floor(room / 2));
  let to = Math.min(sentence.end, from + Math.max(max, end - from));
  from = Math.max(sentence.start, Math.min(from, to - max));
  // Move inwards to whole words.
  if (from > sentence.start) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < sentence.end) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  // never between the halves of an emoji: lone halves cannot be written as UTF-8
  if (from < start && splitsPair(text, from)) from++;
  if (to > end && splitsPair(text, to)) to--;
  return `${from > sentence.start ? '…' : ''}${text.slice(from, to).trim()}${to < sentence.end ? '…' : ''}`;
}
