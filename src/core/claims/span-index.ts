// Spans kept in start order with each prefix's furthest end: whether a span overlaps any of them, and where the first
// one at or after a point starts, by binary search. `figuresIn` asked `out.some(overlaps)` for each match,
// `elidedAfter` filtered every figure for the next one's start, and timePhrases (dates.ts) scanned the phrases kept per
// match: on a long list each was quadratic (bench/HISTORY.md, rounds 49 and 51).
import { partitionPoint } from '../partition-point.ts';

export interface SpanLike {
  start: number;
  end: number;
}

/** Spans added in any order (in O(1) when in start order, as a scan's matches). */
export class SpanIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** maxEnd[i]: the furthest end of the spans 0..i. */
  private readonly maxEnd: number[] = [];

  constructor(spans: readonly SpanLike[] = []) {
    for (const s of [...spans].sort((a, b) => a.start - b.start)) this.add(s);
  }

  add(s: SpanLike): void {
    const n = this.starts.length;
    if (n === 0 || s.start >= this.starts[n - 1]!) {
      this.starts.push(s.start);
      this.ends.push(s.end);
      this.maxEnd.push(n ? Math.max(this.maxEnd[n - 1]!, s.end) : s.end);
      return;
    }
    const at = this.countBefore(s.start + 1); // after the spans of the same start, as a stable sort puts it
    this.starts.splice(at, 0, s.start);
    this.ends.splice(at, 0, s.end);
    this.maxEnd.splice(at, 0, at ? Math.max(this.maxEnd[at - 1]!, s.end) : s.end);
    // A later prefix max only needs raising to s.end, and only until one already reaches it (the maxima never fall):
    // recomputing every later one made inserts before a long list quadratic (bench/HISTORY.md, round 51).
    for (let i = at + 1; i <= n && this.maxEnd[i]! < s.end; i++) this.maxEnd[i] = s.end;
  }

  /** `spans.some((f) => start < f.end && end > f.start)`. */
  overlaps(start: number, end: number): boolean {
    const n = this.countBefore(end);
    return n > 0 && this.maxEnd[n - 1]! > start;
  }

  /** The least start at or after `at`, or Infinity. */
  firstStartFrom(at: number): number {
    const i = this.countBefore(at);
    return i < this.starts.length ? this.starts[i]! : Infinity;
  }

  /** How many spans start before `at`. */
  private countBefore(at: number): number {
    return partitionPoint(0, this.starts.length, (i) => this.starts[i]! < at);
  }
}
