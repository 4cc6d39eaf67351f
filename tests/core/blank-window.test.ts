// text/blank.ts blanks a window's spans in one pass (round 48, hostile input): the window must be the one blanking each
// span in turn gives, for overlapping, nested, clipped and empty spans, surrogate pairs included.
import { describe, expect, it } from 'vitest';
import { blankedWindow } from '../../src/core/text/blank.ts';
import { seededInts } from './seeded.ts';

/** Each span blanked in turn, as before. */
function blankEach(text: string, from: number, to: number, spans: readonly { start: number; end: number }[]): string {
  let out = text.slice(from, to);
  for (const s of spans)
    if (s.start < to && s.end > from) {
      const a = Math.max(s.start, from) - from;
      const b = Math.min(s.end, to) - from;
      out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
    }
  return out;
}

describe('blankedWindow', () => {
  it('blanks what blanking each span in turn does', () => {
    const text = 'Бахмут, 𝐀 Дронівка і Часів Яр — near Pokrovsk (x)';
    const next = seededInts(7);
    for (let round = 0; round < 400; round++) {
      const spans = Array.from({ length: next(5) }, () => {
        const start = next(text.length + 4) - 2;
        return { start, end: start + next(12) };
      });
      const from = next(text.length);
      const to = from + next(text.length - from + 1);
      expect(blankedWindow(text, from, to, spans), JSON.stringify({ from, to, spans })).toBe(blankEach(text, from, to, spans));
    }
  });
});
