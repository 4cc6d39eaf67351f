// timePhrases drops a match that overlaps a phrase found before it: a scan of every phrase found per match made a
// sentence of many dates quadratic. Kept sorted by start, a span can overlap [s, e) only if it starts before e and
// after s minus the longest span kept, so one binary search and a walk back over that reach answer it exactly.
import { partitionPoint } from '../partition-point.ts';

interface Span {
  start: number;
  end: number;
}

/** Spans added in any order; whether a new one overlaps any of them. */
export class SpanOverlaps {
  private readonly spans: Span[] = [];
  private longest = 0;

  /** Whether some kept span has `s < end && e > start` (the test timePhrases made on each found phrase). */
  overlaps(s: number, e: number): boolean {
    // (a span starting at or before s minus the longest length ends at or before s)
    for (let k = partitionPoint(0, this.spans.length, (i) => this.spans[i]!.start < e) - 1; k >= 0; k--) {
      const f = this.spans[k]!;
      if (f.start <= s - this.longest) return false;
      if (s < f.end) return true;
    }
    return false;
  }

  add(start: number, end: number): void {
    const at = partitionPoint(0, this.spans.length, (i) => this.spans[i]!.start <= start);
    this.spans.splice(at, 0, { start, end });
    this.longest = Math.max(this.longest, end - start);
  }
}
