// "Kharkov region", "Zaporozhye region", "Lugansk region", "Dnepropetrovsk region": English copy that spells an oblast
// the Russian way writes its centre's Russian-style name before the region noun. The gazetteer knows that spelling only
// for the city, so the name alone reads as the city; with the noun after it, it is the oblast named after that city.
import type { Gazetteer, IndexedEntry } from '../gazetteer/gazetteer.ts';
import { normalizeName } from '../text/normalize.ts';
import type { Token } from '../text/tokens.ts';
import type { Spot } from './spot.ts';

/** The region noun of an English oblast name. */
const REGION_NOUN = /^(region|oblast|province)(['’]s)?$/i;
const LATIN_NAME = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?$/;

/** The oblast a settlement reading is the centre of: the region called "<its name> Oblast|region", or the region of
 * its own admin-1 whose name, less "Oblast", is one of the settlement's names (Dnipro, formerly Dnipropetrovsk). */
function oblastCentredOn(city: IndexedEntry, gazetteer: Gazetteer): IndexedEntry[] {
  const n = normalizeName(city.name);
  const named = [...gazetteer.lookup(`${n} oblast`), ...gazetteer.lookup(`${n} region`)].filter(
    (e) => e.kind === 'region' && e.country === city.country,
  );
  if (named.length > 0) return named;
  if (!city.admin1) return [];
  return gazetteer
    .lookup(normalizeName(city.admin1))
    .filter(
      (r) =>
        r.kind === 'region' &&
        r.admin1 === city.admin1 &&
        r.country === city.country &&
        gazetteer.lookup(normalizeName(r.name.replace(/\s+(oblast|region)$/i, ''))).some((c) => c.id === city.id),
    );
}

/** The readings of a name that are an oblast's centre city (Zaporizhzhia the city, not its village namesakes). */
export function oblastCentreReadings(entries: readonly IndexedEntry[], gazetteer: Gazetteer): ReadonlySet<string> {
  return new Set(entries.filter((e) => e.kind === 'city' && oblastCentredOn(e, gazetteer).length > 0).map((e) => e.id));
}

/** The spot and its region noun read as the oblast, or null when the spot is no centre's name before that noun. */
export function oblastByCentreSpelling(spot: Spot, tokens: readonly Token[], text: string, gazetteer: Gazetteer): Spot | null {
  const noun = tokens[spot.last];
  if (!noun || !REGION_NOUN.test(noun.text) || text.slice(spot.end, noun.start) !== ' ' || !LATIN_NAME.test(spot.text)) return null;
  const oblasts = new Map<string, IndexedEntry>();
  for (const e of spot.entries) if (e.kind !== 'country') for (const r of oblastCentredOn(e, gazetteer)) oblasts.set(r.id, r);
  if (oblasts.size === 0) return null;
  // "the Lugansk region's head": the span ends before the possessive, as "Kharkiv region's" does.
  const end = /['’]s$/.test(noun.text) ? noun.end - 2 : noun.end;
  return { ...spot, end, text: text.slice(spot.start, end), last: spot.last + 1, entries: [...oblasts.values()] };
}

/** "Russian forces took their first village in Dnipropetrovsk": an English name that is no longer its city's name
 * (the gazetteer names the city Dnipro) but is still its oblast's ("<name> Oblast") is the oblast. Null when any
 * reading of the name is a place called so today (or a longer form of it: "Washington, D.C."), or no reading's
 * oblast bears the name. */
export function oblastByFormerCentreName(spot: Spot, gazetteer: Gazetteer): Spot | null {
  if (spot.entries.length === 0 || !LATIN_NAME.test(spot.text)) return null;
  const n = normalizeName(spot.text);
  const oblasts = new Map<string, IndexedEntry>();
  for (const e of spot.entries) {
    if (e.kind === 'country' || e.kind === 'region' || normalizeName(e.name).startsWith(n) || !e.admin1) return null;
    for (const r of gazetteer.lookup(normalizeName(e.admin1)))
      if (
        r.kind === 'region' &&
        r.admin1 === e.admin1 &&
        r.country === e.country &&
        /\s+oblast$/i.test(r.name) &&
        normalizeName(r.name.replace(/\s+oblast$/i, '')) === n
      )
        oblasts.set(r.id, r);
  }
  return oblasts.size > 0 ? { ...spot, entries: [...oblasts.values()] } : null;
}

/** "на Запоріжжі": Ukrainian puts a region, not a city, after "на" in the locative (на Харківщині, на Донбасі,
 * на Запоріжжі), and a city "у/в" (у Запоріжжі). So an oblast centre's name in the locative after "на" is its oblast.
 * The accusative "на Запоріжжя" (a strike on the city, an advance towards it) keeps the city; so does a name whose
 * locative is its nominative. */
export function oblastByRegionalLocative(spot: Spot, tokens: readonly Token[], text: string, gazetteer: Gazetteer): Spot | null {
  const before = tokens[spot.first - 1];
  if (spot.last - spot.first !== 1 || !before || !/^на$/iu.test(before.text) || text.slice(before.end, spot.start) !== ' ') return null;
  const word = normalizeName(spot.text);
  if (!UK_LOCATIVE.test(spot.text)) return null;
  const oblasts = new Map<string, IndexedEntry>();
  for (const e of spot.entries) {
    if (e.kind !== 'city' || [e.name, e.uk, e.ru, ...e.aliases].some((n) => !!n && normalizeName(n) === word)) continue;
    for (const r of oblastCentredOn(e, gazetteer)) oblasts.set(r.id, r);
  }
  return oblasts.size > 0 ? { ...spot, entries: [...oblasts.values()] } : null;
}

/** A Ukrainian locative ending of a neuter or feminine name (Запоріжжі, Полтаві). */
const UK_LOCATIVE = /[\p{L}](і|ї)$/u;

/** "the southern region of Zaporizhzhia", "the Ukrainian regions of Kharkiv, Zaporizhzhia, Mykolaiv and Donetsk": the
 * region noun before "of" makes each centre's name of the list after it its oblast, as the noun after it does
 * ("Kharkiv region"). A country's name there ("regions of Ukraine") is left alone. */
export function oblastByRegionOf(spot: Spot, text: string, gazetteer: Gazetteer): Spot | null {
  if (!LATIN_NAME.test(spot.text) || !REGION_OF_LIST_BEFORE.test(text.slice(Math.max(0, spot.start - 120), spot.start))) return null;
  const oblasts = new Map<string, IndexedEntry>();
  for (const e of spot.entries)
    if (e.kind === 'city' || e.kind === 'town') for (const r of oblastCentredOn(e, gazetteer)) oblasts.set(r.id, r);
  return oblasts.size > 0 ? { ...spot, entries: [...oblasts.values()] } : null;
}
/** "region(s)/oblast(s)/province(s) of", then any earlier names of the list it governs ("of Kharkiv, Zaporizhzhia and "). */
const REGION_OF_LIST_BEFORE = /(?<![\p{L}])(?:regions?|oblasts?|provinces?)\s+of\s+(?:[A-Z][\p{L}'’-]+(?:\s*,\s*|\s+and\s+|\s+or\s+))*$/u;
