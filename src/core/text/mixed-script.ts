// Letters of the other script drawn alike. Copied quotes and some outlets' copy mix Latin a, c, e, i, o, p, x, y into
// Cyrillic words ("Алeксандрополь", "Донeцкой" with a Latin e), and Ukrainian keyboards put a Cyrillic і or а into
// English words ("Dnіpropetrovsk"): they look the same and match nothing in the gazetteer. Each such letter is
// replaced by its twin in the word's own script for matching only. A letter and its twin are one UTF-16 code unit
// each, so every offset into the folded text is an offset into the original.
import { hasCyrillic } from './cyrillic.ts';

/** Latin letters and the Cyrillic letters they are drawn like. Latin i is Ukrainian і (Russian has no dotted i). */
const TWIN: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
};

/** The same pairs read the other way: the Latin letter each Cyrillic look-alike stands for. */
const LATIN_TWIN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TWIN).map(([l, c]) => [c, l]));

const WORD = /\p{L}+/gu;
const LATIN = /[A-Za-z]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The text with the look-alikes of every word written in the script of most of its letters (Latin letters of a mostly
 * Cyrillic word in Cyrillic, Cyrillic letters of a mostly Latin word in Latin); the same length, and the very same
 * string when there are none. A word with a letter that has no twin ("БрянскToday": d), or with as many letters of one
 * script as of the other, is left as it is: it is a name written in two scripts, not a misspelt one. */
export function foldMixedScript(text: string): string {
  if (!hasCyrillic(text) || !LATIN.test(text)) return text;
  return text.replace(WORD, (w) => {
    if (!LATIN.test(w) || !hasCyrillic(w)) return w;
    return foldMinority(w, LATIN, TWIN) ?? foldMinority(w, CYRILLIC, LATIN_TWIN) ?? w;
  });
}

/** The word with its letters of one script (`minority`) replaced by their twins, when they are fewer than half its
 * letters and each has a twin; else null. */
function foldMinority(w: string, minority: RegExp, twins: Readonly<Record<string, string>>): string | null {
  let out = '';
  let count = 0;
  for (const c of w) {
    if (minority.test(c)) {
      count++;
      const twin = twins[c];
      if (!twin) return null;
      out += twin;
    } else out += c;
  }
  return 2 * count < w.length ? out : null;
}
