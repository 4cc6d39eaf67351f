// A toll "put" or "estimated" at a figure: "it put Russian casualties at over 10,000", "putting them at 9,861 dead",
// "estimated his country's military losses at 31,000 dead", "have put Russian losses in a similar range — between 7,000
// and 14,000", "оцінює російські втрати у 31 тисячу", "оценило потери ВСУ примерно в 200 тыс.". An estimate of losses
// with no span of its own is of the war's sum, from the full-scale invasion to the day it is made (round 39's
// convention, as a standing toll with no span word is in war-toll.ts).

/** A verb of putting or estimating, then (within its clause) the word the figure follows: "at", "у"/"в", a dash; the
 * second figure of a range counts from the first ("between 7,000 and 14,000"). */
const PUT_AT = new RegExp(
  String.raw`(?:\b(?:put|puts|putting|placed?|places|placing|estimated?|estimates|estimating)\b|(?<!\p{L})(?:оцін\p{L}*|оцен\p{L}*)(?!\p{L}))` +
    String.raw`[^.;:!?]{0,70}?(?:\bat|(?<!\p{L})(?:у|в)|\s[—–])\s+(?:(?:some|about|around|approximately|nearly|almost|over|more\sthan|at\sleast|up\sto|between|приблизно|близько|понад|майже|щонайменше|примерно|около|более|почти|не\sменее|свыше)\s+)?(?:(?:between|from|від|от)\s[\d][\d,.\s]*\s(?:and|to|до|і|и|та)\s)?$`,
  'iu',
);
/** Losses named between the verb and the figure ("put Russian casualties at"), or a pronoun standing for them ("putting
 * them at 9,861 dead"). */
const LOSSES = /(?<!\p{L})(?:losses|casualties|toll|deaths|dead|them|втрат\p{L}*|потер\p{L}*|загибл\p{L}*|погибш\p{L}*)(?!\p{L})/iu;

/** Whether the toll whose figure starts at `figStart` (in the sentence opening at `sentenceStart`) is one a source put
 * or estimated its losses at. */
export function isPutAt(text: string, sentenceStart: number, figStart: number): boolean {
  const head = text.slice(Math.max(sentenceStart, figStart - 110), figStart);
  const m = PUT_AT.exec(head);
  return m !== null && LOSSES.test(m[0]);
}
