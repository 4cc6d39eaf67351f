// Ukrainian and Russian inflect place names ("в Курській області", "біля Суджі"); the gazetteer holds the
// nominative. These are the nominative forms a word may stand for, from the common case endings.
const ENDINGS: [string, string][] = [
  ['ської', 'ська'], ['ській', 'ська'], ['ською', 'ська'], ['ську', 'ська'],
  ['ской', 'ская'], ['скую', 'ская'], ['ского', 'ский'], ['ском', 'ский'],
  ['області', 'область'], ['областю', 'область'], ['области', 'область'], ['областью', 'область'],
  ['ою', 'а'], ['ей', 'я'], ['ії', 'ія'], ['ію', 'ія'], ['ии', 'ия'], ['ию', 'ия'],
  ['і', 'а'], ['и', 'а'], ['у', 'а'], ['е', 'а'], ['ю', 'я'], ['ові', ''], ['ом', ''], ['а', ''], ['і', ''], ['у', ''], ['е', 'о'],
];
const CYRILLIC = /[\u0400-\u04ff]/;

export const hasCyrillic = (s: string): boolean => CYRILLIC.test(s);

/** Candidate nominatives of one word, most specific ending first; the word itself is not included. */
export function nominativesOf(word: string): string[] {
  if (!hasCyrillic(word) || word.length < 4) return [];
  const out: string[] = [];
  // Whole-word forms ("області" → "область") may replace all; endings need a stem of three letters.
  for (const [end, nom] of ENDINGS) if (word.endsWith(end) && word.length - end.length >= (nom.length >= 4 ? 0 : 3)) out.push(word.slice(0, -end.length) + nom);
  return [...new Set(out)];
}

/** All nominative readings of a phrase (each word varied independently, at most 16 readings). */
export function phraseNominatives(words: readonly string[]): string[] {
  let readings: string[][] = [[]];
  for (const w of words) {
    const forms = [w, ...nominativesOf(w)];
    readings = readings.flatMap((r) => forms.map((f) => [...r, f])).slice(0, 16);
  }
  return readings.map((r) => r.join(' ')).filter((r) => r !== words.join(' '));
}
