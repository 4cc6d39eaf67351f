// Adds to data/gazetteer/districts.json the territorial communities (hromadas) of Ukraine that
// scripts/build-theatre-layers.ts does not write (it writes those of Sumy, Kharkiv and Chernihiv oblasts only), each a
// point at its administrative centre, with the name forms the border hromadas have (adjective + громада, the full
// "… територіальна громада", Latin "… hromada"/"… community" of the adjective and of the centre):
//   - the hromada and its settlements: the codifier's rows (level 3 = hromada, category H; level 4 = its cities M,
//     selyshches X and villages C), from the same public copy igskak/KATOTTG build-ua-raions.ts reads;
//   - the centre: the codifier lists a hromada's administrative centre first (number 001 of its level-4 codes); that
//     row is taken when the hromada's adjective names it (the stem match of scripts/adjective-centre.ts), else the one
//     settlement of the hromada the adjective names; a hromada whose adjective names none (Шевченківська) is left out;
//   - its point: the centre's GeoNames point in the oblast (scripts/settlement-points.ts: cities500, or the postal
//     settlement layer when cities500 has none), inside the oblast's admin-1 polygon and within RAION_REACH_KM of its
//     raion's centre in the layer (NAMESAKE_REACH_KM when namesakes in one oblast must be told apart: three
//     Андріївка); the only such point, else the hromada is left out (listed on stderr). No coordinate is ever typed in.
// Crimea's are left out (the admin-1 layer has no Ukrainian Crimea region). Run after build-ua-raions.ts:
//   `npx tsx scripts/build-ua-hromadas.ts [mirrorDir]` (default /work/.mirror). Deterministic; running it twice changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPlacesLayer, placesLayerSchema, toPlacesLayer } from '../src/core/gazetteer/places-layer.ts';
import { distanceKm } from '../src/core/geo.ts';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { loadAdmin1Locator } from '../src/cli/gazetteer/admin1-locator.ts';
import { latinFromUkrainian } from '../src/cli/gazetteer/cyrillic-names.ts';
import { readCities500 } from './geonames-cyrillic.ts';
import { centreOf } from './adjective-centre.ts';
import { draftsOf, hromadaNames, round5, slug, type Draft } from './layer-draft.ts';
import { OBLASTS, readKatottg } from './katottg.ts';
import { apostrophe, settlementPointFinder } from './settlement-points.ts';

const file = join(import.meta.dirname, '..', 'data', 'gazetteer', 'districts.json');
const mirrors = process.argv[2] ?? '/work/.mirror';
/** Rows this script adds carry this ref ending, so a second run replaces them. */
const REF_END = '-hromada-katottg';
/** How far from its raion's centre a hromada's centre may lie (a raion of the 2020 reform is up to ~200 km across),
 * and how near it must lie to be told from a namesake elsewhere in the oblast. */
const RAION_REACH_KM = 150;
const NAMESAKE_REACH_KM = 80;
/** A hromada already in the layer centred this close is the same hromada. */
const SAME_POINT_KM = 1;
const SENTENCE = ' Plus the hromadas of the other oblasts';
const CATEGORY_RANK: Record<string, number> = { M: 3, X: 2, C: 1 };

/** A hromada adjective's key for namesakes: its Latin letters, y and i as one (the gazetteer's generated spellings
 * read Хотинська and Хотінська alike). */
const nameKey = (adjective: string): string =>
  latinFromUkrainian(adjective)
    .toLowerCase()
    .replace(/y/g, 'i')
    .replace(/[^a-z]/g, '');

interface Settlement {
  name: string;
  category: string;
}

function main(): void {
  const { csv, provenance } = readKatottg(mirrors);

  const layer = placesLayerSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const drafts = draftsOf(layer, REF_END);

  // The codifier: oblasts (O), raions (P), hromadas (H) and each hromada's settlements in the codifier's order.
  const oblastOf = new Map<string, string>();
  const raionOf = new Map<string, string>();
  const hromadas: { code: string; adjective: string; raion: string; oblast: string; geonames: string }[] = [];
  const settlements = new Map<string, Settlement[]>();
  for (const line of csv.split('\n').slice(1)) {
    const c = line.split(';').map((s) => s.trim());
    if (c.length < 7) continue;
    const [l1, l2, l3, l4, , category, name] = c as [string, string, string, string, string, string, string];
    if (category === 'O') oblastOf.set(l1, name);
    else if (category === 'P') raionOf.set(l2, apostrophe(name));
    else if (category === 'H') {
      const [oblast, geonames] = OBLASTS[oblastOf.get(l1) ?? ''] ?? ['', ''];
      hromadas.push({ code: l3, adjective: apostrophe(name), raion: raionOf.get(l2) ?? '', oblast, geonames });
    } else if (CATEGORY_RANK[category] && l4 && l3)
      settlements.set(l3, [...(settlements.get(l3) ?? []), { name: apostrophe(name), category }]);
  }

  // A name two hromadas share (Покровська: Donetsk and twice Dnipropetrovsk; Тростянецька: Sumy and Vinnytsia), in
  // Cyrillic or in a Latin spelling the gazetteer generates (Хотінська/Хотинська), would make a hromada the layer
  // already reads (the border oblasts') ambiguous, or leave a mention undecided between the new namesakes: such
  // hromadas are left out, and their mentions keep the reading by the centre's adjective (district-centre.ts).
  const nameCount = new Map<string, number>();
  for (const h of hromadas) nameCount.set(nameKey(h.adjective), (nameCount.get(nameKey(h.adjective)) ?? 0) + 1);
  const locator = loadAdmin1Locator();
  const pointsOf = settlementPointFinder(readCities500(new Set(['UA'])), locator);
  const added: Draft[] = [];
  const missing: string[] = [];
  const byOblast = new Map<string, number>();
  for (const h of hromadas) {
    const uk = `${h.adjective} громада`;
    if (!h.oblast) continue; // Crimea: no admin-1 region to hold it
    if (drafts.some((d) => apostrophe(d.uk ?? '') === uk && d.admin1 === h.oblast && d.country === 'UA')) continue; // a border hromada
    if ((nameCount.get(nameKey(h.adjective)) ?? 0) > 1) {
      missing.push(`${uk} (${h.oblast}: a namesake hromada elsewhere)`);
      continue;
    }
    const own = settlements.get(h.code) ?? [];
    const first = own[0];
    const centre = (first && centreOf(h.adjective, [first])) ?? centreOf(h.adjective, own, (s) => (CATEGORY_RANK[s.category] ?? 0) / 10);
    if (!centre) {
      missing.push(`${uk} (${h.oblast}: no centre)`);
      continue;
    }
    let points = pointsOf(centre.name, h.oblast, h.geonames);
    // The hromada lies in its raion: a point far from the raion's centre is a namesake (three Андріївка of one oblast
    // are told apart by the nearer reach; a centre with no namesake in the oblast needs only the wider one, as a raion
    // reaches farther from its centre than 80 km: Межова from Синельникове). A raion missing from the layer leaves
    // only a point that has no namesake in the oblast.
    const raion = drafts.find((d) => apostrophe(d.uk ?? '') === `${h.raion} район` && d.admin1 === h.oblast && d.country === 'UA');
    const reach = points.length > 1 ? NAMESAKE_REACH_KM : RAION_REACH_KM;
    if (raion) points = points.filter((p) => distanceKm(p, { lon: raion.lon!, lat: raion.lat! }) <= reach);
    else if (points.length > 1) points = [];
    if (points.length !== 1) {
      missing.push(`${uk} (${h.oblast}: centre ${centre.name}, ${points.length ? 'namesakes' : 'no point'})`);
      continue;
    }
    const point = points[0]!;
    // The border oblasts' hromadas come from another copy of the codifier, some spelt otherwise (Есманська/Есманьська):
    // one centred on the same point is that hromada already.
    const twin = drafts.find(
      (d) => d.admin1 === h.oblast && /громада$/u.test(d.uk ?? '') && distanceKm(d as { lon: number; lat: number }, point) < SAME_POINT_KM,
    );
    if (twin) continue;
    added.push({
      ref: `ua-${slug(h.adjective)}-${slug(h.raion)}-${slug(h.oblast)}${REF_END}`,
      ...hromadaNames(h.adjective, centre.name),
      uk,
      kind: 'district',
      country: 'UA',
      admin1: h.oblast,
      district: `${latinFromUkrainian(h.raion)} Raion`,
      lon: round5(point.lon),
      lat: round5(point.lat),
      population: null,
      source: point.source,
    });
    byOblast.set(h.oblast, (byOblast.get(h.oblast) ?? 0) + 1);
  }

  const base = layer.description.replace(new RegExp(`${SENTENCE}.*$`), '');
  const out = toPlacesLayer(
    {
      description: `${base}${SENTENCE} (${added.length} of the codifier's ${hromadas.length}; scripts/build-ua-hromadas.ts): the hromada from the same KATOTTG codifier (via ${provenance}), its centre the settlement the codifier lists first when the hromada's adjective names it (else the one it names), its point that settlement's GeoNames point inside the oblast.`,
      licence: layer.licence,
      idPrefix: layer.idPrefix,
    },
    [...drafts, ...added].sort((a, b) => a.ref.localeCompare(b.ref)),
  );
  writeFileAtomic(file, formatPlacesLayer(out));
  console.error(
    `hromadas added ${added.length}: ${[...byOblast]
      .sort()
      .map(([o, n]) => `${o} ${n}`)
      .join(', ')}`,
  );
  console.error(`left out ${missing.length}: ${missing.join('; ')}`);
}

main();
