// A pasted or linked basemap style is untrusted: it is read under a byte limit, refused when absurdly deep, and every
// resource it names must be an https URL. Refusals are "field: reason" in one line (the notice names the style's URL).
import { describe, expect, it } from 'vitest';
import { checkStyleText, MAX_STYLE_BYTES, MAX_STYLE_DEPTH, readStyleBody } from '../../src/viewer/map/basemap/style-check.ts';

const good = {
  version: 8,
  sources: {
    openmaptiles: { type: 'vector', url: 'https://tiles.example.org/planet' },
    relief: { type: 'raster', tiles: ['https://tiles.example.org/relief/{z}/{x}/{y}.png'], tileSize: 256 },
    front: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  },
  glyphs: 'https://tiles.example.org/fonts/{fontstack}/{range}.pbf',
  sprite: 'https://tiles.example.org/sprites/ofm',
  layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eee' } }],
};
const check = (style: unknown) => checkStyleText(JSON.stringify(style));
const problem = (style: unknown) => {
  const r = check(style);
  return r.ok ? null : r.problem;
};

describe('a style’s resources', () => {
  it('all over https: the style is taken as it is', () => {
    const r = check(good);
    expect(r.ok && r.style).toEqual(good);
    expect(check({ ...good, sprite: [{ id: 'default', url: 'https://a.example/s' }] }).ok).toBe(true);
  });

  it('a source, tile, data, glyphs or sprite URL that is not https is refused, naming the field', () => {
    expect(
      problem({ ...good, sources: { ...good.sources, relief: { type: 'raster', tiles: ['http://evil.example/{z}/{x}/{y}.png'] } } }),
    ).toBe(
      'sources.relief.tiles[0]: "http://evil.example/{z}/{x}/{y}.png" is not an https URL without a user name: a style may load only over https',
    );
    expect(problem({ ...good, sources: { x: { type: 'vector', url: 'file:///etc/passwd' } } })).toMatch(
      /^sources\.x\.url: "file:\/\/\/etc\/passwd" is not an https URL/,
    );
    expect(problem({ ...good, sources: { x: { type: 'geojson', data: 'javascript:alert(1)' } } })).toMatch(/^sources\.x\.data: /);
    expect(problem({ ...good, sources: { x: { type: 'image', url: 'data:image/png;base64,AAAA', coordinates: [] } } })).toMatch(
      /^sources\.x\.url: /,
    );
    expect(problem({ ...good, sources: { x: { type: 'video', urls: ['https://a.example/v.mp4', 'http://a.example/v.webm'] } } })).toMatch(
      /^sources\.x\.urls\[1\]: /,
    );
    expect(problem({ ...good, glyphs: 'http://fonts.example/{fontstack}/{range}.pbf' })).toMatch(/^glyphs: /);
    expect(problem({ ...good, sprite: [{ id: 'a', url: 'mapbox://sprites/x' }] })).toMatch(/^sprite: |^sprite\[0\]\.url: /);
    expect(problem({ ...good, glyphs: 'https://user:pw@fonts.example/{fontstack}/{range}.pbf' })).toMatch(/^glyphs: /);
  });

  it('a value that is not a style is refused in one line', () => {
    expect(problem({ ...good, version: 7 })).toMatch(/^version: /);
    expect(problem({ version: 8, layers: [] })).toMatch(/^sources: /);
    expect(checkStyleText('<html>')).toMatchObject({ ok: false, problem: expect.stringMatching(/^\(root\): not valid JSON \(/) });
    for (const p of [problem({ ...good, version: 7 }), problem('x')]) expect(p).not.toContain('\n');
  });
});

describe('a style’s size and depth', () => {
  it('nested deeper than the limit is refused before parsing', () => {
    const deep = '{"version":8,"x":' + '['.repeat(1_000_000) + ']'.repeat(1_000_000) + '}';
    const t = Date.now();
    expect(checkStyleText(deep)).toEqual({
      ok: false,
      problem: `(root): nested deeper than ${MAX_STYLE_DEPTH} levels at character ${17 + MAX_STYLE_DEPTH - 1}: not a style`,
    });
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('a body past the byte limit is refused, declared or not', async () => {
    const big = new Uint8Array(MAX_STYLE_BYTES + 1).fill(0x20);
    expect(await readStyleBody(new Response(big))).toEqual({ ok: false, problem: '(root): larger than 5 MB: not a style' });
    const declared = new Response('{}', { headers: { 'content-length': String(MAX_STYLE_BYTES + 1) } });
    expect(await readStyleBody(declared)).toMatchObject({ ok: false });
    expect(await readStyleBody(new Response(JSON.stringify(good)))).toEqual({ ok: true, text: JSON.stringify(good) });
    expect(await readStyleBody(new Response(new Uint8Array([0x7b, 0xff, 0x7d])))).toEqual({
      ok: false,
      problem: '(root): not valid UTF-8 text: not a style',
    });
  });
});
