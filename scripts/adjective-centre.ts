// Which settlement a toponymic adjective names ("Краснопільська громада" → Краснопілля, "Запорізький район" →
// Запоріжжя): shared by the builders of the districts layer (scripts/build-theatre-layers.ts, scripts/build-ua-raions.ts).
import { latinFromUkrainian } from '../src/cli/gazetteer/cyrillic-names.ts';

/** Lower-case letters only, so adjectives and names compare by their stems. */
export const letters = (s: string): string => s.toLowerCase().replace(/[^а-яёіїєґ]/g, '');

/** A toponymic adjective's stem: "Краснопільська" → "краснопіл", "Великописарівська" → "великописарів". */
export const adjectiveStem = (adj: string): string =>
  letters(adj)
    .replace(/(ь?ськ|цьк|зьк|ск|цк)(ий|ая|а|ої|ый|ой)$/, '')
    .replace(/ь$/, '')
    .replace(/ян$/, '');

/** A settlement name as it enters a compound adjective: "Велика Писарівка" → "великописарівка". */
export const compoundForm = (name: string): string =>
  name
    .toLowerCase()
    .replace(/(а|я|е|є|ий|ій|ой|ое|ая|ее)[\s-]+/g, (m, end: string) => (end === 'я' || end === 'ій' || end === 'є' ? 'ьо' : 'о'))
    .replace(/[^а-яёіїєґ]/g, '');

export const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** The settlement an adjective names ("Краснопільська" → Краснопілля), when exactly one fits best. */
export function centreOf<T extends { name: string }>(
  adjective: string,
  candidates: readonly T[],
  prefer: (c: T) => number = () => 0,
): T | null {
  // The Ukrainian postal dump names its districts in Latin ("Borivskyi"): compare transliterated names then.
  const latin = /^[A-Za-z'’ -]+$/.test(adjective);
  const stem = latin
    ? adjective
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .replace(/(s|ts|z)(kyi|kiy|kii|ky)$/, '')
    : adjectiveStem(adjective);
  if (stem.length < 3) return null;
  let best: T[] = [];
  let bestScore = 0;
  for (const c of candidates) {
    const form = latin
      ? latinFromUkrainian(compoundForm(c.name))
          .toLowerCase()
          .replace(/[^a-z]/g, '')
      : compoundForm(c.name);
    const p = commonPrefix(stem, form);
    // The stem may lose a letter or two of the name ("ворожб|а", "садк|и" → "садів" does not fit and is left out).
    if (p < Math.max(3, stem.length - 2) || form.length - p > 4) continue;
    const score = p * 10 + prefer(c);
    if (score > bestScore) [best, bestScore] = [[c], score];
    else if (score === bestScore) best.push(c);
  }
  return best.length === 1 ? best[0]! : null;
}
