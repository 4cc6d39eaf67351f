// One row of a GeoNames dump (allCountries.txt, a country file such as RU.txt, cities500.txt): 19 tab-separated
// columns, documented at https://download.geonames.org/export/dump/readme.txt.
import type { PlaceKind } from '../../core/schema.ts';

export interface GeonamesRow {
  id: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  population: number;
}

/** null for a line that is not a GeoNames row (a blank line, a comment, a file of another format). */
export function parseGeonamesRow(line: string): GeonamesRow | null {
  const c = line.split('\t');
  if (c.length !== 19) return null;
  const id = Number(c[0]);
  const lat = Number(c[4]);
  const lon = Number(c[5]);
  if (
    !Number.isInteger(id) ||
    id <= 0 ||
    !c[1] ||
    !Number.isFinite(lat) ||
    !Number.isFinite(lon) ||
    Math.abs(lat) > 90 ||
    Math.abs(lon) > 180
  )
    return null;
  return {
    id,
    name: c[1],
    asciiName: c[2]!,
    alternateNames: c[3] ? c[3].split(',') : [],
    lat,
    lon,
    featureClass: c[6]!,
    featureCode: c[7]!,
    country: c[8]!,
    population: Number(c[14]) || 0,
  };
}

/** GeoNames has no "village" class: population is the usual proxy; admin divisions are regions and districts. */
export function geonamesKind(r: Pick<GeonamesRow, 'featureClass' | 'featureCode' | 'population'>): PlaceKind {
  if (r.featureClass === 'A')
    return r.featureCode === 'ADM1'
      ? 'region'
      : r.featureCode === 'PCLI'
        ? 'country'
        : r.featureCode.startsWith('ADM')
          ? 'district'
          : 'other';
  if (r.featureClass !== 'P') return 'other';
  if (r.population >= 100_000) return 'city';
  if (r.population >= 3_000 || r.featureCode === 'PPLC' || r.featureCode === 'PPLA') return 'town';
  return 'village';
}
