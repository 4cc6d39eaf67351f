// One normal form for names, so "Plyokhovo", "Plëkhovo" and "Плёхово"/"Плехово" meet in the gazetteer index.
const APOSTROPHES = /['’ʼ`´ʹ]/g;
const DASHES = /[-‐‑‒–—]/g;

export function normalizeName(s: string): string {
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
