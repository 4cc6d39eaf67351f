// Which admin-1 region (by the gazetteer's English name, "Kursk Oblast") a point lies in, from the basemap's Natural
// Earth polygons for Russia, Ukraine and Belarus; null elsewhere or outside every polygon.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { gazetteerFileSchema } from '../../core/gazetteer/entry.ts';

const root = join(import.meta.dirname, '..', '..', '..');

export interface Admin1Locator {
  /** The region's name and country, or null. */
  locate(lon: number, lat: number): { admin1: string; country: string } | null;
  /** The polygon of a region by its name, for "is this point in its stated oblast" checks. */
  contains(admin1: string, lon: number, lat: number): boolean;
}

export function loadAdmin1Locator(): Admin1Locator {
  const shapes = JSON.parse(readFileSync(join(root, 'data', 'basemap', 'admin1.geojson'), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { code: string; country: string }
  >;
  const regions = gazetteerFileSchema.parse(JSON.parse(readFileSync(join(root, 'data', 'gazetteer', 'admin1.json'), 'utf8')));
  const nameById = new Map(regions.entries.map((e) => [e.id, e.name]));
  const polygons = shapes.features.flatMap((f) => {
    const name = nameById.get(`ne-${f.properties.code.toLowerCase()}`);
    return name ? [{ name, country: f.properties.country, feature: f, bbox: turf.bbox(f) }] : [];
  });
  const inside = (p: (typeof polygons)[number], lon: number, lat: number): boolean =>
    lon >= p.bbox[0] && lat >= p.bbox[1] && lon <= p.bbox[2] && lat <= p.bbox[3] && turf.booleanPointInPolygon([lon, lat], p.feature);
  return {
    locate: (lon, lat) => {
      const p = polygons.find((q) => inside(q, lon, lat));
      return p ? { admin1: p.name, country: p.country } : null;
    },
    contains: (admin1, lon, lat) => polygons.some((p) => p.name === admin1 && inside(p, lon, lat)),
  };
}
