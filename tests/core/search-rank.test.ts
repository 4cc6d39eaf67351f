// The place search as a briefer types: an exact name comes first, then names beginning with the words typed, then
// any name containing them; within each, the most-mentioned. "Izium" + Enter opens the town, not Izium Raion.
import { describe, expect, it } from 'vitest';
import { searchPlaces } from '../../src/viewer/ui/panels/search.ts';
import type { PlacesCollection } from '../../src/core/schema.ts';

const place = (id: string, name: string, mentionCount: number, variants: string[] = []) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [37, 49] },
  properties: { id, name, variants, mentionCount, kind: 'town', country: 'UA' },
});
const places = {
  type: 'FeatureCollection',
  features: [
    place('raion', 'Izium Raion', 5, ['Ізюмський район']),
    place('town', 'Izium', 3, ['Ізюм', 'Izyum']),
    place('other', 'Novoizium', 9),
  ],
} as unknown as PlacesCollection;

describe('place search ranking', () => {
  it('puts the place named exactly so first, then names that begin so, then the rest', () => {
    expect(searchPlaces(places, 'izium').map((p) => p.properties.id)).toEqual(['town', 'raion', 'other']);
  });
  it('matches a variant spelling exactly too', () => {
    expect(searchPlaces(places, 'izyum').map((p) => p.properties.id)).toEqual(['town']);
    expect(searchPlaces(places, 'ізюм')[0]!.properties.id).toBe('town');
  });
  it('ranks by mentions among matches of one kind, and keeps the limit', () => {
    expect(searchPlaces(places, 'ium').map((p) => p.properties.id)).toEqual(['other', 'raion', 'town']);
    expect(searchPlaces(places, 'izium', 1).map((p) => p.properties.id)).toEqual(['town']);
  });
  it('lists a place not yet reported at the timeline date after every place that was, whatever the match', () => {
    // The map of the date shows only the raion: the town's exact name comes after it, and Enter opens the raion.
    const known = (f: { properties: { id: string } }) => f.properties.id !== 'town';
    expect(searchPlaces(places, 'izium', 8, known).map((p) => p.properties.id)).toEqual(['raion', 'other', 'town']);
  });
});
