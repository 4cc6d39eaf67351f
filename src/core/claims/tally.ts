// A tally of settlements broken down sentence by sentence: "За осень освобождено 87 населенных пунктов. … Восточная
// группировка освободила 24 населенных пункта, … 11 — в Харьковской области". A part with no time of its own, taken,
// liberated or lost like the total, is counted over the total's span (as area.ts continues the last gain).
import type { ClaimFeature } from '../schema.ts';
import { figureKind } from './kinds.ts';
import { PRESENT_TENSE } from './period.ts';

type Count = Extract<ClaimFeature['properties'], { type: 'count' }>;

const isSettlements = (p: ClaimFeature['properties']): p is Count => p.type === 'count' && p.counts === 'settlements';
const undated = (p: Count): boolean => p.asOfBasis.startsWith(PRESENT_TENSE);
const overSpan = (p: Count): boolean => !undated(p) && p.asOf.start < p.asOf.end;

/** Whether the count's own sentence says the settlements changed hands (taken, liberated, lost), not who holds them. */
function changedHands(p: Count, text: string): boolean {
  const figure = text.slice(p.start, p.end);
  const at = p.quote.indexOf(figure);
  if (at < 0) return false;
  const by = figureKind(p.quote, at, at + figure.length, false)?.by;
  return by === 'gained' || by === 'retaken' || by === 'lost' || by === 'advanced';
}

/** The claims (in text order) with each undated count of settlements that changed hands dated by the count of
 * settlements before it, when that one is dated over a span. */
export function datedByTally(claims: readonly ClaimFeature[], text: string): ClaimFeature[] {
  let last: Count | null = null;
  return claims.map((c) => {
    const p = c.properties;
    if (!isSettlements(p)) return c;
    const change = changedHands(p, text);
    if (!(last && overSpan(last) && undated(p) && change)) {
      // Settlements held ("установив контроль над девятью") neither break the tally down nor start another.
      if (change || !undated(p)) last = p;
      return c;
    }
    const properties = { ...p, asOf: last.asOf, asOfBasis: `${last.asOfBasis} (the tally before, which this one breaks down)` };
    last = properties;
    return { ...c, properties } as ClaimFeature;
  });
}
