// One claimant under several spellings: articles name the same source "The Russian Defense Ministry", "Russia's
// Defence Ministry" and "Russia's Defense Ministry", and a legend that lists all three reads as three sources.
// The key folds what only spelling changes: case, a leading "the", typographic apostrophes, the possessive, British
// -ence / American -ense, and the country word's form (Russia's / Russian, Ukraine's / Ukrainian: its first five
// letters). Other words stay whole, so a minister is not folded into a ministry.

import { claimantIdentity, joinsClaimants, type ClaimantIdentity } from '../core/text/claimant-identity.ts';

const PREFIX = 5;

export function claimantKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/, '')
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .map((w) => w.replace(/'s?$/, '').replace(/ence$/, 'ense'));
  if (words.length > 1) words[0] = words[0]!.slice(0, PREFIX);
  return words.join(' ');
}

/** A name as it reads inside a sentence ("reported by the defense ministry"): an article capitalised only because the
 * article's sentence began with it is lower-cased; a title's ("The Hindu", "The Independent") stays. */
const runningText = (name: string): string => name.replace(/^(The|A|An)(?=\s+\p{Ll})/u, (w) => w.toLowerCase());

interface ClaimantGroup {
  total: number;
  names: [string, number][];
  identities: ClaimantIdentity[];
}

/** Names with their counts, one per claimant: the same key, or the same speaker in another script, spelling or title
 * ("Syrskyi", "Сирський", "Oleksandr Syrskyi": text/claimant-identity.ts) unless a given name or side contradicts.
 * Each is listed by its most frequent spelling (then the first by name) with the group's total, most frequent first. */
export function groupClaimants(counts: ReadonlyMap<string, number>): string[] {
  const byKey = new Map<string, ClaimantGroup>();
  for (const [name, n] of counts) {
    const k = claimantKey(name);
    const g = byKey.get(k) ?? { total: 0, names: [], identities: [] };
    g.total += n;
    g.names.push([name, n]);
    g.identities.push(claimantIdentity(name));
    byKey.set(k, g);
  }
  const groups: ClaimantGroup[] = [];
  for (const g of byKey.values()) {
    const into = groups.find((h) => joinsClaimants(h.identities, g.identities));
    if (into) ((into.total += g.total), into.names.push(...g.names), into.identities.push(...g.identities));
    else groups.push(g);
  }
  const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);
  return groups
    .map((g) => [g.names.sort(byCount)[0]![0], g.total] as [string, number])
    .sort(byCount)
    .map(([name]) => runningText(name));
}
