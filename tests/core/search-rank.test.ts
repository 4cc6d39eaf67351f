// The place search as a briefer types: an exact name comes first, then names beginning with the words typed, then
// any name containing them; within each, the most-mentioned. "Izium" + Enter opens the town, not Izium Raion.
import { describe, expect, it } from 'vitest';
import { searchPlaceMatches, searchPlaces } from '../../src/viewer/ui/panels/search.ts';
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
    // The town's variant "Izyum" first; since round 31 the loose key (y as i) also finds the names containing Izium.
    expect(searchPlaces(places, 'izyum').map((p) => p.properties.id)).toEqual(['town', 'raion', 'other']);
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

describe('place search across spellings (search-key.ts)', () => {
  // The events dev corpus (891 articles): "Kurakhovo", "Chasov Yar", "Velikaya Novoselka", "Великая Новосёлка" and
  // "Kup'iansk" each said "No place matches." though the place was on the map under its Ukrainian spelling.
  const spelled = {
    type: 'FeatureCollection',
    features: [
      place('kurakhove', 'Kurakhove', 40, ['Курахове', 'Курахово']),
      place('novosilka', 'Velyka Novosilka', 30, ['Велика Новосілка', 'Великая Новоселка']),
      place('kupiansk', 'Kupiansk', 90, ['Купʼянськ']),
      place('vuhledar', 'Vuhledar', 20, ['Вугледар']),
      place('chasiv', 'Chasiv Yar', 50, ['Часів Яр', 'Часов Яр']),
    ],
  } as unknown as PlacesCollection;
  const ids = (q: string) => searchPlaces(spelled, q.toLocaleLowerCase()).map((p) => p.properties.id);
  it('finds a place by the English spelling of its Russian name', () => {
    expect(ids('Kurakhovo')).toEqual(['kurakhove']);
    expect(ids('Chasov Yar')).toEqual(['chasiv']);
    expect(ids('Velikaya Novoselka')).toEqual(['novosilka']);
    expect(ids('Ugledar')).toEqual(['vuhledar']);
  });
  it('reads ё as е, any apostrophe as another, and y as i', () => {
    expect(ids('Великая Новосёлка')).toEqual(['novosilka']);
    expect(ids("Куп'янськ")).toEqual(['kupiansk']);
    expect(ids('Куп’янськ')).toEqual(['kupiansk']);
    expect(ids("Kup'yansk")).toEqual(['kupiansk']);
  });
  it('ranks a name matched as typed before one matched only loosely', () => {
    const both = {
      type: 'FeatureCollection',
      features: [...spelled.features, place('ru-kurakhovo', 'Kurakhovo', 1)],
    } as unknown as PlacesCollection;
    expect(searchPlaces(both, 'kurakhovo').map((p) => p.properties.id)).toEqual(['ru-kurakhovo', 'kurakhove']);
  });
});

describe('place search by the gazetteer’s other names (otherNames)', () => {
  // A briefer types the former or Russian name: "Artemovsk", "Горловка", "Dzerzhinsk" found nothing before.
  const named = (id: string, name: string, n: number, variants: string[], otherNames?: string[]) => {
    const f = place(id, name, n, variants);
    return { ...f, properties: { ...f.properties, ...(otherNames ? { otherNames } : {}) } };
  };
  const renamed = {
    type: 'FeatureCollection',
    features: [
      named('bakhmut', 'Bakhmut', 50, ['Bakhmut'], ['Артемовск', 'Артемівськ']),
      named('horlivka', 'Horlivka', 20, ['Horlivka'], ['Горловка']),
      named('toretsk', 'Toretsk', 10, ['Toretsk'], ['Дзержинськ']),
      named('artemivka', 'Artemivka', 5, ['Artemivka']),
    ],
  } as unknown as PlacesCollection;
  const found = (q: string) =>
    searchPlaceMatches(renamed, q.toLocaleLowerCase()).map((m) => `${m.place.properties.id}${m.alsoName ? `/${m.alsoName}` : ''}`);
  it('finds a place by an other name, typed or spelled loosely, and says which name matched', () => {
    expect(found('Artemovsk')).toEqual(['bakhmut/Артемовск']);
    expect(found('Горловка')).toEqual(['horlivka/Горловка']);
    expect(found('Gorlovka')).toEqual(['horlivka/Горловка']);
    expect(found('Dzerzhinsk')).toEqual(['toretsk/Дзержинськ']);
  });
  it('ranks a match on a place’s own names first and does not mark it', () => {
    expect(found('Bakhmut')).toEqual(['bakhmut']);
    // "Artem": Artemivka by its name before Bakhmut by its other name, though Bakhmut has more mentions.
    expect(found('Artem')).toEqual(['artemivka', 'bakhmut/Артемовск']);
  });
});
