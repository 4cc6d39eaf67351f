// The legend's line for a held-area figure drawn faded because none describes the last 60 days: it names the holder
// and country whenever another held area is drawn beside it, so it cannot read as if no figure were current.
import { describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../../src/core/schema.ts';
import { staleAreaLabels } from '../../src/viewer/export/visible.ts';
import { areaHeld } from './area-claim.ts';

const side = (f: ClaimFeature, s: 'UA' | 'RU'): ClaimFeature => ({ ...f, properties: { ...f.properties, side: s } }) as ClaimFeature;
const ukraineInKursk = areaHeld('ua-kursk', '2024-08-13', '2024-08-13', 1150);
const russiaInUkraine = side(areaHeld('ru-ua', '2022-11-01', '2022-11-10', 6000), 'RU');
const countryOf = (c: ClaimFeature): string => (c.properties.type === 'area-held' && c.properties.side === 'UA' ? 'RU' : 'UA');
const all = [ukraineInKursk, russiaInUkraine];

describe('staleAreaLabels', () => {
  it('names the stale group when a current held area is drawn beside it', () => {
    expect(staleAreaLabels(all, all, '2024-08-20', countryOf)).toEqual([
      'No held-area figure (Russia in Ukraine) describes the 60 days before this date: the latest (early-Nov 2022) is drawn faded',
    ]);
  });
  it('leaves the group unnamed when the stale figure is the only held area drawn', () => {
    expect(staleAreaLabels(all, [russiaInUkraine], '2024-08-20', countryOf)).toEqual([
      'No held-area figure describes the 60 days before this date: the latest (early-Nov 2022) is drawn faded',
    ]);
  });
});
