// "thwarted a Ukrainian attempt to take X", "Russia's offensive to seize X": an English noun of trying or of an offensive
// right before the verb of taking may name its own side (an adjective or a possessive before it). That side is the one
// attacking the place, whoever the clause's subject is (here the side that thwarted it).
import { SIDE_WORDS } from '../sides.ts';
import type { Side } from '../schema.ts';
import { OFFENSIVE_NOUN } from './lexicon.ts';

/** A side's adjective or possessive before the noun ("a Ukrainian attempt to", "Russia's new push to"), one lower-case
 * word at most between; a bare country name is no attribute ("Ukraine repelled attempts to" names the defender). */
const ATTEMPT_NOUN_END = new RegExp(
  String.raw`(?<![\p{L}])(?<side>\p{Lu}[\p{L}-]*(?:['’]s|an))\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:attempts?|efforts?|bids?|${OFFENSIVE_NOUN})\s+to\s+$`,
  'u',
);

/** The side the attempt noun before a trigger names, or null. */
export function attemptNounSide(before: string): Side | null {
  const word = ATTEMPT_NOUN_END.exec(before)?.groups?.side;
  if (!word) return null;
  return (['UA', 'RU'] as const).find((side) => SIDE_WORDS[side].test(word)) ?? null;
}
