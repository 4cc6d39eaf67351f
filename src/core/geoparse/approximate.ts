// Precision instead of silence (issue 9 item 5): a settlement no layer knows is still placed when the text places it —
// "the village of X in the Y district", "село Х Сумського району", "X, Kursk region", "X near Y" — at the district,
// oblast or neighbour, with the precision code that says so (ACLED geo_precision, UCDP where_prec). With no such clue
// it stays unresolved.
import type { Precision } from '../schema.ts';
import type { ParsedMention } from './geoparse.ts';

/** Between the unknown name and a district or oblast that contains it: nothing (a genitive: "Волфино Глушковского
 * района"), a comma, "in (the)", "of", "у/в", or an opening bracket. */
const CONTAINED_IN = /^(\s*,\s*|\s+(in|of)\s+(the\s+)?|\s+(в|у|во)\s+|\s*\(\s*|\s+)$/iu;
/** Between the unknown name and a neighbouring settlement. */
const NEAR = /^\s*,?\s*(near|outside|close to|next to|not far from|біля|поблизу|поруч із|неподалік від|недалеко від|возле|около|под|недалеко от|рядом с)\s+$/iu;

/** How far after the unknown name the clue may begin (characters). */
const REACH = 40;

export function approximate(text: string, unknown: readonly ParsedMention[], mapped: readonly ParsedMention[]): ParsedMention[] {
  if (unknown.length === 0) return [];
  const located = mapped.filter((m) => m.entry !== null && m.entry.lon !== null && (m.status === 'resolved' || m.status === 'low-confidence')).sort((a, b) => a.start - b.start);
  return unknown.map((u) => {
    const clue = located.find((m) => m.start >= u.end && m.start - u.end <= REACH && m.start < u.sentence.end);
    if (!clue) return u;
    const gap = text.slice(u.end, clue.start);
    const kind = clue.entry!.kind;
    let precision: Precision | null = null;
    if ((kind === 'district' || kind === 'region') && CONTAINED_IN.test(gap)) precision = kind === 'district' ? 'district' : 'region';
    else if ((kind === 'village' || kind === 'town' || kind === 'city') && NEAR.test(gap)) precision = 'near';
    if (!precision) return u;
    const where = precision === 'near' ? `near ${clue.entry!.name}` : `in ${clue.entry!.name}`;
    return {
      ...u,
      status: 'low-confidence' as const,
      entry: clue.entry,
      confidence: 0.5,
      scored: [],
      precision,
      reason: `not in the gazetteer; the text places it ${where}, so it is mapped there (precision ${precision})`,
    };
  });
}
