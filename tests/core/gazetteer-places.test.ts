// The shipped place layers: valid, every coordinate sourced, every settlement inside its oblast, districts at their
// centres, and the gazetteer answering to the Cyrillic names reporting uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAdmin1Locator } from '../../src/cli/gazetteer/admin1-locator.ts';
import type { GazetteerEntry } from '../../src/core/gazetteer/entry.ts';
import { placesEntries, placesLayerSchema } from '../../src/core/gazetteer/places-layer.ts';
import { distanceKm } from '../../src/core/geo.ts';
import { normalizeName } from '../../src/core/text/normalize.ts';
import { gazetteer } from './gazetteer-cache.ts';

const dir = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
/** Two entries of one name closer than this in one oblast are one settlement entered twice. */
const SAME_PLACE_KM = 3;
const layer = (name: string) => placesEntries(placesLayerSchema.parse(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))));

describe('shipped place layers', { timeout: 60_000 }, () => {
  it('are valid, sourced, Cyrillic-named and inside their oblast', () => {
    const locator = loadAdmin1Locator();
    for (const name of ['districts', 'ua-settlements', 'ru-border-villages']) {
      const entries = layer(name);
      expect(entries.length, name).toBeGreaterThan(200);
      expect(new Set(entries.map((e) => e.id)).size, `${name}: unique ids`).toBe(entries.length);
      for (const e of entries) {
        expect(e.source, e.id).toMatch(/^(geonames:\d+|wikipedia:(ru|uk|en|es|de|ja):.+|repo:[\w.-]+\/[\w.-]+@[0-9a-f]{40}:.+#L\d+)$/);
        expect(e.ru ?? e.uk, `${e.id} has a Cyrillic name`).toBeTruthy();
        expect(locator.contains(e.admin1!, e.lon, e.lat), `${e.id} ${e.name} inside ${e.admin1}`).toBe(true);
      }
    }
  });

  it('hold each settlement once: no two entries of a layer share a GeoNames id, or a name, oblast and point', () => {
    // A postal row and a cities500 place on the same GeoNames id (Курахове / Курахово) are one settlement; two of them
    // would split its mentions between two points. Namesakes a few km apart in other raions (Бірки) stay apart.
    const namesOf = (e: GazetteerEntry) =>
      new Set([e.name, e.ru, e.uk, ...(e.aliases ?? [])].flatMap((n) => (n ? [normalizeName(n)] : [])));
    for (const name of ['ua-settlements', 'ru-border-villages']) {
      const entries = layer(name);
      const geonames = entries.filter((e) => e.source.startsWith('geonames:')).map((e) => e.source);
      expect(geonames.length - new Set(geonames).size, `${name}: entries sharing a GeoNames id`).toBe(0);
      const twins: string[] = [];
      entries.forEach((a, i) => {
        const names = namesOf(a);
        for (const b of entries.slice(i + 1)) {
          if (a.admin1 !== b.admin1 || Math.abs(a.lat - b.lat) > 0.05 || distanceKm(a, b) > SAME_PLACE_KM) continue;
          if ([...namesOf(b)].some((n) => names.has(n))) twins.push(`${a.id} ${a.name} / ${b.id} ${b.name}`);
        }
      });
      expect(twins, name).toEqual([]);
    }
  });

  it('put raions and hromadas at the settlement they are named after', () => {
    const districts = layer('districts');
    const settlements = [...layer('ua-settlements'), ...layer('ru-border-villages')];
    const at = (cyrillic: string) => districts.find((d) => d.ru === cyrillic || d.uk === cyrillic);
    const place = (cyrillic: string, admin1: string) =>
      settlements.find((s) => (s.ru === cyrillic || s.uk === cyrillic) && s.admin1 === admin1);
    for (const [district, centre, admin1] of [
      ['Суджанский район', 'Суджа', 'Kursk Oblast'],
      ['Глушковский район', 'Глушково', 'Kursk Oblast'],
      ['Краснояружский район', 'Красная Яруга', 'Belgorod Oblast'],
      ['Краснопільська громада', 'Краснопілля', 'Sumy Oblast'],
      ['Великописарівська громада', 'Велика Писарівка', 'Sumy Oblast'],
      ['Конотопський район', 'Конотоп', 'Sumy Oblast'],
    ] as const) {
      const d = at(district);
      const c = place(centre, admin1);
      expect(d, district).toBeDefined();
      expect(c, centre).toBeDefined();
      expect(d!.kind).toBe('district');
      expect(distanceKm(d!, c!), `${district} at ${centre}`).toBeLessThan(1);
    }
  });

  it('make districts and villages findable by their Cyrillic names', () => {
    const g = gazetteer();
    const find = (n: string) => g.lookup(normalizeName(n)).map((e) => `${e.kind}:${e.admin1}`);
    expect(find('Суджанский район')).toContain('district:Kursk Oblast');
    expect(find('Краснопільська громада')).toContain('district:Sumy Oblast');
    expect(find('Гуево')).toContain('village:Kursk Oblast');
    expect(find('Юнаківка')).toContain('village:Sumy Oblast');
  });

  it('answer to the Russian and former names GeoNames keeps for a place, in their case forms', () => {
    const g = gazetteer();
    const find = (n: string) => g.lookup(normalizeName(n)).map((e) => `${e.country}:${e.admin1}`);
    expect(find('Красноармейск')).toContain('UA:Donetsk Oblast'); // Pokrovsk until 2016
    expect(find('Артемовске')).toContain('UA:Donetsk Oblast'); // Bakhmut until 2016
    expect(find('Дзержинськ')).toContain('UA:Donetsk Oblast'); // Toretsk until 2016
    expect(find('Харькове')).toContain('UA:Kharkiv Oblast');
    // Surname-shaped alternate names and region adjectives are no settlement names.
    expect(g.lookup(normalizeName('Сырский')).filter((e) => e.kind !== 'district')).toEqual([]);
    expect(g.lookup(normalizeName('Курская')).filter((e) => e.layer === 'city')).toEqual([]);
  });
});
