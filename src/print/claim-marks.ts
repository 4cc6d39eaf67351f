// Claim-kind marks as geometry, not font glyphs: the map's SDF glyph sets (and online styles' glyph servers) have no
// ■ ▲ ▼ ↺ ◔ ● →, and the PDF's embedded faces drop them too. A mark is a few primitives in a box from -1 to 1 (y down),
// rasterised here for map.addImage (DOM-free, so the render tests can register the very same pixels) and given as
// SVG paths that legends (canvas) and lists (inline SVG) draw. The table of which kind has which mark is claim-symbols.ts.

import { coverageImage, type RgbaImage } from './coverage-image.ts';

export type { RgbaImage };

export type MarkPrim =
  | { t: 'poly'; pts: Array<[number, number]> }
  | { t: 'disc'; c: [number, number]; r: number }
  | { t: 'seg'; a: [number, number]; b: [number, number]; w: number }
  /** A stroked arc from angle a0 to a1 (radians, clockwise on screen, a1 > a0). */
  | { t: 'arc'; c: [number, number]; r: number; a0: number; a1: number; w: number }
  /** A filled pie slice from a0 to a1. */
  | { t: 'sector'; c: [number, number]; r: number; a0: number; a1: number };

export type Mark = MarkPrim[];

const TAU = Math.PI * 2;

/** An arc with an arrowhead at its end, pointing along the arc. */
function arcArrow(c: [number, number], r: number, a0: number, a1: number, w: number): Mark {
  const [ex, ey] = [c[0] + r * Math.cos(a1), c[1] + r * Math.sin(a1)];
  const [tx, ty] = [-Math.sin(a1), Math.cos(a1)]; // tangent, direction of increasing angle
  const [nx, ny] = [Math.cos(a1), Math.sin(a1)];
  const h = w * 1.7;
  return [
    { t: 'arc', c, r, a0, a1, w },
    {
      t: 'poly',
      pts: [
        [ex + tx * h * 1.1, ey + ty * h * 1.1],
        [ex + nx * h, ey + ny * h],
        [ex - nx * h, ey - ny * h],
      ],
    },
  ];
}

/** The mark mirrored left to right. */
function mirrored(mark: Mark): Mark {
  return mark.map((p): MarkPrim => {
    switch (p.t) {
      case 'poly':
        return { t: 'poly', pts: p.pts.map(([x, y]) => [-x, y]) };
      case 'disc':
        return { ...p, c: [-p.c[0], p.c[1]] };
      case 'seg':
        return { ...p, a: [-p.a[0], p.a[1]], b: [-p.b[0], p.b[1]] };
      case 'arc':
      case 'sector':
        return { ...p, c: [-p.c[0], p.c[1]], a0: Math.PI - p.a1, a1: Math.PI - p.a0 };
    }
  });
}

/** The marks, by the glyph they stand for. */
export const MARKS = {
  square: [
    {
      t: 'poly',
      pts: [
        [-0.62, -0.62],
        [0.62, -0.62],
        [0.62, 0.62],
        [-0.62, 0.62],
      ],
    },
  ],
  triangleUp: [
    {
      t: 'poly',
      pts: [
        [0, -0.8],
        [0.78, 0.6],
        [-0.78, 0.6],
      ],
    },
  ],
  // △: the peak's triangle, open, for a peak written as a share (a percentage, not ground).
  triangleOpen: [
    { t: 'seg', a: [0, -0.74], b: [0.72, 0.56], w: 0.22 },
    { t: 'seg', a: [0.72, 0.56], b: [-0.72, 0.56], w: 0.22 },
    { t: 'seg', a: [-0.72, 0.56], b: [0, -0.74], w: 0.22 },
  ],
  triangleDown: [
    {
      t: 'poly',
      pts: [
        [0, 0.8],
        [0.78, -0.6],
        [-0.78, -0.6],
      ],
    },
  ],
  // ↺: an open circle turning anticlockwise, its head at the upper right pointing up into the gap.
  circleArrow: mirrored(arcArrow([0, 0.06], 0.5, -Math.PI / 2 - 0.15, Math.PI - 0.2, 0.24)),
  plus: [
    { t: 'seg', a: [-0.72, 0], b: [0.72, 0], w: 0.34 },
    { t: 'seg', a: [0, -0.72], b: [0, 0.72], w: 0.34 },
  ],
  question: [
    { t: 'arc', c: [0, -0.34], r: 0.36, a0: Math.PI * 0.95, a1: Math.PI * 2.5, w: 0.24 },
    { t: 'seg', a: [0, 0.02], b: [0, 0.3], w: 0.24 },
    { t: 'disc', c: [0, 0.66], r: 0.16 },
  ],
  percent: [
    { t: 'seg', a: [0.6, -0.75], b: [-0.6, 0.75], w: 0.2 },
    { t: 'arc', c: [-0.42, -0.42], r: 0.22, a0: 0, a1: TAU, w: 0.16 },
    { t: 'arc', c: [0.42, 0.42], r: 0.22, a0: 0, a1: TAU, w: 0.16 },
  ],
  pie: [
    { t: 'arc', c: [0, 0], r: 0.66, a0: 0, a1: TAU, w: 0.2 },
    { t: 'sector', c: [0, 0], r: 0.66, a0: -Math.PI / 2, a1: 0 },
  ],
  disc: [{ t: 'disc', c: [0, 0], r: 0.62 }],
  arrow: [
    { t: 'seg', a: [-0.8, 0], b: [0.2, 0], w: 0.28 },
    {
      t: 'poly',
      pts: [
        [0.85, 0],
        [0.15, -0.5],
        [0.15, 0.5],
      ],
    },
  ],
} satisfies Record<string, Mark>;

function insidePoly(x: number, y: number, pts: Array<[number, number]>): boolean {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]!;
    const [xj, yj] = pts[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segDistance(x: number, y: number, a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const k = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(x - a[0] - k * dx, y - a[1] - k * dy);
}

/** Whether the angle of (x, y) about c lies between a0 and a1 (clockwise on screen). */
function withinAngle(x: number, y: number, c: [number, number], a0: number, a1: number): boolean {
  if (a1 - a0 >= TAU) return true;
  const a = Math.atan2(y - c[1], x - c[0]);
  const d = (((a - a0) % TAU) + TAU) % TAU;
  return d <= a1 - a0;
}

/** Whether the point (in mark units) is covered by the mark. */
export function covers(mark: Mark, x: number, y: number): boolean {
  return mark.some((p) => {
    switch (p.t) {
      case 'poly':
        return insidePoly(x, y, p.pts);
      case 'disc':
        return Math.hypot(x - p.c[0], y - p.c[1]) <= p.r;
      case 'seg':
        return segDistance(x, y, p.a, p.b) <= p.w / 2;
      case 'arc':
        return Math.abs(Math.hypot(x - p.c[0], y - p.c[1]) - p.r) <= p.w / 2 && withinAngle(x, y, p.c, p.a0, p.a1);
      case 'sector':
        return Math.hypot(x - p.c[0], y - p.c[1]) <= p.r && withinAngle(x, y, p.c, p.a0, p.a1);
    }
  });
}

/** The mark as RGBA pixels for map.addImage: a square `sizePx` CSS pixels wide at `pixelRatio`, in `color`
 * (#rrggbb), anti-aliased by 4×4 supersampling. */
export function markImage(mark: Mark, color: string, sizePx: number, pixelRatio = 2): RgbaImage {
  const n = Math.round(sizePx * pixelRatio);
  return coverageImage(n, color, (x, y) => covers(mark, (x / n) * 2 - 1, (y / n) * 2 - 1));
}

/** One primitive as an SVG path in mark units: filled, or stroked `width` wide with its line cap. Canvases
 * (through Path2D) and inline SVG draw these same paths, so the two vector renderings cannot drift apart. */
export type MarkPath = { d: string; paint: 'fill' } | { d: string; paint: 'stroke'; width: number; cap: 'round' | 'butt' };

const num = (v: number): string => String(Math.round(v * 1000) / 1000);
const at = (c: [number, number], r: number, a: number): string => `${num(c[0] + r * Math.cos(a))} ${num(c[1] + r * Math.sin(a))}`;

/** The arc from a0 to a1 (clockwise on screen) as path commands, starting with a move to its first point; a whole
 * turn is two half arcs (one SVG arc command cannot end where it starts). */
function arcCommands(c: [number, number], r: number, a0: number, a1: number): string {
  const arc = (to: number, large: boolean) => `A ${num(r)} ${num(r)} 0 ${large ? 1 : 0} 1 ${at(c, r, to)}`;
  if (a1 - a0 >= TAU) return `M ${at(c, r, a0)} ${arc(a0 + Math.PI, false)} ${arc(a0, false)} Z`;
  return `M ${at(c, r, a0)} ${arc(a1, a1 - a0 > Math.PI)}`;
}

/** The mark as paths, one per primitive, in its -1…1 box. */
export function markPaths(mark: Mark): MarkPath[] {
  return mark.map((p): MarkPath => {
    switch (p.t) {
      case 'poly':
        return { d: `M ${p.pts.map(([x, y]) => `${num(x)} ${num(y)}`).join(' L ')} Z`, paint: 'fill' };
      case 'disc':
        return { d: arcCommands(p.c, p.r, 0, TAU), paint: 'fill' };
      case 'seg':
        return { d: `M ${num(p.a[0])} ${num(p.a[1])} L ${num(p.b[0])} ${num(p.b[1])}`, paint: 'stroke', width: p.w, cap: 'round' };
      case 'arc':
        return { d: arcCommands(p.c, p.r, p.a0, p.a1), paint: 'stroke', width: p.w, cap: 'butt' };
      case 'sector':
        return p.a1 - p.a0 >= TAU
          ? { d: arcCommands(p.c, p.r, 0, TAU), paint: 'fill' }
          : { d: `M ${num(p.c[0])} ${num(p.c[1])} L ${arcCommands(p.c, p.r, p.a0, p.a1).slice(2)} Z`, paint: 'fill' };
    }
  });
}
