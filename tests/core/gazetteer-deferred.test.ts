// The Latin spellings of cross nominatives ("Krasnoye" for the Ukrainian village Красне) are built on the first lookup of
// a name that is not Cyrillic: a corpus read only in Cyrillic never pays for them, and once built the gazetteer answers
// as if they had been indexed with the rest (same entries in the same order, cross and variant readings, collisions).
import { describe, expect, it, vi } from 'vitest';
import { createGazetteer, type GazetteerData } from '../../src/core/gazetteer/gazetteer.ts';
import type { GazetteerEntry } from '../../src/core/gazetteer/entry.ts';
import { generatedNames } from '../../src/core/geoparse/name-forms.ts';
import { normalizeName } from '../../src/core/text/normalize.ts';

const lean = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/core/text/translit.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/text/translit.ts')>();
  return {
    ...real,
    // Curated entries get the full set of spellings; only cross nominatives ask for the lean Russian one here.
    latinSpellings: (name: string, lang: 'ru' | 'uk', isLean = false) => {
      if (isLean) lean.calls++;
      return real.latinSpellings(name, lang, isLean);
    },
  };
});

const entry = (e: Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'name' | 'lon' | 'lat'>): GazetteerEntry => ({
  aliases: [],
  kind: 'village',
  country: 'UA',
  admin1: 'Kharkiv Oblast',
  population: null,
  source: `fixture:${e.id}`,
  ...e,
});
const file = (entries: GazetteerEntry[]) => ({ description: 'fixture', licence: 'fixture', entries });
const emptyPlaces = (idPrefix: string): GazetteerData['districts'] => ({
  description: 'fixture',
  licence: 'fixture',
  idPrefix,
  columns: [],
  admin1Names: [],
  districtNames: [],
  sources: ['fixture'],
  rows: [],
});

// A Russian village whose own name is the Russian-style spelling of two Ukrainian villages known only in Ukrainian.
const ruKrasnoye = entry({
  id: 'ru-krasnoye',
  name: 'Krasnoye',
  ru: 'Красное',
  country: 'RU',
  admin1: 'Belgorod Oblast',
  lon: 37,
  lat: 50.5,
});
const uaKrasne1 = entry({ id: 'ua-krasne-1', name: 'Krasne', uk: 'Красне', lon: 36.1, lat: 49.9 });
const uaKrasne2 = entry({ id: 'ua-krasne-2', name: 'Krasne', uk: 'Красне', lon: 35.2, lat: 49.1 });
const uaBoth = entry({ id: 'ua-both', name: 'Vilne', uk: 'Вільне', ru: 'Вольное', lon: 36.5, lat: 49.5 });
const entries = [uaKrasne1, ruKrasnoye, uaKrasne2, uaBoth];

const build = () =>
  createGazetteer({
    theatre: file(entries.map((e) => ({ ...e, aliases: [...e.aliases] }))),
    countries: file([]),
    admin1: file([]),
    cities: { description: 'fixture', licence: 'fixture', columns: [], admin1Names: [], rows: [] },
    unlocated: { description: 'fixture', licence: 'fixture', entries: [] },
    anchors: { description: 'fixture', licence: 'fixture', anchors: [] } as unknown as GazetteerData['anchors'],
    districts: emptyPlaces('d'),
    'ua-settlements': emptyPlaces('ua'),
    'ru-border-villages': emptyPlaces('ru'),
    imported: [],
  });
const ids = (g: ReturnType<typeof build>, name: string) => g.lookup(normalizeName(name)).map((e) => e.id);

describe('deferred Latin spellings of cross nominatives', () => {
  it('are not built while only Cyrillic names are looked up', () => {
    lean.calls = 0;
    const g = build();
    expect(ids(g, 'Красне')).toEqual(['ua-krasne-1', 'ru-krasnoye', 'ua-krasne-2']); // Красное in Ukrainian copy
    expect(ids(g, 'Красного')).toEqual(['ua-krasne-1', 'ru-krasnoye', 'ua-krasne-2']);
    expect(g.isCrossReading?.(normalizeName('Красное'), 'ua-krasne-1')).toBe(true);
    expect(g.stopwordPlaces.size).toBe(0);
    expect(lean.calls).toBe(0);
    expect(ids(g, 'Krasnoye')).toContain('ua-krasne-1');
    expect(lean.calls).toBeGreaterThan(0);
  });

  it('once built, answer as the whole index would: curated name first, then the weaker readings in entry order', () => {
    const g = build();
    expect(ids(g, 'Krasnoye')).toEqual(['ru-krasnoye', 'ua-krasne-1', 'ua-krasne-2']);
    // "Krasnoe" is generated for all three (no curated owner): entry order.
    expect(ids(g, 'Krasnoe')).toEqual(['ua-krasne-1', 'ru-krasnoye', 'ua-krasne-2']);
    for (const id of ['ua-krasne-1', 'ua-krasne-2']) {
      expect(g.isCrossReading?.('krasnoye', id), id).toBe(true);
      expect(g.isVariantReading('krasnoye', id), id).toBe(true);
      expect(g.collisions).toContainEqual({ name: 'krasnoye', entry: id, others: ['ru-krasnoye'] });
    }
    expect(g.isCrossReading?.('krasnoye', 'ru-krasnoye')).toBe(false);
    expect(g.lookupPrefix('krasnoye').entries.map((e) => e.id)).toEqual(['ru-krasnoye', 'ua-krasne-1', 'ua-krasne-2']);
    // An entry named in both languages has no cross spelling to defer.
    expect(g.isCrossReading?.('volnoye', 'ua-both')).toBe(false);
  });

  it('leave out no name the eager build gives an entry', () => {
    const g = build();
    for (const e of entries) {
      const { forms, variants } = generatedNames(e, false);
      for (const n of [...forms, ...variants]) expect(ids(g, n), `${e.id} ${n}`).toContain(e.id);
    }
  });
});
