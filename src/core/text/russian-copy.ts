// Whether a text is Russian copy: Russian-only letters (ы, э, ъ, ё) outnumber the Ukrainian-only ones (і, ї, є, ґ).
// A Ukrainian text quotes a Russian name now and then, and a Russian one a Ukrainian name, but not more than its own.
const RUSSIAN_ONLY = /[ыэъё]/giu;
const UKRAINIAN_ONLY = /[іїєґ]/giu;

export const isRussianCopy = (text: string): boolean => (text.match(RUSSIAN_ONLY)?.length ?? 0) > (text.match(UKRAINIAN_ONLY)?.length ?? 0);
