// The map's glyph set: SDF PBF ranges ({fontstack}/{start}-{end}.pbf) built from the Noto Sans files of
// @fontsource/noto-sans (SIL OFL 1.1), Latin and Cyrillic subsets merged per style. MapLibre then draws every
// label with the same typeface on every machine, and the page uses the same font files.
import { readFileSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import opentype, { type Font, type Glyph } from 'opentype.js';
import { PbfWriter } from 'pbf';
import { flatten, glyphSdf, GLYPH_SIZE } from './sdf.ts';

const require = createRequire(import.meta.url);

/** Fontstack names as online styles (OpenFreeMap) name them, so overlay layers work on every basemap. */
export const FONT_STYLES = [
  { stack: 'Noto Sans Regular', weight: 400, style: 'normal' },
  { stack: 'Noto Sans Bold', weight: 700, style: 'normal' },
  { stack: 'Noto Sans Italic', weight: 400, style: 'italic' },
] as const;
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
// The ranges labels and page text use: Basic Latin + Latin-1, Latin Extended-A/B, combining marks (Russian stress
// accents), Cyrillic, punctuation (dashes, quotes), letterlike symbols and arrows (№, →), mathematical operators (≈).
export const GLYPH_RANGES = [0, 256, 512, 768, 1024, 8192, 8448, 8704];

export function fontFile(subset: string, weight: number, style: string): string {
  return require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-${style}.woff`);
}

function loadFont(file: string): Font {
  const buf = readFileSync(file);
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
}

/** Every code point the subsets cover, mapped to the first subset font that has it. */
function codepoints(fonts: Font[]): Map<number, { font: Font; glyph: Glyph }> {
  const out = new Map<number, { font: Font; glyph: Glyph }>();
  for (const font of fonts) {
    for (let i = 0; i < font.glyphs.length; i++) {
      const glyph = font.glyphs.get(i);
      for (const cp of glyph.unicodes ?? []) if (!out.has(cp)) out.set(cp, { font, glyph });
    }
  }
  return out;
}

/**
 * Characters the labels use that the web subsets lack, composed from glyphs they have: ≈ (claims' "≈ 800 km²")
 * as two tildes, one above the other, as the full Noto Sans draws it.
 */
const COMPOSED: Record<number, { from: string; offsets: number[] }> = {
  0x2248: { from: '~', offsets: [-0.13, 0.13] },
};

function composedGlyph(font: Font, cp: number): Glyph | null {
  const spec = COMPOSED[cp];
  if (!spec || !font.hasChar(spec.from)) return null;
  const base = font.charToGlyph(spec.from);
  return {
    unicodes: [cp],
    advanceWidth: base.advanceWidth,
    getPath(x: number, y: number, size: number) {
      return { commands: spec.offsets.flatMap((dy) => base.getPath(x, y + dy * size, size).commands) };
    },
  };
}

function encodeRange(stack: string, start: number, glyphs: Array<{ id: number; font: Font; glyph: Glyph }>): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (_: null, p: PbfWriter) => {
      p.writeStringField(1, stack);
      p.writeStringField(2, `${start}-${start + 255}`);
      for (const { id, font, glyph } of glyphs) {
        const scale = GLYPH_SIZE / font.unitsPerEm;
        // Lines are laid out from the ascender, as node-fontnik does: top is relative to it.
        const ascender = Math.ceil(font.ascender * scale);
        const sdf = glyphSdf(flatten(glyph.getPath(0, 0, GLYPH_SIZE).commands));
        p.writeMessage(
          3,
          (_g: null, q: PbfWriter) => {
            q.writeVarintField(1, id);
            if (sdf) q.writeBytesField(2, sdf.bitmap);
            q.writeVarintField(3, sdf?.width ?? 0);
            q.writeVarintField(4, sdf?.height ?? 0);
            q.writeSVarintField(5, sdf?.left ?? 0);
            q.writeSVarintField(6, sdf ? sdf.topAboveBaseline - ascender : -ascender);
            q.writeVarintField(7, Math.round((glyph.advanceWidth ?? 0) * scale));
          },
          null,
        );
      }
    },
    null,
  );
  return pbf.finish();
}

/** Writes outDir/{stack}/{range}.pbf for every 256-code-point range the fonts cover; returns bytes written. */
export function buildGlyphs(outDir: string): { files: number; bytes: number; codepoints: number } {
  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  let count = 0;
  for (const { stack, weight, style } of FONT_STYLES) {
    const fonts = SUBSETS.map((s) => loadFont(fontFile(s, weight, style)));
    const map = codepoints(fonts);
    for (const cp of Object.keys(COMPOSED).map(Number)) {
      const glyph = map.has(cp) ? null : composedGlyph(fonts[0]!, cp);
      if (glyph) map.set(cp, { font: fonts[0]!, glyph });
    }
    count = Math.max(count, map.size);
    const ranges = new Map<number, Array<{ id: number; font: Font; glyph: Glyph }>>();
    for (const [id, v] of [...map].sort((a, b) => a[0] - b[0])) {
      const start = Math.floor(id / 256) * 256;
      if (!GLYPH_RANGES.includes(start)) continue;
      if (!ranges.has(start)) ranges.set(start, []);
      ranges.get(start)!.push({ id, ...v });
    }
    mkdirSync(join(outDir, stack), { recursive: true });
    for (const [start, glyphs] of ranges) {
      const data = encodeRange(stack, start, glyphs);
      writeFileSync(join(outDir, stack, `${start}-${start + 255}.pbf`), data);
      files++;
      bytes += data.length;
    }
  }
  return { files, bytes, codepoints: count };
}
