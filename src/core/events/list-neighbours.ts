// The mentions that may stand next to a mention in a list ("X, Y", "X and Y"), found by offset rather than by testing
// every mention of the article against it.
import type { LocatedMention } from '../claims/context.ts';

/** Every character the list joint (extract.ts's LIST_JOINT: commas, spaces, "and", "or") can match: a list mate of a mention lies across a run of these from it. */
const LIST_JOINT_CHAR = /[\s,andor]/u;
/** The mates, by the offsets where they end and where they start, for `listNeighbours` (built once per list: a list of
 * mates is not changed once asked about). */
const matesByOffset = new WeakMap<
  readonly LocatedMention[],
  { byEnd: Map<number, LocatedMention[]>; byStart: Map<number, LocatedMention[]> }
>();
/** The mates that may be listed together with `m`: those ending or starting within the run of list-joint characters
 * next to it (no other mate can be listed together with it). Testing every mate for every mention made an article of many
 * names quadratic in its length. */
export function listNeighbours(m: LocatedMention, text: string, mates: readonly LocatedMention[]): LocatedMention[] {
  let index = matesByOffset.get(mates);
  if (!index) {
    index = { byEnd: new Map(), byStart: new Map() };
    for (const o of mates) {
      index.byEnd.set(o.end, [...(index.byEnd.get(o.end) ?? []), o]);
      index.byStart.set(o.start, [...(index.byStart.get(o.start) ?? []), o]);
    }
    matesByOffset.set(mates, index);
  }
  const out: LocatedMention[] = [];
  for (let at = m.start; ; at--) {
    out.push(...(index.byEnd.get(at) ?? []));
    if (at === 0 || !LIST_JOINT_CHAR.test(text[at - 1]!)) break;
  }
  for (let at = m.end; ; at++) {
    out.push(...(index.byStart.get(at) ?? []));
    if (at >= text.length || !LIST_JOINT_CHAR.test(text[at]!)) break;
  }
  return out;
}
