// A Ukrainian or Russian hold of only part of a settlement: "контролируют треть Северодонецка", "Две трети поселка X
// находится под нашим контролем", "контролюють Вовчанськ на 60%", "У Покровську … утримують північну частину міста".
// The place is still fought over, so the hold is the attacker's fighting there, not control of the settlement (the dev
// gold's convention since round 22, made consistent in round 26).
import type { Span } from '../text/sentences.ts';

/** A part of a town: a share, a fraction, a percentage, districts or quarters. */
const PART = String.raw`(?:част(?:ь|и|ью|ей|ям|ями|ях|ина|ину|ини|иною|инах|ково|ично)|половин\p{L}*|трет(?:ь|и|ью|ей|ям|ями|ях|ина|ину|іх|их)|четверт\p{L}*|процент\p{L}*|відсот\p{L}*|район(?:ах|ів|ов)|(?:мікро|микро)?квартал\p{L}*|(?:мікро|микро)район\p{L}*)`;
const PART_WORD = new RegExp(String.raw`(?<![\p{L}])${PART}(?![\p{L}])|\d\s*%`, 'iu');
/** A part right before the place, with at most three words (its generic noun) between: "Две трети поселка X". */
const PART_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])${PART}|\d\s*%)(?:[\s(]+[\p{L}-]+){0,3}[\s(]+$`, 'iu');
/** A part right after the verb, the place named before it: "утримують північну частину міста". */
const PART_AFTER_VERB = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?${PART}(?![\p{L}])`, 'iu');
/** A percentage right after the place: "контролюють Вовчанськ на 60%". */
const SHARE_AFTER = /^\s+(?:\p{L}+\s+){0,2}?на\s+\d+(?:[.,]\d+)?\s*(?:%|відсот|процент)/iu;

/** Whether a Cyrillic trigger of holding holds only part of its first object. */
export function heldOnlyInPart(text: string, trig: Span, place: Span, sentence: Span): boolean {
  if (SHARE_AFTER.test(text.slice(place.end, Math.min(sentence.end, place.end + 30)))) return true;
  if (place.start >= trig.end) return PART_WORD.test(text.slice(trig.end, place.start));
  return (
    PART_BEFORE.test(text.slice(Math.max(sentence.start, place.start - 45), place.start)) ||
    PART_AFTER_VERB.test(text.slice(trig.end, Math.min(sentence.end, trig.end + 40)))
  );
}
