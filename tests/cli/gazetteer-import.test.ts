// `briefmap gazetteer import` on small files in the real formats, written here: GeoNames dump rows (19 columns),
// the same zipped, an OSM GeoJSON extract and an overpass CSV; the layer is read back through the gazetteer loader.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importLayer } from '../../src/cli/gazetteer/import.ts';
import { loadGazetteer, gazetteerDir } from '../../src/cli/load-gazetteer.ts';
import { placesEntries, placesLayerSchema } from '../../src/core/gazetteer/places-layer.ts';
import { normalizeName } from '../../src/core/text/normalize.ts';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-gz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A GeoNames dump row: geonameid name asciiname alternatenames lat lon class code cc cc2 admin1-4 population elevation dem tz date. */
const row = (
  id: number,
  name: string,
  alt: string[],
  lat: number,
  lon: number,
  cls: string,
  code: string,
  cc: string,
  pop: number,
): string =>
  [id, name, name, alt.join(','), lat, lon, cls, code, cc, '', '41', '', '', '', pop, '', 180, 'Europe/Moscow', '2024-01-01'].join('\t');

const DUMP = [
  row(563464, 'Malaya Loknya', ['Malaja Loknja', 'Malaya Loknya', 'Мала Локня', 'Малая Локня'], 51.3325, 35.2275, 'P', 'PPL', 'RU', 850),
  row(
    700000,
    'Krasnopillya',
    ["Krasnopol'ye", 'Krasnopillia', 'Краснопiлля', 'Краснопілля', 'Краснополье'],
    50.7748,
    35.2668,
    'P',
    'PPLA3',
    'UA',
    8400,
  ),
  row(700001, 'Sudzhanskiy Rayon', ['Суджанский район'], 51.2, 35.27, 'A', 'ADM2', 'RU', 0),
  row(2950159, 'Berlin', ['Берлин', 'Берлін'], 52.52437, 13.41053, 'P', 'PPLC', 'DE', 3426354),
].join('\n');

function layerAt(path: string) {
  return placesEntries(placesLayerSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
}

describe('gazetteer import: GeoNames dumps', { timeout: 30_000 }, () => {
  it('reads a country file, filters by country and feature class, takes Cyrillic names into ru/uk', async () => {
    const file = join(tmp, 'RU.txt');
    writeFileSync(file, `${DUMP}\n`);
    const r = await importLayer(file, { countries: ['RU', 'UA'], into: join(tmp, 'a') });
    expect(r).toMatchObject({ format: 'geonames', read: 4, kept: 2 });
    const entries = layerAt(r.path);
    expect(entries.map((e) => e.id)).toEqual(['gn-563464', 'gn-700000']);
    const loknya = entries[0]!;
    expect(loknya).toMatchObject({
      name: 'Malaya Loknya',
      ru: 'Малая Локня',
      uk: 'Мала Локня',
      country: 'RU',
      admin1: 'Kursk Oblast',
      kind: 'village',
      source: 'geonames:563464',
      lon: 35.2275,
      lat: 51.3325,
    });
    const krasnopillia = entries[1]!;
    expect(krasnopillia).toMatchObject({ ru: 'Краснополье', uk: 'Краснопілля', admin1: 'Sumy Oblast', kind: 'town' });
    expect(krasnopillia.aliases).toContain("Krasnopol'ye");
    expect(krasnopillia.aliases).not.toContain('Краснопiлля'); // mixed Latin/Cyrillic letters are no name
  });

  it('keeps admin divisions when asked and the same places from a zip', async () => {
    const zip = join(tmp, 'RU.zip');
    writeFileSync(zip, zipSync({ 'readme.txt': strToU8('GeoNames readme'), 'RU.txt': strToU8(DUMP) }));
    const r = await importLayer(zip, { countries: ['RU'], featureClasses: ['P', 'A'], name: 'ru-full', into: join(tmp, 'b') });
    expect(r.path).toBe(join(tmp, 'b', 'ru-full.json'));
    const entries = layerAt(r.path);
    expect(entries.map((e) => [e.id, e.kind])).toEqual([
      ['gn-563464', 'village'],
      ['gn-700001', 'district'],
    ]);
    expect(entries[1]).toMatchObject({ ru: 'Суджанский район' });
  });

  it('is deterministic and the loader finds imported places by their Cyrillic names', async () => {
    const file = join(tmp, 'cities500.txt');
    writeFileSync(file, DUMP);
    const into = join(tmp, 'c');
    const first = readFileSync((await importLayer(file, { into })).path, 'utf8');
    const second = readFileSync((await importLayer(file, { into })).path, 'utf8');
    expect(second).toBe(first);
    const g = loadGazetteer(gazetteerDir, into);
    // A new reading of a known place (Berlin, gn-2950159 in cities.json) replaces it and brings its Cyrillic names;
    // a place the curated layer already holds at the same spot (Malaya Loknya) stays the curated entry.
    expect(g.lookup(normalizeName('Берлин')).map((e) => e.id)).toContain('gn-2950159');
    expect(g.byId('gn-2950159')).toMatchObject({ ru: 'Берлин', uk: 'Берлін', layer: 'city' }); // ranked by population, not as curated
    expect(g.lookup(normalizeName('Малая Локня')).map((e) => e.id)).toEqual(['ru-malaya-loknya']);
  });

  it('rejects a file that is not a dump with a one-line message', async () => {
    const file = join(tmp, 'notes.txt');
    writeFileSync(file, 'just some text\n');
    await expect(importLayer(file, { into: join(tmp, 'd') })).rejects.toThrow(/notes\.txt: line 1: not a GeoNames row/);
  });
});

describe('gazetteer import: OSM extracts', () => {
  const feature = (id: string, tags: Record<string, string>, lon: number, lat: number) =>
    JSON.stringify({ type: 'Feature', id, properties: tags, geometry: { type: 'Point', coordinates: [lon, lat] } });

  it('reads a GeoJSON FeatureCollection written one feature per line', async () => {
    const file = join(tmp, 'kursk-places.geojson');
    writeFileSync(
      file,
      [
        '{"type": "FeatureCollection",',
        '"features": [',
        `${feature('node/123', { name: 'Малая Локня', 'name:ru': 'Малая Локня', 'name:uk': 'Мала Локня', place: 'village' }, 35.2275, 51.3325)},`,
        `${feature('node/456', { name: 'Краснопілля', 'name:ru': 'Краснополье', place: 'town', population: '8400' }, 35.2668, 50.7748)},`,
        `${feature('way/789', { landuse: 'forest' }, 35.1, 51.1)}`,
        ']}',
      ].join('\n'),
    );
    const r = await importLayer(file, { into: join(tmp, 'e') });
    expect(r).toMatchObject({ format: 'osm', read: 3, kept: 2, skipped: 1 });
    const [loknya, krasnopillia] = layerAt(r.path);
    expect(loknya).toMatchObject({
      name: 'Malaya Loknya',
      ru: 'Малая Локня',
      uk: 'Мала Локня',
      country: 'RU',
      admin1: 'Kursk Oblast',
      kind: 'village',
      source: 'osm:node/123',
    });
    expect(krasnopillia).toMatchObject({
      name: 'Krasnopillia',
      ru: 'Краснополье',
      uk: 'Краснопілля',
      country: 'UA',
      population: 8400,
      source: 'osm:node/456',
    });
    expect(JSON.parse(readFileSync(r.path, 'utf8')).licence).toMatch(/OpenStreetMap contributors, ODbL/);
  });

  it('reads an overpass CSV and the one-line FeatureCollection of a small file', async () => {
    const csv = join(tmp, 'places.csv');
    writeFileSync(
      csv,
      '::type,::id,name,name:ru,name:uk,place,::lat,::lon\nnode,123,Малая Локня,Малая Локня,Мала Локня,village,51.3325,35.2275\n',
    );
    const a = layerAt((await importLayer(csv, { into: join(tmp, 'f') })).path);
    expect(a).toMatchObject([{ source: 'osm:node/123', ru: 'Малая Локня', uk: 'Мала Локня' }]);
    const one = join(tmp, 'one.geojson');
    writeFileSync(
      one,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [JSON.parse(feature('n123', { name: 'Малая Локня', place: 'village' }, 35.2275, 51.3325))],
      }),
    );
    expect(layerAt((await importLayer(one, { into: join(tmp, 'g') })).path)).toMatchObject([
      { source: 'osm:node/123', ru: 'Малая Локня', name: 'Malaya Loknya' },
    ]);
  });
});

describe('briefmap gazetteer import (CLI)', { timeout: 180_000 }, () => {
  it('writes into --into and reports counts; bad options fail in one line', () => {
    const file = join(tmp, 'UA.txt');
    writeFileSync(file, DUMP);
    const ok = spawnSync(
      process.execPath,
      [join(root, 'bin', 'briefmap.js'), 'gazetteer', 'import', file, '--country', 'UA', '--into', join(tmp, 'cli')],
      { encoding: 'utf8' },
    );
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/geonames: read 4 records, kept 1/);
    const bad = spawnSync(process.execPath, [join(root, 'bin', 'briefmap.js'), 'gazetteer', 'import', file, '--country', 'Ukraine'], {
      encoding: 'utf8',
    });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--country takes ISO 3166-1 alpha-2 codes/);
  });
});
