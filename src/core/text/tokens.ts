// Word tokens with JS string offsets. Hyphens and apostrophes inside a word keep it whole ("Jong-un", "Ryl'sk", "Il-76").
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’ʼ.][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAllCaps = (word: string): boolean => /^\p{Lu}[\p{Lu}\p{N}.]+$/u.test(word);
export const hasDigit = (word: string): boolean => /\p{N}/u.test(word);
