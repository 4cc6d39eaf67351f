// The two time axes: nothing is visible on a date before its publication, whatever the periods, sources and dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describesLater, latestAt, latestPerGroupAt, sourcesKnownAt, visibleAt } from '../../src/core/claims/visibility.ts';
import type { ClaimFeature } from '../../src/core/schema.ts';
import { areaHeld } from './area-claim.ts';

const day = fc.integer({ min: 0, max: 900 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const sorted = (a: string, b: string): [string, string] => (a <= b ? [a, b] : [b, a]);

/** A claim with sources published on any dates, its `published` the earliest (as the merger makes it), its period
 * anywhere not after publication. */
const claim = fc
  .tuple(fc.array(day, { minLength: 1, maxLength: 4 }), day, day, fc.integer({ min: 1, max: 2000 }))
  .map(([pubs, a, b, km2]): ClaimFeature => {
    const published = [...pubs].sort()[0]!;
    const [s, e] = sorted(a, b);
    const asOf = { start: s < published ? s : published, end: e < published ? e : published };
    const sources = [...pubs].sort().map((p, i) => ({ article: `a${i}.txt`, outlet: 'o', published: p, quote: 'q', start: 0, end: 1 }));
    const f = areaHeld(`${published}:${km2}:${s}`, asOf.start, asOf.end, km2, published);
    return { ...f, properties: { ...f.properties, article: 'a0.txt', sources } } as ClaimFeature;
  });
const isArea = (f: ClaimFeature): f is Extract<ClaimFeature, { properties: { type: 'area-held' } }> => f.properties.type === 'area-held';

describe('visibility on the timeline (as reported up to D)', () => {
  it('never shows a claim, a latest claim or a source before its publication', () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 12 }), day, (claims, date) => {
        for (const f of claims) {
          if (visibleAt(f.properties, date)) expect(f.properties.published <= date).toBe(true);
          for (const s of sourcesKnownAt(f.properties.sources, date)) expect(s.published <= date).toBe(true);
        }
        const latest = latestAt(claims, date, isArea);
        if (latest) expect(latest.properties.published <= date).toBe(true);
        else expect(claims.some((f) => f.properties.published <= date)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('picks as latest the visible claim that describes the most recent period', () => {
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 12 }), day, (claims, date) => {
        const latest = latestAt(claims, date, isArea);
        if (!latest) return;
        for (const f of claims)
          if (f !== latest && visibleAt(f.properties, date)) expect(describesLater(f.properties, latest.properties)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('picks per group (as the viewer does per holder and country) the visible claim of that group describing the most recent period', () => {
    const groupOf = (f: ClaimFeature): string => String(f.properties.published < '2025-01-01');
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 12 }), day, (claims, date) => {
        const latest = latestPerGroupAt(claims, date, isArea, groupOf);
        expect(new Set(latest.map(groupOf)).size).toBe(latest.length);
        for (const l of latest) {
          expect(l.properties.published <= date).toBe(true);
          for (const f of claims)
            if (f !== l && groupOf(f) === groupOf(l) && visibleAt(f.properties, date))
              expect(describesLater(f.properties, l.properties)).toBe(false);
        }
        const groups = new Set(claims.filter((f) => visibleAt(f.properties, date)).map(groupOf));
        expect(latest.length).toBe(groups.size);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a December figure about August as unknown in August, and known in hindsight', () => {
    const p = { published: '2024-12-16', asOf: { start: '2024-08-01', end: '2024-12-16' } };
    expect(visibleAt(p, '2024-08-15')).toBe(false);
    expect(visibleAt(p, '2024-12-16')).toBe(true);
    expect(visibleAt(p, '2024-08-15', 'described')).toBe(true);
  });
});
