// Lookups over mentions sorted by start, so per-match scans of every mention (quadratic on a long run of names) become
// binary searches that give exactly what the scans gave, in the same order.
import { firstStartingAtOrAfter, partitionPoint } from '../partition-point.ts';
import type { ParsedMention } from './geoparse.ts';

/** Mentions sorted by start with each prefix's largest end, so overlap queries skip the prefix that ends too early. */
export class SortedMentions {
  private readonly maxEnd: number[] = [];

  constructor(readonly sorted: readonly ParsedMention[]) {
    let max = -Infinity;
    for (const m of sorted) this.maxEnd.push((max = Math.max(max, m.end)));
  }

  /** `sorted.filter((m) => m.start < end && start < m.end)`, in the same order. */
  overlapping(start: number, end: number): ParsedMention[] {
    const upper = firstStartingAtOrAfter(this.sorted, end);
    const lo = partitionPoint(0, upper, (i) => this.maxEnd[i]! <= start);
    const out: ParsedMention[] = [];
    for (let i = lo; i < upper; i++) if (start < this.sorted[i]!.end) out.push(this.sorted[i]!);
    return out;
  }

  /** `sorted.find((m) => m.start >= at)`. */
  firstAtOrAfter(at: number): ParsedMention | undefined {
    return this.sorted[firstStartingAtOrAfter(this.sorted, at)];
  }

  /** The last of `sorted.filter((m) => m.end <= at && keep(m))`: only mentions starting at or before `at` can end by it. */
  lastEndingBy(at: number, keep: (m: ParsedMention) => boolean): ParsedMention | undefined {
    for (let i = firstStartingAtOrAfter(this.sorted, at + 1) - 1; i >= 0; i--) {
      const m = this.sorted[i]!;
      if (m.end <= at && keep(m)) return m;
    }
    return undefined;
  }
}
