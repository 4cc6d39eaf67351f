// The page face's font files for the PDF export, which embeds them so titles, legend, sources and attribution
// are real, selectable text in the map's typeface: the Latin, Latin Extended and Cyrillic WOFF subsets of
// @fontsource/noto-sans (TrueType outlines, which pdf-lib subsets cleanly), copied as they are.
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fontFile } from './glyphs.ts';

export const PDF_FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
export const PDF_FONTS = [400, 700].flatMap((weight) =>
  PDF_FONT_SUBSETS.map((subset) => ({ file: `noto-sans-${subset}-${weight}.woff`, subset, weight })),
);

export function buildFonts(dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const f of PDF_FONTS) {
    const target = join(dir, f.file);
    copyFileSync(fontFile(f.subset, f.weight, 'normal'), target);
    bytes += statSync(target).size;
  }
  return bytes;
}
