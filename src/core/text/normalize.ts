// One normal form for names, so "Plyokhovo", "Plëkhovo" and "Плёхово"/"Плехово" meet in the gazetteer index.
const APOSTROPHES = /['’‘ʼ`´ʹ]/g;
const DASHES = /[-‐‑‒–—]/g;

export function normalizeName(s: string): string {
  if (isPlainAscii(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // strip accents: ё→е, ë→e, й→и (both sides alike)
    .replace(APOSTROPHES, '')
    .replace(DASHES, ' ')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** ASCII letters and digits in words separated by single spaces: already normal but for case (most tokens and names). */
function isPlainAscii(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    if (!alnum && !(c === 0x20 && i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) !== 0x20)) return false;
  }
  return true;
}
