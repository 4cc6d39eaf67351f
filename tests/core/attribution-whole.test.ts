// The attribution carries the data licences: on every page it is printed whole, inside the panel. Round 28: on 41 of
// 480 random pages (slides at 200 dpi above all) its last line fell off, because the legend's room for the sources
// counted their heading, the sources' count line and the "… and N more symbols" line as one line each while they
// wrapped to two.
import { describe, expect, it } from 'vitest';
import { pageOps } from '../../src/print/page-layout.ts';
import type { LegendEntry, PageContent } from '../../src/print/page-content.ts';
import { layoutPage } from '../../src/print/layout.ts';
import { pageSize } from '../../src/print/sizes.ts';
import { wrap, type Measure } from '../../src/print/text-wrap.ts';
import { seededUnit } from './seeded.ts';

// A fixed-width measure, bold a little wider (no canvas in node).
const measure: Measure = (t, size, weight) => t.length * size * (weight === 700 ? 0.6 : 0.55);

const ATTRIBUTION =
  'Basemap: Natural Earth · GeoNames · © OpenStreetMap contributors · Places and claims: briefmap from the listed articles';

const CAPTIONS = [
  'Footprints of settlements reported held (derived, not a front line):',
  'No held-area figure in the 60 days before this date (the latest, faded):',
  'Area figures, each a mark at its place, not ground:',
];

function randomContent(rnd: () => number): PageContent {
  const dot = { kind: 'dot' as const, fill: '#000000', stroke: '#ffffff' };
  const entries: LegendEntry[] = [];
  const n = 3 + Math.floor(rnd() * 26);
  let group = -1;
  for (let i = 0; i < n; i++) {
    if (rnd() < 0.4) {
      group = rnd() < 0.5 && group >= 0 ? group : Math.floor(rnd() * CAPTIONS.length);
      const short = `Item ${'x'.repeat(Math.floor(rnd() * 25))}${i}`;
      entries.push({
        swatch: dot,
        label: `${short}: a long label ${'word '.repeat(Math.floor(rnd() * 12))}`,
        packed: { caption: CAPTIONS[group]!, short },
      });
    } else {
      group = -1;
      entries.push({ swatch: dot, label: `Symbol ${i}: ${'word '.repeat(Math.floor(rnd() * 30))}` });
    }
  }
  const sources = Math.floor(rnd() * 600);
  return {
    title: 'Random page',
    subtitle: '',
    dateStamp: 'Situation as reported up to 1 Mar 2025',
    legend: { heading: 'Claims shown: as reported up to 1 Mar 2025', entries, brief: entries },
    countries:
      rnd() < 0.3
        ? [
            { name: 'Belarus', articles: 3 },
            { name: 'Moldova', articles: 12 },
          ]
        : [],
    sources: Array.from({ length: sources }, (_, i) => ({
      file: `a${i}.txt`,
      outlet: `Outlet ${i % 40}`,
      title: `Headline ${i} ${'w '.repeat(i % 9)}`,
      published: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    })),
    fullSourceList: rnd() < 0.5 ? 'the following pages' : null,
    notes: [
      'Areas are circles of the reported figure around the place the text names, clipped to the country: approximate, not front lines.',
    ],
    attribution: ATTRIBUTION,
    metersPerPx: 250,
    bearing: 0,
    inset: rnd() < 0.5 ? { shapes: [], frame: [30, 45, 40, 52], view: [21, 43, 46, 57] } : null,
  };
}

describe('export panel: the attribution', () => {
  it('is printed whole and inside the panel on each of 200 random pages', () => {
    const rnd = seededUnit(12345);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
    const cut: string[] = [];
    for (let k = 0; k < 200; k++) {
      const size = pick(['a4-portrait', 'a4-landscape', 'slide', 'a3-portrait'] as const);
      const dpi = pick([100, 200]);
      const c = randomContent(rnd);
      const page = pageSize({ size, dpi });
      const layout = layoutPage({
        widthPx: page.widthPx,
        heightPx: page.heightPx,
        u: page.pixelRatio,
        title: c.title,
        subtitle: '',
        sources: true,
      });
      const last = layout.columns[layout.columns.length - 1]!;
      const want = wrap(measure, ATTRIBUTION, layout.fonts.small, 400, last.w);
      const texts = pageOps(layout, c, measure).flatMap((o) => (o.op === 'text' ? [o] : []));
      const got = texts.slice(-want.length);
      const whole = got.length === want.length && got.every((o, i) => o.text === want[i]);
      const inside = got.every((o) => o.x >= last.x && o.baseline <= last.y + last.h && o.baseline <= page.heightPx);
      if (!whole || !inside) cut.push(`page ${k} (${size}, ${dpi} dpi, ${c.sources?.length} sources, ${c.legend!.entries.length} rows)`);
    }
    expect(cut).toEqual([]);
  });
});
