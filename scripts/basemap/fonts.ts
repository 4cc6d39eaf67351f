// One font file per weight (Latin + Cyrillic merged from the @fontsource/noto-sans subsets) for the PDF export,
// which embeds it so titles, legend, sources and attribution are real, selectable text in the map's typeface.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import opentype from 'opentype.js';
import { fontFile } from './glyphs.ts';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
export const PDF_FONTS = [
  { file: 'NotoSans-Regular.otf', weight: 400, styleName: 'Regular' },
  { file: 'NotoSans-Bold.otf', weight: 700, styleName: 'Bold' },
];

export function buildFonts(dir: string): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const { file, weight, styleName } of PDF_FONTS) {
    const fonts = SUBSETS.map((s) => {
      const buf = readFileSync(fontFile(s, weight, 'normal'));
      return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer) as unknown as OtFont;
    });
    const first = fonts[0]!;
    const glyphs: OtGlyph[] = [new opentype.Glyph({ name: '.notdef', advanceWidth: first.unitsPerEm / 2, path: new opentype.Path() })];
    const seen = new Set<number>();
    for (const f of fonts)
      for (let i = 0; i < f.glyphs.length; i++) {
        const g = f.glyphs.get(i);
        const cps = (g.unicodes ?? []).filter((c) => c >= 32 && !seen.has(c));
        if (cps.length === 0) continue;
        cps.forEach((c) => seen.add(c));
        glyphs.push(new opentype.Glyph({ name: g.name ?? `u${cps[0]!.toString(16)}`, unicode: cps[0], unicodes: cps, advanceWidth: g.advanceWidth, path: g.path }));
      }
    const merged = new opentype.Font({ familyName: 'Noto Sans', styleName, unitsPerEm: first.unitsPerEm, ascender: first.ascender, descender: first.descender, glyphs });
    const out = Buffer.from(merged.toArrayBuffer());
    writeFileSync(join(dir, file), out);
    bytes += out.length;
  }
  return bytes;
}

interface OtGlyph { name?: string; unicodes?: number[]; advanceWidth?: number; path: unknown }
interface OtFont { unitsPerEm: number; ascender: number; descender: number; glyphs: { length: number; get(i: number): OtGlyph } }
