// The precision approximate.ts gives a mention reaches the place features: a settlement no layer knows, put "near" a
// known one or in a district, is its own feature (named as written) at that one's point with precision `near` or
// `district` (the neighbour itself stays exact); one the gazetteer knows with its district alone
// is its own feature at the district's point.
import { describe, expect, it } from 'vitest';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { gazetteer } from './gazetteer-cache.ts';
import { HALO_METRES } from '../../src/viewer/map/layers/places.ts';

const run = (text: string): [string, string, string, string[]][] =>
  geoparseCorpus([{ file: 'a.txt', title: 'a', outlet: 'fixture', published: '2024-11-20', text }], gazetteer()).places.features.map(
    (f) => [f.properties.id, f.properties.name, f.properties.precision, f.properties.variants],
  );

describe('precision of place features', () => {
  it('is near for an unknown settlement placed near a known one, exact for the known one', () => {
    const places = run('Shelling hit the village of Zorvanivka near Yunakivka overnight.');
    expect(places).toContainEqual(['ua-yunakivka~near~zorvanivka', 'Zorvanivka', 'near', ['Zorvanivka']]);
    expect(places).toContainEqual(['ua-yunakivka', 'Yunakivka', 'exact', ['Yunakivka']]);
  });
  it('is district for an unknown settlement placed in a district', () => {
    const places = run('Село Зорванівка Суджанського району обстріляли.');
    expect(places.find(([, , , v]) => v.includes('Зорванівка'))?.[2]).toBe('district');
  });
  it('is district for a settlement known only with its OKTMO district, its own feature drawn with the district halo', () => {
    const places = run('Drones struck Karaichnoye and the town of Shebekino in the Belgorod region overnight.');
    const village = places.find(([, , , v]) => v.includes('Karaichnoye'));
    expect(village?.slice(0, 3)).toEqual(['oktmo-14750000256', 'Karaichnoye', 'district']);
    expect(HALO_METRES[village![2]]).toBeGreaterThan(0);
  });
});
