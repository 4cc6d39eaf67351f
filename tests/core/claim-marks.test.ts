// The claim kinds' marks (print/claim-marks.ts) as the map registers them: every kind has one, they are drawn
// inside their box, and no two kinds share a shape (the marks tell kinds apart without colour).
import { describe, expect, it } from 'vitest';
import { CLAIM_SYMBOLS, claimMarkImage, MARK_IMAGE_PREFIX } from '../../src/print/claim-symbols.ts';
import { covers, markPaths, MARKS } from '../../src/print/claim-marks.ts';

const alphaMask = (id: string): boolean[] => {
  const im = claimMarkImage(id)!;
  const out: boolean[] = [];
  for (let i = 3; i < im.data.length; i += 4) out.push(im.data[i]! > 127);
  return out;
};

describe('claim-kind marks', () => {
  const kinds = Object.keys(CLAIM_SYMBOLS) as Array<keyof typeof CLAIM_SYMBOLS>;

  it('gives every kind an image of its own shape, neither empty nor filling its box', () => {
    const masks = new Map(kinds.map((k) => [k, alphaMask(`${MARK_IMAGE_PREFIX}${k}`)]));
    for (const [k, m] of masks) {
      const share = m.filter(Boolean).length / m.length;
      expect(share, k).toBeGreaterThan(0.1);
      expect(share, k).toBeLessThan(0.6);
      // Nothing touches the image's edge: the mark is not cut.
      const n = Math.sqrt(m.length);
      for (let i = 0; i < n; i++) expect([m[i], m[(n - 1) * n + i], m[i * n], m[i * n + n - 1]], k).toEqual([false, false, false, false]);
    }
    for (const a of kinds)
      for (const b of kinds) {
        if (a >= b || CLAIM_SYMBOLS[a].shape !== CLAIM_SYMBOLS[b].shape) continue;
        const [ma, mb] = [masks.get(a)!, masks.get(b)!];
        const differ = ma.filter((v, i) => v !== mb[i]).length / ma.length;
        expect(differ, `${a} vs ${b}`).toBeGreaterThan(0.08);
      }
  });

  it('draws a marker’s mark white (on its disc) and a movement’s arrow in its colour, pointing forward', () => {
    const lost = claimMarkImage(`${MARK_IMAGE_PREFIX}area-lost`)!;
    const c = (lost.width / 2) * 4 * (lost.width + 1);
    expect([...lost.data.slice(c, c + 3)]).toEqual([255, 255, 255]);
    const move = claimMarkImage(`${MARK_IMAGE_PREFIX}movement`)!;
    expect([...move.data.slice(0, 3)]).toEqual([0x93, 0x33, 0xea]);
    // The head is on the right (+x, the line's direction as MapLibre turns the icon along it).
    expect(covers(MARKS.arrow, 0.7, 0)).toBe(true);
    expect(covers(MARKS.arrow, -0.7, 0.3)).toBe(false);
    expect(claimMarkImage('hatch-ua')).toBeNull();
    expect(claimMarkImage(`${MARK_IMAGE_PREFIX}no-such-kind`)).toBeNull();
  });
});

// The paths legends and lists draw (markPaths) against the geometry the map's images are rasterised from (covers).
describe('claim-kind mark paths', () => {
  /** The points a path passes through: M and L coordinates and each arc's end point. */
  const pathPoints = (d: string): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const m of d.matchAll(/([MLA])((?:\s+-?[\d.]+)+)/g)) {
      const n = m[2]!.trim().split(/\s+/).map(Number);
      out.push([n[n.length - 2]!, n[n.length - 1]!]);
    }
    return out;
  };

  it('gives one path per primitive, each passing only through points the raster covers', () => {
    for (const [name, mark] of Object.entries(MARKS)) {
      const paths = markPaths(mark);
      expect(paths.length, name).toBe(mark.length);
      for (const p of paths) {
        expect(p.d, name).toMatch(/^M -?[\d.]+ -?[\d.]+ /);
        if (p.paint === 'stroke') expect(p.width, name).toBeGreaterThan(0);
        // A filled outline's points lie on its edge: a hair towards the mark's centre of that path is inside.
        const pts = pathPoints(p.d);
        const [mx, my] = [pts.reduce((s, q) => s + q[0], 0) / pts.length, pts.reduce((s, q) => s + q[1], 0) / pts.length];
        for (const [x, y] of pts) {
          const [px, py] = p.paint === 'fill' ? [x + (mx - x) * 0.05, y + (my - y) * 0.05] : [x, y];
          // Within 0.01 (the paths' rounding): an arc's end lies on the edge of its angle.
          const near = [
            [0, 0],
            [0.01, 0],
            [-0.01, 0],
            [0, 0.01],
            [0, -0.01],
          ].some(([dx, dy]) => covers(mark, px + dx!, py + dy!));
          expect(near, `${name}: ${px.toFixed(3)} ${py.toFixed(3)}`).toBe(true);
        }
      }
    }
  });

  it('draws a whole turn as two half arcs and a long arc with the large-arc flag', () => {
    const [ring] = markPaths([{ t: 'arc', c: [0, 0], r: 0.5, a0: 0, a1: Math.PI * 2, w: 0.1 }]);
    expect(ring!.d).toBe('M 0.5 0 A 0.5 0.5 0 0 1 -0.5 0 A 0.5 0.5 0 0 1 0.5 0 Z');
    const [long] = markPaths([{ t: 'arc', c: [0, 0], r: 1, a0: 0, a1: Math.PI * 1.5, w: 0.1 }]);
    expect(long!.d).toBe('M 1 0 A 1 1 0 1 1 0 -1');
    const [short] = markPaths([{ t: 'sector', c: [0, 0], r: 1, a0: -Math.PI / 2, a1: 0 }]);
    expect(short).toEqual({ d: 'M 0 0 L 0 -1 A 1 1 0 0 1 1 0 Z', paint: 'fill' });
  });
});
