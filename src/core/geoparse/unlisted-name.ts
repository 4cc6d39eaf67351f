// The name of a settlement no layer knows, which the text put at a neighbour, district or region: one function, so
// its place feature (pipeline/places.ts) and its control events (events/extract.ts) call it by the same name.
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { lemmaOf } from '../text/nominative.ts';
import { normalizeName } from '../text/normalize.ts';

/** The nominative its spellings decline from ("біля Далекого" → Далеке; Ukrainian first inside Ukraine when the
 * letters allow both, a name the gazetteer knows elsewhere first), else its shortest spelling. */
export function unlistedSettlementName(spellings: readonly string[], country: string, gazetteer: Gazetteer): string {
  const isName = (n: string): boolean => {
    const lower = n.toLowerCase();
    return gazetteer.lookup(normalizeName(n)).some((e) => e.ru?.toLowerCase() === lower || e.uk?.toLowerCase() === lower);
  };
  return lemmaOf(spellings, country === 'UA' ? 'uk' : 'ru', isName);
}
