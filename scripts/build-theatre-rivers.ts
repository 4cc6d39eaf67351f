// Derives data/gazetteer/theatre-rivers.json, the named rivers of the theatre (Ukraine, the Russian border oblasts and
// their neighbours' edges), from Natural Earth's 10m rivers (public domain), read from public copies in git mirrors
// (brought with the search tool's `fetch`; read with git, never committed):
//   geometry  martynafford/natural-earth-geojson: ne_10m_rivers_lake_centerlines (a .7z, unpacked with the `7z` tool)
//             and its Europe supplement ne_10m_rivers_europe (.json); a feature is kept when a vertex of it lies in BBOX
//   names     Raysphere24/NaturalEarthCsvTsv: the same layers' attribute tables (a later Natural Earth release with
//             name_ru and name_uk), joined on `dissolve` (river number + feature class), which both releases share
// The geoparser refuses a multiword river name as a settlement (src/core/geoparse/river-names.ts): the names here are
// Natural Earth's, never typed from articles. Run: `npx tsx scripts/build-theatre-rivers.ts [mirrorDir]`
// (default /work/.mirror). Deterministic output.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { blob, mirror as openMirror, provenance, type Mirror } from './git-mirror.ts';

const outFile = join(import.meta.dirname, '..', 'data', 'gazetteer', 'theatre-rivers.json');
const mirrors = process.argv[2] ?? '/work/.mirror';

const GEOMETRY = 'martynafford/natural-earth-geojson';
const NAMES = 'Raysphere24/NaturalEarthCsvTsv';
const LAYERS = [
  { geometry: '10m/physical/ne_10m_rivers_lake_centerlines.7z', names: 'csv_with_names/10m_physical/ne_10m_rivers_lake_centerlines.csv' },
  { geometry: '10m/physical/ne_10m_rivers_europe.json', names: 'csv_with_names/10m_physical/ne_10m_rivers_europe.csv' },
] as const;
/** Ukraine and the Russian oblasts along it (Bryansk to Rostov and Krasnodar), west to east and south to north. */
const BBOX = { west: 22, south: 44, east: 42, north: 54 } as const;
/** The name fields kept: Natural Earth's own name and label and the English name (its `name_alt` is mostly the river
 * system a tributary belongs to, "Don" for the Bystraya Sosna, so it is left out), and the Russian and Ukrainian. */
const LATIN_FIELDS = ['name', 'label', 'name_en'] as const;

const mirror = (repo: string): Mirror => openMirror(mirrors, repo);

/** The one member of a .7z archive, through the `7z` tool (which reads an archive from a file only). */
function unpack7z(data: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'rivers-'));
  try {
    writeFileSync(join(dir, 'a.7z'), data);
    return execFileSync('7z', ['e', '-so', join(dir, 'a.7z')], { maxBuffer: 1 << 28 }).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      (row.push(field), rows.push(row), (row = []), (field = ''));
    } else field += c;
  }
  if (field !== '' || row.length > 0) (row.push(field), rows.push(row));
  return rows;
}

type Position = [number, number];
interface Feature {
  properties: { dissolve?: string | null };
  geometry: { type: 'LineString'; coordinates: Position[] } | { type: 'MultiLineString'; coordinates: Position[][] } | null;
}
const inBox = ([x, y]: Position): boolean => x >= BBOX.west && x <= BBOX.east && y >= BBOX.south && y <= BBOX.north;
function touchesBox(f: Feature): boolean {
  const g = f.geometry;
  if (!g) return false;
  return g.type === 'LineString' ? g.coordinates.some(inBox) : g.coordinates.some((line) => line.some(inBox));
}

interface River {
  name: string;
  names: string[];
  ru?: string;
  uk?: string;
  wikidata?: string;
  dissolve: string[];
}

const geometry = mirror(GEOMETRY);
const names = mirror(NAMES);
const sources: string[] = [];
const rivers = new Map<string, River>();
for (const layer of LAYERS) {
  const raw = blob(geometry, layer.geometry);
  const json = layer.geometry.endsWith('.7z') ? unpack7z(raw) : raw.toString('utf8');
  const inTheatre = new Set<string>();
  for (const f of (JSON.parse(json) as { features: Feature[] }).features)
    if (f.properties.dissolve && touchesBox(f)) inTheatre.add(f.properties.dissolve);
  const [header, ...rows] = parseCsv(blob(names, layer.names).toString('utf8'));
  const col = (row: string[], field: string): string => (row[header!.indexOf(field)] ?? '').trim();
  for (const row of rows) {
    const dissolve = col(row, 'dissolve');
    if (!inTheatre.has(dissolve)) continue;
    const name = col(row, 'name');
    if (!name) continue;
    const wikidata = col(row, 'wikidataid');
    // One river per Wikidata item (its River and Lake Centerline parts, its reaches), else per name.
    const key = wikidata || `name:${name}`;
    const river: River = rivers.get(key) ?? { name, names: [], dissolve: [], ...(wikidata ? { wikidata } : {}) };
    for (const field of LATIN_FIELDS) if (col(row, field) && !river.names.includes(col(row, field))) river.names.push(col(row, field));
    if (!river.ru && col(row, 'name_ru')) river.ru = col(row, 'name_ru');
    if (!river.uk && col(row, 'name_uk')) river.uk = col(row, 'name_uk');
    if (!river.dissolve.includes(dissolve)) river.dissolve.push(dissolve);
    rivers.set(key, river);
  }
  sources.push(provenance(geometry, layer.geometry), provenance(names, layer.names));
}

const entries = [...rivers.values()]
  .map((r) => ({ ...r, names: [...r.names].sort(), dissolve: [...r.dissolve].sort() }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.wikidata ?? '').localeCompare(b.wikidata ?? '')));
const out = {
  description:
    "Named rivers of Natural Earth's 10m river layers (rivers and lake centerlines, and the Europe supplement) with a vertex in the theatre's box (lon 22-42 E, lat 44-54 N): Natural Earth's name, label and English name (`names`), and its Russian (`ru`) and Ukrainian (`uk`) names. Read by the geoparser to refuse a multiword river name as a settlement.",
  licence:
    'Natural Earth, public domain (https://www.naturalearthdata.com/about/terms-of-use/); the copies used are named in `sources`, with their commit.',
  bbox: [BBOX.west, BBOX.south, BBOX.east, BBOX.north],
  sources,
  entries,
};
writeFileAtomic(outFile, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${entries.length} rivers → ${outFile}`);
