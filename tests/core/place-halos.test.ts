// Uncertainty halos (placesForMap, src/viewer/map/layers/places.ts): one per point and precision. Villages a codifier
// places only at their district share the district's point; a translucent disc each would stack into an opaque blot.
import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../src/core/schema.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import { HALO_METRES, placesForMap } from '../../src/viewer/map/layers/places.ts';

const halosForMap = (s: AppState) => placesForMap(s).features.filter((f) => (f.properties?.halo0 as number) > 0);

const DISTRICT_POINT: [number, number] = [37.18, 48.28];
const NEIGHBOUR: [number, number] = [37.5, 48.1];

function place(id: string, at: [number, number], kind: string, precision: string): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: { id, name: id, kind, precision, mentionCount: 1, confidence: 0.9 },
  } as unknown as PlaceFeature;
}

const places = [
  place('oktmo-1', DISTRICT_POINT, 'village', 'district'),
  place('oktmo-2', DISTRICT_POINT, 'village', 'district'),
  place('oktmo-3', DISTRICT_POINT, 'village', 'district'),
  place('ua-x~near~y', NEIGHBOUR, 'village', 'near'),
  place('gn-1', NEIGHBOUR, 'town', 'exact'),
  place('oblast', [37.8, 48.0], 'region', 'region'),
];
const state = { date: '2026-01-01', reading: 'described', dataset: { places: { features: places } } } as unknown as AppState;

describe('place uncertainty halos', () => {
  it('draws one halo per point and precision, saying how many places it stands for', () => {
    const halos = halosForMap(state);
    expect(halos.map((h) => [h.geometry.coordinates, h.properties?.haloPlaces])).toEqual([
      [DISTRICT_POINT, 3],
      [NEIGHBOUR, 1],
    ]);
  });

  it('sizes a halo by its precision, and a district halo is wider than a near one', () => {
    const [district, near] = halosForMap(state).map((h) => h.properties?.halo0 as number);
    expect(district! / near!).toBeCloseTo(
      (HALO_METRES.district! / HALO_METRES.near!) * (Math.cos((48.1 * Math.PI) / 180) / Math.cos((48.28 * Math.PI) / 180)),
      6,
    );
  });

  it('gives exact places, regions and countries no halo, and still draws every place once', () => {
    expect(halosForMap({ ...state, dataset: { places: { features: places.slice(4) } } } as unknown as AppState)).toEqual([]);
    expect(placesForMap(state).features).toHaveLength(places.length);
  });
});
