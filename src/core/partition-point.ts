// One binary search for the sorted lists the core scans: the index in [from, to) where `isBefore` turns false. Used
// where a scan of every item per lookup made an article of many names quadratic in its length.

/** The first index in [from, to) for which `isBefore` is false, given it holds on a prefix of the range (binary search). */
export function partitionPoint(from: number, to: number, isBefore: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item starting at or after `at` in items sorted by start. */
export function firstStartingAtOrAfter(sorted: readonly { start: number }[], at: number): number {
  return partitionPoint(0, sorted.length, (i) => sorted[i]!.start < at);
}

const ORDERED = new WeakMap<readonly { start: number }[], boolean>();

/** Whether `items` are in start order (ties in any order), worked out once per array: for the arrays a sentence's
 * readers ask again and again, never changed after they are made. Where they are not, callers keep their scan. */
export function inStartOrder(items: readonly { start: number }[]): boolean {
  let ordered = ORDERED.get(items);
  if (ordered === undefined) {
    ordered = items.every((m, i) => i === 0 || items[i - 1]!.start <= m.start);
    ORDERED.set(items, ordered);
  }
  return ordered;
}

/** The first of `sorted` (in start order) starting in [from, to) that `fits`: what `find` over all of them gives. */
export function firstStartingIn<T extends { start: number }>(
  sorted: readonly T[],
  from: number,
  to: number,
  fits: (p: T) => boolean,
): T | undefined {
  for (let i = firstStartingAtOrAfter(sorted, from); i < sorted.length && sorted[i]!.start < to; i++)
    if (fits(sorted[i]!)) return sorted[i];
  return undefined;
}
