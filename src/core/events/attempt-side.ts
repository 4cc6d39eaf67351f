// "thwarted a Ukrainian attempt to take X", "Russia's offensive to seize X": an English noun of trying or of an offensive
// right before the verb of taking may name its own side (an adjective or a possessive before it). That side is the one
// attacking the place, whoever the clause's subject is (here the side that thwarted it).
import { SIDE_WORDS } from '../sides.ts';
import type { Side } from '../schema.ts';
import { OFFENSIVE_NOUN } from './lexicon.ts';
import { otherSide } from './perspective.ts';
import { globalOf } from '../text/matches.ts';

/** A side's adjective or possessive before the noun ("a Ukrainian attempt to", "Russia's new push to"), one lower-case
 * word at most between; a bare country name is no attribute ("Ukraine repelled attempts to" names the defender). */
const ATTEMPT_NOUN_END = new RegExp(
  String.raw`(?<![\p{L}])(?<side>\p{Lu}[\p{L}-]*(?:['’]s|an))\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(?:attempts?|efforts?|bids?|${OFFENSIVE_NOUN})\s+to\s+$`,
  'u',
);

/** "the Defense Forces repelled six enemy attempts to advance near X": an attempt noun after a verb of beating back is
 * the other side's, whatever word (a number, "enemy") stands between; the verb's subject is the defender. */
const REPELLED_ATTEMPT_END = new RegExp(
  String.raw`(?<![\p{L}])(?:repel+ed|repuls(?:ed|ing)|repel+ing|thwart(?:ed|ing)|foil(?:ed|ing)|(?:fought|beat(?:en)?)\s+off|(?:beat(?:en)?|pushed|drove|driven)\s+back)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:attempts?|efforts?|bids?)\s+to\s+$`,
  'iu',
);

/** The side the attempt noun before a trigger names, or null. */
export function attemptNounSide(before: string): Side | null {
  const word = ATTEMPT_NOUN_END.exec(before)?.groups?.side;
  if (word) return (['UA', 'RU'] as const).find((side) => SIDE_WORDS[side].test(word)) ?? null;
  const repelled = REPELLED_ATTEMPT_END.exec(before);
  if (!repelled) return null;
  // the nearest side named before the verb of beating back, within its clause, is the defender
  const clause = before
    .slice(0, repelled.index)
    .split(/[.;:!?]/u)
    .at(-1)!;
  let defender: { side: Side; at: number } | null = null;
  for (const side of ['UA', 'RU'] as const)
    for (const m of clause.matchAll(globalOf(SIDE_WORDS[side]))) if (!defender || m.index > defender.at) defender = { side, at: m.index };
  return defender ? otherSide(defender.side) : null;
}
