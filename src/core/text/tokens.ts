// Word tokens with JS string offsets. Hyphens and apostrophes inside a word keep it whole ("Jong-un", "Ryl'sk", "Il-76").
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Ukrainian copy also writes the apostrophe as a left quote between Cyrillic letters ("Дар‘ївської"); in Latin text
// that glyph opens a quotation, so it joins Cyrillic letters only.
// A combining mark (the stress accent of encyclopaedia copy: "Малі́ївка", "Су́мска́я") is part of its word, not a break.
const WORD =
  /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’ʼ.]|(?<=\p{Script=Cyrillic}\p{M}*)‘(?=\p{Script=Cyrillic}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const glued = GLUED_SETTLEMENT_ABBREVIATION.exec(m[0]);
    if (glued) {
      // "с.Гранів", "смт.Дворічна": the settlement-type abbreviation and the name are two words.
      const cut = m.index + glued[1]!.length;
      tokens.push({ text: glued[1]!, start: m.index, end: cut }, { text: glued[2]!, start: cut + 1, end: m.index + m[0].length });
    } else tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** A settlement-type abbreviation written without a space before the capitalised name (с., м., смт., сел., с-ще., пгт.). */
const GLUED_SETTLEMENT_ABBREVIATION = /^(с|м|смт|сел|сщ|с-ще|пгт|г|п|х|д)\.(\p{Lu}[\p{L}\p{N}'’ʼ-]*)$/u;

const UPPER_FIRST = /^\p{Lu}/u;
const NUMERIC = /\p{N}/u;

// Called for every token: ASCII is decided from char codes, anything else by the Unicode regex.
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_FIRST.test(word);
}
export const isAllCaps = (word: string): boolean => /^\p{Lu}[\p{Lu}\p{N}.]+$/u.test(word);
export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
    if (c >= 0x80) return NUMERIC.test(word);
  }
  return false;
}
