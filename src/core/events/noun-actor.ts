// "Russian forces entered Y after the fall of X", "Russia's capture of X", "the liberation of X from the Russian
// military": an English noun of taking is a nominalisation whose agent its own noun phrase may name (a possessive or a
// side adjective before it, "by"/"to"/"from" a side after its object); that names it before the clause around it does.
import { SIDE_WORDS } from '../sides.ts';
import type { Side } from '../schema.ts';
import { NOUN_OF_TAKING } from './objects.ts';
import { otherSide } from './perspective.ts';

/** A trigger that is one word, or one word and "of" ("capture of", "fall"). */
const NOUN_AND_OF = /^(\S+)(?:\s+of)?$/iu;
/** The determiner phrase right before the noun: "Russia's", "Kyiv's swift", "the Ukrainian", "its". */
const DETERMINER_BEFORE = /(?:(?<owner>[\p{L}-]+)['’]s|(?<pronoun>its|their)|the\s+(?<adjective>[\p{L}-]+))\s+(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** "… of X by Russian forces", "the fall of X to the Russians": the agent after the object; "the liberation of X from
 * the Russian military": the side driven out, the agent its opponent. */
const AGENT_AFTER = /^\s+(?<preposition>by|to|from)\s+(?:the\s+)?(?<side>(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/iu;

/** An English noun of a change of hands (objects.ts), alone or with its "of". */
export const isNounOfTaking = (trigger: string): boolean => {
  const noun = NOUN_AND_OF.exec(trigger)?.[1];
  return /^\p{Script=Latin}/u.test(trigger) && noun !== undefined && NOUN_OF_TAKING.test(noun);
};

const sideIn = (phrase: string): Side | null => (['UA', 'RU', 'DPRK'] as const).find((side) => SIDE_WORDS[side].test(phrase)) ?? null;

/** The side a noun of taking names in its own phrase: the determiner before it (a settlement's possessive names the
 * object, not the agent; "its" is the claimant's), else the agent after its object; null when it names none. */
export function nounOfTakingActor(before: string, afterObject: string, claimantSide: Side | null): Side | null {
  const det = DETERMINER_BEFORE.exec(before)?.groups;
  if (det?.pronoun) return claimantSide;
  const named = sideIn(det?.owner ?? det?.adjective ?? '');
  if (named) return named;
  const agent = AGENT_AFTER.exec(afterObject)?.groups;
  const side = agent ? sideIn(agent.side!) : null;
  return side && agent!.preposition!.toLowerCase() === 'from' ? otherSide(side) : side;
}
