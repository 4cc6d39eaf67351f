// Signed distance fields for glyph outlines, computed from the vector outline itself (exact distance to the
// flattened contours, non-zero winding for inside), in the encoding MapLibre expects: 24 px em, a 3 px buffer,
// radius 8, edge at 0.75 (value 192) — the constants of mapbox/tiny-sdf and node-fontnik.
import type { PathCommand } from 'opentype.js';

export const GLYPH_SIZE = 24;
export const GLYPH_BUFFER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
const CURVE_STEPS = 8;

export type Contour = Array<[number, number]>;

/** Flattens path commands (y down, pixels) into closed polygons. */
export function flatten(commands: PathCommand[]): Contour[] {
  const contours: Contour[] = [];
  let cur: Contour = [];
  let x = 0;
  let y = 0;
  const close = () => {
    if (cur.length > 2) contours.push(cur);
    cur = [];
  };
  for (const c of commands) {
    if (c.type === 'M') {
      close();
      x = c.x!;
      y = c.y!;
      cur.push([x, y]);
    } else if (c.type === 'L') {
      x = c.x!;
      y = c.y!;
      cur.push([x, y]);
    } else if (c.type === 'Q') {
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        cur.push([u * u * x + 2 * u * t * c.x1! + t * t * c.x!, u * u * y + 2 * u * t * c.y1! + t * t * c.y!]);
      }
      x = c.x!;
      y = c.y!;
    } else if (c.type === 'C') {
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS;
        const u = 1 - t;
        cur.push([
          u * u * u * x + 3 * u * u * t * c.x1! + 3 * u * t * t * c.x2! + t * t * t * c.x!,
          u * u * u * y + 3 * u * u * t * c.y1! + 3 * u * t * t * c.y2! + t * t * t * c.y!,
        ]);
      }
      x = c.x!;
      y = c.y!;
    } else {
      close();
    }
  }
  close();
  return contours;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  let t = len > 0 ? ((px - ax) * dx + (py - ay) * dy) / len : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return Math.sqrt(ex * ex + ey * ey);
}

/** Non-zero winding number of the contours around a point. */
function winding(px: number, py: number, contours: Contour[]): number {
  let w = 0;
  for (const c of contours) {
    for (let i = 0, j = c.length - 1; i < c.length; j = i++) {
      const [ax, ay] = c[j]!;
      const [bx, by] = c[i]!;
      if (ay <= py) {
        if (by > py && (bx - ax) * (py - ay) - (px - ax) * (by - ay) > 0) w++;
      } else if (by <= py && (bx - ax) * (py - ay) - (px - ax) * (by - ay) < 0) w--;
    }
  }
  return w;
}

export interface SdfGlyph {
  width: number;
  height: number;
  left: number;
  /** Pixels from the baseline up to the bitmap's top edge (without the buffer). */
  topAboveBaseline: number;
  bitmap: Uint8Array; // (width + 2·buffer) × (height + 2·buffer)
}

/** The SDF bitmap of a glyph's contours (pixel units, y down, baseline at y = 0); null for an empty glyph. */
export function glyphSdf(contours: Contour[]): SdfGlyph | null {
  if (contours.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of contours)
    for (const [x, y] of c) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const width = Math.max(1, Math.ceil(maxX) - left);
  const height = Math.max(1, Math.ceil(maxY) - top);
  const w = width + 2 * GLYPH_BUFFER;
  const h = height + 2 * GLYPH_BUFFER;
  const bitmap = new Uint8Array(w * h);
  for (let j = 0; j < h; j++) {
    const py = top - GLYPH_BUFFER + j + 0.5;
    for (let i = 0; i < w; i++) {
      const px = left - GLYPH_BUFFER + i + 0.5;
      let d = Infinity;
      for (const c of contours) {
        for (let k = 0, m = c.length - 1; k < c.length; m = k++) {
          const e = segmentDistance(px, py, c[m]![0], c[m]![1], c[k]![0], c[k]![1]);
          if (e < d) d = e;
        }
      }
      const signed = winding(px, py, contours) !== 0 ? -d : d;
      const v = Math.round(255 - 255 * (signed / RADIUS + CUTOFF));
      bitmap[j * w + i] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return { width, height, left, topAboveBaseline: -top, bitmap };
}
