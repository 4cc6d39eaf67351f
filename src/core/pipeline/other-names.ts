// A located place's other names from its gazetteer entry (GeoNames alternate names, the cited renamings of
// ua-former-names.json, an entry's Russian and Ukrainian names), so a briefer who types "Artemovsk" finds Bakhmut.
// Only names the entry has, under the entry's own source; none invented. Only names the search could not find
// already: a name whose loose key (search-key.ts) is inside the key of the place's name, of a spelling seen in the
// articles adds nothing, and names that fold to one key are one, so the feature stays small.
import type { GazetteerEntry } from '../gazetteer/entry.ts';
import { isCaseFormOf } from '../text/case-form.ts';
import { crossSpellings } from '../text/cross-spelling.ts';
import { searchKey } from '../text/search-key.ts';

/** At most this many per place (GeoNames lists a few dozen for a capital). */
export const MAX_OTHER_NAMES = 6;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The entry's names the search would not find through `shown` (the feature's name and variants): one per loose key,
 * sorted, at most MAX_OTHER_NAMES. */
export function otherNames(entry: Pick<GazetteerEntry, 'name' | 'aliases' | 'ru' | 'uk'>, shown: readonly string[]): string[] {
  const shownKeys = shown.map(searchKey);
  const byKey = new Map<string, string>();
  const names = [...new Set([entry.name, entry.ru, entry.uk, ...entry.aliases])].filter((n): n is string => n !== undefined).sort(byString);
  // A case form of one of the place's names ("Бахмута", "Бахмуті" of "Бахмут", "Киевом" of "Киев") is that name
  // again, not another. The nominatives are the entry's name and its Russian and Ukrainian ones, then the listed names
  // that are no case form of those. GeoNames lists a city's nominative among its alternate names only, so these count.
  // A listed name is kept, though the declension makes it a case form of another, when it is a nominative itself: the
  // other orthography's spelling of a listed name ("Артемове", Ukrainian for "Артемово", also that name's locative),
  // or ending as the entry's Latin name does (Horlivka's "Горловка" beside a truncated "Горловк").
  const own = [entry.name, entry.ru, entry.uk].filter((n): n is string => n !== undefined);
  const listed = names.filter((a) => !own.some((n) => isCaseFormOf(a, n) || isCaseFormOf(n, a)));
  const lowered = new Set(names.map((n) => n.toLowerCase()));
  const ending = searchKey(entry.name).slice(-2);
  const nominative = (name: string): boolean =>
    searchKey(name).slice(-2) === ending ||
    (['uk', 'ru'] as const).some((lang) => crossSpellings(name, lang).some((x) => x !== name.toLowerCase() && lowered.has(x)));
  const caseForm = (name: string): boolean =>
    own.some((n) => isCaseFormOf(name, n)) || (listed.some((a) => isCaseFormOf(name, a) && !isCaseFormOf(a, name)) && !nominative(name));
  for (const name of names) {
    if (caseForm(name)) continue;
    const key = searchKey(name);
    if (key !== '' && !byKey.has(key) && !shownKeys.some((k) => k.includes(key))) byKey.set(key, name);
  }
  // The shortest first when there are more: a nominative ("Киев") before its case forms ("Киевом") GeoNames also lists.
  return [...byKey.values()]
    .sort((a, b) => a.length - b.length || byString(a, b))
    .slice(0, MAX_OTHER_NAMES)
    .sort(byString);
}
