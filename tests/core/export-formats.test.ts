// Every export format read back by an independent reader — CSV by csv-parse, KML/KMZ by @tmcw/togeojson on an
// XML DOM (xmldom) after fflate unzips the KMZ, FlatGeobuf by flatgeobuf's own deserialize — and compared with the
// source GeoJSON: row counts, coordinates, properties, and untrusted text that must come back as text.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { DOMParser } from '@xmldom/xmldom';
import { kml, kmlWithFolders } from '@tmcw/togeojson';
import { strFromU8, unzipSync } from 'fflate';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { exportFiles, exportFormats, parseFormats, type ExportFile, type ExportInput } from '../../src/export/export-data.ts';
import { asOneDownload } from '../../src/export/archive.ts';
import { FORMULAS, HOSTILE, fixtureInput } from './export-formats.fixture.ts';
import { gazetteer } from './gazetteer-cache.ts';

// The test's own statement of what a spreadsheet would run as a formula (OWASP CSV injection list, plus leading
// spaces and full-width signs); a cell with such text must come back with a ' in front, everything else verbatim.
const FORMULA = /^(?:[\t\r]|[ \u00a0]*[=+\-@＝＋－＠])/;
const asCsvText = (text: string): string => (FORMULA.test(text) ? `'${text}` : text);

const fixture = fixtureInput();
const seeds = ((): ExportInput => {
  const r = geoparseCorpus(readCorpus('seeds'), gazetteer());
  return { places: r.places, claims: r.claims, events: r.events, report: r.report };
})();

const file = (files: ExportFile[], name: string): ExportFile => {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name} among ${files.map((x) => x.name).join(', ')}`);
  return f;
};
const text = (f: ExportFile): string => new TextDecoder().decode(f.bytes);

function readCsvBytes(f: ExportFile): Record<string, string>[] {
  // RFC 4180: records end in CRLF; a strict parse with that delimiter fails on anything else outside quotes.
  return parseCsv(Buffer.from(f.bytes), {
    columns: true,
    bom: true,
    record_delimiter: '\r\n',
    relax_column_count: false,
    relax_quotes: false,
  }) as Record<string, string>[];
}

describe('CSV', () => {
  for (const [label, input] of [
    ['fixture', fixture],
    ['seeds', seeds],
  ] as const) {
    const files = exportFiles(input, ['csv']);

    it(`${label}: places.csv has one row per place with its coordinates and properties`, () => {
      const rows = readCsvBytes(file(files, 'places.csv'));
      expect(rows).toHaveLength(input.places.features.length);
      input.places.features.forEach((f, i) => {
        const r = rows[i]!;
        const p = f.properties;
        expect(r.id).toBe(p.id);
        expect(r.name).toBe(asCsvText(p.name));
        expect([Number(r.lon), Number(r.lat)]).toEqual(f.geometry.coordinates);
        expect({ kind: r.kind, country: r.country, admin1: r.admin1, precision: r.precision, source: r.source }).toEqual({
          kind: p.kind,
          country: p.country,
          admin1: p.admin1 ?? '',
          precision: p.precision,
          source: p.source,
        });
        expect([Number(r.confidence), Number(r.mentionCount), Number(r.articleCount)]).toEqual([
          p.confidence,
          p.mentionCount,
          p.articleCount,
        ]);
        expect(r.variants).toBe(asCsvText(p.variants.join(' | ')));
        expect('articles' in r).toBe(false);
        expect(r.note).toBe(asCsvText(p.note ?? ''));
      });
    });

    it(`${label}: claims.csv has one row per claim with figures, unit, side, times, source and quote`, () => {
      const rows = readCsvBytes(file(files, 'claims.csv'));
      expect(rows).toHaveLength(input.claims.features.length);
      const articles = new Map(input.report!.articles.map((a) => [a.file, a]));
      input.claims.features.forEach((f, i) => {
        const r = rows[i]!;
        const p = f.properties;
        expect({ id: r.id, type: r.type, asOfStart: r.asOfStart, asOfEnd: r.asOfEnd, published: r.published, article: r.article }).toEqual({
          id: p.id,
          type: p.type,
          asOfStart: p.asOf.start,
          asOfEnd: p.asOf.end,
          published: p.published,
          article: p.article,
        });
        expect(r.quote).toBe(asCsvText(p.quote));
        expect(r.attributedTo).toBe(asCsvText(p.attributedTo ?? ''));
        expect(r.articleTitle).toBe(asCsvText(articles.get(p.article)!.title));
        expect(r.outlet).toBe(asCsvText(articles.get(p.article)!.outlet));
        expect(Number(r.sourceCount)).toBe(p.sources.length);
        if ('percent' in p) {
          expect([r.value, r.unit, r.side, r.region]).toEqual([String(p.percent), 'percent', p.side ?? '', p.region]);
        } else if (p.type !== 'count' && p.type !== 'movement') {
          expect([r.value, r.valueMin, r.valueMax, r.unit, r.side, r.region, r.anchor, r.figureText]).toEqual([
            String(p.areaKm2),
            String(p.areaKm2Min),
            String(p.areaKm2Max),
            'km2',
            p.side ?? '',
            p.region,
            p.anchor,
            asCsvText(p.original.text),
          ]);
          if (p.type === 'area-held') expect(r.wkt).toMatch(/^POLYGON \(\(/);
        } else if (p.type === 'count') {
          expect([r.value, r.valueMin, r.valueMax, r.unit, r.subject, r.place ?? '']).toEqual([
            String(p.value),
            String(p.valueMin),
            String(p.valueMax),
            p.counts,
            asCsvText(p.subject),
            p.place ?? '',
          ]);
          if (f.geometry) {
            expect([Number(r.lon), Number(r.lat)]).toEqual(f.geometry.coordinates);
            expect(r.wkt).toBe(`POINT (${(f.geometry.coordinates as number[]).join(' ')})`);
          } else expect([r.lon, r.lat, r.wkt]).toEqual(['', '', '']);
        } else {
          expect([r.from, r.to, r.verb, r.value, r.lat]).toEqual([p.from, p.to, p.verb, '', '']);
          const coords = (f.geometry as { coordinates: number[][] }).coordinates;
          expect(r.wkt).toBe(`LINESTRING (${coords.map((c) => c.join(' ')).join(', ')})`);
        }
      });
    });

    it(`${label}: events.csv: settlement, action, sides, claimant, denial, both times, quote, point, confidence`, () => {
      const rows = readCsvBytes(file(files, 'events.csv'));
      expect(input.events!.features.length).toBeGreaterThan(0);
      expect(rows).toHaveLength(input.events!.features.length);
      input.events!.features.forEach((f, i) => {
        const r = rows[i]!;
        const p = f.properties;
        expect({
          settlement: r.settlement,
          action: r.action,
          actor: r.actor,
          holder: r.holder,
          denied: r.denied,
          asOfStart: r.asOfStart,
          asOfEnd: r.asOfEnd,
          published: r.published,
          confidence: Number(r.confidence),
          precision: r.precision,
        }).toEqual({
          settlement: p.settlement,
          action: p.action,
          actor: p.actor ?? '',
          holder: p.holder ?? '',
          denied: String(p.denied),
          asOfStart: p.asOf.start,
          asOfEnd: p.asOf.end,
          published: p.published,
          confidence: p.confidence,
          precision: p.precision,
        });
        expect(r.claimant).toBe(asCsvText(p.claimant ?? ''));
        expect(r.trigger).toBe(asCsvText(p.trigger));
        expect(r.quote).toBe(asCsvText(p.quote));
        expect([Number(r.lon), Number(r.lat)]).toEqual(f.geometry.coordinates);
      });
    });
  }

  it('area claims are located at their anchor place in the CSV (the centre of the circle)', () => {
    const [r] = readCsvBytes(file(exportFiles(fixture, ['csv']), 'claims.csv'));
    expect([Number(r!.lon), Number(r!.lat)]).toEqual([35.41816, 51.19055]);
  });

  it('hostile text: quotes, line breaks and markup survive verbatim; no cell starts a formula; numbers stay numbers', () => {
    const files = exportFiles(fixture, ['csv']);
    for (const name of ['places.csv', 'claims.csv', 'events.csv']) {
      for (const row of readCsvBytes(file(files, name)))
        for (const [col, cell] of Object.entries(row))
          if (!['lat', 'lon'].includes(col)) expect(FORMULA.test(cell), `${name} ${col}: ${cell}`).toBe(false);
    }
    const claims = readCsvBytes(file(files, 'claims.csv'));
    expect(claims[0]!.quote).toBe(HOSTILE); // starts with "He": not a formula, so verbatim despite =HYPERLINK inside
    expect(claims[0]!.attributedTo).toBe(`'${FORMULAS[0]}`);
    expect(claims[1]!.quote).toBe(`'${FORMULAS[1]}`);
    expect(claims[2]!.quote).toBe(`'${FORMULAS[2]}`);
    const places = readCsvBytes(file(files, 'places.csv'));
    expect(places[2]!.lon).toBe('-0.1'); // a negative number is a number, not defused text
    expect(places[2]!.name).toBe("'-South");
    // Every defused cell is also quoted in the raw text, as OWASP advises.
    expect(text(file(files, 'claims.csv'))).toContain(`"'${FORMULAS[0].replaceAll('"', '""')}"`);
  });

  it('the BOM option starts the file with EF BB BF; without it the file starts with the header', () => {
    const withBom = file(exportFiles(fixture, ['csv'], { bom: true }), 'places.csv').bytes;
    const without = file(exportFiles(fixture, ['csv']), 'places.csv').bytes;
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(without).startsWith('id,name,kind,')).toBe(true);
    expect(readCsvBytes({ name: 'p', mime: '', bytes: withBom })).toEqual(readCsvBytes({ name: 'p', mime: '', bytes: without }));
    expect(readCsvBytes({ name: 'p', mime: '', bytes: withBom })[0]!.id).toBe('gn-487846'); // the BOM is not part of the first column's name
  });
});

const kmlDoc = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

/** Properties as KML carries them: text, nulls left out, the place name as the placemark name. */
function asKmlProperties(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null && v !== undefined) out[k] = String(v);
  return out;
}

describe('KML and KMZ', () => {
  for (const [label, input] of [
    ['fixture', fixture],
    ['seeds', seeds],
  ] as const) {
    it(`${label}: a folder per layer, a placemark per row, geometry and properties as in the GeoJSON`, () => {
      const files = exportFiles(input, ['kml', 'kmz']);
      const xml = text(file(files, 'briefmap.kml'));
      const kmz = unzipSync(file(files, 'briefmap.kmz').bytes);
      expect(Object.keys(kmz)).toEqual(['doc.kml']);
      expect(strFromU8(kmz['doc.kml']!)).toBe(xml);
      const doc = kmlDoc(xml);
      const tree = kmlWithFolders(doc);
      const layers = [input.places, input.claims, ...(input.events ? [input.events] : [])] as unknown as FeatureCollection[];
      expect(tree.children.map((c) => (c.type === 'folder' ? [c.meta.name, c.children.length] : null))).toEqual(
        ['places', 'claims', 'events'].slice(0, layers.length).map((n, i) => [n, layers[i]!.features.length]),
      );
      const back = kml(doc).features;
      const source = layers.flatMap((l) => l.features as Feature<Geometry, Record<string, unknown>>[]);
      expect(back).toHaveLength(source.length);
      back.forEach((b, i) => {
        const s = source[i]!;
        expect(b.geometry).toEqual(s.geometry);
        const props = b.properties!;
        expect(props.id).toBe(s.properties.id);
        if (s.properties.mentions) {
          expect(props.name).toBe(s.properties.name);
          expect(props).toMatchObject(
            asKmlProperties({
              kind: s.properties.kind,
              country: s.properties.country,
              admin1: s.properties.admin1,
              confidence: s.properties.confidence,
              source: s.properties.source,
              mentionCount: s.properties.mentionCount,
              variants: (s.properties.variants as string[]).join(' | '),
            }),
          );
        } else {
          const asOf = s.properties.asOf as { start: string; end: string };
          expect(props).toMatchObject(
            asKmlProperties({
              quote: s.properties.quote,
              published: s.properties.published,
              asOfStart: asOf.start,
              asOfEnd: asOf.end,
              article: s.properties.article,
            }),
          );
          if ('attributedTo' in s.properties) expect(props.attributedTo).toBe(s.properties.attributedTo ?? undefined);
          if ('claimant' in s.properties)
            expect({ claimant: props.claimant, denied: props.denied, action: props.action }).toEqual({
              claimant: s.properties.claimant ?? undefined,
              denied: String(s.properties.denied),
              action: s.properties.action,
            });
        }
      });
    });
  }

  it('hostile text comes back as the same text; markup in it never becomes elements; descriptions are HTML-escaped', () => {
    const xml = text(file(exportFiles(fixture, ['kml']), 'briefmap.kml'));
    const doc = kmlDoc(xml);
    expect(doc.getElementsByTagName('script').length).toBe(0);
    expect(doc.getElementsByTagName('b').length).toBe(0);
    const back = kml(doc).features;
    const area = back.find((f) => f.properties!.type === 'area-held')!;
    expect(area.properties!.quote).toBe(HOSTILE);
    expect(area.properties!.attributedTo).toBe(FORMULAS[0]); // KML is data, not a spreadsheet: no ' added
    expect(area.properties!.articleTitle).toBe(FORMULAS[6]);
    // Google Earth renders <description> as HTML: the text inside must be escaped markup, not markup.
    const description = String(area.properties!.description);
    expect(description).not.toMatch(/<script/);
    expect(description).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(description).toContain('&quot;hold, hold&quot;');
  });
});

async function readFgb(f: ExportFile): Promise<{ header: HeaderMeta; features: Feature<Geometry, Record<string, unknown>>[] }> {
  let header: HeaderMeta | undefined;
  const features: Feature<Geometry, Record<string, unknown>>[] = [];
  for await (const feature of deserialize(f.bytes, { headerMetaFn: (h) => (header = h) }))
    features.push(feature as unknown as Feature<Geometry, Record<string, unknown>>);
  return { header: header!, features };
}

describe('FlatGeobuf', () => {
  for (const [label, input] of [
    ['fixture', fixture],
    ['seeds', seeds],
  ] as const) {
    it(`${label}: places.fgb and claims by geometry read back with typed properties and exact coordinates`, async () => {
      const files = exportFiles(input, ['fgb']);
      const places = await readFgb(file(files, 'places.fgb'));
      expect(places.header.crs?.code).toBe(4326);
      expect(places.header.featuresCount).toBe(input.places.features.length);
      expect(places.header.columns?.find((c) => c.name === 'mentionCount')?.type).toBe(ColumnType.Int);
      expect(places.header.columns?.find((c) => c.name === 'confidence')?.type).toBe(ColumnType.Double);
      expect(places.features).toHaveLength(input.places.features.length);
      places.features.forEach((b, i) => {
        const s = input.places.features[i]!;
        expect(b.geometry).toEqual(s.geometry);
        expect(b.properties).toMatchObject({
          id: s.properties.id,
          name: s.properties.name,
          confidence: s.properties.confidence,
          mentionCount: s.properties.mentionCount,
          articleCount: s.properties.articleCount,
          variants: s.properties.variants.join(' | '),
          lon: s.geometry.coordinates[0],
          lat: s.geometry.coordinates[1],
        });
        expect(b.properties.admin1 ?? null).toBe(s.properties.admin1);
      });
      for (const [name, geometry] of [
        ['claims-polygons.fgb', 'Polygon'],
        ['claims-points.fgb', 'Point'],
        ['claims-lines.fgb', 'LineString'],
      ] as const) {
        const back = await readFgb(file(files, name));
        const source = input.claims.features.filter((f) => f.geometry?.type === geometry);
        expect(back.features, name).toHaveLength(source.length);
        back.features.forEach((b, i) => {
          expect(b.geometry.type).toBe(geometry);
          expect(b.geometry).toEqual(source[i]!.geometry);
          const p = source[i]!.properties;
          expect(b.properties).toMatchObject({
            id: p.id,
            type: p.type,
            quote: p.quote,
            published: p.published,
            asOfStart: p.asOf.start,
            asOfEnd: p.asOf.end,
          });
          expect(b.properties.attributedTo ?? null).toBe(p.attributedTo);
          expect('wkt' in b.properties).toBe(false);
        });
      }
      const events = await readFgb(file(files, 'events.fgb'));
      expect(events.features).toHaveLength(input.events!.features.length);
      events.features.forEach((b, i) => {
        const s = input.events!.features[i]!;
        expect(b.geometry).toEqual(s.geometry);
        expect(b.properties).toMatchObject({
          id: s.properties.id,
          settlement: s.properties.settlement,
          action: s.properties.action,
          denied: s.properties.denied,
          confidence: s.properties.confidence,
          quote: s.properties.quote,
          published: s.properties.published,
        });
      });
    });
  }

  it('events.fgb: booleans and nulls keep their types; hostile text is exact', async () => {
    const back = await readFgb(file(exportFiles(fixture, ['fgb']), 'events.fgb'));
    expect(back.features).toHaveLength(2);
    const [a, b] = back.features;
    expect(a!.properties).toMatchObject({
      settlement: 'gn-487846',
      action: 'liberated',
      actor: 'RU',
      holder: 'RU',
      claimant: FORMULAS[4],
      denied: false,
      confidence: 0.88,
      quote: HOSTILE,
      asOfStart: '2025-03-12',
    });
    expect(b!.properties).toMatchObject({ action: 'fighting', denied: true, precision: 'near', trigger: FORMULAS[5] });
    expect(b!.properties.actor ?? null).toBeNull();
    expect(b!.properties.claimant ?? null).toBeNull();
  });

  it('a report on part of a settlement says so in every format: part true in CSV, KML and FlatGeobuf, "(part)" in the KML name', async () => {
    const [whole, other] = fixture.events!.features;
    const partOf = { ...whole!, properties: { ...whole!.properties, action: 'captured' as const, part: true as const } };
    const input = { ...fixture, events: { type: 'FeatureCollection' as const, features: [partOf, other!] } };
    const csv = readCsvBytes(file(exportFiles(input, ['csv']), 'events.csv'));
    expect(csv.map((r) => r.part)).toEqual(['true', 'false']);
    const placemarks = kml(kmlDoc(text(file(exportFiles(input, ['kml']), 'briefmap.kml')))).features.filter(
      (f) => f.properties!.settlementName === 'Sudzha',
    );
    expect(placemarks.map((f) => [f.properties!.name, f.properties!.part])).toEqual([
      ['Sudzha: captured (part) (RU)', 'true'],
      ['Sudzha: fighting, denied', 'false'],
    ]);
    const fgb = await readFgb(file(exportFiles(input, ['fgb']), 'events.fgb'));
    expect(fgb.features.map((f) => f.properties.part)).toEqual([true, false]);
  });

  it('an empty layer is still a valid file with its columns', async () => {
    const empty = { ...fixture, claims: { type: 'FeatureCollection' as const, features: [] } };
    const back = await readFgb(file(exportFiles(empty, ['fgb']), 'claims-lines.fgb'));
    expect(back.features).toEqual([]);
    expect(back.header.columns?.map((c) => c.name)).toContain('quote');
    expect(readCsvBytes(file(exportFiles(empty, ['csv']), 'claims.csv'))).toEqual([]);
  });
});

describe('export files', () => {
  it('the same input gives byte-identical files, named and sorted the same way', () => {
    const a = exportFiles(fixture, exportFormats);
    const b = exportFiles(fixtureInput(), exportFormats);
    expect(a.map((f) => f.name)).toEqual([
      'briefmap.kml',
      'briefmap.kmz',
      'claims-lines.fgb',
      'claims-points.fgb',
      'claims-polygons.fgb',
      'claims.csv',
      'events.csv',
      'events.fgb',
      'places.csv',
      'places.fgb',
    ]);
    expect(a.map((f) => [...f.bytes])).toEqual(b.map((f) => [...f.bytes]));
  });

  it('parses format lists and names the known formats on an unknown one', () => {
    expect(parseFormats('csv, KML,csv,fgb')).toEqual(['csv', 'kml', 'fgb']);
    expect(() => parseFormats('csv,gpkg')).toThrow('unknown format "gpkg" (known: csv, kml, kmz, fgb)');
  });

  it('src/export uses no Node API, no DOM and nothing from the viewer or the CLI', () => {
    const dir = resolve(import.meta.dirname, '..', '..', 'src', 'export');
    const sources = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());
    expect(sources.length).toBeGreaterThan(5);
    for (const name of sources) {
      const code = readFileSync(join(dir, name), 'utf8');
      const specs = [...code.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      expect(
        specs.filter((s) => s.startsWith('node:') || /\/(viewer|cli)\//.test(s) || s === 'maplibre-gl'),
        name,
      ).toEqual([]);
      expect(code, name).not.toMatch(/\b(document|window|Buffer|process)\./);
    }
  });
});

describe('one download', () => {
  it('several files become one ZIP whose entries are the files, byte for byte and the same every time', () => {
    const files = exportFiles(fixture, ['csv', 'fgb']);
    const zip = asOneDownload(files, 'briefmap-data-all');
    expect(zip.name).toBe('briefmap-data-all.zip');
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries).sort()).toEqual(files.map((f) => f.name));
    for (const f of files) expect(entries[f.name]).toEqual(f.bytes);
    expect(asOneDownload(exportFiles(fixtureInput(), ['csv', 'fgb']), 'briefmap-data-all').bytes).toEqual(zip.bytes);
    const single = exportFiles(fixture, ['kmz']);
    expect(asOneDownload(single, 'x')).toBe(single[0]);
  });
});
