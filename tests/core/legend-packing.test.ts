// A4 portrait keeps every symbol its map draws: the events dev corpus at 1 Mar 2025 (A4 portrait, 100 dpi, 505
// sources) printed its control, area and figure rows and then "… and 9 more symbols", the kinds of place dot and the
// place marks, last in legend order, even with the holders' claimants counted and the sources summarised. Its short
// rows are now packed under one caption each.
import { describe, expect, it } from 'vitest';
import { pageOps } from '../../src/print/page-layout.ts';
import type { LegendEntry, PageContent } from '../../src/print/page-content.ts';
import { layoutPage } from '../../src/print/layout.ts';
import { pageSize } from '../../src/print/sizes.ts';
import { symbol } from '../../src/print/symbols.ts';
import { footprintBriefLabel, footprintPacking } from '../../src/print/control-symbols.ts';
import { legendBlocks, placePacked } from '../../src/print/legend-packing.ts';
import { continued } from '../../src/print/panel-legend.ts';
import type { PageLayout } from '../../src/print/layout.ts';
import type { PageOp } from '../../src/print/page-ops.ts';
import { wrap } from '../../src/print/text-wrap.ts';

// Noto Sans averages about 0.55 em a character in these labels.
const measure = (t: string, size: number, weight: 400 | 700) => t.length * size * (weight === 700 ? 0.6 : 0.55);
const dot = { kind: 'dot' as const, fill: '#000000', stroke: '#ffffff' };
const row = (label: string, packed?: LegendEntry['packed']): LegendEntry => ({ swatch: dot, label, ...(packed ? { packed } : {}) });
const figure = (label: string) =>
  row(`${label}: a mark at its place, not ground`, { caption: 'Area figures, each a mark at its place, not ground:', short: label });
const STALE = 'No held-area figure in the 60 days before this date (the latest, faded):';
const fromTable = (id: string): LegendEntry => {
  const s = symbol(id);
  return { swatch: s.swatch, label: s.label, ...(s.packed ? { packed: s.packed } : {}) };
};

/** The page's legend as the viewer gave it (labels from its PDF's text), brief form: holders name one claimant. */
function devCorpusLegend(): LegendEntry[] {
  return [
    row('Reported held by Ukraine — reported by ОК "Південь" and 45 more (settlements in this frame, as reported)'),
    row("Reported held by Russia — reported by Russia's Defence Ministry and 67 more (settlements in this frame, as reported)"),
    row(
      'Contested: reports contradict, a report was denied, or fighting is reported — reported by Инфорос (inforos.com) and 125 more (settlements in this frame, as reported)',
    ),
    row('Dashed ring: no report about the settlement describes the 60 days before this date (its latest is older)'),
    row(
      'Small ring: a settlement without a point of its own, drawn at its district or hromada centre, or at the neighbour the text puts it near',
    ),
    row(footprintBriefLabel('UA', ['RU', 'UA'], 3307), footprintPacking('UA', ['RU', 'UA'], 3307)),
    row(footprintBriefLabel('RU', ['RU', 'UA'], 6387), footprintPacking('RU', ['RU', 'UA'], 6387)),
    row('Earlier area claims (same convention, faded)'),
    row('No held-area figure (Ukraine in Russia) describes the 60 days before this date: the latest (mid-Aug 2024) is drawn faded', {
      caption: STALE,
      short: 'Ukraine in Russia (mid-Aug 2024)',
    }),
    row('No held-area figure (Russia in Ukraine) describes the 60 days before this date: the latest (early-Nov 2022) is drawn faded', {
      caption: STALE,
      short: 'Russia in Ukraine (early-Nov 2022)',
    }),
    figure('Area lost'),
    figure('Area retaken'),
    figure('Area gained over a period'),
    figure('Share of a place held (%)'),
    fromTable('count'),
    fromTable('region'),
    ...['village', 'town', 'city', 'other', 'district', 'country'].map((k) => fromTable(`place-${k}`)),
    ...['place-approximate', 'place-low-confidence', 'cluster'].map(fromTable),
  ];
}

function devCorpusPage(): PageContent {
  const legend = devCorpusLegend();
  return {
    title: 'Events dev set',
    subtitle: '',
    dateStamp: 'Situation as reported up to 1 Mar 2025',
    legend: { heading: 'Claims shown: as reported up to 1 Mar 2025 (only articles published by then)', entries: legend, brief: legend },
    countries: [],
    sources: Array.from({ length: 505 }, (_, i) => ({
      file: `a${i}.txt`,
      outlet: `Outlet ${i % 40}`,
      title: `Headline ${i} of the events dev corpus`,
      published: `2025-0${1 + (i % 2)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    })),
    fullSourceList: 'the following pages',
    notes: [
      'Areas are circles of the reported figure around the place the text names, clipped to the country: approximate, not front lines. Nothing appears before the article that reported it.',
    ],
    attribution:
      'Basemap: Natural Earth · GeoNames · © OpenStreetMap contributors, ODbL (villages via nuclearfall/sitrepc2@1a335e5) · Places and claims: briefmap from the listed articles',
    metersPerPx: 250,
    bearing: 0,
    inset: { shapes: [], frame: [30, 45, 40, 52], view: [21, 43, 46, 57] },
  };
}

function portrait(dpi: number): PageLayout {
  const page = pageSize({ size: 'a4-portrait', dpi });
  return layoutPage({
    widthPx: page.widthPx,
    heightPx: page.heightPx,
    u: page.pixelRatio,
    title: 'Events dev set',
    subtitle: '',
    sources: true,
  });
}

/** Each packed symbol's label with the caption line nearest above it in its column (a caption starts at the column's
 * left edge, a symbol's label after its swatch). */
function captionsAbove(layout: PageLayout, ops: PageOp[], legend: LegendEntry[]) {
  const text = ops.flatMap((o) => (o.op === 'text' ? [o] : []));
  return legend.flatMap((e) => {
    const label = text.find((o) => o.text === e.packed?.short);
    if (!e.packed || !label) return [];
    const col = layout.columns.find((c) => label.x >= c.x && label.x < c.x + c.w)!;
    const above = text.filter((o) => o.x === col.x && o.baseline <= label.baseline + 0.01);
    const nearest = above.sort((a, b) => b.baseline - a.baseline)[0];
    const last = (t: string) => wrap(measure, t, label.size, 400, col.w).at(-1);
    const caption = e.packed.caption;
    return [
      {
        short: e.packed.short,
        column: layout.columns.indexOf(col),
        nearest: nearest?.text,
        own: last(caption),
        cont: last(continued(caption)),
      },
    ];
  });
}

describe('packed legend rows', () => {
  for (const dpi of [100, 200])
    it(`a4-portrait at ${dpi} dpi: the events dev corpus's page keeps every symbol, the place kinds packed on one caption`, () => {
      const page = pageSize({ size: 'a4-portrait', dpi });
      const layout = layoutPage({
        widthPx: page.widthPx,
        heightPx: page.heightPx,
        u: page.pixelRatio,
        title: 'Events dev set',
        subtitle: '',
        sources: true,
      });
      const facts = { sourcesNamed: 0, symbolsDropped: -1 };
      const ops = pageOps(layout, devCorpusPage(), measure, facts);
      const t = ops.flatMap((o) => (o.op === 'text' ? [o.text] : []));
      expect(t.some((x) => /more symbols/.test(x))).toBe(false);
      expect(facts.symbolsDropped).toBe(0);
      // One swatch per symbol the map draws.
      expect(ops.filter((o) => o.op === 'swatch')).toHaveLength(devCorpusLegend().length);
      for (const kind of ['Village', 'Town', 'City', 'Other place', 'District', 'Country']) expect(t).toContain(kind);
      expect(t.join(' ')).toContain('Places named in the articles (size: mentions):');
      // The sources are still there, summarised, and the notes and attribution whole.
      expect(t.some((x) => x.startsWith('Sources: the 505 articles'))).toBe(true);
      expect(t.join(' ')).toMatch(/… and \d+ more \(listed on the following pages\)/);
      expect(t.join(' ')).toContain('reported it.');
      expect(t.join(' ')).toContain('from the listed articles');
    });

  it('packs only runs of rows that share a caption, in their order', () => {
    const rows = devCorpusLegend();
    const blocks = legendBlocks(rows, true);
    expect(blocks.map((b) => b.length)).toEqual([1, 1, 1, 1, 1, 2, 1, 2, 4, 1, 1, 9]);
    expect(blocks.flat()).toEqual(rows);
    expect(legendBlocks(rows, false)).toHaveLength(rows.length);
  });

  it('runs the symbols on after the caption and breaks a line before one that does not fit', () => {
    const block = ['village', 'town', 'city', 'other'].map((k) => fromTable(`place-${k}`));
    const wide = placePacked(block, measure, 10, 2000, 1, 24);
    expect(wide.lines).toBe(1);
    expect(wide.items.every((it) => it.line === 0 && it.x > 0)).toBe(true);
    const narrow = placePacked(block, measure, 10, 260, 1, 24);
    expect(narrow.lines).toBeGreaterThan(1);
    for (const it of narrow.items) expect(it.x + 24 + measure(it.entry.packed!.short, 10, 400)).toBeLessThanOrEqual(260);
  });

  for (const dpi of [100, 200])
    it(`a4-portrait at ${dpi} dpi: a packed block split across the band's columns goes on under its caption "(cont.)"`, () => {
      // The events dev corpus's page: the second stale held-area figure stood alone atop the second column, away from
      // its caption; keeping that block whole drops rows there, so it is continued.
      const layout = portrait(dpi);
      const facts = { sourcesNamed: 0, symbolsDropped: -1 };
      const ops = pageOps(layout, devCorpusPage(), measure, facts);
      expect(facts.symbolsDropped).toBe(0);
      const placed = captionsAbove(layout, ops, devCorpusLegend());
      expect(placed).toHaveLength(devCorpusLegend().filter((e) => e.packed).length);
      for (const p of placed) expect([p.own, p.cont]).toContain(p.nearest);
      const second = placed.find((p) => p.short.startsWith('Russia in Ukraine'))!;
      expect(second.column).toBe(1);
      expect(second.nearest).toBe(second.cont);
      expect(ops.some((o) => o.op === 'text' && o.text.endsWith('(cont.):'))).toBe(true);
      expect(ops.some((o) => o.op === 'text' && o.text.includes('from the listed articles'))).toBe(true);
    });

  for (const dpi of [100, 200])
    it(`a4-portrait at ${dpi} dpi: a packed block stays whole in the next column when that still prints every row`, () => {
      // The same page without its three place marks and its earlier-claims row: the stale block's caption and first
      // figure ended the first column and its second began the next; the second column has room for the block whole.
      const layout = portrait(dpi);
      const c = devCorpusPage();
      const legend = devCorpusLegend()
        .slice(0, -3)
        .filter((e) => !e.label.startsWith('Earlier area claims'));
      c.legend = { ...c.legend!, entries: legend, brief: legend };
      const facts = { sourcesNamed: 0, symbolsDropped: -1 };
      const ops = pageOps(layout, c, measure, facts);
      expect(facts.symbolsDropped).toBe(0);
      const placed = captionsAbove(layout, ops, legend);
      for (const p of placed) expect(p.nearest).toBe(p.own);
      const stale = placed.filter((p) => /^(Ukraine in Russia|Russia in Ukraine) \(/.test(p.short));
      expect(stale.map((p) => p.column)).toEqual([1, 1]);
      expect(ops.some((o) => o.op === 'text' && o.text.includes('(cont.)'))).toBe(false);
    });
});
