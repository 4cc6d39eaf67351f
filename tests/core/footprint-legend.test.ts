// Reported footprints in legends: each is labelled with its holder and where it lies (a footprint of Ukraine's in
// Kursk Oblast and one of Russia's in Ukraine read differently), and an export's legend and bundle list only the
// footprints the printed frame shows, as they list only the claims drawn (settlement-control.ts).
import { describe, expect, it, vi } from 'vitest';
import type { AppState } from '../../src/viewer/app/state.ts';
import type { ControlFootprint, ControlView } from '../../src/viewer/data/control-model.ts';
import { footprintLabel, footprintPlace } from '../../src/print/control-symbols.ts';

const square = (x: number, y: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + 0.1, y],
      [x + 0.1, y + 0.1],
      [x, y],
    ],
  ],
});
const footprint = (holder: 'UA' | 'RU', country: string, regions: string[], areaKm2: number): ControlFootprint => ({
  holder,
  country,
  regions,
  settlements: [`${country}-a`],
  geometry: square(35, 51),
  areaKm2,
  clipped: true,
});
const view: ControlView = {
  date: '2024-09-01',
  reading: 'reported',
  statuses: [],
  footprints: [footprint('UA', 'RU', ['Kursk Oblast'], 685.2), footprint('UA', 'UA', ['Sumy Oblast'], 459.4)],
  clipNote: null,
};
vi.mock('../../src/viewer/data/control-model.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/viewer/data/control-model.ts')>()),
  controlAt: () => view,
}));
const { controlFeatures, controlLegendEntries } = await import('../../src/viewer/export/settlement-control.ts');
const state = { dataset: { events: { features: [] } } } as unknown as AppState;

describe('where a footprint lies', () => {
  it('names its region or two and its country, the country alone beyond two', () => {
    expect(footprintPlace('RU', ['Kursk Oblast'])).toBe('Kursk Oblast, Russia');
    expect(footprintPlace('UA', ['Kharkiv Oblast', 'Sumy Oblast'])).toBe('Kharkiv Oblast and Sumy Oblast, Ukraine');
    expect(footprintPlace('UA', ['Donetsk Oblast', 'Kharkiv Oblast', 'Luhansk Oblast'])).toBe('Ukraine');
    expect(footprintPlace(null, [])).toBe('');
  });
  it('tells a footprint in Russia held by Ukraine from one in Ukraine held by Russia', () => {
    const a = footprintLabel('UA', footprintPlace('RU', ['Kursk Oblast']));
    const b = footprintLabel('RU', footprintPlace('UA', ['Kharkiv Oblast']));
    expect(a).toContain('reported held by Ukraine in Kursk Oblast, Russia (hull');
    expect(b).toContain('reported held by Russia in Kharkiv Oblast, Ukraine (hull');
  });
});

describe("an export's footprints", () => {
  it('lists only the footprint the frame shows, with its own area', () => {
    const rows = controlLegendEntries(state, new Set(), new Set(['UA|RU']), '2024-09-01');
    expect(rows.map((r) => r.label)).toEqual([expect.stringMatching(/held by Ukraine in Kursk Oblast, Russia .*: 685 km²$/)]);
    expect(rows[0]!.label).not.toContain('459');
  });
  it('lists each footprint shown on its own row', () => {
    const rows = controlLegendEntries(state, new Set(), new Set(['UA|RU', 'UA|UA']), '2024-09-01');
    expect(rows.map((r) => r.label.replace(/ \(hull.*: /, ': '))).toEqual([
      'Footprint of the settlements reported held by Ukraine in Kursk Oblast, Russia: 685 km²',
      'Footprint of the settlements reported held by Ukraine in Sumy Oblast, Ukraine: 459 km²',
    ]);
  });
  it('puts only the shown footprint in the bundle', () => {
    const features = controlFeatures(state, new Set(), new Set(['UA|UA']), '2024-09-01');
    expect(features.map((f) => [f.properties!.country, f.properties!.regions])).toEqual([['UA', ['Sumy Oblast']]]);
  });
});
