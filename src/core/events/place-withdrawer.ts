// "Ukraine's armed forces have withdrawn from the village of X. … The withdrawal from X aims to …", "it had withdrawn
// from X … gave permission for a manoeuvre to withdraw units from X": a withdrawal no side is named for, from a place
// the article says one side withdrew from, is that side's (the same withdrawal told again); the holder is the other.
import type { ControlEventFeature, Side } from '../schema.ts';
import { otherSide } from './perspective.ts';

/** Gives each sideless withdrawal the side of the article's withdrawals from the same settlement, where they name one. */
export function withPlaceWithdrawers(events: readonly ControlEventFeature[]): void {
  const sides = new Map<string, Set<Side>>();
  for (const { properties: p } of events)
    if (p.action === 'withdrew' && p.actor && !p.denied) sides.set(p.settlement, (sides.get(p.settlement) ?? new Set()).add(p.actor));
  for (const { properties: p } of events) {
    const side = sides.get(p.settlement);
    if (p.action !== 'withdrew' || p.actor || side?.size !== 1) continue;
    p.actor = [...side][0]!;
    p.holder = p.actor === 'DPRK' ? 'UA' : otherSide(p.actor);
  }
}
