// Round 49, second stint: period.ts reads a figure's kept time phrases lazily (claims/kept-phrases.ts), each reader
// from a range found by binary search. On random sorted phrase lists (some overlapping, as span-back phrases may) with
// random kept sets, each reader gives what the same reading of the whole filtered list gives (bench/HISTORY.md).
import { describe, expect, it } from 'vitest';
import { nearestPhrase } from '../../src/core/claims/context.ts';
import type { TimePhrase } from '../../src/core/claims/dates.ts';
import { KeptPhrases } from '../../src/core/claims/kept-phrases.ts';
import { seededInts } from './seeded.ts';

function randomPhrases(next: (k: number) => number): TimePhrase[] {
  const out: TimePhrase[] = [];
  let at = 0;
  for (let n = next(30); out.length < n;) {
    at += next(4) === 0 ? 0 : next(40); // a few starting together
    const len = 1 + (next(6) === 0 ? next(120) : next(15)); // a few long ones, overlapping those after
    out.push({ start: at, end: at + len, text: 'x', period: { start: '2024-01-01', end: '2024-01-01' } });
  }
  return out.sort((a, b) => a.start - b.start);
}

describe('KeptPhrases readers match the whole filtered list', () => {
  for (const seed of [3, 29, 101, 577, 2024]) {
    it(`seed ${seed}`, () => {
      const next = seededInts(seed);
      for (let round = 0; round < 300; round++) {
        const all = randomPhrases(next);
        const keep = all.map(() => next(3) > 0);
        const view = new KeptPhrases(all, (_, i) => keep[i]!);
        const kept = all.filter((_, i) => keep[i]);
        const last = all.length ? all[all.length - 1]!.end + 20 : 20;
        const start = next(last);
        const end = start + next(30);
        for (const window of [0, 10, 60, Infinity])
          expect(view.nearest(start, end, window), `${round} ${window}`).toBe(nearestPhrase(kept, start, end, window));
        // inside a clause
        const a = next(last);
        const b = a + next(200);
        const inside = (p: TimePhrase): boolean => p.start >= a && p.end <= b;
        expect(view.nearest(start, end, Infinity, inside, a, b), `${round} clause`).toBe(
          nearestPhrase(kept.filter(inside), start, end, Infinity),
        );
        // a range from endingFrom / after holds every phrase ending within it
        const x = next(last);
        const pred = (p: TimePhrase): boolean => p.end >= x - 4 && p.end <= x;
        expect(view.find(pred, view.endingFrom(x - 4), view.after(x))).toBe(kept.find(pred));
        expect(view.slice(view.endingFrom(x - 4), view.after(x)).filter(pred)).toEqual(kept.filter(pred));
        const q = (p: TimePhrase): boolean => p.end <= x && p.start >= a;
        expect(view.findLast(q, view.from(a), view.after(x))).toBe([...kept].reverse().find(q));
        for (const p of all) expect(all[view.indexOf(p)]).toBe(p);
      }
    });
  }
});
