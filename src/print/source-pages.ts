// The PDF's source pages: every source of the snapshot, after the map page, as real text (outlet, publication date,
// title, URL), in the order of the map page's list. A4 holds 3 of 498 sources beside the map; these pages hold the
// rest. Pure layout (no DOM): the viewer passes its canvas measure, tests a fixed-width one.
import type { SourceRef } from './page-api.ts';
import type { PdfText } from './pdf.ts';
import { formatDate } from './format-date.ts';
import { INK, MUTED } from './page-colors.ts';
import { keepWhole, printable, wrap, type Measure } from './text-wrap.ts';

/** The map page's `fullSourceList` when its PDF carries source pages: its list ends "(listed on the following pages)". */
export const SOURCE_PAGES = 'the following pages';

const LINK = '#1d4ed8';
const LINE = 1.35;
/** A column narrower than this (CSS px) wraps titles too often: a landscape A4 page gets two, a portrait one. */
const MIN_COLUMN = 420;

export interface SourcePagesInput {
  sources: readonly SourceRef[];
  /** The snapshot's date as printed ("1 Mar 2025"). */
  dateLabel: string;
  widthPx: number;
  heightPx: number;
  /** Page pixels per CSS pixel, and the map page's margin (page pixels). */
  u: number;
  margin: number;
  measure: Measure;
}

export interface SourcePage {
  items: PdfText[];
  /** Indexes into `sources` of the entries this page prints. */
  entries: number[];
}

interface Line {
  text: string;
  size: number;
  weight: 400 | 700;
  color: string;
  link?: string;
}

/** Source pages for a PDF; none when there is no source. Deterministic for the same input. */
export function sourcePages(input: SourcePagesInput): SourcePage[] {
  const { sources, u, margin, measure, widthPx: W, heightPx: H } = input;
  const n = sources.length;
  if (n === 0) return [];
  const body = 10.5 * u;
  const small = 9.5 * u;
  const headSize = 14 * u;
  const gap = Math.round(12 * u);
  const top = margin + headSize * LINE + 8 * u;
  const bottom = H - margin - small * LINE - 6 * u; // the page number's line stays clear
  const innerW = W - 2 * margin;
  const cols = Math.max(1, Math.floor((innerW + gap) / ((MIN_COLUMN + 12) * u)));
  const colW = (innerW - (cols - 1) * gap) / cols;
  const entryGap = 6 * u;

  const entryLines = (s: SourceRef): Line[] => {
    const head = printable(`${keepWhole(s.outlet)}${s.published ? ` · ${keepWhole(formatDate(s.published))}` : ''}`);
    const lines: Line[] = wrap(measure, head, body, 700, colW).map((t) => ({ text: t, size: body, weight: 700, color: INK }));
    for (const t of wrap(measure, printable(s.title ? `“${s.title}”` : '(untitled)'), body, 400, colW))
      lines.push({ text: t, size: body, weight: 400, color: INK });
    // A URL has no spaces to break at: wrap breaks it where the width runs out, so it is whole across its lines.
    if (s.url)
      for (const t of wrap(measure, printable(s.url), small, 400, colW))
        lines.push({ text: t, size: small, weight: 400, color: LINK, link: s.url });
    return lines;
  };

  const pages: SourcePage[] = [];
  let page: SourcePage = { items: [], entries: [] };
  let col = 0;
  let y = top;
  const nextColumn = () => {
    col++;
    y = top;
    if (col >= cols) {
      pages.push(page);
      page = { items: [], entries: [] };
      col = 0;
    }
  };
  for (let i = 0; i < n; i++) {
    const lines = entryLines(sources[i]!);
    const h = lines.reduce((a, l) => a + l.size * LINE, 0);
    // An entry stays in one column; only one taller than a whole column is split (it would never fit).
    if (y > top && y + h > bottom) nextColumn();
    page.entries.push(i);
    for (const l of lines) {
      if (y > top && y + l.size * LINE > bottom) nextColumn();
      const x = margin + col * (colW + gap);
      page.items.push({ x, baseline: y + l.size * 1.05, text: l.text, size: l.size, weight: l.weight, color: l.color });
      if (l.link) page.items[page.items.length - 1]!.link = l.link;
      y += l.size * LINE;
    }
    if (!page.entries.includes(i)) page.entries.push(i);
    y += entryGap;
  }
  if (page.items.length) pages.push(page);

  const heading = `Sources, as reported up to ${input.dateLabel} — ${n} ${n === 1 ? 'article' : 'articles'}`;
  return pages.map((p, k) => {
    const num = `Sources ${k + 1}/${pages.length}`;
    const items: PdfText[] = [
      { x: margin, baseline: margin + headSize * 1.05, text: printable(heading), size: headSize, weight: 700, color: INK },
      ...p.items,
      { x: W - margin - measure(num, small, 400), baseline: H - margin, text: num, size: small, weight: 400, color: MUTED },
    ];
    return { items, entries: p.entries };
  });
}
