// The latest held-area figure is chosen per holder and country: a Russian figure about a Ukrainian oblast is not a
// newer word on the ground Ukraine holds in Kursk, so it must not fade Ukraine's Kursk circle (map, chart, table,
// export: one choice, claims-model's latestAreas).
import { describe, expect, it } from 'vitest';
import type { ClaimFeature, PlaceFeature } from '../../src/core/schema.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import { areaGroupOf, countryOfClaim, currentAreas, latestAreas, type AreaClaim } from '../../src/viewer/data/claims-model.ts';
import { claimsForMap } from '../../src/viewer/map/layers/claims.ts';
import { areaHeld } from './area-claim.ts';

function held(id: string, side: string, anchor: string, day: string, km2: number, published = day): ClaimFeature {
  const f = areaHeld(id, day, day, km2, published) as AreaClaim;
  return { ...f, properties: { ...f.properties, side, anchor, region: `${anchor}-oblast` } };
}

const place = (id: string, country: string) => ({ properties: { id, country } }) as unknown as PlaceFeature;
const places = { type: 'FeatureCollection', features: [place('ru-sudzha', 'RU'), place('ua-pokrovsk', 'UA')] } as never;
const countryOf = countryOfClaim(places);

const kursk = held('kursk', 'UA', 'ru-sudzha', '2024-08-15', 1000, '2024-08-16');
const kurskEarlier = held('kursk-early', 'UA', 'ru-sudzha', '2024-08-10', 350);
const donetsk = held('donetsk', 'RU', 'ua-pokrovsk', '2024-08-19', 4000, '2024-08-20');
const claims = [kurskEarlier, kursk, donetsk];
const ids = (fs: readonly ClaimFeature[]) => fs.map((f) => f.properties.id).sort();

describe('latest held-area figure per holder and country', () => {
  it('keeps one latest per holder and country: a newer figure of the other side about another country fades nothing', () => {
    expect(ids(latestAreas(claims, '2024-08-20', countryOf))).toEqual(['donetsk', 'kursk']);
    expect(ids(currentAreas(claims, '2024-08-20', countryOf))).toEqual(['donetsk', 'kursk']);
  });

  it('within a group the figure describing the most recent period, among those published by the date', () => {
    expect(ids(latestAreas(claims, '2024-08-12', countryOf))).toEqual(['kursk-early']);
    const later = held('kursk-later', 'UA', 'ru-sudzha', '2024-08-18', 1100, '2024-09-01');
    expect(ids(latestAreas([...claims, later], '2024-08-31', countryOf))).toEqual(['donetsk', 'kursk']);
    expect(ids(latestAreas([...claims, later], '2024-09-01', countryOf))).toEqual(['donetsk', 'kursk-later']);
  });

  it('separates the same holder in two countries, and names the group in words', () => {
    const uaInUa = held('kupiansk', 'UA', 'ua-pokrovsk', '2024-08-01', 40);
    expect(ids(latestAreas([kursk, uaInUa], '2024-08-20', countryOf))).toEqual(['kupiansk', 'kursk']);
    expect(areaGroupOf(kursk as AreaClaim, countryOf)).toBe('Ukraine in Russia');
    // Unknown anchor: the region names the group.
    const nowhere = held('nowhere', 'RU', 'x', '2024-08-01', 10) as AreaClaim;
    expect(areaGroupOf(nowhere, countryOf)).toBe('Russia in x-oblast');
  });

  it('emphasises both current figures on the map', () => {
    const state = {
      date: '2024-08-20',
      reading: 'reported',
      selection: null,
      dataset: { claims: { features: claims }, places, report: { articles: [] } },
    } as unknown as AppState;
    const areas = claimsForMap(state).features.filter((f) => f.properties?.latest !== undefined);
    const latest = areas.filter((f) => f.properties!.latest).map((f) => f.properties!.id);
    expect(latest.sort()).toEqual(['donetsk', 'kursk']);
  });
});
