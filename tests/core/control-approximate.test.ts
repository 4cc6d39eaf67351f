// A settlement known only with its district or hromada is drawn at that point as an approximate mark: the map layer
// flags it, the export legend explains the mark only when the frame shows one (settlement-control.ts, control.ts).
import { describe, expect, it, vi } from 'vitest';
import type { AppState } from '../../src/viewer/app/state.ts';
import type { ControlView } from '../../src/viewer/data/control-model.ts';
import type { SettlementStatus } from '../../src/core/events/status.ts';
import type { ControlEventFeature } from '../../src/core/schema.ts';
import { APPROXIMATE_SETTLEMENT_LABEL } from '../../src/print/control-symbols.ts';

const report = (id: string): ControlEventFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [35.2, 51.2] },
  properties: {
    type: 'control',
    id,
    article: 'a.txt',
    published: '2024-09-01',
    quote: '',
    start: 0,
    end: 1,
    trigger: 'captured',
    settlement: id,
    settlementName: id,
    precision: 'exact',
    action: 'captured',
    actor: 'UA',
    holder: 'UA',
    claimant: null,
    denied: false,
    asOf: { start: '2024-09-01', end: '2024-09-01' },
    asOfBasis: 'published',
    confidence: 0.9,
  },
});
const status = (id: string, precision: SettlementStatus['precision']): SettlementStatus => ({
  settlement: id,
  name: id,
  coordinates: [35.2, 51.2],
  precision,
  status: 'UA',
  latest: report(id),
  contradicting: [],
  history: [report(id)],
});
const view: ControlView = {
  date: '2024-09-01',
  reading: 'reported',
  statuses: [status('town', 'exact'), status('hamlet', 'district')],
  footprints: [],
  clipNote: null,
};
vi.mock('../../src/viewer/data/control-model.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/viewer/data/control-model.ts')>()),
  controlAt: () => view,
}));
const { controlLegendEntries } = await import('../../src/viewer/export/settlement-control.ts');
const { controlForMap } = await import('../../src/viewer/map/layers/control.ts');
const state = { dataset: { events: { features: [] }, report: { articles: [] } }, reading: 'reported' } as unknown as AppState;

describe('settlements located only to their district', () => {
  it('are flagged approximate on the map layer', () => {
    const marks = controlForMap(state, '2024-09-01').features.filter((f) => f.properties?.role === 'settlement');
    expect(marks.map((f) => [f.properties?.id, f.properties?.approximate])).toEqual([
      ['town', false],
      ['hamlet', true],
    ]);
  });

  it('get a legend row in an export only when the frame shows one', () => {
    const labels = (shown: string[]) => controlLegendEntries(state, new Set(shown), new Set(), '2024-09-01').map((e) => e.label);
    expect(labels(['town', 'hamlet'])).toContain(APPROXIMATE_SETTLEMENT_LABEL);
    expect(labels(['town'])).not.toContain(APPROXIMATE_SETTLEMENT_LABEL);
  });
});
