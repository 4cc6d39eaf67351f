// Hatching as geometry: parallel diagonal segments clipped to a polygon (even-odd scanline), so a "lightly hatched"
// area is drawn by any renderer — the live map, the off-screen export map — without a pattern image. DOM-free.
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

const KM_PER_DEGREE = 111.32;

/** Segments at 45° every `spacingKm` (measured across the lines), inside `g` (holes left empty). */
export function hatchLines(g: Polygon | MultiPolygon, spacingKm: number): MultiLineString {
  const rings: Position[][] = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  let latSum = 0;
  let n = 0;
  for (const r of rings) for (const p of r) ((latSum += p[1]!), n++);
  if (n === 0) return { type: 'MultiLineString', coordinates: [] };
  // A local frame where a degree of longitude and of latitude have the same length: 45° stays 45° on the ground.
  const k = Math.cos(((latSum / n) * Math.PI) / 180);
  const toLocal = (p: Position): [number, number] => [p[0]! * k, p[1]!];
  const edges: [number, number, number, number][] = [];
  let uMin = Infinity;
  let uMax = -Infinity;
  for (const r of rings) {
    for (let i = 0; i + 1 < r.length; i++) {
      const [x1, y1] = toLocal(r[i]!);
      const [x2, y2] = toLocal(r[i + 1]!);
      edges.push([x1, y1, x2, y2]);
      uMin = Math.min(uMin, x1 + y1, x2 + y2);
      uMax = Math.max(uMax, x1 + y1, x2 + y2);
    }
  }
  const step = (spacingKm / KM_PER_DEGREE) * Math.SQRT2;
  const lines: Position[][] = [];
  // Lines u = x + y = c, offset by half a step so a line never runs exactly through a vertex of a grid-aligned shape.
  for (let c = Math.ceil(uMin / step) * step + step / 2; c < uMax; c += step) {
    const vs: number[] = []; // v = x - y of each crossing
    for (const [x1, y1, x2, y2] of edges) {
      const u1 = x1 + y1;
      const u2 = x2 + y2;
      if ((u1 <= c && u2 > c) || (u2 <= c && u1 > c)) {
        const t = (c - u1) / (u2 - u1);
        vs.push(x1 - y1 + t * (x2 - y2 - (x1 - y1)));
      }
    }
    vs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < vs.length; i += 2) {
      const a = vs[i]!;
      const b = vs[i + 1]!;
      // x = (u + v) / 2, y = (u - v) / 2, back to degrees.
      lines.push([
        [round((c + a) / 2 / k), round((c - a) / 2)],
        [round((c + b) / 2 / k), round((c - b) / 2)],
      ]);
    }
  }
  return { type: 'MultiLineString', coordinates: lines };
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;
