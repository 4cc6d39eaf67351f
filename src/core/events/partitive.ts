// A part of a settlement as what changed hands, in English: "taken control of 70 percent of X", "retaken parts of X",
// "80 percent of X has been captured". Ground won inside a place still fought over is fighting there, not the place's
// change of hands (a hold of part of it stays a hold, and a withdrawal from part of it a withdrawal: the action as
// the clause frames it, the gold's convention).
import type { Span } from '../text/sentences.ts';

const PART = String.raw`(?:parts?|percent|per\s+cent|%|half|majority)`;
/** A part named between a verb and its object ("… the southern part of", "… large parts of two other towns –"). */
const PART_BETWEEN = new RegExp(String.raw`(?<![\p{L}])${PART}\s+of(?![\p{L}])`, 'iu');
/** A part named right before its place, as a passive's subject ("80 percent of the city of X … has been captured"). */
const PART_RIGHT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${PART}\s+of\s+(?:the\s+(?:\p{Ll}+\s+)?(?:city|town|village|settlement)\s+of\s+)?$`,
  'iu',
);

/** Whether an English verb's first object is only a part of the settlement: named between the verb and it, or right
 * before it when it stands before the verb. */
export function partOfPlace(text: string, trig: Span, first: Span): boolean {
  if (first.start >= trig.end) return PART_BETWEEN.test(text.slice(trig.end, first.start));
  return PART_RIGHT_BEFORE.test(text.slice(Math.max(0, first.start - 50), first.start));
}
