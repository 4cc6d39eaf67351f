// A located place carries its gazetteer entry's other names (GeoNames alternate names, cited renamings), so the
// viewer's search finds Bakhmut by "Artemovsk": only the entry's names, bounded, sorted, the same on every run.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { MAX_OTHER_NAMES, otherNames } from '../../src/core/pipeline/other-names.ts';
import { placesCollectionSchema } from '../../src/core/schema.ts';
import { gazetteer } from './gazetteer-cache.ts';

describe('otherNames', () => {
  it('keeps the names the shown ones do not find, one per loose key, sorted', () => {
    const entry = { name: 'Bakhmut', aliases: ['Артемовск', 'Артемівськ', 'Бахмут', 'Artemovsk'], uk: 'Бахмут' };
    // "Бахмут" folds to the name's key; "Artemovsk" and "Артемовск" to one key, the first in sort order kept.
    expect(otherNames(entry, ['Bakhmut'])).toEqual(['Artemovsk', 'Артемівськ']);
    expect(otherNames(entry, ['Bakhmut', 'Артемовске'])).toEqual(['Артемівськ']);
  });
  it('keeps the shortest names when there are more than the bound, whatever the input order', () => {
    const aliases = ['Mosca', 'Москва', 'Масква', 'Маскав', 'Moskou', 'Муско', 'Московия', 'Москова'];
    const a = otherNames({ name: 'Moscow', aliases }, ['Moscow']);
    expect(a).toHaveLength(MAX_OTHER_NAMES);
    expect(a).not.toContain('Московия');
    expect(a).toEqual([...a].sort());
    expect(otherNames({ name: 'Moscow', aliases: [...aliases].reverse() }, ['Moscow'])).toEqual(a);
  });
});

describe('otherNames without case forms', () => {
  it('drops a case form of one of the place’s names and keeps its real other names', () => {
    const aliases = ['Бахмута', 'Бахмуті', 'Бахмутом', 'Артемовск', 'Артемовска', 'Артемівськ', 'Artemivsk'];
    expect(otherNames({ name: 'Bakhmut', aliases, uk: 'Бахмут' }, ['Bakhmut'])).toEqual(['Artemivsk', 'Артемовск']);
    // a city's nominative GeoNames lists among its alternate names only
    expect(otherNames({ name: 'Kyiv', aliases: ['Киев', 'Киевом', 'Киеву', 'Київ', 'Києва'] }, ['Kyiv'])).toEqual(['Киев']);
    // a listed name that is a case form of another listed one stays when it is the other orthography's nominative
    expect(otherNames({ name: 'Zalizne', uk: 'Залізне', aliases: ['Артемове', 'Артемово'] }, ['Zalizne'])).toEqual([
      'Артемове',
      'Артемово',
    ]);
    // with a Ukrainian stem alternation (Харків / Харкова); the Russian name is another name, its case forms are not
    const kharkiv = { name: 'Kharkiv', uk: 'Харків', ru: 'Харьков', aliases: ['Харкові', 'Харкова', 'Харькове', 'Kharkov'] };
    expect(otherNames(kharkiv, ['Kharkiv'])).toEqual(['Kharkov']);
    expect(otherNames({ name: 'Moscow', ru: 'Москва', aliases: ['Москвы', 'Москве', 'Moskau'] }, ['Moscow'])).toEqual(['Moskau', 'Москва']);
  });
});

describe('otherNames on the place feature', { timeout: 60_000 }, () => {
  const [first] = readCorpus('seeds');
  const article = {
    ...first!,
    text: 'Russian forces shelled Bakhmut and Horlivka on Monday, officials in Donetsk Oblast said.',
  };
  it('carries the gazetteer entry’s names under the entry’s source, the same on two runs', () => {
    const run = () => geoparseCorpus([article], gazetteer()).places;
    const places = run();
    expect(placesCollectionSchema.safeParse(places).success).toBe(true);
    const byName = new Map(places.features.map((f) => [f.properties.name, f.properties]));
    const bakhmut = byName.get('Bakhmut')!;
    expect(bakhmut.otherNames).toContain('Артемовск');
    expect(bakhmut.otherNames).not.toContain('Бахмут'); // found by "Bakhmut" already
    expect(byName.get('Horlivka')!.otherNames).toContain('Горловка');
    for (const f of places.features) {
      const e = gazetteer().byId(f.properties.id.split('@')[0]!);
      for (const n of f.properties.otherNames ?? []) expect([e?.name, e?.ru, e?.uk, ...(e?.aliases ?? [])]).toContain(n);
    }
    expect(JSON.stringify(run())).toBe(JSON.stringify(places));
  });
});
