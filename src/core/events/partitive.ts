// A change of hands, hold or entry read on only part of a settlement, or on ground near it: "taken control of 70
// percent of X", "retaken parts of X", "80 percent of X has been captured", "взяли под контроль более двух третей
// территории города X", "withdrawn from part of X" (part), "звільнення 1,5 кв км території у районі X" (near). A part
// keeps the action as the clause frames it and is flagged `part` (the map shows the settlement contested: a briefer
// wants both what was claimed and that the place is divided); ground won beside a place is fighting there, not part
// of the place.
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
 * "о взятии большей части X", "70% of"); Ukrainian "частину" is not weighed. A part of the side's positions or forces
 * ("оставили часть своих позиций западнее X") is not a part of the place. */
const CYRILLIC_PART_OF =
  /(?<![\p{L}])(?:част(?:ь|и|ью|ей|ям|ями|ях)|половин\p{L}*|трет(?:ь|и|ью|ей|ям|ями|ях)|четверт\p{L}*|процент\p{L}*|квартал\p{L}*|микрорайон\p{L}*)(?![\p{L}])(?!\s+(?:\p{L}+(?:их|ых)\s+)?(?:позици|сил|войск|подразделени|гарнизон)\p{L}*)|\d\s*%/iu;
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

/** What a trigger reads on, when not its whole first object: `part` of it, or ground `near` it (null: the whole). */
export function partOfPlace(text: string, trig: Span & { text: string }, first: Span, ukrainianSentence: boolean): 'part' | 'near' | null {
  if (first.start > trig.end) {
    const gap = text.slice(trig.end, first.start);
    if (AREA_NEAR.test(gap)) return 'near';
    if (!ukrainianSentence && CYRILLIC_PART_OF.test(gap)) return 'part';
  }
  return /^\p{Script=Latin}/u.test(trig.text) && englishPartOf(text, trig, first) ? 'part' : null;
}
