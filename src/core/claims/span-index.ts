// Spans kept in start order with each prefix's furthest end: whether a span overlaps any of them, and where the first
// one at or after a point starts, by binary search. `figuresIn` asked `out.some(overlaps)` for each match and
// `elidedAfter` filtered every figure for the next one's start: on a long list of figures both were quadratic
// (bench/HISTORY.md, round 51).

export interface SpanLike {
  start: number;
  end: number;
}

export class SpanIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** maxEnd[i]: the furthest end of the spans 0..i. */
  private readonly maxEnd: number[] = [];

  constructor(spans: readonly SpanLike[] = []) {
    for (const s of [...spans].sort((a, b) => a.start - b.start)) this.add(s);
  }

  /** Adds a span: in O(1) when it starts at or after the last one (a scan's matches), else by insertion. */
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
    this.maxEnd.splice(at, 0, 0);
    for (let i = at; i <= n; i++) this.maxEnd[i] = i ? Math.max(this.maxEnd[i - 1]!, this.ends[i]!) : this.ends[i]!;
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
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
