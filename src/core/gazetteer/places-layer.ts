// A compact place layer: one row per place instead of one object, with repeated strings (regions, districts,
// sources) kept once in lists. The theatre layers (districts, Ukrainian settlements, Russian border villages) and
// every layer `briefmap gazetteer import` writes share this format, so the browser can fetch them cheaply.
import { z } from 'zod';
import { placeKindSchema } from '../schema.ts';
import { gazetteerEntrySchema, type GazetteerEntry } from './entry.ts';

export const PLACES_COLUMNS = ['ref', 'name', 'ru', 'uk', 'kind', 'country', 'admin1', 'district', 'lon', 'lat', 'population', 'source', 'aliases'] as const;

const row = z.tuple([
  z.string().regex(/^[a-z0-9-]+$/), // ref: the entry id is `${idPrefix}-${ref}`
  z.string().min(1), // canonical Latin name
  z.string(), // Russian nominative ('' when unknown)
  z.string(), // Ukrainian nominative ('' when unknown)
  placeKindSchema,
  z.string().regex(/^[A-Z]{2}$/),
  z.number().int().nonnegative(), // index into admin1Names ('' = unknown)
  z.number().int().nonnegative(), // index into districtNames ('' = unknown)
  z.number().min(-180).max(180),
  z.number().min(-90).max(90),
  z.number().int().nonnegative().nullable(), // population
  z.number().int().nonnegative(), // index into sources
  z.string(), // appended to that source: a GeoNames id, an OSM element, a line of a dump ("#L123")
  z.array(z.string().min(1)).optional(), // more names (other spellings, alternate names)
]);
export type PlacesRow = z.infer<typeof row>;

export const placesLayerSchema = z
  .strictObject({
    description: z.string(),
    licence: z.string(),
    idPrefix: z.string().regex(/^[a-z0-9]+$/),
    columns: z.array(z.string()),
    admin1Names: z.array(z.string()),
    districtNames: z.array(z.string()),
    sources: z.array(z.string().regex(/^(geonames|wikipedia|naturalearth|osm|repo|import):/)).min(1),
    rows: z.array(row),
  })
  .superRefine((f, ctx) => {
    f.rows.forEach((r, i) => {
      if (r[6] >= f.admin1Names.length) ctx.addIssue({ code: 'custom', path: ['rows', i, 6], message: 'admin1 index out of range' });
      if (r[7] >= f.districtNames.length) ctx.addIssue({ code: 'custom', path: ['rows', i, 7], message: 'district index out of range' });
      if (r[11] >= f.sources.length) ctx.addIssue({ code: 'custom', path: ['rows', i, 11], message: 'source index out of range' });
    });
  });
export type PlacesLayer = z.infer<typeof placesLayerSchema>;

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
    const r: PlacesRow = [e.ref, e.name, e.ru ?? '', e.uk ?? '', e.kind, e.country, a1.get(e.admin1 ?? '')!, d.get(e.district ?? '')!, e.lon, e.lat, e.population, s.get(e.source[0])!, e.source[1]];
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
