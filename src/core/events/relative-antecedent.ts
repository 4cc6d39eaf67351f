// "стримувати ворога, який не полишає спроб оточити X", "виявили російську групу, яка робила спроби закріпитися в X":
// a Cyrillic relative pronoun in the nominative is the subject of its clause and stands for the noun phrase before its
// comma, whatever case that phrase is in (the verb before it governs the phrase, not the relative clause). So when the
// trigger's clause opens with such a pronoun and names no side of its own, the antecedent's side is the actor.
import type { Side } from '../schema.ts';
import { ENEMY_WORDS, OWN_WORDS, SIDE_WORDS } from '../sides.ts';
import { otherSide, type Perspective } from './perspective.ts';
import { globalOf } from '../text/matches.ts';

/** The antecedent (up to three words), its comma and a nominative relative pronoun, then the relative clause up to the
 * trigger with no clause break in it. ("яку/которую" are objects; "що/что" is also a conjunction: both left out.) */
const RELATIVE_CLAUSE_END =
  /((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+),\s+(?:який|яка|яке|які|котрий|котра|котре|котрі|который|которая|которое|которые)\s+([^,;:.!?«»"“”()]*)$/u;
/** A noun of ground or of a body whose owner a side word names ("позиції ЗСУ, які …", "Міноборони РФ, яке …"): the
 * antecedent is then not the side's forces. */
const NOT_FORCES =
  /(?<![\p{L}])(?:позиц|рубеж|оборон|лінії|линии|територ|населен|міністерств|министерств|міноборон|минобороны|генштаб|штаб|ЗМІ|СМИ|джерел|источник)/iu;

/** The side of the antecedent when `left` (the text before the trigger) ends inside a relative clause that opens with
 * a nominative relative pronoun and names no side itself; else null. */
export function relativeAntecedentSide(left: string, speaker: Side | null): Side | null {
  // (the enemy and our troops are read by the speaking side, as in actorNamed)
  const own: Perspective = speaker === 'DPRK' ? null : speaker;
  const m = RELATIVE_CLAUSE_END.exec(left);
  if (!m) return null;
  const [, antecedent, clause] = m as unknown as [string, string, string];
  const namesSide = (s: string): boolean =>
    SIDE_WORDS.UA.test(s) || SIDE_WORDS.RU.test(s) || SIDE_WORDS.DPRK.test(s) || ENEMY_WORDS.test(s) || OWN_WORDS.test(s);
  if (namesSide(clause) || NOT_FORCES.test(antecedent)) return null;
  // the side word nearest the comma heads the antecedent ("атакують ЗСУ, які …": not the verb's subject before it)
  let best: { side: Side; at: number } | null = null;
  const consider = (side: Side | null, re: RegExp): void => {
    if (!side) return;
    for (const w of antecedent.matchAll(globalOf(re))) if (!best || w.index > best.at) best = { side, at: w.index };
  };
  consider('UA', SIDE_WORDS.UA);
  consider('RU', SIDE_WORDS.RU);
  consider(own ? otherSide(own) : null, ENEMY_WORDS);
  consider(own, OWN_WORDS);
  return (best as { side: Side } | null)?.side ?? null;
}
