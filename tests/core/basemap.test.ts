// The embedded basemap's data: settlement ranking and local names, the SDF glyph encoding, and the committed
// tiles and glyph ranges themselves (decoded as MapLibre decodes them).
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { labelMinZoom, localName } from '../../scripts/basemap/settlements.ts';
import { flatten, glyphSdf, GLYPH_BUFFER } from '../../scripts/basemap/sdf.ts';
import { tilesInBox } from '../../scripts/basemap/tiles.ts';

const basemap = join(import.meta.dirname, '..', '..', 'data', 'basemap');

describe('settlement labels', () => {
  it('show bigger places from lower zooms, capitals a zoom earlier', () => {
    const z = (population: number, capital: 0 | 1 | 2 = 0) => labelMinZoom({ population, capital, kind: 'town' });
    expect(z(1_500_000)).toBeLessThan(z(150_000));
    expect(z(150_000)).toBeLessThan(z(6_000));
    expect(z(6_000)).toBeLessThan(z(300));
    expect(z(150_000, 1)).toBe(z(150_000) - 1);
  });

  it('place a settlement of unknown population by its kind: a town with the small towns, a village from zoom 11', () => {
    expect(labelMinZoom({ population: 0, capital: 0, kind: 'town' })).toBe(labelMinZoom({ population: 1_000, capital: 0, kind: 'town' }));
    expect(labelMinZoom({ population: 0, capital: 0, kind: 'village' })).toBe(11);
  });

  it('take the local name in the country language: Ukrainian for UA, Russian elsewhere', () => {
    expect(localName({ country: 'UA', aliases: ['Yunakivka', 'Юнаковка', 'Юнаківка'] })).toBe('Юнаківка');
    expect(localName({ country: 'RU', aliases: ['Sudzha', 'Суджа'] })).toBe('Суджа');
    expect(localName({ country: 'RU', aliases: ['Plekhovo', 'Плехове', 'Плёхово'] })).toBe('Плёхово');
    expect(localName({ country: 'RU', aliases: ['Kursk'], ru: 'Курск' })).toBe('Курск');
    expect(localName({ country: 'UA', aliases: ['Sumy'] })).toBeNull();
  });
});

describe('SDF glyphs', () => {
  it('encode inside above the 192 edge value and outside below it', () => {
    // A 10 × 10 px square, baseline at its bottom edge (y down).
    const square = flatten([
      { type: 'M', x: 0, y: -10 },
      { type: 'L', x: 10, y: -10 },
      { type: 'L', x: 10, y: 0 },
      { type: 'L', x: 0, y: 0 },
      { type: 'Z' },
    ]);
    const g = glyphSdf(square)!;
    expect([g.width, g.height, g.left, g.topAboveBaseline]).toEqual([10, 10, 0, 10]);
    const w = g.width + 2 * GLYPH_BUFFER;
    expect(g.bitmap.length).toBe(w * (g.height + 2 * GLYPH_BUFFER));
    const at = (x: number, y: number) => g.bitmap[(y + GLYPH_BUFFER) * w + x + GLYPH_BUFFER]!;
    expect(at(5, 5)).toBe(255); // deep inside
    expect(at(0, 5)).toBeGreaterThan(192); // half a pixel inside the edge
    expect(at(-1, 5)).toBeLessThan(192); // half a pixel outside
    expect(at(-3, -3)).toBeLessThan(at(-1, 5));
  });
});

function readGlyphs(file: string): Map<number, { width: number; height: number; bitmap?: Uint8Array; advance: number }> {
  const out = new Map<number, { width: number; height: number; bitmap?: Uint8Array; advance: number }>();
  const glyph = (tag: number, g: Record<string, unknown>, pbf: PbfReader) => {
    if (tag === 1) g.id = pbf.readVarint();
    else if (tag === 2) g.bitmap = pbf.readBytes();
    else if (tag === 3) g.width = pbf.readVarint();
    else if (tag === 4) g.height = pbf.readVarint();
    else if (tag === 7) g.advance = pbf.readVarint();
  };
  const stack = (tag: number, _: null, pbf: PbfReader) => {
    if (tag === 3) {
      const g = pbf.readMessage(glyph, {} as Record<string, unknown>);
      out.set(g.id as number, g as never);
    }
  };
  new PbfReader(readFileSync(file)).readFields((tag, _: null, pbf) => tag === 1 && pbf.readMessage(stack, null), null);
  return out;
}

describe('committed glyph set', () => {
  it('has Latin and Cyrillic in every fontstack, bitmaps sized with the 3 px border', () => {
    for (const stack of ['Noto Sans Regular', 'Noto Sans Bold', 'Noto Sans Italic']) {
      const latin = readGlyphs(join(basemap, 'glyphs', stack, '0-255.pbf'));
      const cyr = readGlyphs(join(basemap, 'glyphs', stack, '1024-1279.pbf'));
      for (const [map, cp] of [
        [latin, 65],
        [cyr, 0x414],
        [cyr, 0x457],
      ] as const) {
        const g = map.get(cp)!;
        expect(g, `${stack} U+${cp.toString(16)}`).toBeDefined();
        expect(g.bitmap!.length).toBe((g.width + 6) * (g.height + 6));
        expect(g.advance).toBeGreaterThan(5);
      }
      expect(latin.get(32)!.advance).toBeGreaterThan(0); // space: no bitmap, an advance
    }
    expect(readGlyphs(join(basemap, 'glyphs', 'Noto Sans Regular', '8704-8959.pbf')).has(0x2248)).toBe(true); // ≈
  });
});

describe('committed tiles', () => {
  const tile = (z: number, x: number, y: number) =>
    new VectorTile(new PbfReader(readFileSync(join(basemap, 'tiles', String(z), String(x), `${y}.pbf`))));

  it('cover the Kursk theatre at z9 with borders, rivers and labelled settlements', () => {
    const [[x, y]] = tilesInBox([35.27, 51.19, 35.27, 51.19], 9) as [[number, number]]; // Sudzha
    const t = tile(9, x, y);
    expect(Object.keys(t.layers)).toEqual(expect.arrayContaining(['land', 'place', 'river']));
    const places = t.layers.place!;
    const names = Array.from({ length: places.length }, (_, i) => places.feature(i).properties.name);
    expect(names).toContain('Sudzha');
    const sudzha = Array.from({ length: places.length }, (_, i) => places.feature(i).properties).find((p) => p.name === 'Sudzha')!;
    expect(sudzha.local).toBe('Суджа');
  });

  it('label the villages of both sides of the border from the theatre place layers, with their local names', () => {
    const [[x, y]] = tilesInBox([35.27, 51.19, 35.27, 51.19], 9) as [[number, number]];
    const places = tile(9, x, y).layers.place!;
    const props = Array.from({ length: places.length }, (_, i) => places.feature(i).properties);
    // Postal-code rows of ru-border-villages.json and ua-settlements.json (no population: shown from zoom 11).
    const ru = props.filter((p) => /^[\u0400-\u04ff]/.test(String(p.local)) && Number(p.minzoom) === 11);
    expect(ru.length).toBeGreaterThan(20); // one z9 tile is ~0.7° wide: 12 gazetteer settlements before
    // The tile south of it, across the border: the Ukrainian villages of Sumy Oblast, named in Ukrainian.
    const south = tile(9, x, y + 1).layers.place!;
    const locals = Array.from({ length: south.length }, (_, i) => String(south.feature(i).properties.local));
    expect(locals.filter((l) => /[іїє]/.test(l)).length).toBeGreaterThan(5);
    // A postal row repeating a listed place (the same name within ~3 km) is not labelled twice.
    const names = props.map((p) => `${p.name}`);
    expect(names.filter((n) => n === 'Sudzha')).toHaveLength(1);
  });

  it('carry the Russia–Ukraine border and oblast borders around Sudzha at z6', () => {
    const [[x, y]] = tilesInBox([35.27, 51.19, 35.27, 51.19], 6) as [[number, number]];
    const b = tile(6, x, y).layers.boundary!;
    const levels = new Set(Array.from({ length: b.length }, (_, i) => b.feature(i).properties.level));
    expect([...levels].sort()).toEqual([2, 4]);
  });

  it('describe themselves in tiles.json (sparse, zoom range, layers)', () => {
    const tj = JSON.parse(readFileSync(join(basemap, 'tiles.json'), 'utf8'));
    expect(tj).toMatchObject({ sparse: true, minzoom: 0, maxzoom: 9 });
    expect(tj.vector_layers.map((l: { id: string }) => l.id)).toEqual([
      'boundary',
      'country_label',
      'land',
      'place',
      'region_label',
      'river',
      'water',
    ]);
    expect(existsSync(join(basemap, 'tiles', '0', '0', '0.pbf'))).toBe(true);
  });
});
