// Round 49, third stint: three scans per item replaced by indexes (bench/HISTORY.md). On random inputs each gives what
// the scan it replaced gave: timePhrases' overlap check (now span-index.ts, tested in hostile-indexes-51.test.ts), respectivePhrase's lists of figures read
// once per sentence, and datedByRestatement's dated claims grouped by figure and side.
import { describe, expect, it } from 'vitest';
import type { TimePhrase } from '../../src/core/claims/dates.ts';
import { respectivePhrase } from '../../src/core/claims/respectively.ts';
import { datedByRestatement } from '../../src/core/claims/restated.ts';
import { PRESENT_TENSE } from '../../src/core/claims/period.ts';
import type { ClaimFeature } from '../../src/core/schema.ts';
import { seededUnit } from './seeded.ts';

/** Whole numbers below k from the high bits of seededUnit's draws (seededInts' low bits cycle in a few draws). */
function draws(seed: number): (k: number) => number {
  const unit = seededUnit(seed);
  return (k) => Math.floor(unit() * k);
}

/** respectivePhrase as it was: the figures sorted and the list walked for each figure. */
function respectiveByScan(
  text: string,
  fig: { start: number; end: number },
  figs: readonly { start: number; end: number }[],
  phrases: readonly TimePhrase[],
): TimePhrase | null {
  const FIGURE_JOIN = /^[^\d.;:]{0,40}?(?:,|\band|(?<!\p{L})(?:та|і|й|и))\s*$/iu;
  const RESPECTIVELY_AFTER = /^[^\d.;:]{0,60}?(?:\brespectively\b|(?<!\p{L})(?:відповідно|соответственно)(?!\p{L}))/iu;
  const PHRASE_JOIN = /^\s*,?\s*(?:and|та|і|й|и|або|или)?\s*(?:(?:in|у|в|во)\s)?$/iu;
  const sorted = [...figs].sort((a, b) => a.start - b.start);
  const k = sorted.findIndex((f) => f.start === fig.start);
  if (k < 0) return null;
  let lo = k;
  let hi = k;
  while (lo > 0 && FIGURE_JOIN.test(text.slice(sorted[lo - 1]!.end, sorted[lo]!.start))) lo--;
  while (hi + 1 < sorted.length && FIGURE_JOIN.test(text.slice(sorted[hi]!.end, sorted[hi + 1]!.start))) hi++;
  const n = hi - lo + 1;
  if (n < 2 || !RESPECTIVELY_AFTER.test(text.slice(sorted[hi]!.end, sorted[hi]!.end + 80))) return null;
  const usable = phrases.filter((p) => !p.since && !p.fromOperationStart && p.end <= sorted[hi]!.end);
  for (let a = 0; a + n <= usable.length; a++) {
    const group = usable.slice(a, a + n);
    if (group.every((p, j) => j === 0 || PHRASE_JOIN.test(text.slice(group[j - 1]!.end, p.start)))) return group[k - lo]!;
  }
  return null;
}

describe('respectivePhrase', () => {
  const JOINS = [', ', ' and ', ', ', ' and ', '; ', ' near Pokrovsk, '];
  const TAILS = [' respectively', ', respectively, ', ' respectively ', ' near Pokrovsk', '. '];
  it('gives what the walk per figure gave, each figure of random sentences read in random order', () => {
    let dated = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = draws(seed);
      let text = '';
      const figs: { start: number; end: number }[] = [];
      const phrases: TimePhrase[] = [];
      for (let clause = 1 + next(3); clause > 0; clause--) {
        for (let k = 1 + next(4); k > 0; k--) {
          text += k > 1 || next(2) ? 'in ' : 'since ';
          phrases.push({ start: text.length, end: text.length + 3, text: 'May', period: { start: '2024-05-01', end: '2024-05-31' } });
          if (next(4) === 0) phrases.at(-1)!.since = true;
          text += `May${k > 1 ? [' and ', ', ', ' and ', ' or '][next(4)] : ' '}`;
        }
        text += 'Russian forces took ';
        for (let m = 1 + next(4); m > 0; m--) {
          figs.push({ start: text.length, end: text.length + 2 });
          text += `${10 + next(90)} km²${m > 1 ? JOINS[next(JOINS.length)] : ''}`;
        }
        text += TAILS[next(TAILS.length)];
      }
      const unordered = [...figs].reverse(); // a figs array not in order
      for (const fig of figs) {
        const read = respectivePhrase(text, fig, unordered, phrases);
        expect(read, `seed ${seed}: ${text}`).toBe(respectiveByScan(text, fig, unordered, phrases));
        if (read) dated++;
      }
    }
    expect(dated).toBeGreaterThan(50); // the sample reaches lists closed by "respectively"
  });
});

/** datedByRestatement as it was: every claim filtered for each undated one. */
function restatedByScan(claims: readonly ClaimFeature[]): ClaimFeature[] {
  type P = ClaimFeature['properties'];
  const isArea = (p: P): boolean => 'areaKm2Min' in p;
  const isCount = (p: P): boolean => p.type === 'count';
  const undated = (p: P): boolean => p.asOfBasis.startsWith(PRESENT_TENSE);
  const TOLL = new Set(['killed', 'casualties']);
  const f = (p: P): Record<string, unknown> => p as unknown as Record<string, unknown>;
  const same = (p: P, o: P): boolean =>
    isArea(p)
      ? isArea(o) && f(o).areaKm2Min === f(p).areaKm2Min && f(o).areaKm2Max === f(p).areaKm2Max
      : isCount(o) &&
        (f(o).counts === f(p).counts || (TOLL.has(f(o).counts as string) && TOLL.has(f(p).counts as string))) &&
        f(o).valueMin === f(p).valueMin &&
        f(o).valueMax === f(p).valueMax &&
        (f(o).side === f(p).side || f(o).side === null || f(p).side === null);
  return claims.map((c) => {
    const p = c.properties;
    if (!(isArea(p) || isCount(p)) || !undated(p)) return c;
    const found = claims.map((o) => o.properties).filter((o) => o !== p && !undated(o) && same(p, o));
    if (found.length === 0 || new Set(found.map((o) => `${o.asOf.start}/${o.asOf.end}`)).size !== 1) return c;
    const o = found[0]!;
    return { ...c, properties: { ...p, asOf: o.asOf, asOfBasis: `${o.asOfBasis} (the same figure, restated)` } } as ClaimFeature;
  });
}

describe('datedByRestatement', () => {
  it('dates as the scan of every claim did', () => {
    const COUNTS = ['killed', 'casualties', 'settlements', 'wounded'];
    const SIDES = ['RU', 'UA', null];
    let restated = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const next = draws(seed);
      const claims: ClaimFeature[] = [];
      for (let n = next(25); claims.length < n;) {
        const day = `2024-05-0${1 + next(3)}`;
        const asOf = { start: day, end: next(3) ? day : '2024-05-09' };
        const asOfBasis = next(2) ? `${PRESENT_TENSE}` : `“in May” ${claims.length}`;
        const v = 1 + next(2);
        const properties = next(2)
          ? { type: 'area-gained', areaKm2Min: v, areaKm2Max: v + next(2), asOf, asOfBasis }
          : next(8) === 0
            ? { type: 'other', asOf, asOfBasis }
            : { type: 'count', counts: COUNTS[next(4)], valueMin: v, valueMax: v, side: SIDES[next(3)], asOf, asOfBasis };
        claims.push({ type: 'Feature', geometry: null, properties } as unknown as ClaimFeature);
      }
      const read = datedByRestatement(claims);
      expect(read, `seed ${seed}`).toEqual(restatedByScan(claims));
      restated += read.filter((c, i) => c !== claims[i]).length;
    }
    expect(restated).toBeGreaterThan(30); // the sample restates figures
  });
});
