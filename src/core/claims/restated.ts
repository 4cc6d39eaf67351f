// A figure restated in one article: the headline's "6,000 sq km" and the lead's "6,000 sq km in 2025", the quote's
// "4,900" and the analyst's "the stated 4,900 km²", the headline's "10 settlements" and the lead's "10 settlements …
// over the past two days". A restatement with no time of its own is the statement the article dates elsewhere: it
// takes that one's period. (Its kind stays its own: a held figure is drawn as an area, a change is
// not, and the restatement may well speak of the state the change led to.)
import type { ClaimFeature } from '../schema.ts';
import { PRESENT_TENSE } from './period.ts';

type Properties = ClaimFeature['properties'];
type Area = Extract<Properties, { areaKm2Min: number }>;
type Count = Extract<Properties, { type: 'count' }>;

const isArea = (p: Properties): p is Area => 'areaKm2Min' in p;
const isCount = (p: Properties): p is Count => p.type === 'count';
const undated = (p: Properties): boolean => p.asOfBasis.startsWith(PRESENT_TENSE);

/** A toll's headline verb is loose ("ліквідували 1 150 окупантів" over the body's "втратила 1 150 … убитими й
 * пораненими"): killed and the killed and wounded of one number are one toll, dated as one (each keeps its words). */
const TOLL = new Set(['killed', 'casualties']);
const sameThing = (a: Count['counts'], b: Count['counts']): boolean => a === b || (TOLL.has(a) && TOLL.has(b));

/** The same figure: an area of the same km², a count of the same number of the same thing on the same side (or a side
 * one of them leaves unsaid). */
function sameFigure(p: Area | Count, o: Properties): boolean {
  if (isArea(p)) return isArea(o) && o.areaKm2Min === p.areaKm2Min && o.areaKm2Max === p.areaKm2Max;
  return (
    isCount(o) &&
    sameThing(o.counts, p.counts) &&
    o.valueMin === p.valueMin &&
    o.valueMax === p.valueMax &&
    (o.side === p.side || o.side === null || p.side === null)
  );
}

/** The article's claims with each undated area figure or count dated by a dated claim of the same figure, if exactly
 * one period dates that figure. */
export function datedByRestatement(claims: readonly ClaimFeature[]): ClaimFeature[] {
  return claims.map((c) => {
    const p = c.properties;
    if (!(isArea(p) || isCount(p)) || !undated(p)) return c;
    const same = claims.map((o) => o.properties).filter((o) => o !== p && !undated(o) && sameFigure(p, o));
    const periods = new Set(same.map((o) => `${o.asOf.start}/${o.asOf.end}`));
    if (same.length === 0 || periods.size !== 1) return c;
    const o = same[0]!;
    const properties = { ...p, asOf: o.asOf, asOfBasis: `${o.asOfBasis} (the same figure, restated)` };
    return { ...c, properties } as ClaimFeature;
  });
}
