// Which side speaks in a sentence, for the claims' guess at a figure's speaker ("под наш контроль перешло …, — сказал
// Герасимов"). The events' CLAIMANT_SIDE reads a claimant phrase, where the country's name in any case is its side
// ("Міністерство оборони Росії", "Росія заявила"). Over a whole sentence the country is as often an object: "звільнили
// від Росії", "окуповані Росією", "границу с Россией" name no Russian speaker. So here the country's noun speaks only
// as a subject or a possessor (the genitive after a body: "Минобороны России"), not after a preposition nor in the
// instrumental (the agent of a passive, a companion).
import { CLAIMANT_SIDE } from '../sides.ts';
import { CYRILLIC_PREPOSITIONS } from '../text/prepositions.ts';
import { keptForLong, type LongTextMemo } from './long-text-memo.ts';

type SpeakingSide = 'UA' | 'RU';

/** The country's noun in Cyrillic, not its adjective ("Росії", "России", "Україною"; not "російські", "украинских"). */
const COUNTRY_NOUN = /^(?:рос(?:і|си)|укра[їи]н)(?!\p{L}*(?:ськ|ск))\p{L}*$/iu;
/** The instrumental of the country ("Росією", "Россией", "Україною", "Украиной"). */
const INSTRUMENTAL = /(?:ою|єю|ею|ей|ой)$/iu;
/** A preposition right before the name: the prepositions of place and source, and of opposition and direction. */
const AFTER_PREPOSITION = new RegExp(`(?<!\\p{L})(?:${CYRILLIC_PREPOSITIONS}|проти|против|к|над|перед|через|без)\\s+$`, 'iu');

/** Whether a side's match at `at` in `text` is its country's name in an oblique case: no speaker. */
function obliqueCountry(text: string, at: number, word: string): boolean {
  if (!COUNTRY_NOUN.test(word)) return false;
  return INSTRUMENTAL.test(word) || AFTER_PREPOSITION.test(text.slice(Math.max(0, at - 12), at));
}

/** Every match of each side's claimant words (`matchAll` needs the global flag; it works on a copy). */
const EVERY_SIDE_WORD: Record<SpeakingSide, RegExp> = {
  UA: new RegExp(CLAIMANT_SIDE.UA.source, 'giu'),
  RU: new RegExp(CLAIMANT_SIDE.RU.source, 'giu'),
};

/** Whether `text` names `side` as one who may speak: a body, an official, an adjective, or the country's noun not in
 * an oblique case. */
export function speaksFor(side: SpeakingSide, text: string): boolean {
  return keptForLong(SPOKEN[side], text, (t) => {
    for (const m of t.matchAll(EVERY_SIDE_WORD[side])) if (!obliqueCountry(t, m.index, m[0])) return true;
    return false;
  });
}

/** `speaksFor`'s answers for long texts, by side (a sentence is read for each of its counts). */
const SPOKEN: Record<SpeakingSide, LongTextMemo<boolean>> = { UA: new Map(), RU: new Map() };

/** The sides `text` names as ones who may speak (see speaksFor). */
export const speakingSides = (text: string): SpeakingSide[] => (['UA', 'RU'] as const).filter((side) => speaksFor(side, text));
