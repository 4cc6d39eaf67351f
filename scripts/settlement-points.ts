// Where a Ukrainian settlement named in the KATOTTG codifier lies, from sources the gazetteer already ships: its GeoNames
// cities500 place (by its Ukrainian or Russian name, GeoNames' alternate names, former names among them), or an entry of
// ua-settlements.json (GeoNames postal rows placed on a named feature; renamed settlements found through
// ua-former-names.json). Both are GeoNames data (CC BY 4.0), as the districts layer's other points are; the
// OpenStreetMap layer is not used, so the districts layer stays outside the ODbL. Shared by scripts/build-ua-raions.ts (a raion centre
// GeoNames knows only under its former name) and scripts/build-ua-hromadas.ts (every hromada's centre). A point is only
// ever read from a source; a point outside the oblast's admin-1 polygon is never offered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placesEntries, placesLayerSchema } from '../src/core/gazetteer/places-layer.ts';
import type { GazetteerEntry } from '../src/core/gazetteer/entry.ts';
import { distanceKm } from '../src/core/geo.ts';
import type { Admin1Locator } from '../src/cli/gazetteer/admin1-locator.ts';
import type { Cities500Row } from './geonames-cyrillic.ts';
import { latinFromUkrainian } from '../src/cli/gazetteer/cyrillic-names.ts';

const dir = join(import.meta.dirname, '..', 'data', 'gazetteer');
/** Two points of one name closer than this are one settlement (as tests/core/gazetteer-places.test.ts counts twins). */
const SAME_PLACE_KM = 3;

export interface SettlementPoint {
  lon: number;
  lat: number;
  /** The layer's source and the row's reference, as the districts layer stores them. */
  source: [string, string];
  population: number;
}

/** Apostrophes written three ways (’ ' ʼ) compare as one. */
export const apostrophe = (s: string): string => s.replace(/['’ʼ]/g, '’');

const layerEntries = (name: string): GazetteerEntry[] =>
  placesEntries(placesLayerSchema.parse(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))));

/** A sourced entry's source split as the districts layer keeps it: "geonames:" + id, or a repo path + "#L…". */
function splitSource(source: string): [string, string] {
  if (source.startsWith('geonames:')) return ['geonames:', source.slice('geonames:'.length)];
  const hash = source.lastIndexOf('#');
  return hash < 0 ? [source, ''] : [source.slice(0, hash), source.slice(hash)];
}

/** The points a name has in an oblast: its cities500 places (most populous first), or, when GeoNames' cities500 has
 * none, the postal layer's entries of that name (one per place: entries within SAME_PLACE_KM count once). */
export function settlementPointFinder(cities500: readonly Cities500Row[], locator: Admin1Locator) {
  const layers = layerEntries('ua-settlements');
  // A renamed settlement's new name, from the former-names file (its rows name the entry holding the other name).
  const renamed = new Map<string, string[]>();
  const former = JSON.parse(readFileSync(join(dir, 'ua-former-names.json'), 'utf8')) as { rows: [string, string, number, string][] };
  for (const [alias, id] of former.rows) renamed.set(id, [...(renamed.get(id) ?? []), apostrophe(alias)]);
  const namesOf = (e: GazetteerEntry): string[] => [e.name, ...e.aliases, ...(renamed.get(e.id) ?? [])].map(apostrophe);

  return (name: string, oblast: string, geonamesCode: string): SettlementPoint[] => {
    // GeoNames names most Ukrainian villages in the official transliteration and gives many no Cyrillic name.
    const latin = latinFromUkrainian(name);
    const out: SettlementPoint[] = cities500
      .filter((p) => p.admin1Code === geonamesCode && (p.cyrillic.some((n) => apostrophe(n) === name) || p.name === latin))
      .filter((p) => locator.contains(oblast, p.lon, p.lat))
      .sort((a, b) => b.population - a.population || a.id - b.id)
      .map((p) => ({ lon: p.lon, lat: p.lat, source: ['geonames:', String(p.id)], population: p.population }));
    if (out.length > 0) return out;
    for (const e of layers) {
      if (e.admin1 !== oblast || e.lon === null || e.lat === null || !namesOf(e).includes(name)) continue;
      if (!locator.contains(oblast, e.lon, e.lat)) continue;
      if (out.some((p) => distanceKm(p, { lon: e.lon!, lat: e.lat! }) < SAME_PLACE_KM)) continue;
      out.push({ lon: e.lon, lat: e.lat, source: splitSource(e.source), population: e.population ?? 0 });
    }
    return out;
  };
}
