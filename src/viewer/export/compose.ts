// Composes the printable page: the rendered map in its frame, and beside it (never over it) everything a reader
// needs without the app — date, legend, scale bar, north arrow, locator inset, sources, notes and attribution.
// The page is a list of operations (print/page-ops.ts): painted on a canvas for PNG/JPEG, and for PDF painted
// without its text, which the PDF writer adds as real text.
import type { PageLayout, Rect } from '../../print/layout.ts';
import type { PageOp } from '../../print/page-ops.ts';
import type { LegendEntry, SourceRef } from './visible.ts';
import { niceScale } from '../../print/sizes.ts';
import { formatDate } from '../ui/format.ts';
import { drawSwatch } from '../ui/swatch.ts';
import { printable, wrap, type Measure } from '../../print/text-wrap.ts';
import { SOURCE_PAGES } from '../../print/source-pages.ts';

export interface PageContent {
  title: string;
  subtitle: string;
  dateStamp: string | null;
  /** `brief`: the same symbols with their long lists summarised (a holder's claimants counted, its footprints on one
   * row), for a page short of room. */
  legend: { heading: string; entries: LegendEntry[]; brief?: LegendEntry[] } | null;
  /** The countries the articles known at the date name, most-mentioned first: not drawn (a country's centre is not
   * where anything happened), so a page that left them out lost what the viewer lists at the map's edge. Printed
   * with the legend on one line, only where it leaves the sources their room. */
  countries: { name: string; mentions: number }[];
  /** Newest first (what a reader looks at first): a list that does not fit ends with how many more and when. */
  sources: SourceRef[] | null;
  /** Where the whole list is when the page cannot hold it ("the bundle's manifest.json"), or null: an image alone. */
  fullSourceList: string | null;
  notes: string[];
  attribution: string;
  /** Ground metres per page pixel at the map centre, or null to omit the scale bar. */
  metersPerPx: number | null;
  /** Map bearing in degrees, or null to omit the north arrow. */
  bearing: number | null;
  /** The locator inset: country outlines ([lon, lat] rings), the frame's bounds and the inset's view. */
  inset: { shapes: number[][][][]; frame: [number, number, number, number]; view: [number, number, number, number] } | null;
}

export const PAGE_FONT = '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif';
const INK = '#111827';
const MUTED = '#4b5563';

/** Remembers each width: the panel is laid out more than once (with and without the countries line),
 * and word wrap measures the same line again as it grows. */
export function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  const known = new Map<string, number>();
  return (text, size, weight) => {
    const font = `${weight} ${size.toFixed(2)}px ${PAGE_FONT}`;
    const key = `${font}\u0000${text}`;
    let w = known.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      known.set(key, w);
    }
    return w;
  };
}

function sourceLine(s: SourceRef): string {
  return `${s.outlet} — “${s.title}”${s.published ? `, ${formatDate(s.published)}` : ''}`;
}

/** The line ending a list cut short: how many more, and where they are listed or, for an image alone, when they were
 * published ("… and 12 more, published 3 Aug – 20 Sep 2024"). */
export function moreSourcesLine(rest: readonly SourceRef[], fullList: string | null): string {
  const head = `… and ${rest.length} more`;
  if (fullList === SOURCE_PAGES) return `${head} (listed on the following pages)`;
  if (fullList) return `${head} (all listed in ${fullList})`;
  const days = rest
    .map((r) => r.published)
    .filter(Boolean)
    .sort();
  if (days.length === 0) return head;
  const [first, last] = [days[0]!, days[days.length - 1]!];
  return `${head}, published ${first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`}`;
}

/** Sources that do not fit whole, named by outlet and date on run-on lines ("Also: Meduza, 3 Aug 2024 · …"). */
export function compactSourcesLine(rest: readonly SourceRef[]): string {
  return `Also: ${rest.map((r) => (r.published ? `${r.outlet}, ${formatDate(r.published)}` : r.outlet)).join(' · ')}`;
}

/** "Countries named, not drawn: Ukraine 471× · Russia 455× · +3 more": as many as fit on one line of `maxW` px (at
 * least the first), most-mentioned first, as the viewer's box at the map's edge reads. */
export function countriesLine(
  countries: readonly { name: string; mentions: number }[],
  maxW: number,
  fits: (text: string) => boolean,
): string | null {
  const n = countries.length;
  if (n === 0) return null;
  const line = (k: number) =>
    `Countries named, not drawn: ${countries
      .slice(0, k)
      .map((c) => `${c.name} ${c.mentions.toLocaleString('en-GB')}×`)
      .join(' · ')}${k < n ? ` · +${n - k} more` : ''}`;
  for (let k = n; k > 1; k--) if (fits(line(k))) return line(k);
  return maxW > 0 ? line(1) : null;
}

/** Sources kept in full when not every source can be named and they fit: the newest, as the room kept for the
 * sources promises. */
const WHOLE_BEFORE_COUNT = 2;

/**
 * How to print a source list in `room` px: the first `whole` sources in full, then the next `compact` by outlet and
 * date in small type, then, for any left, the "and N more" line (`more`, measured as printed: it reserved two lines
 * and used one, leaving two empty lines under an A4 portrait page's sources). Prefers the most sources in full with
 * every source named. When no split names them all, the full titles take at most half the room (the newest two at
 * least, when they fit) and the rest names as many as fit by outlet and date above the count, so that neither part
 * collapses (a slide of 400 sources had printed 31 full titles and counted the rest; then, with the newest two only,
 * 2 titles). When the outlet-and-date entries would name no more sources in all than full titles alone, full titles
 * alone it is.
 */
export function sourcesPlan(
  sources: readonly SourceRef[],
  room: number,
  height: (text: string, size: number) => number,
  fonts: { body: number; small: number },
  more: (rest: readonly SourceRef[]) => string = (rest) => moreSourcesLine(rest, null),
): { whole: number; compact: number } {
  const n = sources.length;
  const full = sources.map((s) => height(sourceLine(s), fonts.body));
  // Prefix sums: upTo(k) is the height of the first k sources in full.
  const prefix = [0];
  for (const h of full) prefix.push(prefix[prefix.length - 1]! + h);
  const upTo = (k: number) => prefix[k]!;
  // The largest k whose full titles alone fit: no larger k can fit with the rest after it. Starting there, not at n,
  // wraps the rest's line only for the few k that can fit (from every k it wrapped a line of up to n sources n times:
  // 14 of the 72 s of an A4 PNG export on the 753-article events dev corpus, 498 sources).
  let top = n;
  while (top > 0 && upTo(top) > room) top--;
  for (let k = top; k >= 0; k--) {
    const rest = k < n ? height(compactSourcesLine(sources.slice(k)), fonts.small) : 0;
    if (upTo(k) + rest <= room) return { whole: k, compact: n - k };
  }
  // Here not every source can be named: k in full, m by outlet and date, then the count of the rest.
  const need = (k: number, m: number) =>
    upTo(k) +
    (m > 0 ? height(compactSourcesLine(sources.slice(k, k + m)), fonts.small) : 0) +
    height(more(sources.slice(k + m)), fonts.small);
  let fullOnly = 0;
  while (fullOnly < n - 1 && need(fullOnly + 1, 0) <= room) fullOnly++;
  let k = 0;
  while (k < fullOnly && (k < WHOLE_BEFORE_COUNT || upTo(k + 1) <= room / 2)) k++;
  // The most of the rest, by outlet and date, whose line fits with the count after it (both change with how many).
  let [lo, hi] = [0, n - k - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (need(k, mid) <= room) lo = mid;
    else hi = mid - 1;
  }
  return k + lo > fullOnly ? { whole: k, compact: lo } : { whole: fullOnly, compact: 0 };
}

/** Content flows down the panel's columns; a block that does not fit moves to the next column. */
class Flow {
  private col = 0;
  y: number;
  constructor(private cols: Rect[]) {
    this.y = cols[0]!.y;
  }
  get rect(): Rect {
    return this.cols[this.col]!;
  }
  /** Room for h more pixels here, else in the next column; false when the panel is full. */
  fit(h: number): boolean {
    if (this.y + h <= this.rect.y + this.rect.h) return true;
    if (this.col + 1 >= this.cols.length) return false;
    this.col++;
    this.y = this.rect.y;
    return this.y + h <= this.rect.y + this.rect.h;
  }
  /** Moves to the next column if there is one and we are not at its top (for the second half of a band). */
  nextColumn(): void {
    if (this.col + 1 < this.cols.length) {
      this.col++;
      this.y = this.rect.y;
    }
  }
  get lastColumn(): boolean {
    return this.col === this.cols.length - 1;
  }
}

/** How hard the panel summarises to keep every legend row: the holders' lists of claimants, then the room the
 * sources keep (their list is then summarised to what fits and a count). */
interface PanelFit {
  briefLabels: boolean;
  sourcesAtLeast: boolean;
}

/** Tried in order; the first that prints every legend row wins. A symbol kind is dropped ("… and N more symbols") only
 * when even the last cannot hold them all: on the events dev corpus an A4 page printed three holder rows, each naming
 * four claimants, and dropped the dashed-ring, district-ring and footprint rows its map drew. */
const PANEL_FITS: readonly PanelFit[] = [
  { briefLabels: false, sourcesAtLeast: false },
  { briefLabels: true, sourcesAtLeast: false },
  { briefLabels: true, sourcesAtLeast: true },
];

interface PanelFacts {
  sourcesNamed: number;
  /** Legend rows left out for want of room. */
  symbolsDropped: number;
}

/** The page as operations; `facts` learns how many sources it names and how many legend rows it had to leave out. */
export function pageOps(
  layout: PageLayout,
  c: PageContent,
  measure: Measure,
  facts?: { sourcesNamed: number; symbolsDropped?: number },
): PageOp[] {
  // The first fit that prints every row; if none does, the fewest rows dropped, and of those the least summarised
  // (the sources keep their room unless giving it up prints another symbol).
  let best: { ops: PageOp[]; facts: PanelFacts } | null = null;
  for (const fit of PANEL_FITS) {
    const tried = fittedOps(layout, c, measure, fit);
    if (!best || tried.facts.symbolsDropped < best.facts.symbolsDropped) best = tried;
    if (tried.facts.symbolsDropped === 0) break;
  }
  if (facts) {
    facts.sourcesNamed = best!.facts.sourcesNamed;
    facts.symbolsDropped = best!.facts.symbolsDropped;
  }
  return best!.ops;
}

/** The countries line is left out when the page with it names fewer sources than without it (a single column's last
 * lines are the sources'). */
function fittedOps(layout: PageLayout, c: PageContent, measure: Measure, fit: PanelFit): { ops: PageOp[]; facts: PanelFacts } {
  const bare: PanelFacts = { sourcesNamed: 0, symbolsDropped: 0 };
  const without = panelOps(layout, { ...c, countries: [] }, measure, bare, fit);
  if (c.countries.length && c.legend) {
    const named: PanelFacts = { sourcesNamed: 0, symbolsDropped: 0 };
    const ops = panelOps(layout, c, measure, named, fit);
    if (named.sourcesNamed >= bare.sourcesNamed) return { ops, facts: named };
  }
  return { ops: without, facts: bare };
}

/** The most of a one-column panel the sources keep from the legend (see sourcesKeep). */
export const SOURCES_KEEP_MAX_SHARE = 0.5;

function panelOps(layout: PageLayout, c: PageContent, measure: Measure, facts: PanelFacts, fit: PanelFit): PageOp[] {
  const { u, fonts } = layout;
  const ops: PageOp[] = [];
  const text = (x: number, baseline: number, t: string, size: number, weight: 400 | 700 = 400, color = INK) =>
    ops.push({ op: 'text', x, baseline, text: printable(t), size, weight, color });
  const m = layout.map;
  ops.push({ op: 'image', which: 'map', rect: m });
  ops.push({
    op: 'rect',
    rect: { x: m.x - 0.5, y: m.y - 0.5, w: m.w + 1, h: m.h + 1 },
    stroke: 'rgba(17,24,39,0.6)',
    lineWidth: Math.max(1, u),
  });

  if (layout.header) {
    const h = layout.header;
    let y = h.y;
    if (c.title) {
      text(h.x, y + fonts.title * 1.05, c.title, fonts.title, 700);
      y += fonts.title * 1.35;
    }
    if (c.subtitle) text(h.x, y + fonts.subtitle * 1.05, c.subtitle, fonts.subtitle, 400, MUTED);
  }

  const flow = new Flow(layout.columns);
  const lh = (size: number) => size * 1.3;
  const para = (t: string, size: number, weight: 400 | 700, color: string, indent = 0): boolean => {
    const lines = wrap(measure, t, size, weight, flow.rect.w - indent);
    for (const l of lines) {
      if (!flow.fit(lh(size))) return false;
      text(flow.rect.x + indent, flow.y + size * 1.02, l, size, weight, color);
      flow.y += lh(size);
    }
    return true;
  };
  const space = (px: number) => (flow.y += px * u);
  const height = (t: string, size: number, indent = 0) => wrap(measure, t, size, 400, flow.rect.w - indent).length * lh(size);
  // The notes and the attribution at the foot of the panel keep their room (see the sources).
  const tail =
    c.notes.reduce((a, note) => a + height(note, fonts.small), 0) + (c.attribution ? height(c.attribution, fonts.small) + 4 * u : 0);

  /** The room the sources keep in the last column, which a long legend and the locator inset give way to: the heading,
   * two entries and the "and N more" line, or, when more, the least room that names every source (heading, then
   * outlet and date each in small type; an A4 portrait page had named 2 of 5 sources below its locator, and 2 of 49
   * below a legend that ran into the second column). */
  // In a one-column panel (landscape pages, slides), never more than half of it: on a corpus of hundreds of articles
  // the room that names every source was taller than the panel, and the legend printed no row at all ("… and 24 more
  // symbols", events dev corpus, A4 landscape and slide alike); the sources still print what fits and count the rest.
  // A two-column band keeps its whole first column for the legend.
  const keepMax = layout.columns.length === 1 ? layout.columns[0]!.h * SOURCES_KEEP_MAX_SHARE : Infinity;
  // Summarised: the heading and one line (what fits of the list, else the count of the rest).
  const sourcesKeep = () =>
    c.sources?.length && fit.sourcesAtLeast
      ? lh(fonts.body) + lh(fonts.small) * 2 + 12 * u
      : c.sources?.length
        ? Math.min(
            Math.max(lh(fonts.body) * 5 + lh(fonts.small) * 2, lh(fonts.body) + height(compactSourcesLine(c.sources), fonts.small, 8 * u)) +
              12 * u,
            keepMax,
          )
        : 0;

  if (c.dateStamp) {
    para(c.dateStamp, 13 * u, 700, INK);
    space(6);
  }
  if (c.legend) {
    para(c.legend.heading, 11 * u, 700, INK);
    space(2);
    const sw = 24 * u;
    // The sources are the map's provenance: a long legend must leave them room (heading, two entries, the "and N
    // more" line and the attribution) in the last column rather than push them off the page.
    const scaleRow = c.metersPerPx !== null || c.bearing !== null ? 38 * u : 0;
    const reserve = scaleRow + sourcesKeep() + tail;
    const bottom = (r: Rect) => r.y + r.h;
    const entries = fit.briefLabels && c.legend.brief ? c.legend.brief : c.legend.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const lines = wrap(measure, e.label, fonts.body, 400, flow.rect.w - sw);
      const h = Math.max(lines.length * lh(fonts.body), 16 * u);
      const cut = () => flow.lastColumn && flow.y + h + lh(fonts.small) > bottom(flow.rect) - reserve;
      // Checked again once a row moved on to the last column: a row slipped past the sources' room there (A4
      // portrait, events dev corpus at Sudzha: one row atop the second column, 4 of 44 sources named).
      if (cut() || (flow.fit(h) && cut())) {
        para(`… and ${entries.length - i} more symbols (the viewer's legend lists them)`, fonts.small, 400, MUTED);
        facts.symbolsDropped = entries.length - i;
        break;
      }
      if (!flow.fit(h)) {
        facts.symbolsDropped = entries.length - i;
        break;
      }
      ops.push({ op: 'swatch', swatch: e.swatch, cx: flow.rect.x + 10 * u, cy: flow.y + 7 * u, u });
      for (const l of lines) {
        text(flow.rect.x + sw, flow.y + fonts.body * 1.02, l, fonts.body);
        flow.y += lh(fonts.body);
      }
      space(3);
    }
    // One line, in this column only, and in the last column only above the room the sources keep.
    const countries = countriesLine(c.countries, flow.rect.w, (t) => measure(t, fonts.small, 400) <= flow.rect.w);
    const h = lh(fonts.small) + 2 * u;
    const below = flow.rect.y + flow.rect.h - (flow.lastColumn ? reserve : 0);
    if (countries && measure(countries, fonts.small, 400) <= flow.rect.w && flow.y + h <= below) {
      space(2);
      text(flow.rect.x, flow.y + fonts.small * 1.02, countries, fonts.small, 400, MUTED);
      flow.y += lh(fonts.small);
    }
    space(6);
  }
  // Scale bar and north arrow on one row.
  if (c.metersPerPx !== null || c.bearing !== null) {
    const rowH = 34 * u;
    if (flow.fit(rowH)) {
      let x = flow.rect.x;
      if (c.bearing !== null) {
        ops.push({ op: 'north', cx: x + 12 * u, cy: flow.y + rowH / 2, u, bearing: c.bearing });
        x += 32 * u;
      }
      if (c.metersPerPx !== null) {
        const s = niceScale(c.metersPerPx, Math.min(130 * u, flow.rect.x + flow.rect.w - x - 4 * u));
        text(x, flow.y + 13 * u, s.label, 10 * u, 700);
        ops.push({ op: 'scale', x, y: flow.y + 19 * u, px: s.px, h: 5 * u, color: INK, lineWidth: Math.max(1, u) });
      }
      flow.y += rowH + 4 * u;
    }
  }
  if (c.inset) {
    const w = Math.min(flow.rect.w, 190 * u);
    const h = w * 0.62;
    // The locator is the first thing to go: the sources below it in this column (heading, two entries, the
    // "and N more" line, the notes and attribution) keep their room.
    const need = h + 16 * u;
    const landsInLast = flow.lastColumn || need > flow.rect.y + flow.rect.h - flow.y;
    const sourcesBelow = c.sources?.length && (layout.side !== 'bottom' || landsInLast);
    const keep = sourcesBelow ? sourcesKeep() + tail : 0;
    if (flow.fit(need + keep)) {
      ops.push({ op: 'inset', rect: { x: flow.rect.x, y: flow.y, w, h }, ...c.inset });
      flow.y += h + 4 * u;
      text(flow.rect.x, flow.y + 9 * u, 'Locator: the frame (red) in the region', 9 * u, 400, MUTED);
      flow.y += 16 * u;
    }
  }
  // In a two-column band the sources start the second column.
  if (layout.side === 'bottom') flow.nextColumn();
  if (c.sources) {
    const n = c.sources.length;
    para(
      n
        ? `Sources: the ${n === 1 ? 'article' : `${n} articles`} behind what is shown`
        : 'Sources: no article claims or places are visible in this view',
      fonts.body,
      700,
      INK,
    );
    // The notes and the attribution below keep their room. What fits of the list is printed whole (outlet, title,
    // date), the rest by outlet and date in small type on run-on lines; only when even that does not fit does the
    // list end with the "and N more" line, and nothing is cut mid-sentence at the page's edge.
    const room = flow.lastColumn ? flow.rect.y + flow.rect.h - tail - 6 * u - flow.y : Infinity;
    const plan = sourcesPlan(
      c.sources,
      room,
      (t, size) => height(t, size, 8 * u),
      fonts,
      (rest) => moreSourcesLine(rest, c.fullSourceList),
    );
    let named = 0;
    for (let i = 0; i < plan.whole; i++) if (para(sourceLine(c.sources[i]!), fonts.body, 400, INK, 8 * u)) named++;
    const short = c.sources.slice(plan.whole, plan.whole + plan.compact);
    const rest = c.sources.slice(plan.whole + plan.compact);
    if (short.length && para(compactSourcesLine(short), fonts.small, 400, INK, 8 * u)) named += short.length;
    if (rest.length) para(moreSourcesLine(rest, c.fullSourceList), fonts.small, 400, MUTED, 8 * u);
    facts.sourcesNamed = named;
    space(6);
  }
  // A note is printed whole or not at all.
  for (const note of c.notes) {
    const lines = wrap(measure, note, fonts.small, 400, flow.rect.w);
    if (flow.fit(lines.length * lh(fonts.small))) para(note, fonts.small, 400, MUTED);
  }
  if (c.attribution) {
    space(4);
    para(c.attribution, fonts.small, 400, MUTED);
  }
  return ops;
}

function drawInset(ctx: CanvasRenderingContext2D, o: Extract<PageOp, { op: 'inset' }>): void {
  const [w0, s0, e0, n0] = o.view;
  const k = Math.cos((((s0 + n0) / 2) * Math.PI) / 180);
  const sx = o.rect.w / ((e0 - w0) * k);
  const sy = o.rect.h / (n0 - s0);
  const sc = Math.min(sx, sy);
  const px = (lon: number, lat: number): [number, number] => [o.rect.x + (lon - w0) * k * sc, o.rect.y + (n0 - lat) * sc];
  ctx.save();
  ctx.beginPath();
  ctx.rect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
  ctx.clip();
  ctx.fillStyle = '#e6eef3';
  ctx.fillRect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
  ctx.fillStyle = '#f4f1ea';
  ctx.strokeStyle = '#6f6480';
  ctx.lineWidth = Math.max(1, o.rect.w / 190);
  for (const poly of o.shapes) {
    ctx.beginPath();
    for (const ring of poly)
      ring.forEach(([lon, lat], i) => {
        const [x, y] = px(lon!, lat!);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
    ctx.fill('evenodd');
    ctx.stroke();
  }
  const [fw, fs, fe, fn] = o.frame;
  const [x0, y0] = px(fw, fn);
  const [x1, y1] = px(fe, fs);
  ctx.strokeStyle = '#dc2626';
  ctx.lineWidth = Math.max(1.5, o.rect.w / 95);
  ctx.strokeRect(x0, y0, Math.max(x1 - x0, 3), Math.max(y1 - y0, 3));
  ctx.restore();
  ctx.strokeStyle = 'rgba(17,24,39,0.5)';
  ctx.lineWidth = 1;
  ctx.strokeRect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
}

/** Paints the operations; with `withText` false, the text is left to the PDF writer. */
export function paintOps(ctx: CanvasRenderingContext2D, ops: PageOp[], mapImage: CanvasImageSource, withText: boolean): void {
  for (const o of ops) {
    ctx.save();
    switch (o.op) {
      case 'image':
        ctx.drawImage(mapImage, o.rect.x, o.rect.y, o.rect.w, o.rect.h);
        break;
      case 'rect':
        if (o.fill) {
          ctx.fillStyle = o.fill;
          ctx.fillRect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
        }
        if (o.stroke) {
          ctx.strokeStyle = o.stroke;
          ctx.lineWidth = o.lineWidth ?? 1;
          ctx.strokeRect(o.rect.x, o.rect.y, o.rect.w, o.rect.h);
        }
        break;
      case 'text':
        if (!withText) break;
        ctx.font = `${o.weight} ${o.size.toFixed(2)}px ${PAGE_FONT}`;
        ctx.fillStyle = o.color;
        ctx.textBaseline = 'alphabetic';
        ctx.textAlign = o.align ?? 'left';
        ctx.fillText(o.text, o.x, o.baseline);
        break;
      case 'swatch':
        drawSwatch(ctx, o.swatch, o.cx, o.cy, o.u);
        break;
      case 'scale':
        ctx.fillStyle = o.color;
        ctx.fillRect(o.x, o.y, o.px / 2, o.h);
        ctx.strokeStyle = o.color;
        ctx.lineWidth = o.lineWidth;
        ctx.strokeRect(o.x, o.y, o.px, o.h);
        break;
      case 'north': {
        const u = o.u;
        ctx.translate(o.cx, o.cy + 4 * u);
        ctx.rotate((-o.bearing * Math.PI) / 180);
        ctx.beginPath();
        ctx.moveTo(0, -9 * u);
        ctx.lineTo(5 * u, 6 * u);
        ctx.lineTo(0, 3 * u);
        ctx.lineTo(-5 * u, 6 * u);
        ctx.closePath();
        ctx.fillStyle = INK;
        ctx.fill();
        ctx.font = `700 ${(8.5 * u).toFixed(2)}px ${PAGE_FONT}`;
        ctx.textAlign = 'center';
        ctx.fillText('N', 0, -10.5 * u);
        break;
      }
      case 'inset':
        drawInset(ctx, o);
        break;
    }
    ctx.restore();
  }
}

/** Draws the page on a new canvas. `mapImage` must already be the size of `layout.map`. */
export function composePage(
  widthPx: number,
  heightPx: number,
  ops: PageOp[],
  mapImage: CanvasImageSource,
  withText = true,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, widthPx, heightPx);
  paintOps(ctx, ops, mapImage, withText);
  return canvas;
}
