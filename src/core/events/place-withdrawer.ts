// "Ukraine's armed forces have withdrawn from the village of X. … The withdrawal from X aims to …", "it had withdrawn
// from X … gave permission for a manoeuvre to withdraw units from X": a withdrawal no side is named for, from a place
// the article says one side withdrew from, is that side's (the same withdrawal told again); the holder is the other.
// So is one whose side only the reporting side's perspective gave: "ВСУ отступили из X. «… разрешение на осуществление
// маневра по выводу подразделений из X», — говорится в сообщении" quotes the withdrawing side's own command.
import type { ControlEventFeature, Side } from '../schema.ts';
import { otherSide } from './perspective.ts';

/** Gives each sideless withdrawal, and each in `byReporter` (its side the perspective's alone), the side of the
 * article's withdrawals from the same settlement that name one, where they name one side. */
export function withPlaceWithdrawers(
  events: readonly ControlEventFeature[],
  byReporter: ReadonlySet<ControlEventFeature> = new Set(),
): void {
  const sides = new Map<string, Set<Side>>();
  for (const e of events) {
    const p = e.properties;
    if (p.action === 'withdrew' && p.actor && !p.denied && !byReporter.has(e))
      sides.set(p.settlement, (sides.get(p.settlement) ?? new Set()).add(p.actor));
  }
  for (const e of events) {
    const p = e.properties;
    const side = sides.get(p.settlement);
    if (p.action !== 'withdrew' || (p.actor && (!byReporter.has(e) || p.denied)) || side?.size !== 1) continue;
    p.actor = [...side][0]!;
    p.holder = p.actor === 'DPRK' ? 'UA' : otherSide(p.actor);
  }
}
