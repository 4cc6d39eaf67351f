// A held-area figure long past its period is no longer the situation on the map's date (STALE_AFTER_DAYS): the map
// keeps it as the last word, faded and dated, but does not emphasise it as the current holding.
import { describe, expect, it } from 'vitest';
import { daysBefore, STALE_AFTER_DAYS, staleAt } from '../../src/core/claims/visibility.ts';
import { currentAreas, latestAreas } from '../../src/viewer/data/claims-model.ts';
import { claimLayers, claimsForMap, staleNote } from '../../src/viewer/map/layers/claims.ts';
import type { ClaimFeature } from '../../src/core/schema.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import { areaHeld } from './area-claim.ts';

describe('stale held-area figures', () => {
  const august = areaHeld('aug', '2024-08-15', '2024-08-15', 1150, '2024-08-16');

  it('counts the days from the end of the period described, not from publication', () => {
    expect(daysBefore(august.properties, '2024-08-15')).toBe(0);
    expect(daysBefore(august.properties, '2024-09-14')).toBe(30);
    expect(staleAt(august.properties, '2024-10-14')).toBe(false); // 60 days: still the situation
    expect(staleAt(august.properties, '2024-10-15')).toBe(true);
    expect(STALE_AFTER_DAYS).toBe(60);
  });

  it('keeps the latest figure but no longer calls it current once stale', () => {
    const claims = [august];
    const countryOf = () => 'RU';
    expect(latestAreas(claims, '2025-03-20', countryOf).map((f) => f.properties.id)).toEqual(['aug']);
    expect(currentAreas(claims, '2024-09-01', countryOf).map((f) => f.properties.id)).toEqual(['aug']);
    expect(currentAreas(claims, '2025-03-20', countryOf)).toEqual([]);
  });

  it('draws a stale latest figure faded, its label saying how old it is', () => {
    const state = (date: string) =>
      ({
        date,
        reading: 'reported',
        selection: null,
        dataset: { claims: { features: [august] }, places: { features: [] }, report: { articles: [] } },
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

describe('stale figure marks', () => {
  // The events dev corpus drew "> 33 % held by RU" (Sievierodonetsk, early June 2022) on the map of March 2025 at full
  // strength and without a date, as if it were the situation then.
  const base = areaHeld('share', '2022-06-01', '2022-06-08', 1, '2022-06-08');
  const share = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [38.48, 48.95] },
    properties: {
      ...base.properties,
      type: 'share-held',
      side: 'RU',
      percent: 33,
      percentMin: 33,
      percentMax: 33,
      qualifier: 'more than',
      original: { value: 33, valueMin: 33, valueMax: 33, unit: 'percent', text: '33 %' },
      areaKm2: undefined,
      areaKm2Min: undefined,
      areaKm2Max: undefined,
    },
  } as unknown as ClaimFeature;
  const state = (date: string) =>
    ({
      date,
      reading: 'reported',
      selection: null,
      dataset: { claims: { features: [share] }, places: { features: [] }, report: { articles: [] } },
    }) as unknown as AppState;
  const figure = (date: string) => claimsForMap(state(date)).features.find((f) => f.properties?.role === 'figure')!.properties!;

  it('fades a figure describing a time long before the date and names its period', () => {
    expect(figure('2022-06-20')).toMatchObject({ stale: false });
    expect(figure('2022-06-20').label).not.toContain('Jun 2022');
    expect(figure('2025-03-01')).toMatchObject({ stale: true });
    expect(figure('2025-03-01').label).toContain('· early-Jun 2022');
    // The disc and the mark read the flag (the words stay opaque: their period says the age).
    for (const id of ['claims-figure', 'claims-figure-label']) {
      const paint = JSON.stringify(claimLayers().find((l) => l.id === id)!.paint);
      expect(paint).toContain('"stale"');
    }
  });
});
