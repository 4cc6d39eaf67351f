// Whether a single word names a day or a time of day ("вчора", "сьогодні", "вранці", "сегодня"), as chrono-node (the
// core's date reader) reads it: a word of time ends a speaker's body and is never a source's name.
import * as chrono from 'chrono-node';

/** A word chrono-node reads as a day or a time of day in Ukrainian or Russian. */
export function isTimeWord(word: string): boolean {
  return chrono.uk.parse(word).length > 0 || chrono.ru.parse(word).length > 0;
}
