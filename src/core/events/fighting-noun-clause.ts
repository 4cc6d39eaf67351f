// "Сили оборони утримують село X, також бої тривають у районі села Y": Cyrillic fighting told by its noun ("бої
// тривають", "продолжаются бои", "ведуться бойові дії") has no subject; a side named in a clause before it is that
// clause's subject (here the holder of X), not the side attacking at Y. As the English "fighting continues near"
// (actor.ts FIGHTING_NOUN), only the trigger's own clause is read for a side.
import { endOfLastMatch } from '../text/matches.ts';

const NOUN = String.raw`(?:бої|бои|бойові\s+дії|боевые\s+действия|боєзіткнення|боестолкновения|зіткнення|столкновения)`;
/** A trigger opening with a noun of fighting, or with an intransitive verb of going on and then that noun (the
 * transitive "ведут бои" has a subject and is left out). */
export const CYRILLIC_FIGHTING_NOUN = new RegExp(
  String.raw`^(?:${NOUN}|(?:тривають|точаться|йдуть|ідуть|продовжуються|ведуться|продолжаются|идут|ведутся)\s+(?:[\p{L}«»"]+\s+)?${NOUN})(?![\p{L}])`,
  'iu',
);

/** A comma, a semicolon or a conjunction: where a clause starts. */
const CLAUSE_BREAK = /[,;]|(?<![\p{L}])(?:і|й|та|а|але|однак|проте|також|и|но|однако|также|где|де|що|что)(?![\p{L}])/giu;

/** Where the clause the noun of fighting stands in starts: after the last comma, semicolon or conjunction. */
export function cyrillicClauseBreak(left: string): number {
  return Math.max(0, endOfLastMatch(left, CLAUSE_BREAK));
}
