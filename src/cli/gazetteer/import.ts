// `briefmap gazetteer import <file>`: a GeoNames dump or an OSM place extract in, one compact local layer out.
// The file is read line by line (zipped or not), filtered as it goes, and only the kept places are held.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GazetteerEntry } from '../../core/gazetteer/entry.ts';
import { formatPlacesLayer, toPlacesLayer } from '../../core/gazetteer/places-layer.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { loadAdmin1Locator } from './admin1-locator.ts';
import { latinFromRussian, latinFromUkrainian, pickCyrillicNames } from './cyrillic-names.ts';
import { geonamesKind, parseGeonamesRow } from './geonames-dump.ts';
import { readLines } from './read-lines.ts';
import { osmKind, OsmCsv, osmPlaceFromGeoJsonLine, osmPlacesFromGeoJson, type OsmPlace } from './osm-places.ts';

export interface ImportOptions {
  /** ISO 3166-1 alpha-2 codes to keep (all when absent). */
  countries?: string[];
  /** GeoNames feature classes to keep (P when absent; '*' keeps all). */
  featureClasses?: string[];
  /** Layer name: the file written is <into>/<name>.json. */
  name?: string;
  into: string;
  log?: (line: string) => void;
}

export interface ImportResult {
  path: string;
  format: 'geonames' | 'osm';
  read: number;
  kept: number;
  /** Records without coordinates, name or country (OSM records outside RU/UA/BY without a country tag). */
  skipped: number;
}

type Draft = Omit<GazetteerEntry, 'id' | 'source'> & { ref: string; source: [string, string] };

type Format = 'geonames' | 'geojson' | 'csv';
function formatOf(name: string): Format {
  if (/\.(geo)?json(l|seq)?$/i.test(name)) return 'geojson';
  if (/\.(csv|tsv)$/i.test(name)) return 'csv';
  return 'geonames';
}

export const layerNameOf = (file: string): string =>
  basename(file)
    .replace(/(\.[a-z0-9]+)+$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'imported';

/** Latin names, not codes: "Krasnopol'ye" yes, "UA" or "8 Marta 2" no. */
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’ʼ\- .]*$/u;

export async function importLayer(file: string, options: ImportOptions): Promise<ImportResult> {
  const log = options.log ?? (() => {});
  const countries = options.countries?.length ? new Set(options.countries.map((c) => c.toUpperCase())) : null;
  const classes = options.featureClasses?.includes('*')
    ? null
    : new Set((options.featureClasses?.length ? options.featureClasses : ['P']).map((c) => c.toUpperCase()));
  const name = options.name ?? layerNameOf(file);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`--name must be lower-case letters, digits and hyphens, not "${name}"`);
  const locator = loadAdmin1Locator();
  const drafts: Draft[] = [];
  let read = 0;
  let skipped = 0;
  let sawGeonames = false;
  let sawOsm = false;
  let csv: OsmCsv | null = null;
  let csvMember: string | null = null;

  const addOsm = (p: OsmPlace, line: number): void => {
    const draft = osmDraft(p, line, file, locator, countries);
    if (draft === 'skip') skipped++;
    else if (draft) drafts.push(draft);
  };

  for await (const line of readLines(file)) {
    const format = formatOf(line.member || file);
    if (format === 'geonames') {
      if (!line.text || line.text.startsWith('#')) continue;
      const row = parseGeonamesRow(line.text);
      if (!row) {
        if (line.number <= 1 && !sawGeonames)
          throw new Error(`${file}: line ${line.number}: not a GeoNames row (19 tab-separated columns expected)`);
        skipped++;
        continue;
      }
      sawGeonames = true;
      read++;
      if (countries && !countries.has(row.country)) continue;
      if (classes && !classes.has(row.featureClass)) continue;
      const where = ['RU', 'UA', 'BY'].includes(row.country) ? locator.locate(row.lon, row.lat) : null;
      const cyr = pickCyrillicNames(row.alternateNames, row.asciiName || row.name, row.country);
      const latin = [row.asciiName, ...row.alternateNames].filter((n) => n && n !== row.name && LATIN_NAME.test(n) && n.length > 2);
      drafts.push({
        ref: String(row.id),
        name: row.name,
        aliases: [...new Set([...latin, ...cyr.others])],
        ...(cyr.ru ? { ru: cyr.ru } : {}),
        ...(cyr.uk ? { uk: cyr.uk } : {}),
        kind: geonamesKind(row),
        country: row.country,
        admin1: where && where.country === row.country ? where.admin1 : null,
        district: null,
        lon: round5(row.lon),
        lat: round5(row.lat),
        population: row.population || null,
        source: ['geonames:', String(row.id)],
      });
    } else if (format === 'geojson') {
      sawOsm = true;
      const t = line.text.trimStart();
      if (t.startsWith('{') && /"FeatureCollection"/.test(t) && t.trimEnd().endsWith('}')) {
        for (const p of osmPlacesFromGeoJson(t)) (read++, addOsm(p, line.number));
        continue;
      }
      const p = osmPlaceFromGeoJsonLine(line.text);
      if (p) (read++, addOsm(p, line.number));
    } else {
      sawOsm = true;
      if (csvMember !== line.member || !csv) {
        csv = new OsmCsv(line.text);
        csvMember = line.member;
        continue;
      }
      const p = csv.record(line.text);
      if (p) (read++, addOsm(p, line.number));
    }
    if (read % 1_000_000 === 0 && read) log(`read ${read.toLocaleString('en')} records, kept ${drafts.length.toLocaleString('en')}`);
  }
  if (!sawGeonames && !sawOsm) throw new Error(`${file}: no GeoNames rows or OSM places found`);

  const format = sawGeonames ? 'geonames' : 'osm';
  const layer = toPlacesLayer(
    {
      description: `Imported by briefmap gazetteer import from ${basename(file)}${countries ? `, countries ${[...countries].join(',')}` : ''}${format === 'geonames' ? `, feature classes ${classes ? [...classes].join(',') : 'all'}` : ''}.`,
      licence:
        format === 'geonames'
          ? 'GeoNames data, CC BY 4.0 (https://www.geonames.org): attribute GeoNames when you publish maps made with it.'
          : 'OpenStreetMap data © OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright).',
      idPrefix: format === 'geonames' ? 'gn' : `osm${name.replace(/[^a-z0-9]/g, '')}`.slice(0, 40),
    },
    drafts,
  );
  mkdirSync(options.into, { recursive: true });
  const path = join(options.into, `${name}.json`);
  writeFileAtomic(path, formatPlacesLayer(layer));
  return { path, format, read, kept: drafts.length, skipped };
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

function osmDraft(
  p: OsmPlace,
  line: number,
  file: string,
  locator: ReturnType<typeof loadAdmin1Locator>,
  countries: Set<string> | null,
): Draft | null | 'skip' {
  const t = p.tags;
  const local = t.name;
  if (!local) return 'skip';
  const where = locator.locate(p.lon, p.lat);
  const tagged = (t['is_in:country_code'] ?? t['addr:country'] ?? t['country_code'] ?? '').toUpperCase();
  const country = /^[A-Z]{2}$/.test(tagged) ? tagged : (where?.country ?? (countries?.size === 1 ? [...countries][0]! : null));
  if (!country) return 'skip';
  if (countries && !countries.has(country)) return null;
  const cyr = pickCyrillicNames(
    [t['name:ru'], t['name:uk'], local, t.old_name, t.alt_name].filter((n): n is string => !!n),
    t['name:en'] ?? t.int_name ?? local,
    country,
  );
  const ru = t['name:ru'] ?? cyr.ru;
  const uk = t['name:uk'] ?? cyr.uk;
  const latin =
    t['name:en'] ??
    t.int_name ??
    (LATIN_NAME.test(local)
      ? local
      : country === 'UA' && uk
        ? latinFromUkrainian(uk)
        : ru
          ? latinFromRussian(ru)
          : uk
            ? latinFromUkrainian(uk)
            : local);
  const population = Number(t.population);
  return {
    ref: p.element ? p.element.replace('/', '-') : `l${line}`,
    name: latin,
    aliases: [...new Set([local, ...cyr.others].filter((n) => n !== latin && n !== ru && n !== uk))],
    ...(ru ? { ru } : {}),
    ...(uk ? { uk } : {}),
    kind: osmKind(t.place),
    country,
    admin1: where && where.country === country ? where.admin1 : null,
    district: null,
    lon: round5(p.lon),
    lat: round5(p.lat),
    population: Number.isInteger(population) && population >= 0 ? population : null,
    source: p.element ? ['osm:', p.element] : [`import:${basename(file)}`, `#L${line}`],
  };
}
