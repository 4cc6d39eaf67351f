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
});
