// Round 51: claims/span-index.ts answers as the scans it replaced in claims/area.ts figuresIn (`out.some(overlaps)`
// per match) and elidedAfter (the least start at or after a figure's end, of every figure so far), and in dates.ts
// timePhrases (round 49's SpanOverlaps, merged into it), on random spans added in and out of start order, overlapping,
// nested and of equal starts.
import { describe, expect, it } from 'vitest';
import { SpanIndex, type SpanLike } from '../../src/core/claims/span-index.ts';
import { seededUnit } from './seeded.ts';

function draws(seed: number): (k: number) => number {
  const unit = seededUnit(seed);
  return (k) => Math.floor(unit() * k);
}

describe('SpanIndex', () => {
  it('answers as the scans of the spans added so far', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = draws(seed);
      const width = 20 + next(400);
      const span = (): SpanLike => {
        const start = next(width);
        return { start, end: next(4) ? start + 1 + next(30) : start };
      };
      const spans = Array.from({ length: next(20) }, span);
      const index = new SpanIndex(spans);
      const ordered = next(2) === 0; // added in start order, as a scan's matches, or anyhow
      let at = 0;
      for (let n = 0; n < 60; n++) {
        if (next(3) === 0) {
          const s = span();
          if (ordered) s.start = at = Math.max(at, s.start % 40) + next(5);
          s.end = Math.max(s.end, s.start);
          spans.push(s);
          index.add(s);
        }
        const start = next(width + 20) - 10;
        const end = start + next(40) - 5;
        expect(index.overlaps(start, end), `seed ${seed}, [${start}, ${end})`).toBe(spans.some((f) => start < f.end && end > f.start));
        const from = next(width + 20) - 10;
        expect(index.firstStartFrom(from), `seed ${seed}, from ${from}`).toBe(
          Math.min(Infinity, ...spans.filter((o) => o.start >= from).map((o) => o.start)),
        );
      }
    }
  });

  it('answers as a scan of every span added, kept only when clear as timePhrases keeps them (dates.ts)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = draws(seed);
      const index = new SpanIndex();
      const spans: { start: number; end: number }[] = [];
      for (let n = 0; n < 60; n++) {
        const s = next(400);
        const e = s + (next(5) === 0 ? next(80) : next(12)); // a few long ones, some empty
        const scan = spans.some((f) => s < f.end && e > f.start);
        expect(index.overlaps(s, e), `seed ${seed}, [${s}, ${e})`).toBe(scan);
        // kept when clear, and now and then when not (a "since" span widened back over another)
        if (!scan || next(4) === 0) {
          spans.push({ start: s, end: e });
          index.add({ start: s, end: e });
        }
      }
    }
  });
});
