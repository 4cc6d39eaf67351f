// The closed English word classes the readers of a speaker before a verb of saying share (events/body-head-speaker.ts,
// events/force-speaker.ts, events/appositive-speaker.ts): the days and months that sit between a speaker and its verb
// or open a sentence, the adverbs and auxiliaries between a subject and its verb, and that verb itself, spelt out once.
import { SAYING_EN } from './saying.ts';

/** The days of the week, capitalised ("the army said Wednesday", "the channel Monday"). */
export const WEEKDAY_EN = String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`;

/** The months, capitalised. */
export const MONTH_EN = String.raw`January|February|March|April|May|June|July|August|September|October|November|December`;

/** Adverbs and auxiliaries every reader lets stand between a speaker and its verb ("also said", "has said"); each
 * reader adds its own few ("then", "have", "previously"). */
export const BEFORE_SAYING_EN = String.raw`also|later|earlier|has|had`;

/** A subject's verb of saying: the words of `adverbs` (each after a space, `times` a quantifier: "*" for any number,
 * "?" for at most one), then a whole verb of `verbs` (SAYING_EN unless given). Appended right after the subject. */
export const sayingAfterSubjectEn = (adverbs: string, times: '*' | '?', verbs: string = SAYING_EN): string =>
  String.raw`(?:\s+(?:${adverbs}))${times}\s+(?:${verbs})(?![\p{L}])`;
