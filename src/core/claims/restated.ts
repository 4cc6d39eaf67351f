// A figure restated in one article: the headline's "6,000 sq km" and the lead's "6,000 sq km in 2025", the quote's
// "4,900" and the analyst's "the stated 4,900 km²". A restatement with no time of its own is the statement the article
// dates elsewhere: it takes that one's period. (Its kind stays its own: a held figure is drawn as an area, a change is
// not, and the restatement may well speak of the state the change led to.)
import type { ClaimFeature } from '../schema.ts';
import { PRESENT_TENSE } from './period.ts';

type Area = Extract<ClaimFeature['properties'], { areaKm2Min: number }>;

const isArea = (p: ClaimFeature['properties']): p is Area => 'areaKm2Min' in p;
const undated = (p: ClaimFeature['properties']): boolean => p.asOfBasis.startsWith(PRESENT_TENSE);

/** The article's claims with each undated area figure dated by a dated claim of the same area in km², if exactly one
 * period dates that area. */
export function datedByRestatement(claims: readonly ClaimFeature[]): ClaimFeature[] {
  return claims.map((c) => {
    const p = c.properties;
    if (!isArea(p) || !undated(p)) return c;
    const same = claims
      .map((o) => o.properties)
      .filter((o): o is Area => o !== p && isArea(o) && !undated(o) && o.areaKm2Min === p.areaKm2Min && o.areaKm2Max === p.areaKm2Max);
    const periods = new Set(same.map((o) => `${o.asOf.start}/${o.asOf.end}`));
    if (same.length === 0 || periods.size !== 1) return c;
    const o = same[0]!;
    const properties = { ...p, asOf: o.asOf, asOfBasis: `${o.asOfBasis} (the same figure, restated)` };
    return { ...c, properties } as ClaimFeature;
  });
}
