// "Ukrainian troops were ordered to withdraw after weeks of fighting. … Withdrawing from X would be the biggest defeat",
// "Russia's military has announced it is withdrawing … The withdrawal from the city of X is a setback", "Ukrainian forces
// withdrew from a section of a town … Commanders ordered troops to pull out of a district of X": English copy names the
// side withdrawing once, often with no settlement, and then tells the same withdrawal again with none. A withdrawal left
// with no side takes the side named as the subject of the nearest withdrawal told before it (else after it). Dev: en-359,
// en-363, en-491, en-514 (five outlets with en-518's sided telling).
import type { ControlEventFeature, Side } from '../schema.ts';
import { latinSideOf } from '../sides.ts';
import { otherSide } from './perspective.ts';

/** A side as a withdrawal's subject ("Ukrainian troops", "Russia's military", "Russians", "Kyiv"), a few words before
 * a verb or noun of withdrawing in the same clause ("Ukrainian troops in X ordered to retreat"). */
const SIDED_WITHDRAWAL = new RegExp(
  String.raw`(?<![\p{L}])(?:(Russian|Ukrainian)\s+(?:armed\s+)?(?:forces|troops|army|military|soldiers|units|defenders|commanders?)|(Russia|Ukraine|Moscow|Kremlin|Kyiv|Kiev)(?:['’]s\s+(?:armed\s+)?(?:forces|troops|army|military|soldiers|units))?|(Russians|Ukrainians))(?![\p{L}])\s+(?:[\p{L}'’-]+\s+){0,5}?(?:withdr[\p{L}]*|retreat[\p{L}]*|pull(?:s|ed|ing)?\s+(?:out|back))(?![\p{L}])`,
  'gu',
);

/** How far after a withdrawal's verb its settlement may stand ("have withdrawn from the village of X"). */
const SOURCE_REACH = 60;

interface Told {
  at: number;
  end: number;
  side: Side;
}

/** Where the article names a side withdrawing, and which (each word's side is sides.ts's to say, as for every other
 * reader of side words). */
export function toldWithdrawals(text: string): Told[] {
  return [...text.matchAll(SIDED_WITHDRAWAL)].flatMap((m) => {
    const side = latinSideOf((m[1] ?? m[2] ?? m[3])!);
    return side ? [{ at: m.index, end: m.index + m[0].length, side }] : [];
  });
}

/** Gives each English withdrawal still without a side the side of the nearest sided withdrawal the article tells before
 * it, else after it, that is not one from another settlement. */
export function withToldWithdrawers(events: readonly ControlEventFeature[], text: string): void {
  const sideless = events.filter(({ properties: p }) => p.action === 'withdrew' && !p.actor);
  if (!sideless.length) return;
  const all = toldWithdrawals(text);
  for (const { properties: p } of sideless) {
    // ("Ukraine's forces have withdrawn from the village of Y. … The withdrawal from X was not confirmed": a withdrawal
    // from another settlement is another withdrawal, not this one told before)
    const told = all.filter(
      (t) =>
        !events.some(
          ({ properties: e }) =>
            e.action === 'withdrew' && e.settlement !== p.settlement && e.start >= t.end && e.start - t.end <= SOURCE_REACH,
        ),
    );
    const side = (told.findLast((t) => t.at < p.start) ?? told.find((t) => t.at > p.start))?.side;
    if (!side) continue;
    p.actor = side;
    p.holder = otherSide(side);
  }
}
