// A change with no time of its own that goes on from a dated change of the other kind: "С начала 2024 года ВС РФ
// освободили 47 населенных пунктов … площадь освобожденной территории составляет 880 квадратных километров", "В течение
// сентября … освободив 20 населенных пунктов. … установив контроль над девятью населенными пунктами", "З початку 2025
// року російська армія просунулась на 4669 кв. км … такі мізерні зміни коштували … понад 390 тисяч убитих і поранених".
// The area rules carry a gain's span on to the next undated area change (area.ts); this carries it between areas and
// counts, which are read apart.
import type { ClaimFeature } from '../schema.ts';
import { LAST_STATED_BASIS } from './last-stated.ts';
import { PRESENT_TENSE } from './period.ts';

type Props = ClaimFeature['properties'];

const CHANGES = new Set(['area-gained', 'area-retaken', 'area-lost']);
/** A count that sums over a span (settlements taken, losses), not a state such as troops deployed. */
const SPAN_COUNTS = new Set(['settlements', 'casualties', 'killed', 'wounded']);

const isChange = (p: Props): boolean => CHANGES.has(p.type) || (p.type === 'count' && 'counts' in p && SPAN_COUNTS.has(p.counts as string));
const isCount = (p: Props): boolean => p.type === 'count';
const undated = (p: Props): boolean => p.asOfBasis.startsWith(PRESENT_TENSE);
const spanned = (p: Props): boolean => !undated(p) && p.asOf.start < p.asOf.end;

/** How far, in characters, a change's span reaches on to an undated change of the other kind. */
const REACH = 400;

/** A total between the two: "a total of", "загалом", "в общей сложности" (a sum of its own, not the span's). */
const TOTAL =
  /\b(?:a\stotal\sof|in\stotal|total|overall|altogether)\b|(?<!\p{L})(?:загалом|усього|всього|всего|в\sобщей\sсложности|итого|в\sцелом|сумарно|суммарно)(?!\p{L})/iu;

/** The article's claims (in text order) with each undated change dated by the last dated change before it, within
 * REACH, when one of the two is a count (an area after a count, a count after an area or after another count) and
 * nothing between them says the later one is a total of its own. */
export function datedByContinuation(claims: readonly ClaimFeature[], text: string): ClaimFeature[] {
  let last: Props | null = null;
  return claims.map((c) => {
    const p = c.properties;
    if (!isChange(p)) return c;
    if (!undated(p)) {
      // A toll dated by when its latest figure was given ("the most recent official figure from September 2022"): that
      // time is of the one figure, not a span the next figures go on from ("Zelensky estimated … at 31,000 dead").
      if (spanned(p)) last = p.asOfBasis.includes(LAST_STATED_BASIS) ? null : p;
      return c;
    }
    const from = last;
    if (!from || p.start - from.end > REACH || p.start < from.end) return c;
    // (an area after an area is the area rules' to carry)
    if (!isCount(p) && !isCount(from)) return c;
    if (TOTAL.test(text.slice(from.end, p.end))) return c;
    const properties = { ...p, asOf: from.asOf, asOfBasis: `${from.asOfBasis} (the change before, which this one goes on from)` };
    return { ...c, properties } as ClaimFeature;
  });
}
