// Where the viewer opens without a permalink (src/viewer/app/opening-view.ts): on the default Kursk view when the
// corpus reports there, else on where its reports are.
import { describe, expect, it } from 'vitest';
import { openingBounds, reportedPoints, type Bounds } from '../../src/viewer/app/opening-view.ts';
import type { Dataset } from '../../src/viewer/data/data.ts';

const KURSK_VIEW: Bounds = [33.75, 50.6, 37.35, 52.1];
const SUDZHA: [number, number] = [35.27, 51.19];
const BAKHMUT: [number, number] = [38.0, 48.59];
const AVDIIVKA: [number, number] = [37.75, 48.14];
const KYIV: [number, number] = [30.52, 50.45];
const KORENEVO: [number, number] = [34.91, 51.41];
const MOSCOW: [number, number] = [37.62, 55.75];

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

  it('keeps a front with a share of the reports at one end in the box; the trim drops only strays', () => {
    // 84 reports in Donbas, 16 in the Kursk incursion (north of every Donbas one), one about Moscow: the 10% trim alone
    // cut the box at the Donbas reports' north edge and Korenevo (and Sudzha) opened off the map.
    const points = [...Array(42).fill(BAKHMUT), ...Array(42).fill(AVDIIVKA), ...Array(8).fill(SUDZHA), ...Array(8).fill(KORENEVO), MOSCOW];
    const box = openingBounds(points, KURSK_VIEW)!;
    expect(box[3]).toBeGreaterThanOrEqual(KORENEVO[1]);
    expect(box[0]).toBeLessThanOrEqual(KORENEVO[0]);
    expect(box[1]).toBeLessThanOrEqual(AVDIIVKA[1]);
    expect(box[3]).toBeLessThan(53);
  });

  it('frames the reports shown at the opening date, not those published after it', () => {
    const event = (at: [number, number], published: string) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: { precision: 'settlement', published, asOf: { start: published, end: published } },
    });
    const dataset = {
      events: { features: [event(SUDZHA, '2024-08-10'), event(BAKHMUT, '2023-05-01'), event(AVDIIVKA, '2025-01-10')] },
      claims: { features: [] },
    } as unknown as Dataset;
    expect(reportedPoints(dataset)).toHaveLength(3);
    expect(reportedPoints(dataset, '2024-09-01')).toEqual([SUDZHA, BAKHMUT]);
    // In hindsight ("as described at D") what a later report says about an earlier day is shown too.
    expect(reportedPoints(dataset, '2023-06-01', 'described')).toEqual([BAKHMUT]);
  });
});
