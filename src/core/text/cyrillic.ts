// Cyrillic script test. (Case forms of Ukrainian and Russian names are generated into the gazetteer index by
// declension.ts; nothing is read back to a nominative at spotting time.)
const CYRILLIC = /[\u0400-\u04ff]/;

export const hasCyrillic = (s: string): boolean => CYRILLIC.test(s);
