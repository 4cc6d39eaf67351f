// Round 52 (hostile): the binary searches a long sentence's triggers use in place of a scan of all its places
// (partition-point.ts `firstStartingIn`, `inStartOrder`) answer as the scans they replace, on random spans.
import { describe, expect, it } from 'vitest';
import { isReferencePoint } from '../../src/core/events/reference-point.ts';
import { firstStartingIn, inStartOrder } from '../../src/core/partition-point.ts';

/** A small deterministic generator, so a failure repeats. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('firstStartingIn', () => {
  it('finds what find over all spans finds, for spans in start order', () => {
    const r = random(52);
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(r() * 40);
      const spans = Array.from({ length: n }, (_, id) => {
        const start = Math.floor(r() * 200);
        return { id, start, end: start + Math.floor(r() * 12) };
      }).sort((a, b) => a.start - b.start);
      expect(inStartOrder(spans)).toBe(true);
      for (let q = 0; q < 20; q++) {
        const from = Math.floor(r() * 220) - 10;
        const to = from + Math.floor(r() * 60);
        const odd = r() < 0.5;
        const fits = (p: { id: number }): boolean => !odd || p.id % 2 === 1;
        expect(firstStartingIn(spans, from, to, fits)).toBe(spans.find((p) => p.start >= from && p.start < to && fits(p)));
      }
    }
  });
  it('tells spans out of start order, once per array', () => {
    expect(inStartOrder([{ start: 3 }, { start: 1 }])).toBe(false);
    expect(inStartOrder([{ start: 1 }, { start: 1 }, { start: 4 }])).toBe(true);
    expect(inStartOrder([])).toBe(true);
  });
});

describe('isReferencePoint over settlements in start order', () => {
  it('answers as the scan of all of them (the same settlements out of order)', () => {
    const r = random(7);
    const NAMES = ['Ivanivka', 'Kupiansk', 'Pokrovsk', 'Lyman'];
    const GAPS = [
      ', east of ',
      ' near ',
      ', located 20 km north of the town of ',
      ', a village east of ',
      ' and ',
      ' возле ',
      ', 5 km south of ',
    ];
    for (let round = 0; round < 200; round++) {
      let text = '';
      const spans: { start: number; end: number }[] = [];
      for (let k = 0, n = 1 + Math.floor(r() * 8); k < n; k++) {
        const name = NAMES[Math.floor(r() * NAMES.length)]!;
        spans.push({ start: text.length, end: text.length + name.length });
        text += name + GAPS[Math.floor(r() * GAPS.length)]!;
      }
      const reversed = [...spans].reverse();
      for (const m of spans) expect(isReferencePoint(text, m, spans), text).toBe(isReferencePoint(text, m, reversed));
    }
  });
});
