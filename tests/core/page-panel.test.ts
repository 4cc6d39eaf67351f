// The export's side panel (print/page-layout.ts pageOps): a long legend must not push the sources, the
// map's provenance, off the page.
import { describe, expect, it } from 'vitest';
import { pageOps } from '../../src/print/page-layout.ts';
import type { PageContent } from '../../src/print/page-content.ts';
import { compactSourcesLine, moreSourcesLine as moreLine, sourcesPlan } from '../../src/print/source-lines.ts';
import { countriesLine as glued } from '../../src/print/countries-line.ts';
import { emptyVisible, sourcesOf } from '../../src/viewer/export/visible.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import { layoutPage } from '../../src/print/layout.ts';
import { pageSize } from '../../src/print/sizes.ts';

// A fixed-width measure: 0.55 em per character (no canvas in node).
const measure = (t: string, size: number) => t.length * size * 0.55;

function content(legendRows: number, sources: number, fullSourceList: string | null = "the bundle's manifest.json"): PageContent {
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
      published: `2025-01-${String(20 - (i % 20)).padStart(2, '0')}`,
    })),
    fullSourceList,
    countries: [],
    notes: [
      'Areas are circles of the reported figure around the place the text names, clipped to the country: approximate, not front lines. NOTE-END',
    ],
    attribution: 'Basemap: Natural Earth · GeoNames',
    metersPerPx: 100,
    bearing: 0,
    inset: { shapes: [], frame: [0, 0, 1, 1], view: [0, 0, 1, 1] },
  };
}

/** The page's layout at 96 dpi with a sources block. */
function pageLayout(size: Parameters<typeof pageSize>[0]['size'], title = 'T') {
  const page = pageSize({ size, dpi: 96 });
  return layoutPage({ widthPx: page.widthPx, heightPx: page.heightPx, u: page.pixelRatio, title, subtitle: '', sources: true });
}

const texts = (ops: ReturnType<typeof pageOps>) => ops.flatMap((o) => (o.op === 'text' ? [o.text] : []));

describe('export panel', () => {
  for (const size of ['a4-landscape', 'a4-portrait', 'slide'] as const) {
    it(`${size}: keeps the sources and the attribution when the legend is too long for the panel`, () => {
      const layout = pageLayout(size, 'Test page');
      // More sources than even their outlets and dates in small type can name (120 fit that way on a slide once the legend
      // gave way to them, round 21).
      const t = texts(pageOps(layout, content(40, 400), measure));
      expect(t.some((x) => x.startsWith('Sources: the 400 articles'))).toBe(true);
      expect(t.some((x) => x.startsWith('Outlet 0'))).toBe(true);
      expect(t.some((x) => x.includes('Natural Earth'))).toBe(true);
      expect(t.some((x) => /^… and \d+ more symbols/.test(x))).toBe(true);
      // The note is printed whole (its last words too), not cut at the page's edge.
      expect(t.some((x) => x.endsWith('NOTE-END'))).toBe(true);
      expect(t.join(' ')).toMatch(/… and \d+ more \(all listed in the bundle's manifest.json\)/);
    });

    it(`${size}: an image alone ends a long source list with how many more and when, not with a bundle it lacks`, () => {
      const layout = pageLayout(size);
      const t = texts(pageOps(layout, content(40, 400, null), measure)).join(' ');
      expect(t).not.toContain('manifest.json');
      expect(t).toMatch(/… and \d+ more, published \d+ Jan 2025/);
    });
  }

  for (const size of ['a4-portrait', 'a4-landscape', 'slide'] as const)
    it(`${size}: names every source of a usual export below its legend, scale and locator`, () => {
      // Round 20: an A4 portrait page with six legend rows named 2 of its 5 sources, the rest only as "… and 3 more".
      const layout = pageLayout(size, 'Test page');
      const c = content(6, 5, null);
      c.sources = c.sources!.map((r) => ({ ...r, title: `Ukraine's forces control 1,000 square kilometres of Kursk region, ${r.title}` }));
      const t = texts(pageOps(layout, c, measure));
      const all = t.join(' ');
      for (let i = 0; i < 5; i++) expect(all).toContain(`Outlet ${i}`);
      expect(all).not.toMatch(/… and \d+ more/);
      expect(t.some((x) => x.startsWith('Outlet 0 — “Ukraine'))).toBe(true); // the newest in full
      expect(all).toContain('Natural Earth');
      expect(t.some((x) => x.endsWith('NOTE-END'))).toBe(true);
    });

  for (const size of ['a4-portrait', 'a4-landscape', 'slide'] as const)
    it(`${size}: names by outlet and date what room is left before counting the sources it cannot name`, () => {
      // Round 22: a corpus of 44 sources at one view named 5 in full on A4 portrait and counted the other 39 ("… and
      // 39 more, published 7 Aug 2024 – 14 Mar 2025"), leaving room a dozen outlets and dates would have filled. The
      // first fix then kept only the newest two in full (a slide of 400 sources: 31 full titles -> 2); the full titles
      // now take at most half the room, the outlets and dates the rest, and neither collapses.
      const layout = pageLayout(size, 'Test page');
      const c = content(6, size === 'slide' ? 400 : 100, null);
      c.sources = c.sources!.map((r) => ({ ...r, title: `Ukraine's forces control 1,000 square kilometres of Kursk region, ${r.title}` }));
      const facts = { sourcesNamed: 0 };
      const ops = pageOps(layout, c, measure, facts);
      const t = texts(ops);
      const whole = t.filter((x) => /^Outlet \d+ — /.test(x)).map((x) => x.split(' — ')[0]);
      expect(whole.length).toBeGreaterThan(2);
      expect(whole).toEqual(whole.map((_, i) => `Outlet ${i}`)); // the newest in full
      const shortNamed = facts.sourcesNamed - whole.length;
      expect(shortNamed).toBeGreaterThan(2 * whole.length);
      const all = t.join(' ');
      expect(all).toContain(`Outlet ${facts.sourcesNamed - 1}, `);
      expect(all).not.toContain(`Outlet ${facts.sourcesNamed},`);
      expect(all).toContain(`… and ${c.sources!.length - facts.sourcesNamed} more, published 1 Jan 2025 – 20 Jan 2025`);
      // The full titles' lines (body type, indented) take no more room than the outlets, dates and count below them.
      const lines = ops.flatMap((o) => (o.op === 'text' ? [o] : []));
      const first = lines.findIndex((o) => o.text.startsWith('Outlet 0 — '));
      const alsoAt = lines.findIndex((o) => o.text.startsWith('Also: '));
      const moreAt = lines.findIndex((o) => o.text.includes(' more, published '));
      const [top, mid, end] = [lines[first]!.baseline, lines[alsoAt]!.baseline, lines[moreAt]!.baseline];
      expect(mid - top).toBeLessThanOrEqual(end - mid + 2 * layout.fonts.body * 1.3);
      expect(all).toContain('Natural Earth');
      expect(t.some((x) => x.endsWith('NOTE-END'))).toBe(true);
    });

  for (const size of ['a4-portrait', 'a4-landscape', 'slide'] as const)
    it(`${size}: leaves no empty line under the sources for the "and N more" line`, () => {
      // Round 22: the count kept two lines of room and used one: two empty lines under an A4 portrait page's sources.
      const layout = pageLayout(size, 'Test page');
      const c = content(6, 400, null);
      const ops = pageOps(layout, c, measure).flatMap((o) => (o.op === 'text' ? [o] : []));
      const last = layout.columns[layout.columns.length - 1]!;
      const below = last.y + last.h - ops[ops.length - 1]!.baseline;
      expect(ops[ops.length - 1]!.text).toContain('Natural Earth');
      expect(below).toBeLessThan(layout.fonts.small * 1.3 + layout.fonts.small * 0.3);
    });

  // The viewer lists the countries named at the map's edge (not drawn at their centres); a printed page left them out.
  const COUNTRIES = [
    { name: 'Ukraine', articles: 471 },
    { name: 'Russian Federation', articles: 455 },
    { name: 'United States', articles: 120 },
    { name: 'Belarus', articles: 31 },
    { name: 'Poland', articles: 12 },
  ];
  for (const size of ['a4-portrait', 'a4-landscape', 'slide'] as const)
    it(`${size}: prints the countries named on one line with the legend, without costing the sources any room`, () => {
      const layout = pageLayout(size, 'Test page');
      for (const [rows, n] of [
        [6, 5],
        [12, 20],
        [40, 120],
      ] as const) {
        const without = { sourcesNamed: 0 };
        pageOps(layout, content(rows, n, null), measure, without);
        const c = { ...content(rows, n, null), countries: COUNTRIES };
        const facts = { sourcesNamed: 0 };
        const t = texts(pageOps(layout, c, measure, facts));
        expect(facts.sourcesNamed).toBe(without.sourcesNamed);
        // A line or two: the heading that says what the counts are fills a narrow column's first line.
        const line = t.filter((x) => x.startsWith('Countries named, not drawn (articles to date):'));
        if (rows === 6) {
          expect(line).toHaveLength(1);
          const at = t.indexOf(line[0]!);
          expect(`${t[at]} ${t[at + 1]}`).toMatch(/^Countries named, not drawn \(articles to date\):? Ukraine 471 · /);
        } else expect(line.length).toBeLessThanOrEqual(1);
      }
    });

  it('fits as many countries as one line holds, then says how many more', () => {
    const fitsIn = (chars: number) => (t: string) => t.length <= chars;
    // Each country with its count is glued whole (no-break spaces, printed as spaces).
    const countriesLine = (...a: Parameters<typeof glued>) => glued(...a)?.replace(/\u00a0/g, ' ') ?? null;
    expect(countriesLine([], 100, fitsIn(100))).toBe(null);
    expect(countriesLine(COUNTRIES, 500, fitsIn(500))).toBe(
      'Countries named, not drawn (articles to date): Ukraine 471 · Russian Federation 455 · United States 120 · Belarus 31 · Poland 12',
    );
    expect(countriesLine(COUNTRIES, 100, fitsIn(100))).toBe(
      'Countries named, not drawn (articles to date): Ukraine 471 · Russian Federation 455 · +3 more',
    );
    expect(countriesLine(COUNTRIES, 10, fitsIn(10))).toBe('Countries named, not drawn (articles to date): Ukraine 471 · +4 more');
  });

  it('prints no bidi control from a title, which would print the date after it backwards', () => {
    const c = content(2, 2, null);
    c.sources = c.sources!.map((r) => ({ ...r, title: `${r.title} \u202eevil\u2066` }));
    c.title = 'Page \u202etitle';
    const t = texts(pageOps(pageLayout('a4-landscape', 'T'), c, measure));
    expect(t.some((x) => x.includes('Outlet 0 — “Article 0 evil”, 20 Jan 2025'))).toBe(true);
    expect(t.join(' ')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('prints no control character from a manifest, which would print as an empty box', () => {
    // A manifest's outlet with a terminal escape and a title with a tab printed "Out□]0;x□" and "Article□0".
    const c = content(2, 2, null);
    c.sources = c.sources!.map((r) => ({ ...r, outlet: `Out\u001b]0;x\u0007let`, title: r.title.replace(' ', '\t') }));
    c.title = 'Page\u0000 title\u0085';
    const t = texts(pageOps(pageLayout('a4-landscape', 'T'), c, measure));
    expect(t.some((x) => x.includes('Out]0;xlet — “Article 0”, 20 Jan 2025'))).toBe(true);
    expect(t.join(' ')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('begins a list with no source in full by the outlets, not "Also:"', () => {
    // An A4 landscape snapshot of the events dev corpus (526 sources) named one, as "Also: pg46.ru, 1 Mar 2025".
    let pages = 0;
    for (const size of ['a4-landscape', 'slide', 'a4-portrait'] as const)
      for (let rows = 0; rows <= 40; rows += 4) {
        const c = content(rows, 500, null);
        c.sources = c.sources!.map((r) => ({ ...r, title: `${r.title}: ${'a title long enough to wrap '.repeat(12)}` }));
        const t = texts(pageOps(pageLayout(size, 'T'), c, measure));
        if (t.some((x) => x.includes(' — “Article '))) continue; // a source in full: "Also" follows it
        const outlets = t.filter((x) => /^(Also: )?Outlet \d/.test(x));
        if (!outlets.length) continue;
        pages++;
        expect(outlets[0], `${size}, ${rows} legend rows`).toMatch(/^Outlet 0, 20 Jan 2025/);
      }
    expect(pages).toBeGreaterThan(0);
  });

  it('names the sources that do not fit whole by outlet and date', () => {
    const ref = (outlet: string, published: string) => ({ file: `${outlet}.txt`, outlet, title: 'T', published });
    // Each outlet and each date is glued whole (no-break spaces, printed as spaces).
    const plain = (t: string) => t.replace(/\u00a0/g, ' ');
    expect(plain(compactSourcesLine([ref('Meduza', '2024-08-03'), ref('TASS', '')], true))).toBe('Also: Meduza, 3 Aug 2024 · TASS');
    // First in the list (no source in full before it), the line does not begin "Also".
    expect(plain(compactSourcesLine([ref('Meduza', '2024-08-03')], false))).toBe('Meduza, 3 Aug 2024');
    const fonts = { body: 10, small: 9 };
    const refs = [ref('A', '2024-08-03'), ref('B', '2024-08-04'), ref('C', '2024-08-05')];
    // By outlet and date: neither a source in full nor the count (it begins "Also" only after sources in full).
    const compact = (text: string) => !text.includes(' — “') && !text.startsWith('…');
    const lines = (text: string, size: number) => (compact(text) ? 1 : 2) * size * 1.3;
    expect(sourcesPlan(refs, 1000, lines, fonts)).toEqual({ whole: 3, compact: 0 });
    expect(sourcesPlan(refs, 26 * 2 + 12, lines, fonts)).toEqual({ whole: 2, compact: 1 });
    expect(sourcesPlan(refs, 12, lines, fonts)).toEqual({ whole: 0, compact: 3 });
    expect(sourcesPlan(refs, 5, lines, fonts)).toEqual({ whole: 0, compact: 0 });
    // Forty sources, one line each in full (13 px), four to a line by outlet and date (11.7 px), the count one line:
    // full titles up to half the room (three), then four lines of outlets and dates with the count below.
    const forty = Array.from({ length: 40 }, (_, i) => ref(`O${i}`, '2024-08-03'));
    const four = (text: string, size: number) => (compact(text) ? Math.ceil(text.split(' · ').length / 4) : 1) * size * 1.3;
    expect(sourcesPlan(forty, 100, four, fonts)).toEqual({ whole: 3, compact: 16 });
    // One outlet and date to a line: they would name no more than full titles alone (five), so full titles it is.
    const one = (text: string, size: number) => (compact(text) ? text.split(' · ').length : 1) * size * 1.3;
    expect(sourcesPlan(forty.slice(0, 10), 80, one, fonts)).toEqual({ whole: 5, compact: 0 });
  });

  it('names the date range of the sources left out', () => {
    const ref = (published: string) => ({ file: `${published}.txt`, outlet: 'O', title: 'T', published });
    // Each date is glued whole (no-break spaces, printed as spaces).
    const moreSourcesLine = (...a: Parameters<typeof moreLine>) => moreLine(...a).replace(/\u00a0/g, ' ');
    expect(moreSourcesLine([ref('2024-09-20'), ref('2024-08-03')], null)).toBe('… and 2 more, published 3 Aug 2024 – 20 Sep 2024');
    expect(moreSourcesLine([ref('2024-08-03')], null)).toBe('… and 1 more, published 3 Aug 2024');
    expect(moreSourcesLine([ref('2024-08-03')], "the bundle's manifest.json")).toBe(
      "… and 1 more (all listed in the bundle's manifest.json)",
    );
  });

  it('lists the sources newest first', () => {
    const articles = ['2024-08-10', '2024-12-16', '2024-10-24'].map((published, i) => ({
      file: `a${i}.txt`,
      outlet: 'O',
      title: `T${i}`,
      published,
    }));
    const claim = (id: string, article: string, published: string) => ({
      properties: { id, type: 'count', sources: [{ article, published }] },
    });
    const s = {
      dataset: {
        report: { articles },
        claims: { features: articles.map((a) => claim(a.file, a.file, a.published)) },
        places: { features: [] },
        events: { features: [] },
      },
    } as unknown as AppState;
    const v = emptyVisible();
    for (const a of articles) v.claimIds.add(a.file);
    expect(sourcesOf(s, v, '2024-12-31').map((r) => r.published)).toEqual(['2024-12-16', '2024-10-24', '2024-08-10']);
  });

  it('a4-portrait: a long legend keeps every row, the sources summarised, none of them under a legend row', () => {
    // The events dev corpus at Sudzha, 20 Mar 2025: a legend spilling into the band's second column left the page
    // naming 2 of its 49 sources, the rest as "… and 47 more"; its last rows then went first. Round 27: a symbol the
    // map draws keeps its row, and the source list is what is summarised (its heading, what fits, how many more).
    const layout = pageLayout('a4-portrait', 'Test page');
    for (const n of [30, 60]) {
      const facts = { sourcesNamed: 0, symbolsDropped: -1 };
      const ops = pageOps(layout, content(14, n, null), measure, facts);
      const t = texts(ops);
      expect(facts.symbolsDropped).toBe(0);
      expect(t.filter((x) => x.startsWith('Symbol '))).toHaveLength(14);
      expect(t.join(' ')).toMatch(/… and \d+ more, published/);
      const heading = ops.find((o) => o.op === 'text' && o.text.startsWith('Sources:'));
      const lowest = Math.max(...ops.flatMap((o) => (o.op === 'swatch' && o.cx > layout.columns[1]!.x ? [o.cy] : [0])));
      expect(heading && heading.op === 'text' && heading.baseline > lowest).toBe(true);
    }
  });

  for (const size of ['a4-landscape', 'slide'] as const)
    it(`${size}: a corpus of hundreds of sources still leaves the legend half the panel`, () => {
      // The events dev corpus at 1 Jun 2025 (492 sources): the room that names every source by outlet and date was
      // taller than the one-column panel, and the page printed no legend row ("… and 24 more symbols").
      const layout = pageLayout(size, 'Test page');
      const facts = { sourcesNamed: 0 };
      const t = texts(pageOps(layout, content(24, 492, null), measure, facts));
      expect(t.filter((x) => x.startsWith('Symbol ')).length).toBeGreaterThanOrEqual(4);
      // Round 27: a legend that cannot hold every row takes the sources' room when that prints more rows; the list
      // is then its heading and the count of the rest (before, 10 or more named and more rows dropped).
      expect(t.some((x) => x.startsWith('Sources: the 492 articles'))).toBe(true);
      expect(t.some((x) => /^… and \d+ more, published/.test(x))).toBe(true);
      expect(t).toContain('Basemap: Natural Earth · GeoNames');
    });

  // A4 portrait's band (a third of the page) holds about 25 one-line rows: since round 28 its last fits pack the rows
  // that share a caption and count the sources, and this page prints every symbol there too (legend-packing.test.ts).
  for (const size of ['a4-landscape', 'slide', 'a4-portrait'] as const)
    it(`${size}: prints every symbol kind the map draws, summarising the holders' claimants and the sources first`, () => {
      // The events dev corpus at 1 Mar 2025, A4 at 200 dpi: the page kept the three holder rows, each naming four
      // claimants over three lines, and dropped the dashed-ring, district-ring and footprint rows its map drew
      // ("… and 22 more symbols") to keep the sources' room.
      const layout = pageLayout(size, 'Test page');
      const c = content(0, 498, null);
      const dot = { kind: 'dot' as const, fill: '#000000', stroke: '#ffffff' };
      const holder = (side: string, more: number, brief: boolean) => ({
        swatch: dot,
        label: brief
          ? `Held by ${side} — reported by Ministry of Defence and ${more + 3} more (settlements in this frame, as reported)`
          : `Held by ${side} — reported by Ministry of Defence, General Staff, Institute for the Study of War, DeepState and ${more} more (settlements in this frame, as reported)`,
      });
      const footprint = (where: string) => ({
        swatch: dot,
        label: `Footprint of the settlements reported held by Russia in ${where} (hull, 2.5 km buffer, clipped to the country): derived from named settlements, not an assessed front line`,
      });
      const kinds = ['Dashed ring: no report of the last 30 days', 'District ring: placed at the district centre'];
      for (let i = 0; kinds.length < 18; i++) kinds.push(`Symbol ${i}: a kind of mark`);
      const rows = kinds.map((label) => ({ swatch: dot, label }));
      const holders = (brief: boolean) => [holder('Ukraine', 42, brief), holder('Russia', 30, brief), holder('both (contested)', 5, brief)];
      const regions = ['Donetsk Oblast, Ukraine', 'Luhansk Oblast, Ukraine', 'Kursk Oblast, Russia', 'Zaporizhzhia Oblast, Ukraine'];
      c.legend!.entries = [...holders(false), ...rows.slice(0, 2), ...regions.map(footprint), ...rows.slice(2)];
      c.legend!.brief = [...holders(true), ...rows.slice(0, 2), footprint('Ukraine and Russia'), ...rows.slice(2)];
      const facts = { sourcesNamed: 0, symbolsDropped: -1 };
      const t = texts(pageOps(layout, c, measure, facts));
      expect(t.some((x) => /more symbols/.test(x))).toBe(false);
      expect(facts.symbolsDropped).toBe(0);
      for (const k of kinds) expect(t.join(' ')).toContain(k.split(':')[0]);
      // The sources are still there, summarised: the heading, then what fits, then how many more.
      expect(t.some((x) => x.startsWith('Sources: the 498 articles'))).toBe(true);
      expect(t.join(' ')).toMatch(/… and \d+ more, published/);
      expect(t).toContain('Basemap: Natural Earth · GeoNames');
    });

  it("keeps the holders' claimants in full when every row fits", () => {
    const layout = pageLayout('a4-landscape');
    const c = content(3, 3);
    c.legend!.entries[0] = { ...c.legend!.entries[0]!, label: 'Held by Ukraine — reported by A, B, C, D and 2 more' };
    c.legend!.brief = [{ ...c.legend!.entries[0], label: 'Held by Ukraine — reported by A and 5 more' }, ...c.legend!.entries.slice(1)];
    const t = texts(pageOps(layout, c, measure)).join(' ');
    expect(t).toContain('reported by A, B, C, D and 2 more');
  });

  it('lists every legend row when they fit', () => {
    const layout = pageLayout('a4-landscape');
    const t = texts(pageOps(layout, content(4, 3), measure));
    expect(t.filter((x) => x.startsWith('Symbol '))).toHaveLength(4);
    expect(t.some((x) => /more symbols/.test(x))).toBe(false);
  });
});
