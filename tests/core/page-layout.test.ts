// The printed page's layout (print/page-layout.ts) on its own, with a fake fixed-width Measure: no canvas, no DOM.
import { describe, expect, it } from 'vitest';
import { pageOps } from '../../src/print/page-layout.ts';
import type { PageContent } from '../../src/print/page-content.ts';
import type { PageOp } from '../../src/print/page-ops.ts';
import type { Rect } from '../../src/print/layout.ts';
import { layoutPage } from '../../src/print/layout.ts';
import { pageSize, type SizeId } from '../../src/print/sizes.ts';
import { keepWhole, wrap } from '../../src/print/text-wrap.ts';
import { formatDate } from '../../src/print/format-date.ts';

// 0.55 em per character, bold a little wider: deterministic, as the canvas is for one font.
const measure = (t: string, size: number, weight: 400 | 700) => t.length * size * (weight === 700 ? 0.6 : 0.55);

const SIZES: SizeId[] = ['a4-landscape', 'a4-portrait', 'slide', 'a3-portrait'];

function layoutOf(size: SizeId, dpi = 96) {
  const page = pageSize({ size, dpi });
  return layoutPage({ widthPx: page.widthPx, heightPx: page.heightPx, u: page.pixelRatio, title: 'Title', subtitle: 'Sub', sources: true });
}

/** A page of this size and dpi with these headings, measured by `measure`. */
function titledLayout(size: SizeId, dpi: number, title: string, subtitle: string) {
  const page = pageSize({ size, dpi });
  const layout = layoutPage({
    widthPx: page.widthPx,
    heightPx: page.heightPx,
    u: page.pixelRatio,
    title,
    subtitle,
    sources: true,
    measure,
  });
  return { page, layout };
}

function content(rows: number, sources: number, fullSourceList: string | null = null): PageContent {
  return {
    title: 'Title',
    subtitle: 'Sub',
    dateStamp: 'Situation as reported up to 1 Mar 2025',
    legend: {
      heading: 'Symbols shown',
      entries: Array.from({ length: rows }, (_, i) => ({
        swatch: { kind: 'dot' as const, fill: '#000000', stroke: '#ffffff' },
        label: `Row ${i}: a kind of mark on the map`,
      })),
    },
    countries: [
      { name: 'Ukraine', articles: 471 },
      { name: 'Russia', articles: 455 },
    ],
    sources: Array.from({ length: sources }, (_, i) => ({
      file: `a${i}.txt`,
      outlet: `Outlet ${i}`,
      title: `Headline number ${i} of the corpus`,
      published: `2025-02-${String(28 - (i % 28)).padStart(2, '0')}`,
    })),
    fullSourceList,
    notes: ['Areas are circles of the reported figure around the place the text names.'],
    attribution: 'Basemap: Natural Earth · GeoNames',
    metersPerPx: 120,
    bearing: 0,
    inset: { shapes: [], frame: [30, 45, 40, 52], view: [21, 43, 46, 57] },
  };
}

/** The box an operation covers on the page (text: from its baseline up by its size, as wide as measured). */
function boxOf(o: PageOp): Rect | null {
  switch (o.op) {
    case 'text':
      return { x: o.x, y: o.baseline - o.size, w: measure(o.text, o.size, o.weight), h: o.size * 1.2 };
    case 'swatch':
      return { x: o.cx - 10 * o.u, y: o.cy - 10 * o.u, w: 20 * o.u, h: 20 * o.u };
    case 'scale':
      return { x: o.x, y: o.y, w: o.px, h: o.h };
    case 'north':
      return { x: o.cx - 12 * o.u, y: o.cy - 12 * o.u, w: 24 * o.u, h: 24 * o.u };
    case 'inset':
      return o.rect;
    default:
      return null; // the map image and its frame
  }
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const texts = (ops: PageOp[]) => ops.flatMap((o) => (o.op === 'text' ? [o.text] : []));

describe('page layout', () => {
  for (const size of SIZES)
    it(`${size}: the same content gives identical operations`, () => {
      const layout = layoutOf(size);
      for (const [rows, n] of [
        [3, 4],
        [20, 120],
        [40, 498],
      ] as const) {
        const a = pageOps(layout, content(rows, n), measure);
        const b = pageOps(layoutOf(size), content(rows, n), measure);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }
    });

  for (const size of SIZES)
    it(`${size}: draws nothing over the map but the map and its frame`, () => {
      const layout = layoutOf(size, 200);
      for (const [rows, n] of [
        [0, 0],
        [5, 10],
        [30, 300],
      ] as const) {
        const ops = pageOps(layout, content(rows, n), measure);
        expect(ops.filter((o) => o.op === 'image')).toHaveLength(1);
        for (const o of ops) {
          const box = boxOf(o);
          if (box) expect(overlaps(box, layout.map), JSON.stringify(o)).toBe(false);
        }
      }
    });

  for (const size of SIZES)
    it(`${size}: a source list that does not fit ends with "… and N more"`, () => {
      const layout = layoutOf(size);
      const facts = { sourcesNamed: 0, symbolsDropped: 0 };
      const t = texts(pageOps(layout, content(6, 400), measure, facts));
      expect(facts.sourcesNamed).toBeGreaterThan(0);
      expect(facts.sourcesNamed).toBeLessThan(400);
      // The last line of the list counts exactly the sources it did not name.
      const more = t.filter((x) => /^… and \d+ more/.test(x));
      expect(more).toHaveLength(1);
      expect(more[0]).toMatch(new RegExp(`^… and ${400 - facts.sourcesNamed} more, published`));
      const listed = t.findIndex((x) => x.startsWith('Sources: the 400 articles'));
      expect(t.indexOf(more[0]!)).toBeGreaterThan(listed);
    });

  it('names every source, with no "… and N more", when they fit', () => {
    const facts = { sourcesNamed: 0, symbolsDropped: 0 };
    const t = texts(pageOps(layoutOf('a4-landscape'), content(4, 3), measure, facts));
    expect(facts.sourcesNamed).toBe(3);
    expect(t.some((x) => /^… and \d+ more/.test(x))).toBe(false);
  });
});

describe('a long title', () => {
  // Round 33: the page printed its title and subtitle on one line each, though the dialog and the CLI take 200 and 300
  // characters: a briefer's long title ran off the right edge of an A4 portrait page (about 60 of its characters fit).
  const title = `Settlement control in Kharkiv, Donetsk and Luhansk oblasts as reported by Ukrainian and Russian sources`.repeat(2);
  const subtitle = 'Reported, not assessed: each mark is one article’s claim, dated by its publication and the period it describes.'.repeat(
    2,
  );
  for (const size of SIZES)
    for (const dpi of [96, 300])
      it(`${size} at ${dpi} dpi: wraps the title and subtitle inside the page, above the map`, () => {
        const { page, layout } = titledLayout(size, dpi, title, subtitle);
        const ops = pageOps(layout, { ...content(5, 5), title, subtitle }, measure);
        const heads = ops.filter((o): o is Extract<PageOp, { op: 'text' }> => o.op === 'text' && o.baseline < layout.map.y);
        expect(heads.map((o) => o.text).join(' ')).toBe(`${title} ${subtitle}`);
        for (const o of heads) {
          expect(o.x + measure(o.text, o.size, o.weight), o.text).toBeLessThanOrEqual(page.widthPx - layout.margin);
          expect(o.baseline + o.size * 0.3).toBeLessThan(layout.map.y);
        }
      });
});

describe('a wrapped title and a dash', () => {
  // Round 33: a wrapped print title started its second line with an en dash ("– March 2026"). Titles of every length
  // up to three lines: the dash stays with the word before it, wherever the line breaks.
  for (const size of SIZES)
    it(`${size}: no title or subtitle line starts with a dash`, () => {
      for (let k = 1; k <= 40; k++) {
        const title = `${'Kharkiv oblast '.repeat(k)}– March 2026`;
        const subtitle = `${'Reported '.repeat(k)}— as of 1 March`;
        const { layout } = titledLayout(size, 96, title, subtitle);
        const lines = [...layout.header!.title, ...layout.header!.subtitle];
        expect(lines.join(' ')).toBe(`${title} ${subtitle}`);
        for (const l of lines) expect(l, `${k}: ${l}`).not.toMatch(/^[–—-]/);
      }
    });
});

describe('names whole on a line', () => {
  // Round 34: the print wrap broke at any space, and a page's countries line read "Russian / Federation 5". A country
  // with its count, a source's outlet and its date stay whole on a line when they fit one; the page and the CLI share this
  // layout. Every paper size and orientation, at three resolutions, with the lists rotated so that the breaks fall
  // in different places.
  const COUNTRIES = [
    'Russian Federation',
    'United Kingdom',
    'United States',
    'Czech Republic',
    'South Africa',
    'New Zealand',
    'Saudi Arabia',
    'North Korea',
  ];
  const OUTLETS = ['Kyiv Independent', 'Ukrainska Pravda', 'Radio Svoboda', 'The New York Times', 'Novaya Gazeta Europe', 'Deutsche Welle'];
  const split = (a: string, b: string, name: string) =>
    [...name.matchAll(/ /g)].some((m) => a.endsWith(name.slice(0, m.index)) && b.startsWith(name.slice(m.index + 1)));
  for (const size of ['a4-portrait', 'a4-landscape', 'a3-portrait', 'a3-landscape', 'slide'] as SizeId[])
    it(`${size}: no country with its count, outlet or date is split across lines`, () => {
      let countriesPrinted = 0;
      for (const dpi of [96, 150, 200])
        for (let k = 0; k < COUNTRIES.length; k++) {
          const names = [...COUNTRIES.slice(k), ...COUNTRIES.slice(0, k)];
          const countries = names.map((name, i) => ({ name, articles: 40 - 3 * i + k }));
          const base = content(3, 30);
          const c: PageContent = {
            ...base,
            countries,
            sources: base.sources!.map((s, i) => ({ ...s, outlet: OUTLETS[(i + k) % OUTLETS.length]! })),
          };
          const lines = texts(pageOps(layoutOf(size, dpi), c, measure));
          if (lines.some((l) => l.startsWith('Countries named'))) countriesPrinted++;
          const whole = [...countries.map((x) => `${x.name} ${x.articles}`), ...OUTLETS, ...c.sources!.map((x) => formatDate(x.published))];
          for (let i = 1; i < lines.length; i++)
            for (const name of whole)
              expect(split(lines[i - 1]!, lines[i]!, name), `${dpi} dpi, ${k}: "${lines[i - 1]}" / "${lines[i]}"`).toBe(false);
        }
      expect(countriesPrinted).toBeGreaterThan(0);
    });

  it('a name longer than the line still breaks, at its own spaces first', () => {
    const lines = wrap(measure, `Countries: ${keepWhole('Democratic Republic of the Congo 3')}`, 10, 400, 10 * 0.55 * 14);
    expect(lines.join(' ')).toBe('Countries: Democratic Republic of the Congo 3');
    expect(lines.every((l) => !l.includes('\u00a0'))).toBe(true);
    expect(lines).toContain('Democratic');
  });
});

describe('the print module', () => {
  it('lays out without the DOM or the viewer: no canvas, no document, no import from src/viewer', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../src/print/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const code = readFileSync(new URL(f, dir), 'utf8');
      expect(code, f).not.toMatch(/CanvasRenderingContext2D|\bdocument\.|from '\.\.\/viewer/);
    }
  });
});
