// One mention, two readings in a sentence: where a later verb of taking, holding or withdrawing outranks the fighting
// an earlier trigger gave the same place.
import type { ControlAction, ControlEventFeature } from '../schema.ts';

/** Where in `out`, from `first` (the sentence's own events), the fighting event on the span `m` is that `action`
 * outranks, else -1 (a place that already has another reading keeps it). */
export function outrankedFighting(
  out: readonly ControlEventFeature[],
  first: number,
  m: { start: number; end: number },
  action: ControlAction,
): number {
  if (action === 'fighting') return -1;
  for (let k = out.length - 1; k >= first; k--) {
    const p = out[k]!.properties;
    if (p.start === m.start && p.end === m.end) return p.action === 'fighting' ? k : -1;
  }
  return -1;
}
