// Whose taking a denial denies, read from the denying sentence: "Інформація окупантів про захоплення X — неправда",
// "російські джерела заявили про окупацію …, однак ця інформація не відповідає дійсності", "ЗСУ спростували інформацію
// про захоплення X" (the denier names no taker: the other side's). A hold by the other side, told beside or just
// before the denial, is what the denial defends, not a claim it denies (the dev events README, round 52 r52-fixE).
import type { Side } from '../schema.ts';
import { SIDE_WORDS } from '../sides.ts';
import { globalOf } from '../text/matches.ts';
import { claimantSideOf } from './actor.ts';
import { deniedClaimerIn } from './denied-claimer.ts';
import { otherSide } from './perspective.ts';

/** The noun (or verb) of a taking: capture, occupation, seizure (not liberation or control: a hold may be the claim). */
const TAKING =
  /(?<![\p{L}])(?:captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing|ure)|occup(?:ation|y|ies|ied|ying)|takeover|окупац\p{L}*|окупова\p{L}*|захопл\p{L}*|захопи\p{L}*|оккупац\p{L}*|оккупир\p{L}*|захват\p{L}*)/iu;
/** A verb of denying: its subject is the denier, not the taker. */
const DENYING_VERB =
  /(?<![\p{L}])(?:спростува\p{L}*|спростову\p{L}*|запереч\p{L}*|опроверг\p{L}*|опровер\p{L}*|отрица\p{L}*|отверг\p{L}*|deni(?:ed|es)|deny(?:ing)?|reject\p{L}*|refut\p{L}*|dismiss\p{L}*)/iu;

/** The side whose taking the sentence's denial denies: the claimer the denial names ("заяви рф про"), else the last side
 * named before the noun of taking — the taker when no verb of denying stands between (the claim's source), the other
 * side when one does (its subject denies). Null when the sentence names no taking or no side before it. */
export function claimedTakerSide(sentence: string): Side | null {
  const claimer = deniedClaimerIn(sentence);
  const bySide = claimer ? firstSide(claimer) : null;
  if (bySide) return bySide;
  const taking = TAKING.exec(sentence);
  if (!taking) return null;
  const before = sentence.slice(0, taking.index);
  let last: { side: Side; at: number; end: number } | null = null;
  for (const side of ['UA', 'RU'] as const)
    for (const m of before.matchAll(globalOf(SIDE_WORDS[side])))
      if (!last || m.index > last.at) last = { side, at: m.index, end: m.index + m[0].length };
  if (!last) return null;
  return DENYING_VERB.test(before.slice(last.end)) ? otherSide(last.side) : last.side;
}

function firstSide(words: string): Side | null {
  const side = claimantSideOf(words, null);
  if (side) return side;
  for (const s of ['UA', 'RU'] as const) if (SIDE_WORDS[s].test(words)) return s;
  return null;
}
