// A compact place layer: one row per place instead of one object, with repeated strings (regions, districts,
// sources) kept once in lists. The theatre layers (districts, Ukrainian settlements, Russian border villages) and
// every layer `briefmap gazetteer import` writes share this format, so the browser can fetch them cheaply.
import { z } from 'zod';
import { placeKinds, type PlaceKind } from '../schema.ts';
import { gazetteerEntrySchema, type GazetteerEntry } from './entry.ts';

export const PLACES_COLUMNS = [
  'ref',
  'name',
  'ru',
  'uk',
  'kind',
  'country',
  'admin1',
  'district',
  'lon',
  'lat',
  'population',
  'source',
  'aliases',
] as const;

export type PlacesRow = [
  ref: string, // the entry id is `${idPrefix}-${ref}`
  name: string, // canonical Latin name
  ru: string, // Russian nominative ('' when unknown)
  uk: string, // Ukrainian nominative ('' when unknown)
  kind: PlaceKind,
  country: string,
  admin1: number, // index into admin1Names ('' = unknown)
  district: number, // index into districtNames ('' = unknown)
  lon: number,
  lat: number,
  population: number | null,
  source: number, // index into sources
  sourceRef: string, // appended to that source: a GeoNames id, an OSM element, a line of a dump ("#L123")
  aliases?: string[], // more names (other spellings, alternate names)
];

const KINDS = new Set<string>(placeKinds);
const isText = (v: unknown): v is string => typeof v === 'string';
const isIndex = (v: unknown, length: number): boolean => Number.isInteger(v) && (v as number) >= 0 && (v as number) < length;

/** What is wrong with a row, or null. A hand-written check: a zod tuple per row costs ~50 µs, and the shipped layers
 * have ten thousand rows that every gazetteer load (CLI, workers, viewer) validates. */
function rowProblem(r: unknown, f: { admin1Names: string[]; districtNames: string[]; sources: string[] }): [number, string] | null {
  if (!Array.isArray(r) || r.length < 13 || r.length > 14)
    return [-1, `a row has ${PLACES_COLUMNS.length - 1} or ${PLACES_COLUMNS.length} columns`];
  if (!isText(r[0]) || !/^[a-z0-9-]+$/.test(r[0])) return [0, 'ref must be lower-case letters, digits and hyphens'];
  if (!isText(r[1]) || !r[1]) return [1, 'name must be a non-empty string'];
  if (!isText(r[2]) || !isText(r[3])) return [2, 'ru and uk must be strings'];
  if (!KINDS.has(r[4])) return [4, `kind must be one of ${placeKinds.join(', ')}`];
  if (!isText(r[5]) || !/^[A-Z]{2}$/.test(r[5])) return [5, 'country must be an ISO 3166-1 alpha-2 code'];
  if (!isIndex(r[6], f.admin1Names.length)) return [6, 'admin1 index out of range'];
  if (!isIndex(r[7], f.districtNames.length)) return [7, 'district index out of range'];
  if (typeof r[8] !== 'number' || !(Math.abs(r[8]) <= 180)) return [8, 'lon must be a number in [-180, 180]'];
  if (typeof r[9] !== 'number' || !(Math.abs(r[9]) <= 90)) return [9, 'lat must be a number in [-90, 90]'];
  if (r[10] !== null && !isIndex(r[10], Infinity)) return [10, 'population must be a whole number or null'];
  if (!isIndex(r[11], f.sources.length)) return [11, 'source index out of range'];
  if (!isText(r[12])) return [12, 'source reference must be a string'];
  if (r.length === 14 && !(Array.isArray(r[13]) && r[13].every((a) => isText(a) && a))) return [13, 'aliases must be non-empty strings'];
  return null;
}

export const placesLayerSchema = z
  .strictObject({
    description: z.string(),
    licence: z.string(),
    idPrefix: z.string().regex(/^[a-z0-9]+$/),
    columns: z.array(z.string()),
    admin1Names: z.array(z.string()),
    districtNames: z.array(z.string()),
    sources: z.array(z.string().regex(/^(geonames|wikipedia|naturalearth|osm|repo|import):/)).min(1),
    rows: z.array(z.unknown()),
  })
  .superRefine((f, ctx) => {
    for (let i = 0; i < f.rows.length; i++) {
      const p = rowProblem(f.rows[i], f);
      if (p) {
        ctx.addIssue({ code: 'custom', path: p[0] < 0 ? ['rows', i] : ['rows', i, p[0]], message: p[1] });
        return;
      }
    }
  })
  .transform((f) => ({ ...f, rows: f.rows as PlacesRow[] }));
export type PlacesLayer = z.output<typeof placesLayerSchema>;

export function placesEntries(layer: PlacesLayer): GazetteerEntry[] {
  return layer.rows.map(([ref, name, ru, uk, kind, country, admin1, district, lon, lat, population, source, sourceRef, aliases]) => {
    const entry: GazetteerEntry = {
      id: `${layer.idPrefix}-${ref}`,
      name,
      // The Cyrillic nominatives are names too, so the spotter finds them as written even before case forms exist.
      aliases: [...new Set([...(aliases ?? []), ru, uk].filter((n) => n && n !== name))],
      kind,
      country,
      admin1: layer.admin1Names[admin1] || null,
      district: layer.districtNames[district] || null,
      lon,
      lat,
      population,
      source: `${layer.sources[source]}${sourceRef}`,
    };
    if (ru) entry.ru = ru;
    if (uk) entry.uk = uk;
    return entry;
  });
}

/** Builds the compact form from entries (builders and the importer), sharing the lists; validated on the way out. */
export function toPlacesLayer(
  head: { description: string; licence: string; idPrefix: string },
  entries: readonly (Omit<GazetteerEntry, 'id' | 'source'> & { ref: string; source: [string, string] })[],
): PlacesLayer {
  const admin1Names = ['', ...new Set(entries.map((e) => e.admin1 ?? '').filter(Boolean))].sort();
  const districtNames = ['', ...new Set(entries.map((e) => e.district ?? '').filter(Boolean))].sort();
  const sources = [...new Set(entries.map((e) => e.source[0]))].sort();
  const index = (list: string[]) => new Map(list.map((v, i) => [v, i]));
  const [a1, d, s] = [index(admin1Names), index(districtNames), index(sources)];
  const rows: PlacesRow[] = entries.map((e) => {
    const r: PlacesRow = [
      e.ref,
      e.name,
      e.ru ?? '',
      e.uk ?? '',
      e.kind,
      e.country,
      a1.get(e.admin1 ?? '')!,
      d.get(e.district ?? '')!,
      e.lon,
      e.lat,
      e.population,
      s.get(e.source[0])!,
      e.source[1],
    ];
    const aliases = e.aliases.filter((n) => n !== e.name && n !== e.ru && n !== e.uk);
    if (aliases.length) r.push(aliases);
    return r;
  });
  const layer = placesLayerSchema.parse({ ...head, columns: [...PLACES_COLUMNS], admin1Names, districtNames, sources, rows });
  // Every entry must also pass the one entry schema the rest of the gazetteer uses.
  for (const e of placesEntries(layer)) gazetteerEntrySchema.parse(e);
  return layer;
}

/** One row per line: readable diffs, compact files. */
export function formatPlacesLayer(layer: PlacesLayer): string {
  const { rows, ...head } = layer;
  return `${JSON.stringify({ ...head, rows: [] }).slice(0, -2)}\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
}
