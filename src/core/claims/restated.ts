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

/** What a dated figure offers: the first claim (in article order) of that figure and whether all of them share its
 * period. */
interface Dated {
  index: number;
  first: Properties;
  period: string;
  one: boolean;
}

/** The same figure is an area of the same km², or a count of the same number of the same thing (a toll's kinds as one)
 * on the same side or a side one of them leaves unsaid: this key is all of it but the side. */
const figureKey = (p: Area | Count): string =>
  isArea(p) ? `a ${p.areaKm2Min} ${p.areaKm2Max}` : `c ${TOLL.has(p.counts) ? 'toll' : p.counts} ${p.valueMin} ${p.valueMax}`;

/** The article's claims with each undated area figure or count dated by a dated claim of the same figure, if exactly
 * one period dates that figure. The dated claims are grouped by figure and side once (a scan of every claim for each
 * undated one made an article of many figures quadratic). */
export function datedByRestatement(claims: readonly ClaimFeature[]): ClaimFeature[] {
  const bySide = new Map<string, Map<string | null, Dated>>();
  claims.forEach((c, i) => {
    const o = c.properties;
    if (!(isArea(o) || isCount(o)) || undated(o)) return;
    const side = isCount(o) ? o.side : null;
    const key = figureKey(o);
    let sides = bySide.get(key);
    if (!sides) bySide.set(key, (sides = new Map()));
    const period = `${o.asOf.start}/${o.asOf.end}`;
    const d = sides.get(side);
    if (!d) sides.set(side, { index: i, first: o, period, one: true });
    else d.one &&= d.period === period;
  });
  return claims.map((c) => {
    const p = c.properties;
    if (!(isArea(p) || isCount(p)) || !undated(p)) return c;
    const sides = bySide.get(figureKey(p));
    if (!sides) return c;
    // an area has no side; a count's side matches its own, or either one unsaid
    const side = isCount(p) ? p.side : null;
    const groups = isArea(p) || side === null ? [...sides.values()] : [sides.get(side), sides.get(null)].filter((d) => !!d);
    let first: Dated | undefined;
    for (const d of groups) {
      if (!d.one || (first && d.period !== first.period)) return c;
      if (!first || d.index < first.index) first = d;
    }
    if (!first) return c;
    const o = first.first;
    const properties = { ...p, asOf: o.asOf, asOfBasis: `${o.asOfBasis} (the same figure, restated)` };
    return { ...c, properties } as ClaimFeature;
  });
}
