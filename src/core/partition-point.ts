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
