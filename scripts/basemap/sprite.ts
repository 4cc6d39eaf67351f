// The style's sprite (sprite.json/png and @2x): settlement dots drawn with their labels, and the fill patterns
// of the symbol table (hatching for approximate areas). Drawn here with exact coverage, so no image tool is needed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Rgba = [number, number, number, number];
const hex = (h: string, a = 1): Rgba => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
  Math.round(a * 255),
];

export interface SpriteImage {
  name: string;
  size: number; // square, in CSS pixels
  /** Colour at a point (CSS px, cell-centred), or null for transparent. */
  paint(x: number, y: number): Rgba | null;
  pattern?: boolean;
}

function dot(name: string, diameter: number, ring: number, fill: string, stroke: string): SpriteImage {
  const size = Math.ceil(diameter) + 2;
  const c = size / 2;
  const r = diameter / 2;
  return {
    name,
    size,
    paint(x, y) {
      const d = Math.hypot(x - c, y - c);
      if (d > r) return null;
      return d > r - ring ? hex(stroke) : hex(fill);
    },
  };
}

/** Diagonal hatching (45°, lines every `period` px): the "approximate area" fill. */
function hatch(name: string, colour: string, period: number, width: number, alpha: number): SpriteImage {
  return {
    name,
    size: period,
    pattern: true,
    paint(x, y) {
      const t = (((x + y) % period) + period) % period;
      const d = Math.min(t, period - t) / Math.SQRT2;
      return d <= width / 2 ? hex(colour, alpha) : null;
    },
  };
}

export const SPRITE_IMAGES: SpriteImage[] = [
  dot('dot-capital', 11, 2.2, '#2f2a36', '#2f2a36'),
  dot('dot-city', 9, 1.6, '#ffffff', '#2f2a36'),
  dot('dot-town', 7, 1.3, '#ffffff', '#3d3745'),
  dot('dot-village', 5, 1.1, '#ffffff', '#57505f'),
  hatch('hatch-ua', '#1d4ed8', 10, 2, 0.85),
  hatch('hatch-ru', '#b91c1c', 10, 2, 0.85),
];

const SUPERSAMPLE = 4;

function drawSheet(images: SpriteImage[], ratio: number): { png: Buffer; index: Record<string, unknown> } {
  const pad = 1;
  const widths = images.map((i) => Math.round(i.size * ratio));
  const width = widths.reduce((a, w) => a + w + pad, 0);
  const height = Math.max(...widths);
  const png = new PNG({ width, height });
  png.data.fill(0);
  const index: Record<string, unknown> = {};
  let x0 = 0;
  images.forEach((img, k) => {
    const w = widths[k]!;
    for (let py = 0; py < w; py++)
      for (let px = 0; px < w; px++) {
        // Average premultiplied colour over SUPERSAMPLE² sub-samples: anti-aliased edges.
        let r = 0,
          g = 0,
          b = 0,
          a = 0;
        for (let sy = 0; sy < SUPERSAMPLE; sy++)
          for (let sx = 0; sx < SUPERSAMPLE; sx++) {
            const c = img.paint((px + (sx + 0.5) / SUPERSAMPLE) / ratio, (py + (sy + 0.5) / SUPERSAMPLE) / ratio);
            if (!c) continue;
            const al = c[3] / 255;
            r += c[0] * al;
            g += c[1] * al;
            b += c[2] * al;
            a += al;
          }
        const n = SUPERSAMPLE * SUPERSAMPLE;
        const o = (py * width + x0 + px) * 4;
        if (a > 0) {
          png.data[o] = Math.round(r / a);
          png.data[o + 1] = Math.round(g / a);
          png.data[o + 2] = Math.round(b / a);
          png.data[o + 3] = Math.round((a / n) * 255);
        }
      }
    index[img.name] = { x: x0, y: 0, width: w, height: w, pixelRatio: ratio };
    x0 += w + pad;
  });
  return { png: PNG.sync.write(png, { colorType: 6 }), index };
}

/** Writes sprite.json/png and sprite@2x.json/png into dir. */
export function buildSprite(dir: string): number {
  let bytes = 0;
  for (const ratio of [1, 2]) {
    const { png, index } = drawSheet(SPRITE_IMAGES, ratio);
    const suffix = ratio === 1 ? '' : `@${ratio}x`;
    writeFileSync(join(dir, `sprite${suffix}.png`), png);
    writeFileSync(join(dir, `sprite${suffix}.json`), JSON.stringify(index, null, 1) + '\n');
    bytes += png.length;
  }
  return bytes;
}
