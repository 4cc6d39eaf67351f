import { describe, expect, it } from 'vitest';
import type { ParsedMention } from '../../src/core/geoparse/geoparse.ts';
import { SortedMentions } from '../../src/core/geoparse/sorted-mentions.ts';
import { seededInts } from './seeded.ts';

/** Deterministic pseudo-random mentions, some overlapping, some empty, some long, sorted by start (stable). */
function mentions(n: number, seed: number): ParsedMention[] {
  const next = seededInts(seed);
  const out: ParsedMention[] = [];
  for (let i = 0; i < n; i++) {
    const start = next(400);
    const end = start + (next(10) === 0 ? next(80) : next(12));
    out.push({ start, end, status: next(3) === 0 ? 'unresolved' : 'resolved', entry: null } as unknown as ParsedMention);
  }
  return out.sort((a, b) => a.start - b.start);
}

describe('SortedMentions gives what the old scans over all mentions gave, in order', () => {
  for (const seed of [1, 7, 42, 1234]) {
    const sorted = mentions(300, seed);
    const index = new SortedMentions(sorted);
    const keep = (m: ParsedMention): boolean => m.status === 'resolved';
    const ids = (ms: ParsedMention[]): number[] => ms.map((m) => sorted.indexOf(m));
    it(`seed ${seed}`, () => {
      for (let start = -2; start < 420; start += 3)
        for (const len of [0, 1, 5, 30]) {
          const end = start + len;
          expect(ids(index.overlapping(start, end))).toEqual(ids(sorted.filter((m) => m.start < end && start < m.end)));
          expect(index.firstAtOrAfter(end)).toBe(sorted.find((m) => m.start >= end));
          expect(index.lastEndingBy(start, keep)).toBe(sorted.filter((m) => m.end <= start && keep(m)).at(-1));
        }
    });
  }
  it('is empty on no mentions', () => {
    const index = new SortedMentions([]);
    expect(index.overlapping(0, 10)).toEqual([]);
    expect(index.firstAtOrAfter(0)).toBeUndefined();
    expect(index.lastEndingBy(10, () => true)).toBeUndefined();
  });
});
