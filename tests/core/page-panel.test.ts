// The export's side panel (viewer/export/compose.ts pageOps): a long legend must not push the sources, the
// map's provenance, off the page.
import { describe, expect, it } from 'vitest';
import { pageOps, type PageContent } from '../../src/viewer/export/compose.ts';
import { layoutPage } from '../../src/print/layout.ts';
import { pageSize } from '../../src/print/sizes.ts';

// A fixed-width measure: 0.55 em per character (no canvas in node).
const measure = (t: string, size: number) => t.length * size * 0.55;

function content(legendRows: number, sources: number): PageContent {
  return {
    title: 'Test page',
    subtitle: '',
    dateStamp: 'Situation as reported up to 20 Jan 2025',
    legend: {
      heading: 'Claims shown',
      entries: Array.from({ length: legendRows }, (_, i) => ({
        swatch: { kind: 'dot' as const, fill: '#000000', stroke: '#ffffff' },
        label: `Symbol ${i}: a row of the legend long enough to wrap onto a second line in the panel`,
      })),
    },
    sources: Array.from({ length: sources }, (_, i) => ({
      file: `a${i}.txt`,
      outlet: `Outlet ${i}`,
      title: `Article ${i}`,
      published: '2025-01-01',
    })),
    notes: [
      'Areas are circles of the reported figure around the place the text names, clipped to the country: approximate, not front lines. NOTE-END',
    ],
    attribution: 'Basemap: Natural Earth · GeoNames',
    metersPerPx: 100,
    bearing: 0,
    inset: { shapes: [], frame: [0, 0, 1, 1], view: [0, 0, 1, 1] },
  };
}

const texts = (ops: ReturnType<typeof pageOps>) => ops.flatMap((o) => (o.op === 'text' ? [o.text] : []));

describe('export panel', () => {
  for (const size of ['a4-landscape', 'a4-portrait', 'slide'] as const) {
    it(`${size}: keeps the sources and the attribution when the legend is too long for the panel`, () => {
      const page = pageSize({ size, dpi: 96 });
      const layout = layoutPage({
        widthPx: page.widthPx,
        heightPx: page.heightPx,
        u: page.pixelRatio,
        title: 'Test page',
        subtitle: '',
        sources: true,
      });
      const t = texts(pageOps(layout, content(40, 20), measure));
      expect(t.some((x) => x.startsWith('Sources: the 20 articles'))).toBe(true);
      expect(t.some((x) => x.startsWith('Outlet 0'))).toBe(true);
      expect(t.some((x) => x.includes('Natural Earth'))).toBe(true);
      expect(t.some((x) => /^… and \d+ more symbols/.test(x))).toBe(true);
      // The note is printed whole (its last words too), not cut at the page's edge.
      expect(t.some((x) => x.endsWith('NOTE-END'))).toBe(true);
      expect(t.some((x) => /^… and \d+ more \(all listed/.test(x))).toBe(true);
    });
  }

  it('lists every legend row when they fit', () => {
    const page = pageSize({ size: 'a4-landscape', dpi: 96 });
    const layout = layoutPage({
      widthPx: page.widthPx,
      heightPx: page.heightPx,
      u: page.pixelRatio,
      title: 'T',
      subtitle: '',
      sources: true,
    });
    const t = texts(pageOps(layout, content(4, 3), measure));
    expect(t.filter((x) => x.startsWith('Symbol '))).toHaveLength(4);
    expect(t.some((x) => /more symbols/.test(x))).toBe(false);
  });
});
