// A change of hands read on a settlement that took only part of it, or ground near it: "taken control of 70 percent of
// X", "retaken parts of X", "80 percent of X has been captured", "взяли под контроль более двух третей территории
// города X", "звільнення 1,5 кв км території у районі X". Ground won inside or beside a place still fought over is
// fighting there, not the place's change of hands (a hold of part of it stays a hold, and a withdrawal from part of it
// a withdrawal: the action as the clause frames it, the gold's convention).
import type { Span } from '../text/sentences.ts';

const PART = String.raw`(?:parts?|percent|per\s+cent|%|half|majority)`;
/** A part named between a verb and its object ("… the southern part of", "… large parts of two other towns –"). */
const PART_BETWEEN = new RegExp(String.raw`(?<![\p{L}])${PART}\s+of(?![\p{L}])`, 'iu');
/** A part named right before its place, as a passive's subject ("80 percent of the city of X … has been captured"). */
const PART_RIGHT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${PART}\s+of\s+(?:the\s+(?:\p{Ll}+\s+)?(?:city|town|village|settlement)\s+of\s+)?$`,
  'iu',
);
/** A part of a settlement between a Russian (or English) verb and its object ("более двух третей территории города X",
 * "о взятии большей части X", "70% of"); Ukrainian "частину" is not weighed. */
const CYRILLIC_PART_OF =
  /(?<![\p{L}])(?:част(?:ь|и|ью|ей|ям|ями|ях)|половин\p{L}*|трет(?:ь|и|ью|ей|ям|ями|ях)|четверт\p{L}*|процент\p{L}*|квартал\p{L}*|микрорайон\p{L}*)(?![\p{L}])|\d\s*%/iu;
/** An area taken (a measure or "territory") and a phrase of place near a settlement before its name. */
const AREA_NEAR =
  /(?:км|km|кілометр|километр|гектар|територі|территори)\p{L}*[²2]?\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:(?:у|в)\s+район(?:і|е)|біля|поблизу|около|вблизи|возле|під|под)\s+$/iu;

/** "cleared the center of X": a town's centre as the verb's whole object is a part of it, as "the central part of" is
 * (not a centre further on: "seizing the council in the center of the town and X"). */
const CENTRE_OBJECT =
  /^\s+(?:\p{Ll}+\s+)?the\s+(?:city\s+|town\s+)?cent(?:re|er)\s+of\s+(?:the\s+(?:\p{Ll}+\s+)?(?:city|town|village)\s+of\s+)?$/u;

/** Whether an English verb's first object is only a part of the settlement: named between the verb and it, or right
 * before it when it stands before the verb. */
function englishPartOf(text: string, trig: Span, first: Span): boolean {
  if (first.start >= trig.end)
    return PART_BETWEEN.test(text.slice(trig.end, first.start)) || CENTRE_OBJECT.test(text.slice(trig.end, first.start));
  return PART_RIGHT_BEFORE.test(text.slice(Math.max(0, first.start - 50), first.start));
}

/** Whether a trigger of taking reads on only part of its first object, or on ground near it. */
export function notTheWholePlace(text: string, trig: Span & { text: string }, first: Span, ukrainianSentence: boolean): boolean {
  if (first.start > trig.end) {
    const gap = text.slice(trig.end, first.start);
    if ((!ukrainianSentence && CYRILLIC_PART_OF.test(gap)) || AREA_NEAR.test(gap)) return true;
  }
  return /^\p{Script=Latin}/u.test(trig.text) && englishPartOf(text, trig, first);
}
