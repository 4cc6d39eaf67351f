// Builds data/gazetteer/ua-hromada-settlements.json: the villages and selyshches of the Ukrainian theatre oblasts that
// no layer locates (the Ukrainian settlement layer comes from GeoNames postal codes, which miss villages without a post
// office), each with the hromada its KATOTTG code names. A mention of one is mapped at the hromada's administrative
// centre with precision `district` (issue 9: precision instead of silence), like ru-district-settlements.json.
//
//   npx tsx scripts/build-hromada-settlements.ts [mirrorDir]
//
// Source: the official codifier of administrative-territorial units and territories of territorial communities
// (KATOTTG, Ministry for Communities and Territories Development of Ukraine), edition of 16 May 2025, as a CSV
// committed in a public repository, read from its git snapshot in mirrorDir (default /work/.mirror; fetch
// github:igskak/KATOTTG). The codifier has no coordinates and none is read: an entry's point is always its
// container's, either the districts layer's hromada entry or the located settlement that is the hromada's centre (the
// settlement the hromada's adjective is derived from: Великописарівська ← Велика Писарівка), else the raion's
// districts entry or, for a raion outside that layer, its centre city. Deterministic: same snapshot and same shipped layers, same file.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { latinFromUkrainian } from '../src/cli/gazetteer/cyrillic-names.ts';
import { isLocated, type IndexedEntry } from '../src/core/gazetteer/gazetteer.ts';
import { loadGazetteerSync } from '../src/core/gazetteer/layers.ts';
import {
  DISTRICT_SETTLEMENT_COLUMNS,
  districtSettlementsSchema,
  formatDistrictSettlements,
  type DistrictSettlementRow,
} from '../src/core/gazetteer/district-settlements.ts';
import { centreNames } from '../src/core/geoparse/district-centre.ts';
import { distanceKm } from '../src/core/geo.ts';
import { normalizeName } from '../src/core/text/normalize.ts';

const root = join(import.meta.dirname, '..');
const gazetteerDir = join(root, 'data', 'gazetteer');
const LAYER = 'ua-hromada-settlements';
const mirrors = process.argv[2] ?? '/work/.mirror';
const SOURCE = { repo: 'igskak/KATOTTG', path: 'kodifikator-16-05-2025.csv', edition: '16 May 2025' };

/** The theatre oblasts by their KATOTTG level-1 prefix, named as the gazetteer's admin-1 entries are. */
const OBLASTS: Record<string, string> = {
  UA12: 'Dnipropetrovsk Oblast',
  UA14: 'Donetsk Oblast',
  UA23: 'Zaporizhzhia Oblast',
  UA44: 'Luhansk Oblast',
  UA59: 'Sumy Oblast',
  UA63: 'Kharkiv Oblast',
  UA65: 'Kherson Oblast',
  UA74: 'Chernihiv Oblast',
};
/** Settlement categories kept: village (C), selyshche (X; the former urban-type settlements too). Cities (M) are
 * located by the other layers; they count only as hromada centres. The codifier copy writes the letters in Latin. */
const KEPT: Record<string, string> = { C: 'село', X: 'селище' };
const SETTLEMENT = new Set(['C', 'X', 'M', 'С', 'Х', 'М', 'T', 'Т', 'Щ']);
const CITY = new Set(['M', 'М']);
/** How likely a member of a category is the unit's centre: a city, then a selyshche or urban-type settlement, then a village. */
const rank = (category: string): number => (CITY.has(category) ? 2 : /^[XХTТЩ]$/u.test(category) ? 1 : 0);
/** Two located readings of the centre's name farther apart than this leave the centre unknown (km). */
const SAME_PLACE_KM = 5;
/** A hromada centre lies within this median distance of its hromada's settlements (km)… */
const MEMBERS_KM = 25;
/** …and this much nearer than another reading of its name (km). */
const NEARER_KM = 15;
const SETTLEMENT_KINDS = new Set(['village', 'town', 'city']);

interface Unit {
  code: string;
  name: string;
  category: string;
  oblast: string;
  raion: string;
  hromada: string;
}

function readCodifier(): { units: Unit[]; provenance: string } {
  const dir = join(mirrors, SOURCE.repo.replace('/', '+'), 'repo');
  const commit = execFileSync('git', ['--git-dir', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const csv = execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${SOURCE.path}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const units = csv
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [l1 = '', l2 = '', l3 = '', l4 = '', extra = '', category = '', name = ''] = line.split(';');
      return {
        code: extra || l4 || l3 || l2 || l1,
        name: name.trim(),
        category: category.trim(),
        oblast: l1,
        raion: l2,
        hromada: l3,
        l4,
        extra,
      };
    })
    .filter((u) => u.name && !u.extra)
    .map(({ code, name, category, oblast, raion, hromada, l4 }) => ({
      code,
      name,
      category: l4 ? category : category === 'H' || category === 'Г' ? 'H' : category,
      oblast,
      raion,
      hromada,
    }));
  return { units, provenance: `repo:${SOURCE.repo}@${commit}:${SOURCE.path}` };
}

function main(): void {
  const { units, provenance } = readCodifier();
  // The shipped layers, this one left empty, so the build never reads its own previous output.
  const gazetteer = loadGazetteerSync((file) =>
    file === `${LAYER}.json`
      ? { description: '', licence: '', idPrefix: 'x', extract: 'repo:none', columns: [], districts: [], rows: [] }
      : (JSON.parse(readFileSync(join(gazetteerDir, file), 'utf8')) as unknown),
  );
  // Located under that very name (one of the entry's own names), not under a case form or spelling of another name
  // that the index also holds ("приморське" is a form of the town Приморськ, not the village Приморське).
  const located = (name: string, oblast: string): IndexedEntry[] =>
    gazetteer
      .lookup(normalizeName(name))
      .filter(
        (e) =>
          isLocated(e) &&
          e.country === 'UA' &&
          e.admin1 === oblast &&
          SETTLEMENT_KINDS.has(e.kind) &&
          [e.name, e.uk, e.ru, ...e.aliases].some((n) => !!n && normalizeName(n) === normalizeName(name)),
      );
  // The districts layer's own hromada and raion entries, by Ukrainian name and oblast.
  const districtEntry = (uk: string, oblast: string): IndexedEntry | undefined =>
    gazetteer.lookup(normalizeName(uk)).find((e) => isLocated(e) && e.kind === 'district' && e.admin1 === oblast && e.uk === uk);

  const inTheatre = units.filter((u) => OBLASTS[u.oblast.slice(0, 4)]);
  const oblastOf = (u: Unit): string => OBLASTS[u.oblast.slice(0, 4)]!;
  const members = new Map<string, Unit[]>();
  for (const u of inTheatre) if (u.hromada && u.code !== u.hromada && SETTLEMENT.has(u.category)) push(members, u.hromada, u);
  const hromadas = new Map(inTheatre.filter((u) => u.code === u.hromada).map((u) => [u.code, u]));
  const raions = new Map(inTheatre.filter((u) => u.code === u.raion).map((u) => [u.code, u]));

  const raionMembers = new Map<string, Unit[]>();
  for (const u of inTheatre) if (u.raion && u.code !== u.raion && SETTLEMENT.has(u.category)) push(raionMembers, u.raion, u);

  /** The located settlement an adjective names among a unit's members: of the members of that name, those of the highest
   * rank (a city before a selyshche before a village: Курахове, not Курахівка, is the centre of Курахівська громада),
   * at their located reading nearest the unit's other members. A raion is named after a city (`citiesOnly`). */
  const centreOf = (adjective: string, unitMembers: readonly Unit[], oblast: string, citiesOnly = false): IndexedEntry | null => {
    const names = new Set(centreNames(adjective));
    const named = unitMembers.filter((m) => names.has(normalizeName(m.name)) && (!citiesOnly || CITY.has(m.category)));
    const top = Math.max(...named.map((m) => rank(m.category)));
    const centre = named.filter((m) => rank(m.category) === top);
    // A city centre (M) is the located town or city of its name, if there is one, not a village of the same name.
    const readings = centre.flatMap((m) => {
      const all = located(m.name, oblast);
      const towns = all.filter((e) => e.kind !== 'village');
      return CITY.has(m.category) && towns.length > 0 ? towns : all;
    });
    return nearestToMembers(
      readings,
      unitMembers.filter((m) => !centre.includes(m)).map((m) => located(m.name, oblast)),
    );
  };

  /** The located point a hromada's villages are mapped at, and how it was found. */
  const containers = new Map<string, { id: string; how: 'hromada' | 'centre' | 'raion' } | null>();
  const containerOf = (code: string): { id: string; how: 'hromada' | 'centre' | 'raion' } | null => {
    if (containers.has(code)) return containers.get(code)!;
    const h = hromadas.get(code)!;
    const oblast = oblastOf(h);
    const adjective = h.name.split(/\s+/)[0]!;
    const own = districtEntry(`${adjective} громада`, oblast);
    let found: { id: string; how: 'hromada' | 'centre' | 'raion' } | null = own ? { id: own.id, how: 'hromada' } : null;
    if (!found) {
      const pick = centreOf(adjective, members.get(code) ?? [], oblast);
      if (pick) found = { id: pick.id, how: 'centre' };
    }
    const raion = raions.get(h.raion);
    if (!found && raion) {
      const raionAdjective = raion.name.split(/\s+/)[0]!;
      const entry = districtEntry(`${raionAdjective} район`, oblast);
      // A raion outside the districts layer is mapped at its centre city, the one its adjective names.
      const centre = entry ?? centreOf(raionAdjective, raionMembers.get(h.raion) ?? [], oblast, true);
      if (centre) found = { id: centre.id, how: 'raion' };
    }
    containers.set(code, found);
    return found;
  };

  const stats = { read: 0, located: 0, noContainer: 0, duplicate: 0 };
  const kept = new Map<string, { u: Unit; container: string; raion: string | undefined }>();
  const seen = new Set<string>();
  for (const u of [...inTheatre].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    if (!KEPT[u.category] || !u.hromada || u.code === u.hromada) continue;
    stats.read++;
    const oblast = oblastOf(u);
    const key = `${u.hromada}|${normalizeName(u.name)}`;
    if (seen.has(key)) {
      stats.duplicate++;
      continue;
    }
    seen.add(key);
    if (located(u.name, oblast).length > 0) {
      stats.located++;
      continue;
    }
    const c = containerOf(u.hromada);
    if (!c) {
      stats.noContainer++;
      continue;
    }
    kept.set(u.code, { u, container: c.id, raion: c.how === 'raion' ? raions.get(u.raion)?.name : undefined });
  }
  const ids = [...new Set([...kept.values()].map((k) => k.container))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rows: DistrictSettlementRow[] = [...kept.values()].map(({ u, container, raion }) => [
    u.code.toLowerCase(),
    latinFromUkrainian(u.name),
    u.name,
    // A village mapped by its raion says so: its point is the raion's centre, not its hromada's.
    `${KEPT[u.category]}, ${hromadas.get(u.hromada)!.name} громада${raion ? `, ${raion} район` : ''}`,
    index.get(container)!,
    'katottg',
  ]);
  const how = { hromada: 0, centre: 0, raion: 0 };
  for (const c of containers.values()) if (c) how[c.how]++;
  const dropped = [...containers.entries()].filter(([, c]) => !c).map(([code]) => hromadas.get(code)!);
  const layer = districtSettlementsSchema.parse({
    description:
      `Villages and selyshches of Chernihiv, Sumy, Kharkiv, Luhansk, Donetsk, Dnipropetrovsk, Zaporizhzhia and Kherson oblasts that no ` +
      'other layer locates in their oblast, each with the hromada its KATOTTG code names. No entry has a coordinate of its own: a mention ' +
      "is mapped with precision district at its container: the hromada's districts.json entry, else the located settlement that is the " +
      "hromada's administrative centre (the settlement the hromada is named after; its own layer and source), else the raion's " +
      `districts.json entry or, outside that layer, the raion's centre city (the city the raion is named after). Names, categories and codes from the KATOTTG codifier, edition of ${SOURCE.edition}; built by scripts/build-hromada-settlements.ts.`,
    licence:
      'KATOTTG codifier (Кодифікатор адміністративно-територіальних одиниць та територій територіальних громад): an official document ' +
      "of Ukraine's Ministry for Communities and Territories Development, published as open data (data.gov.ua); official documents " +
      'are not objects of copyright (Law of Ukraine "On Copyright and Related Rights", art. 10). The copy read here carries no licence ' +
      'of its own (its README: "developed for internal use").',
    idPrefix: 'katottg',
    extract: provenance,
    columns: [...DISTRICT_SETTLEMENT_COLUMNS],
    districts: ids,
    rows,
  });
  writeFileAtomic(join(gazetteerDir, `${LAYER}.json`), formatDistrictSettlements(layer));
  console.log(
    `${LAYER}: ${rows.length} settlements in ${ids.length} containers (hromadas: ${how.hromada} by their districts entry, ` +
      `${how.centre} by their located centre, ${how.raion} by their raion); read ${stats.read} villages and selyshches; left out: ` +
      `${stats.located} located by another layer, ${stats.noContainer} in ${dropped.length} hromadas without a located centre, ` +
      `${stats.duplicate} duplicates`,
  );
  for (const [oblast, n] of countBy(dropped.map(oblastOf))) console.log(`  hromadas without a located centre, ${oblast}: ${n}`);
  if (process.env.DEBUG)
    for (const h of dropped)
      console.log(
        `    ${oblastOf(h)}: ${h.name} (${(members.get(h.hromada) ?? [])
          .map((m) => m.name)
          .slice(0, 8)
          .join(', ')})`,
      );
}

type Point = IndexedEntry & { lon: number; lat: number };

/** Of the located readings of a hromada centre's name, the one that is the centre: the only one (readings a few km
 * apart are one place), else the one clearly nearest (median distance) to the hromada's other settlements that have a
 * single located reading. A common name (Костянтинівка, Миколаївка) has several readings in an oblast. */
function nearestToMembers(readings: readonly IndexedEntry[], members: readonly IndexedEntry[][]): IndexedEntry | null {
  const points = readings.filter(isLocated) as Point[];
  const first = points[0];
  if (!first) return null;
  if (points.every((p) => distanceKm(p, first) < SAME_PLACE_KM)) return first;
  const anchors = members.filter((r) => r.length === 1).map((r) => r[0] as Point);
  if (anchors.length < 2) return null;
  const ranked = points
    .map((p) => ({ p, km: median(anchors.map((a) => distanceKm(p, a))) }))
    .sort((a, b) => a.km - b.km || (a.p.id < b.p.id ? -1 : 1));
  const [best, second] = ranked;
  return best!.km <= MEMBERS_KM && second!.km - best!.km >= NEARER_KM ? best!.p : null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function countBy(xs: readonly string[]): [string, number][] {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort();
}

main();
