// The claim kinds' marks (print/claim-marks.ts) as the map registers them: every kind has one, they are drawn
// inside their box, and no two kinds share a shape (the marks tell kinds apart without colour).
import { describe, expect, it } from 'vitest';
import { CLAIM_SYMBOLS, claimMarkImage, MARK_IMAGE_PREFIX } from '../../src/print/claim-symbols.ts';
import { covers, MARKS } from '../../src/print/claim-marks.ts';

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
