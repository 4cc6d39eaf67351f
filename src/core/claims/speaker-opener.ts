// A speaker read from the capitalised words before a verb of saying may begin with a word capitalised only because it
// opens the sentence: a sentence adverb or conjunction ("Ранее генерал заявил" → "Ранее", "Также Минобороны России
// сообщило", "Earlier Zelensky said"), or a bare noun of office before its lower-case complement ("Глава администрации
// заявил" → "Глава"). Such a word is no name: it is dropped, and a reading left with nothing is no one's. Read with
// closed classes only: the events' opening words (events/claimant.ts), the Cyrillic nouns of office (office-words.ts)
// and the Ukrainian and Russian function words (stopwords.ts), and only at the sentence's start, where a capital says
// nothing about a name.
import { claimantSideOf } from '../events/actor.ts';
import { withoutOpeningWords } from '../events/claimant.ts';
import { OFFICE_CYR } from '../events/office-words.ts';
import { normalizeName } from '../text/normalize.ts';
import { STOPWORDS } from '../text/stopwords.ts';

const BARE_OFFICE = new RegExp(String.raw`^${OFFICE_CYR}$`, 'u');
/** A Cyrillic word capitalised as a sentence's first word is: one capital, then lower case (not "МВД", "ЗСУ"). */
const CAPITALISED_CYR = /^[А-ЯЁІЇЄҐ][а-яёіїєґ’'-]*$/u;
/** A capitalised function word ("Также", "Тогда", "Однако"): not an office ("Голова", the Russian "head", is the
 * Ukrainian chair) nor a word that names a side ("Россия", "Москва" are in the Russian list). */
const functionWord = (w: string): boolean =>
  CAPITALISED_CYR.test(w) && STOPWORDS.has(normalizeName(w)) && !BARE_OFFICE.test(w) && claimantSideOf(w, null) === null;

/** Whether `who` is where the sentence's first word is (after quotes, dashes and spaces). */
function opensSentence(who: string, sentence: string): boolean {
  const at = sentence.search(/\p{L}/u);
  return at >= 0 && sentence.startsWith(who, at);
}

/** `who`, read from `sentence`, without the words before its name that only the sentence's start capitalised; null when
 * none of it is a name. A reading inside the sentence is returned as it is. */
export function withoutSentenceOpener(who: string, sentence: string): string | null {
  if (!opensSentence(who, sentence)) return who;
  const words = withoutOpeningWords(who).split(/\s+/u).filter(Boolean);
  while (words.length > 1 && functionWord(words[0]!)) words.shift();
  if (words.length === 0) return null;
  if (words.length === 1 && (functionWord(words[0]!) || BARE_OFFICE.test(words[0]!))) return null;
  return words.join(' ');
}
