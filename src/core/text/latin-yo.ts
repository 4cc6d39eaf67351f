// Russian ё in Latin copy. Russian data (and so the gazetteer's Russian names) mostly write ё as е, and the Cyrillic
// normal form folds ё into е; Latin copy keeps it as "yo" (Wikipedia, most wires) or "io" ("Artyomovsk",
// "Novosyolovka", "Novosiolovka" for Артемовск, Новоселовка). The Latin counterpart of that fold: "yo"/"io" between
// consonants read as the "e" the е-spelling romanises to.
const YO = /(?<=[bcdfghjklmnpqrstvwxz])[yi]o(?=[bcdfghjklmnpqrstvwxz])/g;
const LATIN = /^[a-z ]+$/;

/** A normalised Latin name with its ё spelled as е, or null when it has none to fold. */
export function yoFolded(normalized: string): string | null {
  if (!LATIN.test(normalized)) return null;
  const folded = normalized.replace(YO, 'e');
  return folded === normalized ? null : folded;
}
