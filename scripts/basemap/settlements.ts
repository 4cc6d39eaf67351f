// Settlement labels from the gazetteer: every sourced settlement the gazetteer has (curated theatre entries, any
// other entry files, GeoNames cities) plus Natural Earth populated places, de-duplicated by GeoNames id and
// ranked by population: the zoom a label appears at follows its size, so the map fills in as one zooms.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerFileSchema, type GazetteerEntry } from '../../src/core/gazetteer/entry.ts';
import { placesEntries, placesLayerSchema } from '../../src/core/gazetteer/places-layer.ts';
import type { NeCollection } from './natural-earth.ts';

export interface Settlement {
  key: string; // geonames:<id> or the entry id
  name: string;
  local: string | null; // Cyrillic name in the country's language, when known
  kind: 'city' | 'town' | 'village' | 'other';
  country: string;
  population: number;
  capital: 0 | 1 | 2; // 2 national capital, 1 admin-1 capital
  lon: number;
  lat: number;
  source: string;
}

const UK_ONLY = /[іїєґ]/i;
const RU_ONLY = /[ыэъё]/i;
const CYRILLIC = /^[\u0400-\u04ff\s'’ʼ.-]+$/;

/** The local name: the entry's own ru/uk field, else the alias that is Cyrillic in the country's language. */
export function localName(e: Pick<GazetteerEntry, 'country' | 'aliases' | 'ru' | 'uk'>): string | null {
  if (e.country === 'UA' && e.uk) return e.uk;
  if (e.country !== 'UA' && e.ru) return e.ru;
  const cyr = e.aliases.filter((a) => CYRILLIC.test(a) && /[\u0400-\u04ff]/.test(a));
  // A spelling with letters only the language has wins; then one with none of the other language's letters.
  const own = e.country === 'UA' ? UK_ONLY : RU_ONLY;
  const other = e.country === 'UA' ? RU_ONLY : UK_ONLY;
  return cyr.find((a) => own.test(a) && !other.test(a)) ?? cyr.find((a) => !other.test(a)) ?? null;
}

/** The lowest zoom a settlement's label shows at, by population (capitals earlier); a place whose population is not
 * known (the postal-code layers) by its kind: a town as a place of 1,000–5,000, a village from zoom 11. */
export function labelMinZoom(s: Pick<Settlement, 'population' | 'capital' | 'kind'>): number {
  const p = s.population > 0 ? s.population : s.kind === 'city' ? 25_000 : s.kind === 'town' ? 1_000 : 0;
  const z =
    p >= 1_000_000 ? 4 : p >= 300_000 ? 5 : p >= 100_000 ? 6 : p >= 25_000 ? 7 : p >= 5_000 ? 8 : p >= 1_000 ? 9 : p >= 200 ? 10 : 11;
  return Math.max(2, z - s.capital);
}

function inBox(lon: number, lat: number, box: readonly number[]): boolean {
  return lon >= box[0]! && lon <= box[2]! && lat >= box[1]! && lat <= box[3]!;
}

const SETTLEMENT_KINDS = new Set(['city', 'town', 'village', 'other']);

/** Reads every gazetteer file in dir: entry files by their schema, cities.json by its columns. */
export function readSettlements(dir: string, ne: NeCollection, box: readonly number[]): Settlement[] {
  const byKey = new Map<string, Settlement>();
  const add = (s: Settlement) => {
    const had = byKey.get(s.key);
    if (!had) byKey.set(s.key, s);
    else if (!had.local && s.local) had.local = s.local;
  };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  // Curated and other entry files first: their names and local names win over the bulk GeoNames rows. Then the
  // compact place layers (the theatre's villages from postal-code rows and the codifier), read the same way.
  const entryFiles: GazetteerEntry[][] = [];
  const layerFiles: GazetteerEntry[][] = [];
  for (const file of files) {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    const parsed = gazetteerFileSchema.safeParse(raw);
    if (parsed.success) entryFiles.push(parsed.data.entries);
    else {
      const layer = placesLayerSchema.safeParse(raw);
      if (layer.success) layerFiles.push(placesEntries(layer.data)); // else cities.json (columns), unlocated.json
    }
  }
  // A row of a bulk layer that repeats a place already listed (same name within ~3 km: a postal row on a city) is left out.
  const seen = new Map<string, Array<[number, number]>>();
  const isRepeat = (name: string, lon: number, lat: number) =>
    (seen.get(name.toLowerCase()) ?? []).some(([x, y]) => Math.abs(x - lon) < 0.05 && Math.abs(y - lat) < 0.03);
  const remember = (name: string, lon: number, lat: number) => {
    const k = name.toLowerCase();
    seen.set(k, [...(seen.get(k) ?? []), [lon, lat]]);
  };
  const addEntries = (entries: GazetteerEntry[], bulk: boolean) => {
    for (const e of entries) {
      if (!SETTLEMENT_KINDS.has(e.kind) || !inBox(e.lon, e.lat, box)) continue;
      const gn = /^geonames:(\d+)/.exec(e.source);
      if (bulk && !gn && isRepeat(e.name, e.lon, e.lat)) continue;
      remember(e.name, e.lon, e.lat);
      add({
        key: gn ? `geonames:${gn[1]}` : e.id,
        name: e.name,
        local: localName(e),
        kind: e.kind as Settlement['kind'],
        country: e.country,
        population: e.population ?? 0,
        capital: 0,
        lon: e.lon,
        lat: e.lat,
        source: e.source,
      });
    }
  };
  for (const entries of entryFiles) addEntries(entries, false);
  const cities = JSON.parse(readFileSync(join(dir, 'cities.json'), 'utf8')) as { columns: string[]; rows: unknown[][] };
  const col = (name: string) => cities.columns.indexOf(name);
  const [iId, iName, iCountry, iCode, iPop, iLon, iLat] = ['geonamesId', 'name', 'country', 'featureCode', 'population', 'lon', 'lat'].map(
    col,
  );
  for (const r of cities.rows) {
    const lon = r[iLon!] as number;
    const lat = r[iLat!] as number;
    if (!inBox(lon, lat, box)) continue;
    const code = String(r[iCode!]);
    const population = Number(r[iPop!]) || 0;
    remember(String(r[iName!]), lon, lat);
    add({
      key: `geonames:${r[iId!]}`,
      name: String(r[iName!]),
      local: null,
      kind: population >= 100_000 ? 'city' : population >= 10_000 ? 'town' : 'village',
      country: String(r[iCountry!]),
      population,
      capital: code === 'PPLC' ? 2 : code === 'PPLA' ? 1 : 0,
      lon,
      lat,
      source: `geonames:${r[iId!]}`,
    });
  }
  for (const entries of layerFiles) addEntries(entries, true);
  // Natural Earth places: capitals flags and Russian names for places the gazetteer also has; the rest as they are.
  for (const f of ne.features) {
    if (!f.geometry || f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    if (!inBox(lon, lat, box)) continue;
    const p = f.properties;
    const gn = Number(p.GEONAMEID);
    const key = gn > 0 ? `geonames:${gn}` : `ne:${p.NE_ID ?? p.NAME}`;
    const capital: 0 | 1 | 2 =
      p.ADM0CAP === 1 || String(p.FEATURECLA).startsWith('Admin-0 capital')
        ? 2
        : String(p.FEATURECLA).startsWith('Admin-1 capital')
          ? 1
          : 0;
    const iso = String(p.ISO_A2);
    const ru = typeof p.NAME_RU === 'string' && p.NAME_RU && iso !== 'UA' ? p.NAME_RU : null;
    const had = byKey.get(key);
    if (had) {
      had.capital = Math.max(had.capital, capital) as 0 | 1 | 2;
      if (!had.local && ru) had.local = ru;
      continue;
    }
    const population = Number(p.POP_MAX) || 0;
    add({
      key,
      name: String(p.NAME_EN ?? p.NAME),
      local: ru,
      kind: population >= 100_000 ? 'city' : 'town',
      country: iso,
      population,
      capital,
      lon,
      lat,
      source: `naturalearth:populated_places:${p.NE_ID ?? gn}`,
    });
  }
  return [...byKey.values()].sort((a, b) => b.population - a.population || a.key.localeCompare(b.key));
}
