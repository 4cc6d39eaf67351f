// Builds data/gazetteer/ua-osm-settlements.json: the settlements of the Ukrainian theatre oblasts that no other layer
// locates, with the coordinate of their OpenStreetMap place node. The Ukrainian settlement layer comes from GeoNames
// postal codes, which miss villages without a post office; the KATOTTG layer names those villages but has no
// coordinates, so their mentions were mapped at the hromada or the oblast. OSM has a point for nearly every village.
//
//   npx tsx scripts/build-osm-settlements.ts [mirrorDir]
//
// Source: an extract of OSM place nodes of Ukraine (place = city/town/village/hamlet, name, name:uk, wikidata, lat,
// lon, the oblast relation that contains the node) committed in a public repository, read from its git snapshot in
// mirrorDir (default /work/.mirror; fetch github:nuclearfall/sitrepc2). Every row cites the repository, its commit and
// the OSM element. Later layers never override earlier ones: a row whose Ukrainian name an earlier layer already locates
// in the same oblast, or within SAME_PLACE_KM, is left out (the loader applies the second rule too). Deterministic: same snapshot and same shipped
// layers, same file. Rerun scripts/build-hromada-settlements.ts after it (that layer leaves out what this one locates).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { latinFromUkrainian } from '../src/cli/gazetteer/cyrillic-names.ts';
import { isLocated, OSM_SETTLEMENTS_PREFIX } from '../src/core/gazetteer/gazetteer.ts';
import { loadGazetteerSync } from '../src/core/gazetteer/layers.ts';
import { formatPlacesLayer, toPlacesLayer } from '../src/core/gazetteer/places-layer.ts';
import { distanceKm } from '../src/core/geo.ts';
import { normalizeName } from '../src/core/text/normalize.ts';

const root = join(import.meta.dirname, '..');
const gazetteerDir = join(root, 'data', 'gazetteer');
const LAYER = 'ua-osm-settlements';
const mirrors = process.argv[2] ?? '/work/.mirror';
const SOURCE = { repo: 'nuclearfall/sitrepc2', path: 'data/spatial/ua_settlements_with_regions.csv' };
/** The theatre oblasts as the extract names them (its `region:name`), named as the gazetteer's admin-1 entries are. */
const OBLASTS: Record<string, string> = {
  'Chernihiv Oblast': 'Chernihiv Oblast',
  'Dnipropetrovsk Oblast': 'Dnipropetrovsk Oblast',
  'Donetsk Oblast': 'Donetsk Oblast',
  'Kharkiv Oblast': 'Kharkiv Oblast',
  'Kherson Oblast': 'Kherson Oblast',
  'Luhansk Oblast': 'Luhansk Oblast',
  'Sumy Oblast': 'Sumy Oblast',
  'Zaporizhia Oblast': 'Zaporizhzhia Oblast',
};
/** OSM place values kept, as the gazetteer's kinds; `locality` (an unpopulated named spot) and the rest are not places. */
const KINDS: Record<string, 'city' | 'town' | 'village'> = { city: 'city', town: 'town', village: 'village', hamlet: 'village' };
/** The same name within this distance is the same place (km), as in the loader. */
const SAME_PLACE_KM = 5;
const UK = /^[А-ЯІЇЄҐа-яіїєґ'’ʼ -]+$/u;
const LATIN = /^[A-Za-z'’ʼ -]+$/;
const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** Comma-separated fields; the extract quotes a field that holds a comma. */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) (out.push(cur), (cur = ''));
    else cur += ch;
  }
  out.push(cur);
  return out;
}

function main(): void {
  const dir = join(mirrors, SOURCE.repo.replace('/', '+'), 'repo');
  const commit = execFileSync('git', ['--git-dir', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const csv = execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${SOURCE.path}`], { encoding: 'utf8', maxBuffer: 1 << 27 });
  const [header, ...lines] = csv.split(/\r?\n/).filter(Boolean);
  const col = new Map(fields(header!).map((h, i) => [h, i]));
  const at = (r: string[], name: string): string => (r[col.get(name)!] ?? '').trim();
  // The shipped layers, this one left empty, so the build never reads its own previous output.
  const gazetteer = loadGazetteerSync((file) =>
    file === `${LAYER}.json`
      ? { description: '', licence: '', idPrefix: 'x', columns: [], admin1Names: [''], districtNames: [''], sources: ['osm:'], rows: [] }
      : (JSON.parse(readFileSync(join(gazetteerDir, file), 'utf8')) as unknown),
  );
  // Located by an earlier layer: an entry with this very name (one of its own names) at the same spot, or anywhere in
  // the same oblast. A postal row's point can lie tens of km off its village (it stands for a post office's area), so
  // a second point of the name in that oblast would mostly be the same village twice and split its mentions; the
  // hromada layer leaves out what another layer locates in the oblast by the same rule.
  const known = (uk: string, oblast: string, lon: number, lat: number): boolean =>
    gazetteer
      .lookup(normalizeName(uk))
      .some(
        (e) =>
          isLocated(e) &&
          [e.name, e.uk, e.ru, ...e.aliases].some((n) => !!n && normalizeName(n) === normalizeName(uk)) &&
          (e.admin1 === oblast || distanceKm(e, { lon, lat }) < SAME_PLACE_KM),
      );
  const source = `repo:${SOURCE.repo}@${commit}:${SOURCE.path}#`;
  const kept: Parameters<typeof toPlacesLayer>[1][number][] = [];
  const counts = { rows: 0, theatre: 0, known: 0, duplicate: 0 };
  const rows = lines
    .map(fields)
    .map((r) => ({
      type: at(r, 'osm_type'),
      id: at(r, 'osm_id'),
      place: at(r, 'place'),
      name: at(r, 'name'),
      uk: at(r, 'name:uk'),
      lat: Number(at(r, 'lat')),
      lon: Number(at(r, 'lon')),
      region: at(r, 'region:name'),
    }))
    .sort((a, b) => a.type.localeCompare(b.type) || Number(a.id) - Number(b.id));
  for (const r of rows) {
    counts.rows++;
    const oblast = OBLASTS[r.region];
    const kind = KINDS[r.place];
    if (!oblast || !kind || !UK.test(r.uk) || !Number.isFinite(r.lat) || !Number.isFinite(r.lon) || !/^\d+$/.test(r.id)) continue;
    counts.theatre++;
    if (known(r.uk, oblast, r.lon, r.lat)) {
      counts.known++;
      continue;
    }
    // Two nodes of one name a few km apart in the extract (a node and its duplicate) are one place: the first is kept.
    if (kept.some((k) => k.uk === r.uk && distanceKm(k, r) < SAME_PLACE_KM)) {
      counts.duplicate++;
      continue;
    }
    const latin = latinFromUkrainian(r.uk);
    const name = LATIN.test(r.name) ? r.name : latin;
    kept.push({
      ref: `${r.type[0]}${r.id}`,
      name,
      uk: r.uk,
      aliases: name === latin ? [] : [latin],
      kind,
      country: 'UA',
      admin1: oblast,
      district: null,
      lon: round5(r.lon),
      lat: round5(r.lat),
      population: null,
      source: [source, `${r.type}/${r.id}`],
    });
  }
  const layer = toPlacesLayer(
    {
      description: `Settlements of ${[...new Set(Object.values(OBLASTS))].join(', ')} whose Ukrainian name no other layer locates in the same oblast (nor within ${SAME_PLACE_KM} km): OpenStreetMap place nodes (city, town, village, hamlet) with their name:uk, from an extract committed in ${SOURCE.repo} (commit in each source); the oblast is the OSM oblast relation that contains the node. Latin: the node's name where it is Latin, else the official 2010 transliteration. No district, no population.`,
      licence: `© OpenStreetMap contributors, ODbL (Open Database License 1.0, https://www.openstreetmap.org/copyright): OpenStreetMap data; this layer is a derived database offered under the ODbL. Taken from the extract ${SOURCE.path} in the public repository ${SOURCE.repo} at commit ${commit} (GPL-3.0 for the repository's code; the OSM data in it stays under the ODbL); each row cites its OSM element.`,
      idPrefix: OSM_SETTLEMENTS_PREFIX,
    },
    kept,
  );
  writeFileAtomic(join(gazetteerDir, `${LAYER}.json`), formatPlacesLayer(layer));
  console.log(
    `${LAYER}: ${kept.length} places kept of ${counts.theatre} theatre rows (${counts.rows} in the extract); ${counts.known} already located by another layer, ${counts.duplicate} duplicate nodes`,
  );
}

main();
