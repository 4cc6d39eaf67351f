// A held-area figure long past its period is no longer the situation on the map's date (STALE_AFTER_DAYS): the map
// keeps it as the last word, faded and dated, but does not emphasise it as the current holding.
import { describe, expect, it } from 'vitest';
import { daysBefore, STALE_AFTER_DAYS, staleAt } from '../../src/core/claims/visibility.ts';
import { currentArea, latestArea } from '../../src/viewer/data/claims-model.ts';
import { claimsForMap, staleNote } from '../../src/viewer/map/layers/claims.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import type { ClaimFeature } from '../../src/core/schema.ts';

const held = (id: string, start: string, end: string, published: string): ClaimFeature =>
  ({
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [35.1, 51.1],
          [35.4, 51.1],
          [35.4, 51.3],
          [35.1, 51.1],
        ],
      ],
    },
    properties: {
      type: 'area-held',
      id,
      article: 'a.txt',
      published,
      quote: 'q',
      start: 0,
      end: 1,
      sources: [{ article: 'a.txt', outlet: 'o', published, quote: 'q', start: 0, end: 1 }],
      asOf: { start, end },
      attributedTo: null,
      side: 'UA',
      region: 'ne-ru-krs',
      areaKm2: 1150,
      areaKm2Min: 1150,
      areaKm2Max: 1150,
      qualifier: 'exact',
      original: { value: 1150, valueMin: 1150, valueMax: 1150, unit: 'km2', text: '1,150 km²' },
    },
  }) as unknown as ClaimFeature;

describe('stale held-area figures', () => {
  const august = held('aug', '2024-08-15', '2024-08-15', '2024-08-16');

  it('counts the days from the end of the period described, not from publication', () => {
    expect(daysBefore(august.properties, '2024-08-15')).toBe(0);
    expect(daysBefore(august.properties, '2024-09-14')).toBe(30);
    expect(staleAt(august.properties, '2024-10-14')).toBe(false); // 60 days: still the situation
    expect(staleAt(august.properties, '2024-10-15')).toBe(true);
    expect(STALE_AFTER_DAYS).toBe(60);
  });

  it('keeps the latest figure but no longer calls it current once stale', () => {
    const claims = [august];
    expect(latestArea(claims, '2025-03-20')?.properties.id).toBe('aug');
    expect(currentArea(claims, '2024-09-01')?.properties.id).toBe('aug');
    expect(currentArea(claims, '2025-03-20')).toBeNull();
  });

  it('draws a stale latest figure faded, its label saying how old it is', () => {
    const state = (date: string) =>
      ({
        date,
        reading: 'reported',
        selection: null,
        dataset: { claims: { features: [august] }, report: { articles: [] } },
      }) as unknown as AppState;
    const fresh = claimsForMap(state('2024-09-01')).features;
    const old = claimsForMap(state('2025-03-20')).features;
    const area = (fs: typeof fresh) => fs.find((f) => f.properties?.role === 'area' || f.properties?.latest !== undefined)!;
    expect(area(fresh).properties!.latest).toBe(true);
    expect(area(old).properties!.latest).toBe(false);
    const pin = old.find((f) => typeof f.properties?.label === 'string' && f.properties.label.includes('no newer figure'));
    expect(pin?.properties!.label).toContain('7 months before this date');
    expect(staleNote(20)).toBe('no newer figure · 2 weeks before this date');
  });
});
