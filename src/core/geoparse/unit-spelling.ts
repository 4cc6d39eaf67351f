// A Ukrainian hromada's or raion's adjective written with и where the official name has і, or і where it has и
// ("Шалигінська" for Шалигинська громада, "Хотинській" for Хотінська): the root of a place name wavers between the two
// letters in Ukrainian copy (the village's own spelling, the Russian form's и, the Ukrainian і of a closed syllable),
// while the layer indexes the one official spelling. Such a respelling is tried only on an adjective the layer does
// not know in its own spelling, and a unit found so is kept only in an oblast the article names with another district
// or region, as the daily lists of one oblast's hromadas do.
import type { Gazetteer, IndexedEntry } from '../gazetteer/gazetteer.ts';
import { normalizeName } from '../text/normalize.ts';
import type { Spot } from './spot.ts';

/** The stem before a Ukrainian unit adjective's suffix and case ending (-ськ-/-цьк-/-зьк- + ending). */
const UKRAINIAN_UNIT_ADJECTIVE = /^(\p{Lu}\p{Ll}{2,}?)((?:ськ|цьк|зьк)\p{Ll}{1,3})$/u;

/** The adjective with one и of its stem written і, or one і written и (not the first letter: a word-initial и/і is
 * no wavering root vowel). Ukrainian only: й and ї are other letters and stay. */
export function stemIYRespellings(adjective: string): string[] {
  const m = UKRAINIAN_UNIT_ADJECTIVE.exec(adjective);
  if (!m) return [];
  const stem = m[1]!;
  const out: string[] = [];
  for (let i = 1; i < stem.length; i++) {
    const swapped = stem[i] === 'и' ? 'і' : stem[i] === 'і' ? 'и' : null;
    if (swapped) out.push(stem.slice(0, i) + swapped + stem.slice(i + 1) + m[2]!);
  }
  return out;
}

/** The oblasts an article names with a region or a district (or hromada) among its spots. */
export function namedOblasts(spots: readonly Spot[]): Set<string> {
  return new Set(
    spots.flatMap((s) => s.entries.filter((e) => (e.kind === 'region' || e.kind === 'district') && e.admin1).map((e) => e.admin1!)),
  );
}

/** The districts the layer knows under a respelling of the adjective with one of the unit's noun forms, in an oblast
 * the article names. */
export function respelledUnits(
  adjective: string,
  nounForms: readonly string[],
  gazetteer: Gazetteer,
  oblasts: ReadonlySet<string>,
): IndexedEntry[] {
  if (oblasts.size === 0) return [];
  for (const respelled of stemIYRespellings(adjective))
    for (const noun of nounForms) {
      const found = gazetteer
        .lookup(`${normalizeName(respelled)} ${normalizeName(noun)}`)
        .filter((e) => e.kind === 'district' && !!e.admin1 && oblasts.has(e.admin1));
      if (found.length > 0) return found;
    }
  return [];
}
