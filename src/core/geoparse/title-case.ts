// "Ukraine Withdraws from Village Near Avdiivka", "First Liberated Villages of Major Counteroffensive": an English
// headline in title case capitalises every word, so a capital after "village(s) (of)" there is no sign of a name. A word
// the article's own prose writes in lower case ("near", "counteroffensive", "in") is a common word, not an unknown
// village's name nor part of one.
import type { Span } from '../text/sentences.ts';

/** Words of five letters or more: title case leaves short prepositions in lower case ("from", "with", "into"). */
const WORD = /[A-Za-z][A-Za-z'’-]{4,}/g;

/** Whether the span is a title-case line: at least three words of five letters or more, every one capitalised. */
export function isTitleCase(text: string, span: Span): boolean {
  const words = text.slice(span.start, span.end).match(WORD) ?? [];
  return words.length >= 3 && words.every((w) => /^[A-Z]/.test(w));
}

/** Whether any of the words is written in lower case somewhere in the text (a common word). */
export function writtenLowerCase(text: string, words: readonly string[]): boolean {
  return words.some((w) => /^[A-Z][a-z]+$/.test(w) && new RegExp(`(?<![A-Za-z])${w.toLowerCase()}(?![A-Za-z])`).test(text));
}
