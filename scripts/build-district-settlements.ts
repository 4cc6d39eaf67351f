// Builds data/gazetteer/ru-district-settlements.json: the settlements of the Russian municipal districts on or near the
// border with Ukraine (Kursk, Belgorod, Bryansk oblasts) that no layer locates, each with its municipal district from
// its OKTMO code. Mentions of them are mapped at the district's centre with precision `district` (issue 9 item 5).
//
//   npx tsx scripts/build-district-settlements.ts [mirrorDir]
//
// Source: an OpenStreetMap settlement-point extract (dBASE table, names, place and official-status tags and the
// `oktmo` tag) committed in a public repository, read from its git snapshot in mirrorDir (default /work/.mirror; fetch
// github:Alexapathfinder/dbt_OKTMO_name_of_region). No public settlement-level copy of Rosstat's OKTMO classifier
// for these oblasts could be reached (see README); the OKTMO codes here are those OSM mappers tagged. The extract's
// geometry is not in the repository and no coordinate is read: an entry's point is always its district's.
// Deterministic: same snapshot and same shipped layers, same file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { latinFromRussian } from '../src/cli/gazetteer/cyrillic-names.ts';
import { isLocated } from '../src/core/gazetteer/gazetteer.ts';
import { loadGazetteerSync } from '../src/core/gazetteer/layers.ts';
import { placesEntries, placesLayerSchema } from '../src/core/gazetteer/places-layer.ts';
import {
  DISTRICT_SETTLEMENT_COLUMNS,
  districtSettlementsSchema,
  formatDistrictSettlements,
  type DistrictSettlementRow,
} from '../src/core/gazetteer/district-settlements.ts';
import { distanceKm } from '../src/core/geo.ts';
import { hasCyrillic } from '../src/core/text/cyrillic.ts';
import { normalizeName } from '../src/core/text/normalize.ts';
import { districtsByPrefix, OKTMO_OBLASTS, readSettlementTable, settlementType, type DistrictRef } from './district-settlements.ts';

const root = join(import.meta.dirname, '..');
const gazetteerDir = join(root, 'data', 'gazetteer');
const LAYER = 'ru-district-settlements';
const mirrors = process.argv[2] ?? '/work/.mirror';
const SOURCE = { repo: 'Alexapathfinder/dbt_OKTMO_name_of_region', path: 'settlement-point.7z', member: 'settlement-point.dbf' };

/** Districts whose centre lies this close to Ukraine (km to the nearest point of its border). */
export const BORDER_REACH_KM = 60;
/** A located settlement of the same name this close to the district's centre, when it has no district of its own, is
 * taken to be the same place (a district's far edge is some 30 km from its centre). */
const SAME_DISTRICT_KM = 25;

function readExtract(): { dbf: Buffer; provenance: string } {
  const dir = join(mirrors, SOURCE.repo.replace('/', '+'), 'repo');
  const commit = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const tmp = mkdtempSync(join(tmpdir(), 'district-settlements-'));
  try {
    const archive = join(tmp, 'extract.7z');
    writeFileSync(archive, execFileSync('git', ['-C', dir, 'show', `HEAD:${SOURCE.path}`], { maxBuffer: 1 << 26 }));
    const dbf = execFileSync('7z', ['e', '-so', archive, SOURCE.member], { maxBuffer: 1 << 29, stdio: ['ignore', 'pipe', 'ignore'] });
    return { dbf, provenance: `repo:${SOURCE.repo}@${commit}:${SOURCE.path}!${SOURCE.member}` };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Distance in km from a point to Ukraine's land border, from the basemap's Natural Earth admin-1 polygons. */
function borderDistance(): (lon: number, lat: number) => number {
  const shapes = JSON.parse(readFileSync(join(root, 'data', 'basemap', 'admin1.geojson'), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { country: string }
  >;
  const lines = shapes.features
    .filter((f) => f.properties.country === 'UA')
    .flatMap((f: Feature<Polygon | MultiPolygon, { country: string }>) => {
      const l = turf.polygonToLine(f);
      return (l.type === 'FeatureCollection' ? l.features : [l]).flatMap((x) => turf.flatten(x as never).features);
    });
  return (lon, lat) => Math.min(...lines.map((l) => turf.pointToLineDistance([lon, lat], l as never, { units: 'kilometers' })));
}

function main(): void {
  const { dbf, provenance } = readExtract();
  const records = readSettlementTable(dbf, new Set(Object.keys(OKTMO_OBLASTS)));
  const districtLayer = placesLayerSchema.parse(JSON.parse(readFileSync(join(gazetteerDir, 'districts.json'), 'utf8')));
  const districts: (DistrictRef & { name: string })[] = placesEntries(districtLayer)
    .filter((e) => e.country === 'RU' && e.ru && e.admin1)
    .map((e) => ({ id: e.id, name: e.name, ru: e.ru!, admin1: e.admin1!, lon: e.lon, lat: e.lat }));
  const byPrefix = districtsByPrefix(records, districts);
  const toBorder = borderDistance();
  const nearBorder = new Set(districts.filter((d) => toBorder(d.lon, d.lat) <= BORDER_REACH_KM).map((d) => d.id));

  // The shipped layers, this one left empty, so a settlement another layer already locates is left out (and the
  // build never reads its own previous output).
  const gazetteer = loadGazetteerSync((file) =>
    file === `${LAYER}.json`
      ? { description: '', licence: '', idPrefix: 'x', extract: 'repo:none', columns: [], districts: [], rows: [] }
      : (JSON.parse(readFileSync(join(gazetteerDir, file), 'utf8')) as unknown),
  );
  const locatedHere = (ru: string, d: DistrictRef & { name: string }): boolean =>
    gazetteer
      .lookup(normalizeName(ru))
      .some(
        (e) =>
          isLocated(e) &&
          e.country === 'RU' &&
          (e.kind === 'village' || e.kind === 'town' || e.kind === 'city') &&
          (e.district ? e.district === d.name : distanceKm(e, d) <= SAME_DISTRICT_KM),
      );

  const stats = { read: records.length, noDistrict: 0, farFromBorder: 0, notCyrillic: 0, located: 0, duplicate: 0 };
  const kept = new Map<string, { r: (typeof records)[number]; d: DistrictRef & { name: string } }>();
  const sorted = [...records].sort((a, b) => (a.oktmo < b.oktmo ? -1 : a.oktmo > b.oktmo ? 1 : a.osm < b.osm ? -1 : a.osm > b.osm ? 1 : 0));
  for (const r of sorted) {
    const d = byPrefix.get(r.oktmo.slice(0, 5));
    if (!d) {
      stats.noDistrict++;
      continue;
    }
    if (!nearBorder.has(d.id)) {
      stats.farFromBorder++;
      continue;
    }
    if (!hasCyrillic(r.name)) {
      stats.notCyrillic++;
      continue;
    }
    const key = `${r.oktmo}|${normalizeName(r.name)}`;
    if (kept.has(key)) {
      stats.duplicate++;
      continue;
    }
    if (locatedHere(r.name, d)) {
      stats.located++;
      continue;
    }
    kept.set(key, { r, d });
  }
  const districtIds = [...new Set([...kept.values()].map((k) => k.d.id))].sort();
  const districtIndex = new Map(districtIds.map((id, i) => [id, i]));
  const refs = new Map<string, number>();
  const rows: DistrictSettlementRow[] = [...kept.values()].map(({ r, d }) => {
    const n = (refs.get(r.oktmo) ?? 0) + 1;
    refs.set(r.oktmo, n);
    return [n === 1 ? r.oktmo : `${r.oktmo}-${n}`, latinFromRussian(r.name), r.name, settlementType(r), districtIndex.get(d.id)!, r.osm];
  });
  const layer = districtSettlementsSchema.parse({
    description:
      `Settlements of the Russian municipal districts whose centre lies within ${BORDER_REACH_KM} km of Ukraine (Kursk, Belgorod, Bryansk oblasts) ` +
      'that no other layer locates, each with the municipal district its OKTMO code names. No entry has a coordinate of its own: a mention ' +
      'is mapped at its district entry (districts.json) with precision district. Names, types and OKTMO codes from an OpenStreetMap ' +
      'settlement-point extract (row source: the OSM element); built by scripts/build-district-settlements.ts.',
    licence:
      'OpenStreetMap data, © OpenStreetMap contributors, Open Database License 1.0 (https://www.openstreetmap.org/copyright); ' +
      'the OKTMO codes are those tagged in OSM, from the classifier OK 033-2013 (Rosstat), an official document not subject to copyright ' +
      '(Civil Code of the Russian Federation, art. 1259 para. 6).',
    idPrefix: 'oktmo',
    extract: provenance,
    columns: [...DISTRICT_SETTLEMENT_COLUMNS],
    districts: districtIds,
    rows,
  });
  writeFileAtomic(join(gazetteerDir, `${LAYER}.json`), formatDistrictSettlements(layer));
  const unmatched = [...new Set(records.map((r) => r.oktmo.slice(0, 5)))].filter((p) => !byPrefix.has(p)).sort();
  console.log(
    `${LAYER}: ${rows.length} settlements in ${districtIds.length} districts (${districtIds.join(', ')}); read ${stats.read} rows; ` +
      `left out: ${stats.located} located by another layer, ${stats.farFromBorder} in districts farther than ${BORDER_REACH_KM} km, ` +
      `${stats.noDistrict} whose OKTMO district matches no districts entry (prefixes ${unmatched.join(' ')}), ` +
      `${stats.notCyrillic} without a Cyrillic name, ${stats.duplicate} duplicates`,
  );
}

main();
