// Natural Earth 10m layers the basemap draws, read from a local folder of the upstream GeoJSON files.
// The raw files are not committed: `npm run basemap -- --ne DIR` reads them (see data/basemap/ATTRIBUTION.md
// for where they come from); the derived tiles are committed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';

/** Where the files come from: Natural Earth 10m (v4.0, public domain) as GeoJSON, CC0 conversion. */
export const NE_ORIGIN = 'repo:martynafford/natural-earth-geojson@0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e';

export const NE_FILES = {
  rivers: '10m/physical/ne_10m_rivers_lake_centerlines',
  riversEurope: '10m/physical/ne_10m_rivers_europe',
  lakes: '10m/physical/ne_10m_lakes',
  lakesEurope: '10m/physical/ne_10m_lakes_europe',
  places: '10m/cultural/ne_10m_populated_places',
  boundaries: '10m/cultural/ne_10m_admin_0_boundary_lines_land',
} as const;
export type NeLayer = keyof typeof NE_FILES;

export type NeCollection = FeatureCollection<Geometry | null, Record<string, unknown>>;

/** Reads every layer from dir (flat, or keeping the upstream 10m/… folders); one-line error naming the missing file. */
export function readNaturalEarth(dir: string): Record<NeLayer, NeCollection> {
  const out = {} as Record<NeLayer, NeCollection>;
  for (const [key, path] of Object.entries(NE_FILES) as Array<[NeLayer, string]>) {
    const base = path.split('/').pop()!;
    const file = [join(dir, `${path}.json`), join(dir, `${base}.json`), join(dir, `${base}.geojson`)].find((f) => existsSync(f));
    if (!file) throw new Error(`${join(dir, base)}.json: missing Natural Earth file (extract ${path}.7z from ${NE_ORIGIN})`);
    const fc = JSON.parse(readFileSync(file, 'utf8')) as NeCollection;
    if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${file} (type): not a GeoJSON FeatureCollection`);
    out[key] = fc;
  }
  return out;
}
