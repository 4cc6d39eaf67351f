// Latin letters inside Cyrillic words. Copied quotes and some outlets' copy mix Latin a, c, e, i, o, p, x, y into
// Cyrillic words ("Алeксандрополь", "Донeцкой" with a Latin e): they look the same and match nothing in the gazetteer.
// Each such letter is replaced by its Cyrillic twin for matching only. A Latin letter and its twin are one UTF-16
// code unit each, so every offset into the folded text is an offset into the original.
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

const WORD = /\p{L}+/gu;
const LATIN = /[A-Za-z]/;

/** The text with the Latin look-alikes of every mostly Cyrillic word written in Cyrillic; the same length, and the very
 * same string when there are none. A word with a Latin letter that has no Cyrillic twin ("БрянскToday": d), or with as
 * many Latin letters as Cyrillic ones, is left as it is: it is a name written in two scripts, not a misspelt one. */
export function foldMixedScript(text: string): string {
  if (!hasCyrillic(text) || !LATIN.test(text)) return text;
  return text.replace(WORD, (w) => {
    if (!LATIN.test(w) || !hasCyrillic(w)) return w;
    let out = '';
    let latin = 0;
    for (const c of w) {
      if (LATIN.test(c)) {
        latin++;
        const twin = TWIN[c];
        if (!twin) return w;
        out += twin;
      } else out += c;
    }
    return 2 * latin < w.length ? out : w;
  });
}
