// A Cyrillic claimant read as the capitalised end of a body whose head stands before it in lower case: "Генеральний
// штаб ЗСУ повідомив" (read "ЗСУ"), "Командування Збройних сил України повідомило" ("України"), "Федеральная служба
// России сообщает" ("России"), "7-й корпус Десантно-штурмових військ ЗСУ повідомив" ("ЗСУ"). The capitalised readings
// stop at the first lower-case word, so the body's head noun and the words that govern the name were cut. Here the
// whole phrase is read back from the name to where the clause begins (the sentence's start or a punctuation mark), when
// it opens with a capital or a numbered unit ("47-й") and holds no function word: after a preposition the words are a
// place or time ("в Запорожской области ВСУ сообщили" keeps "ВСУ"). Only where the name stands right before its verb of
// saying, as its subject's end.
import { withoutOpeningWords } from './claimant.ts';
import { endOfLastMatch, escapeRegExp } from '../text/matches.ts';
import { normalizeName } from '../text/normalize.ts';
import { REPORTING_WORD_CYR } from '../text/saying.ts';
import { STOPWORDS } from '../text/stopwords.ts';

const VERB = REPORTING_WORD_CYR;
/** At most this many words before the name (a head, its adjectives, a genitive chain). */
const MOST_WORDS = 5;
const WORD = /^(?:[\p{L}][\p{L}'’-]*|\d+-\p{L}{1,3})$/u;
const OPENS = /^(?:\p{Lu}|\d)/u;
/** A name that a head can govern: an abbreviation ("ЗСУ", "РФ") or a genitive in -и/-ї/-ы ("України", "России"); a
 * nominative name is a subject of its own ("Вчора ввечері Зеленський заявив"). */
const GOVERNED = /^(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+[иїы])$/u;
/** A stump compound is a head of its own, in the nominative ("Міноборони", "Минобороны", "Держприкордонслужба"). */
const STUMP = /^(?:Мін|Мин|Ген|Держ|Гос)\p{Ll}/u;
/** A punctuation mark that ends the clause before the name. */
const CLAUSE_MARK = /[,;:.«»"–—()]/gu;

/** `name` with the words of its body before it, or `name` as read. */
export function withHeadBefore(sentence: string, name: string): string {
  // (every word of the name governed: "ДНР Денис Пушилин" is a person, read by office-speaker.ts)
  if (!name.split(/\s+/u).every((w) => GOVERNED.test(w) && !STUMP.test(w))) return name;
  const m = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}\s+${VERB}`, 'u').exec(sentence);
  if (!m) return name;
  // (the clause before the name: from the last punctuation mark or the sentence's start)
  const before = sentence.slice(0, m.index);
  const clause = before.slice(Math.max(0, endOfLastMatch(before, CLAUSE_MARK)));
  // (a sentence adverb opening the clause is no part of the body: "Ранее", "Нещодавно")
  const words = withoutOpeningWords(clause.trim()).split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MOST_WORDS || !OPENS.test(words[0]!)) return name;
  if (!words.every((w) => WORD.test(w) && !STOPWORDS.has(normalizeName(w)))) return name;
  // (a lower-case word is what the capitals cut: without one the name was read whole)
  if (!words.some((w) => /^\p{Ll}/u.test(w))) return name;
  return `${words.join(' ')} ${name}`;
}
