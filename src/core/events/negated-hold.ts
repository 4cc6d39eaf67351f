// A denial told with a negated verb of taking or holding: "Ворог не контролює села X та Y", "X та Y наразі не
// окуповані", "российские войска не захватили X". The plain "не" governs the verb itself (it stands right before it),
// so the sentence says the claimed taking or hold is not so: the event is kept and marked denied, as a sentence with a
// denial word is, instead of dropped as a negated act. Not a denial: a negation that reaches the verb through another
// word ("не змогли захопити", "не дали закріпитися": an attempt; "не лише захопили": an affirmation), a negated whole
// or a negated part ("не контролюють повністю X", "не контролює третину його території", "більша частина X не
// контролюється": the other side holds the rest, a part, not a denial), a question or a condition (dropped later,
// as any act in them).
import type { ControlAction } from '../schema.ts';
import { LIST_GAP } from './lexicon.ts';

/** The acts a negated verb denies: a taking or a hold. */
const TAKING_OR_HOLDING = new Set<ControlAction>(['captured', 'controls']);
/** "не" right before the verb, a word of its own (not "ні"/"ни", which negate a noun or an emphasis). */
const NOT_RIGHT_BEFORE = /(?<![\p{L}])[Нн]е\s+$/u;
/** The Cyrillic words of a whole or a part of a place that a negated hold would leave partly held ("повністю",
 * "полностью", "всю територію", "третину", "частину", "половину", "70 %"). */
const WHOLE_OR_PART = String.raw`(?:повн\p{L}*|частков\p{L}*|частичн\p{L}*|цілк\p{L}*|полн\p{L}*|целик\p{L}*|вс[юіеёя]\p{L}*|усю|усі\p{L}*|весь|увесь|частин\p{L}*|част[ьиюей]\p{L}*|трет\p{L}*|чверт\p{L}*|четверт\p{L}*|половин\p{L}*|більш\p{L}*|больш\p{L}*|відсот\p{L}*|процент\p{L}*)`;
const WHOLE_OR_PART_AFTER = new RegExp(String.raw`^\s*(?:\p{L}+\s+)?${WHOLE_OR_PART}(?![\p{L}])|^[^.;!?]{0,30}\d\s*%`, 'iu');
const PART_IN_CLAUSE_BEFORE = new RegExp(String.raw`(?<![\p{L}])${WHOLE_OR_PART}(?![\p{L}])[^.;!?,]*$`, 'iu');

/**
 * Whether a negated Cyrillic verb of taking or holding denies the act: `before` is the sentence's text before the
 * trigger, `after` the text after it, `gapToSettlement` the text between the verb and the next settlement after it
 * (null when none follows: "X та Y наразі не окуповані"). A settlement after the verb is its object only across a
 * list's gap ("не контролює села X", "не захватили поселок X"); "не контролюють дорогу до X" negates a hold of the road.
 */
export function negatedHoldDenies(action: ControlAction, before: string, after: string, gapToSettlement: string | null): boolean {
  return (
    TAKING_OR_HOLDING.has(action) &&
    NOT_RIGHT_BEFORE.test(before) &&
    (gapToSettlement === null || LIST_GAP.test(gapToSettlement)) &&
    !WHOLE_OR_PART_AFTER.test(after) &&
    !PART_IN_CLAUSE_BEFORE.test(before)
  );
}
