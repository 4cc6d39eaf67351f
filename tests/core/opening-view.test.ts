// Where the viewer opens without a permalink (src/viewer/app/opening-view.ts): on the default Kursk view when the
// corpus reports there, else on where its reports are.
import { describe, expect, it } from 'vitest';
import { openingBounds, type Bounds } from '../../src/viewer/app/opening-view.ts';

const KURSK_VIEW: Bounds = [33.75, 50.6, 37.35, 52.1];
const SUDZHA: [number, number] = [35.27, 51.19];
const BAKHMUT: [number, number] = [38.0, 48.59];
const AVDIIVKA: [number, number] = [37.75, 48.14];
const KYIV: [number, number] = [30.52, 50.45];

describe('opening view', () => {
  it('keeps the default view when half the reports are in it', () => {
    expect(openingBounds([SUDZHA, SUDZHA, BAKHMUT, AVDIIVKA], KURSK_VIEW)).toBeNull();
    expect(openingBounds([], KURSK_VIEW)).toBeNull();
  });

  it('opens on the reports of another front, leaving a stray far report out of the box', () => {
    const points = [...Array(6).fill(BAKHMUT), ...Array(6).fill(AVDIIVKA), KYIV];
    const box = openingBounds(points, KURSK_VIEW)!;
    expect(box[0]).toBeGreaterThan(37);
    expect(box[0]).toBeLessThanOrEqual(AVDIIVKA[0]);
    expect(box[2]).toBeGreaterThanOrEqual(BAKHMUT[0]);
    expect(box[1]).toBeLessThanOrEqual(AVDIIVKA[1]);
    expect(box[3]).toBeGreaterThanOrEqual(BAKHMUT[1]);
    expect(box[3]).toBeLessThan(49);
  });

  it('gives a single spot a box of some 40 km, not a point', () => {
    const box = openingBounds([BAKHMUT, BAKHMUT], KURSK_VIEW)!;
    expect(box[2] - box[0]).toBeCloseTo(0.4);
    expect(box[3] - box[1]).toBeCloseTo(0.4);
  });
});
