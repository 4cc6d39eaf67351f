// The legend's order (print/legend-order.ts), one for the viewer's legend and the export's: settlement control and
// area claims before the kinds of place dots, the kind the frame draws most first. On a busy export the control
// rows, and the faded-ring row, came after the place kinds and fell into the "… and N more symbols" cut.
import { describe, expect, it, vi } from 'vitest';
import type { AppState } from '../../src/viewer/app/state.ts';
import type { ControlView } from '../../src/viewer/data/control-model.ts';
import type { SettlementStatus } from '../../src/core/events/status.ts';
import { orderLegend } from '../../src/print/legend-order.ts';
import { layoutPage } from '../../src/print/layout.ts';
import { pageSize } from '../../src/print/sizes.ts';

const report = (id: string, end: string) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [37, 48] },
    properties: { id, settlement: id, claimant: 'ISW', article: `${id}.txt`, published: end, asOf: { start: end, end } },
  }) as unknown as SettlementStatus['latest'];
const status = (id: string, holder: 'UA' | 'RU', end: string): SettlementStatus => ({
  settlement: id,
  name: id,
  coordinates: [37, 48],
  status: holder,
  latest: report(id, end),
  contradicting: [],
  history: [report(id, end)],
});
const view: ControlView = {
  date: '2025-06-01',
  reading: 'reported',
  // One settlement reported a year before the date: its ring is drawn faded.
  statuses: [status('s1', 'RU', '2025-05-20'), status('s2', 'UA', '2025-05-25'), status('s3', 'RU', '2024-06-01')],
  footprints: [],
  clipNote: null,
};
vi.mock('../../src/viewer/data/control-model.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/viewer/data/control-model.ts')>()),
  controlAt: () => view,
}));
const { emptyVisible, legendOf } = await import('../../src/viewer/export/visible.ts');
const { pageOps } = await import('../../src/print/page-layout.ts');

const place = (id: string, kind: string) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [37, 48] },
  properties: { id, kind, name: id, country: 'UA', precision: 'exact', confidence: 1, mentions: [] },
});
// A frame drawing 2 towns, 5 villages, 1 city, 3 districts, and others.
const places = [
  ...['t1', 't2'].map((id) => place(id, 'town')),
  ...['v1', 'v2', 'v3', 'v4', 'v5'].map((id) => place(id, 'village')),
  place('c1', 'city'),
  ...['d1', 'd2', 'd3'].map((id) => place(id, 'district')),
  place('o1', 'other'),
  place('k1', 'country'),
];
const state = {
  dataset: {
    claims: { type: 'FeatureCollection', features: [] },
    places: { type: 'FeatureCollection', features: places },
    events: { type: 'FeatureCollection', features: [] },
    report: { articles: [] },
  },
  // A briefer's own layers (front-line sketches, districts): each a legend row.
  overlays: Array.from({ length: 0 }, (_, i) => ({ id: `o${i}`, name: `Overlay layer ${i} drawn by the briefing team` })),
} as unknown as AppState;

function busyFrame() {
  const v = emptyVisible();
  for (const p of places) {
    v.placeIds.add(p.properties.id);
    v.renderedKinds.add(p.properties.kind);
  }
  v.regions = true;
  v.approximate = true;
  v.lowConfidence = true;
  v.clusters = true;
  for (const st of view.statuses) v.controlSettlements.add(st.settlement);
  for (const o of state.overlays) v.overlayIds.add(o.id);
  return v;
}

describe('legend order', () => {
  it('orders by group, then most drawn first, then as given', () => {
    expect(
      orderLegend([
        { group: 'place-kind', weight: 1, row: 'town' },
        { group: 'place-modifier', row: 'approximate' },
        { group: 'place-kind', weight: 5, row: 'village' },
        { group: 'control-status', row: 'held' },
        { group: 'place-kind', weight: 1, row: 'city' },
        { group: 'control-stale', row: 'faded' },
      ]),
    ).toEqual(['held', 'faded', 'village', 'town', 'city', 'approximate']);
  });

  it("lists an export's settlement control and dashed (stale) ring before the place kinds, the most drawn kind first", () => {
    const labels = legendOf(state, busyFrame(), '2025-06-01').entries.map((e) => e.label);
    const firstKind = labels.findIndex((l) => /^(Village|Town|City|District|Country|Other)/.test(l));
    const control = labels.filter((l) => /reported held by|settlements in this frame, as reported|Dashed ring/.test(l));
    expect(control.length).toBe(3); // held by Russia, held by Ukraine, dashed (stale) ring
    // The export's stale row draws the map's stale ring: dashed at full colour, not faded.
    const stale = legendOf(state, busyFrame(), '2025-06-01').entries.find((e) => /^Dashed ring/.test(e.label))!;
    expect(stale.swatch).toMatchObject({ kind: 'ring', color: '#374151', dash: true });
    for (const l of control) expect(labels.indexOf(l)).toBeLessThan(firstKind);
    const kinds = labels.filter((l) => /^(Village|Town|City|District)/.test(l)).map((l) => l.split(/[ :(]/)[0]);
    expect(kinds).toEqual(['Village', 'District', 'Town', 'City']);
  });

  for (const size of ['a4-portrait', 'a4-landscape'] as const)
    it(`${size}: keeps the control rows and the dashed (stale) ring when a busy frame's legend is cut`, () => {
      const page = pageSize({ size, dpi: 96 });
      const layout = layoutPage({
        widthPx: page.widthPx,
        heightPx: page.heightPx,
        u: page.pixelRatio,
        title: 'T',
        subtitle: '',
        sources: true,
      });
      const legend = legendOf(state, busyFrame(), '2025-06-01');
      const sources = Array.from({ length: 492 }, (_, i) => ({
        file: `a${i}.txt`,
        outlet: `Outlet ${i}`,
        title: `Article ${i}`,
        published: '2025-05-01',
      }));
      const ops = pageOps(
        layout,
        {
          title: 'T',
          subtitle: '',
          dateStamp: 'Situation as reported up to 1 Jun 2025',
          legend,
          sources,
          fullSourceList: null,
          countries: [],
          notes: [
            'Areas are circles of the reported figure around the place the text names, clipped to the country: approximate, not front lines.',
          ],
          attribution: 'Basemap: Natural Earth · GeoNames',
          metersPerPx: 100,
          bearing: 0,
          inset: { shapes: [], frame: [0, 0, 1, 1], view: [0, 0, 1, 1] },
        },
        (t: string, size: number) => t.length * size * 0.55,
      );
      const t = ops.flatMap((o) => (o.op === 'text' ? [o.text] : [])).join(' ');
      // The frame's legend is longer than its room at full length: round 27 summarises the holders' claimants and the
      // sources before it drops a row, and here every row prints.
      expect(t).not.toMatch(/more symbols/);
      expect(t).toContain('Dashed ring');
      expect(t).toMatch(/held by Russia/);
    });
});
