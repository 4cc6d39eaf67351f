// Adds to data/gazetteer/districts.json the raions of Ukraine (the 2020 reform's 136, from the KATOTTG codifier) that
// scripts/build-theatre-layers.ts does not write (it writes those of Sumy, Kharkiv and Chernihiv oblasts only), each a
// point at its administrative centre, as the layer's other raions are:
//   - the raion and its settlements: the codifier's rows (level 2 = raion, category P; level 4 = its cities M,
//     selyshches X and villages C), read from the public copy igskak/KATOTTG (fetched with the search tool's `fetch`);
//   - the centre: the settlement of the raion its adjective names ("Запорізький" → Запоріжжя), by the same stem match
//     the hromada builder uses, cities before selyshches (a codifier row listed twice counts once);
//   - its point: the GeoNames cities500 place of that Ukrainian name in the raion's oblast (GeoNames' admin1 code),
//     the most populous one, and inside the oblast's admin-1 polygon as every point of the layer is. A raion whose
//     centre or point is not found that way is left out (listed on stderr); no coordinate is ever typed in. Crimea's raions are left out: the admin-1 layer has no Ukrainian Crimea region.
// Run after build-theatre-layers.ts (which rewrites districts.json without these rows):
//   `npx tsx scripts/build-ua-raions.ts [mirrorDir]` (default /work/.mirror). Deterministic; running it twice changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPlacesLayer, placesLayerSchema, toPlacesLayer } from '../src/core/gazetteer/places-layer.ts';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { loadAdmin1Locator } from '../src/cli/gazetteer/admin1-locator.ts';
import { latinFromUkrainian } from '../src/cli/gazetteer/cyrillic-names.ts';
import { CITIES500, readCities500 } from './geonames-cyrillic.ts';
import { centreOf } from './adjective-centre.ts';
import { draftsOf, round5, slug, type Draft } from './layer-draft.ts';
import { OBLASTS, readKatottg } from './katottg.ts';
import { apostrophe, settlementPointFinder } from './settlement-points.ts';

const file = join(import.meta.dirname, '..', 'data', 'gazetteer', 'districts.json');
const mirrors = process.argv[2] ?? '/work/.mirror';
/** Rows this script adds carry this ref ending, so a second run replaces them. */
const REF_END = '-raion-katottg';
/** A raion's centre is a city (M), else a selyshche (X): tried in that order, so a village Лозівське does not stand
 * for the city Лозова; villages are never tried (Дністровський район's centre is Кельменці, not the village Дністрівка). */
const CATEGORIES = ['M', 'X'];
const letters = (s: string): string => s.toLowerCase().replace(/[^а-яёіїєґ]/g, '');

/** The settlement a raion's adjective names: first one whose name is the adjective itself (Хмельницький) or its
 * nominative base (Луцьк → Луцький, Кам’янське → Кам’янський), else the hromada builder's stem match. */
function raionCentre<T extends { name: string }>(adjective: string, candidates: readonly T[]): T | null {
  const a = letters(adjective);
  const exact = [...new Map(candidates.map((c) => [c.name, c])).values()].filter((c) => {
    const n = letters(c.name);
    return n === a || `${n}ий` === a || n.replace(/е$/, 'ий') === a;
  });
  if (exact.length === 1) return exact[0]!;
  return exact.length ? null : centreOf(adjective, candidates);
}

function main(): void {
  const { csv, provenance } = readKatottg(mirrors);

  // The layer as build-theatre-layers.ts wrote it (this script's own rows dropped), back into drafts.
  const layer = placesLayerSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const drafts = draftsOf(layer, REF_END);

  // The codifier: raions (P) with their oblast, and the settlements (M, X, C) of each raion.
  const oblastOf = new Map<string, string>();
  const raions: { code: string; adjective: string; oblast: string; geonames: string }[] = [];
  const settlements = new Map<string, { name: string; category: string }[]>();
  for (const line of csv.split('\n').slice(1)) {
    const c = line.split(';').map((s) => s.trim());
    if (c.length < 7) continue;
    const [l1, l2, , l4, , category, name] = c as [string, string, string, string, string, string, string];
    if (category === 'O') oblastOf.set(l1, name);
    else if (category === 'P') {
      const [oblast, geonames] = OBLASTS[oblastOf.get(l1) ?? ''] ?? ['', ''];
      raions.push({ code: l2, adjective: apostrophe(name), oblast, geonames });
    } else if (CATEGORIES.includes(category) && l4)
      settlements.set(l2, [...(settlements.get(l2) ?? []), { name: apostrophe(name), category }]);
  }

  const cities500 = readCities500(new Set(['UA']));
  const locator = loadAdmin1Locator();
  const pointsOf = settlementPointFinder(cities500, locator);
  const added: Draft[] = [];
  const missing: string[] = [];
  for (const r of raions) {
    const uk = `${r.adjective} район`;
    if (!r.oblast) {
      missing.push(`${uk} (no admin-1 region)`);
      continue;
    }
    if (drafts.some((d) => apostrophe(d.uk ?? '') === uk && d.admin1 === r.oblast && d.country === 'UA')) continue; // already in the layer
    const own = settlements.get(r.code) ?? [];
    let centre: { name: string } | null = null;
    for (const category of CATEGORIES) {
      centre = raionCentre(
        r.adjective,
        own.filter((s) => s.category === category),
      );
      if (centre) break;
    }
    if (!centre) {
      missing.push(`${uk} (no centre)`);
      continue;
    }
    const points = cities500
      .filter((p) => p.admin1Code === r.geonames && p.cyrillic.some((n) => apostrophe(n) === centre.name))
      .sort((a, b) => b.population - a.population || a.id - b.id);
    let point: { lon: number; lat: number; source: [string, string] } | undefined = points[0] && {
      ...points[0],
      source: ['geonames:', String(points[0].id)],
    };
    if (points[1] && points[1].population === points[0]!.population) {
      missing.push(`${uk} (centre ${centre.name}: two namesakes)`);
      continue;
    }
    // A centre renamed after GeoNames' copy was made (Самар, Сіверськодонецьк): its postal row in the oblast, found
    // through the former-names file; the only one, else left out.
    if (!point) {
      const found = pointsOf(centre.name, r.oblast, r.geonames);
      if (found.length !== 1) {
        missing.push(`${uk} (centre ${centre.name}: ${found.length ? 'namesakes' : 'no GeoNames point'})`);
        continue;
      }
      point = found[0]!;
    }
    // Every point of the layer lies inside its oblast's admin-1 polygon (tests/core/gazetteer-places.test.ts); the
    // coarse Natural Earth outline leaves some coastal and river-bank centres outside (Херсон, Скадовськ): left out.
    if (!locator.contains(r.oblast, point.lon, point.lat)) {
      missing.push(`${uk} (centre ${centre.name} outside the ${r.oblast} polygon)`);
      continue;
    }
    const latin = latinFromUkrainian(r.adjective);
    const centreLatin = latinFromUkrainian(centre.name);
    added.push({
      ref: `ua-${slug(r.adjective)}-${slug(r.oblast)}${REF_END}`,
      name: `${centreLatin} Raion`,
      aliases: [`${latin} Raion`, `${latin} raion`, `${centreLatin} District`, `${centreLatin} district`, `${centreLatin} raion`],
      uk,
      kind: 'district',
      country: 'UA',
      admin1: r.oblast,
      district: `${centreLatin} Raion`,
      lon: round5(point.lon),
      lat: round5(point.lat),
      population: null,
      source: point.source,
    });
  }

  const out = toPlacesLayer(
    {
      description: `${layer.description.replace(/ Plus the (raions|hromadas) of the other oblasts.*$/, '')} Plus the raions of the other oblasts (${added.length} of the codifier's ${raions.length}; scripts/build-ua-raions.ts): the raion from the KATOTTG codifier (via ${provenance}), its centre the raion's settlement its adjective names, its point that settlement's GeoNames cities500 place inside the oblast.`,
      licence: layer.licence.includes(CITIES500.licence) ? layer.licence : `${layer.licence} ${CITIES500.licence}`,
      idPrefix: layer.idPrefix,
    },
    [...drafts, ...added].sort((a, b) => a.ref.localeCompare(b.ref)),
  );
  writeFileAtomic(file, formatPlacesLayer(out));
  console.error(`raions added ${added.length}; left out ${missing.length}: ${missing.join(', ')}`);
}

main();
