// The panel's legend: its heading, a row per symbol the map draws (the swatch named for the painter, the label
// wrapped beside it), then the countries named but not drawn on a line or two.
import type { Rect } from './layout.ts';
import type { LegendEntry, PageContent } from './page-content.ts';
import type { PanelWriter } from './panel-writer.ts';
import type { PackRows } from './panel-fits.ts';
import { INK, MUTED } from './page-colors.ts';
import { countriesLine } from './countries-line.ts';
import { wrap } from './text-wrap.ts';
import { legendBlocks, placePacked, type PackedPlacement } from './legend-packing.ts';

/** The countries named take at most this many lines under the legend. */
const COUNTRIES_LINES = 2;

export interface LegendFacts {
  /** Legend rows left out for want of room. */
  symbolsDropped: number;
}

/**
 * Writes the legend. `reserve` is the room the blocks below keep in the last column (scale row, sources, notes and
 * attribution), measured once the heading is written; `brief` prints the legend's summarised rows, `pack` the rows
 * that share a caption as one packed block (legend-packing.ts; 'whole' keeps a block in one column), `small` the rows
 * in small type.
 */
export function writeLegend(
  w: PanelWriter,
  legend: NonNullable<PageContent['legend']>,
  countries: PageContent['countries'],
  brief: boolean,
  pack: PackRows,
  small: boolean,
  reserve: () => number,
  facts: LegendFacts,
): void {
  const { u, fonts } = w.layout;
  const flow = w.flow;
  w.para(legend.heading, 11 * u, 700, INK);
  w.space(2);
  const sw = 24 * u;
  // The sources are the map's provenance: a long legend must leave them room (heading, two entries, the "and N
  // more" line and the attribution) in the last column rather than push them off the page.
  const kept = reserve();
  const bottom = (r: Rect) => r.y + r.h;
  const entries = brief && legend.brief ? legend.brief : legend.entries;
  // A row is at least this tall, and so is each line of a packed block that holds symbols: the swatch's room.
  const rowH = 16 * u;
  // The densest fit sets the rows in the small type of the notes.
  const size = small ? fonts.small : fonts.body;
  let i = 0;
  // A block one of whose symbols is wider than a column prints as rows.
  const colW = w.layout.columns[0]!.w;
  const blocks = legendBlocks(entries, pack !== false).flatMap((b) =>
    b.length > 1 && !placePacked(b, w.measure, size, colW, u, sw).fits ? b.map((e) => [e]) : [b],
  );
  for (const block of blocks) {
    // Room for the "… and N more symbols" line after the row, unless it is the last (none can follow it).
    const last = i + block.length === entries.length;
    // As it wraps: on a slide at 200 dpi it took two lines, and the attribution lost its last one.
    const note = last ? 0 : w.height(moreSymbols(entries.length - i - block.length), fonts.small);
    const more = () => {
      w.para(moreSymbols(entries.length - i), fonts.small, 400, MUTED);
      facts.symbolsDropped = entries.length - i;
    };
    if (block.length > 1) {
      // Line by line, so that a packed block may go on in the next column; taken back whole if it does not fit.
      const mark = flow.mark();
      const written = w.ops.length;
      if (!writePacked(w, block, size, sw, rowH, pack === 'whole') || (flow.lastColumn && flow.y + note > bottom(flow.rect) - kept)) {
        flow.reset(mark);
        w.ops.length = written;
        more();
        break;
      }
      if (!last || !pack) w.space(3);
      i += block.length;
      continue;
    }
    const e = block[0]!;
    const lines = wrap(w.measure, e.label, size, 400, flow.rect.w - sw);
    const h = Math.max(lines.length * w.lh(size), rowH);
    const cut = () => flow.lastColumn && flow.y + h + note > bottom(flow.rect) - kept;
    // Checked again once a row moved on to the last column: a row slipped past the sources' room there (A4
    // portrait, events dev corpus at Sudzha: one row atop the second column, 4 of 44 sources named).
    if (cut() || (flow.fit(h) && cut())) {
      more();
      break;
    }
    if (!flow.fit(h)) {
      facts.symbolsDropped = entries.length - i;
      break;
    }
    w.ops.push({ op: 'swatch', swatch: e.swatch, cx: flow.rect.x + 10 * u, cy: flow.y + 7 * u, u });
    for (const l of lines) {
      w.text(flow.rect.x + sw, flow.y + size * 1.02, l, size);
      flow.y += w.lh(size);
    }
    // In the packed fits, between rows only: the legend's own space closes it (the events dev corpus's A4 portrait
    // page, its packed block continued under "(cont.)", cut the attribution's last line by these 3 px). The other
    // fits keep their spacing, so pages that need no packing are laid out as before.
    if (!last || !pack) w.space(3);
    i += block.length;
  }
  // Two lines at most (the heading that says what the counts are took a narrow column's one line), in this column
  // only, and in the last column only above the room the sources keep.
  const wrapped = (t: string) => wrap(w.measure, t, fonts.small, 400, flow.rect.w);
  const line = countriesLine(countries, flow.rect.w, (t) => wrapped(t).length <= COUNTRIES_LINES);
  const lines = line ? wrapped(line) : [];
  const h = lines.length * w.lh(fonts.small) + 2 * u;
  const below = flow.rect.y + flow.rect.h - (flow.lastColumn ? kept : 0);
  if (lines.length > 0 && lines.length <= COUNTRIES_LINES && flow.y + h <= below) {
    w.space(2);
    for (const l of lines) {
      w.text(flow.rect.x, flow.y + fonts.small * 1.02, l, fonts.small, 400, MUTED);
      flow.y += w.lh(fonts.small);
    }
  }
  w.space(6);
}

/** A packed block at the flow, line by line (caption lines as text lines, lines with symbols a row's height apart);
 * false when the panel ran out before its last line. With `whole` a block that fits a column but not the rest of this
 * one starts the next column. A block split all the same never leaves a symbol away from its caption: a caption with
 * no symbol under it yet moves on with the block, and the symbols that go on in the next column are set under the
 * caption again, marked "(cont.)" (A4 portrait, events dev corpus at 1 Mar 2025: the second stale held-area figure
 * stood alone atop the second column). */
function writePacked(w: PanelWriter, block: readonly LegendEntry[], size: number, sw: number, rowH: number, whole: boolean): boolean {
  const { u } = w.layout;
  const flow = w.flow;
  const caption = block[0]!.packed!.caption;
  const room = () => flow.rect.y + flow.rect.h - flow.y;
  if (whole && !flow.lastColumn) {
    const h = packedHeight(w, placePacked(block, w.measure, size, flow.rect.w, u, sw), size, rowH);
    if (h > room() && h <= flow.rect.h) flow.nextColumn();
  }
  let rest = block;
  let title = caption;
  for (;;) {
    const p = placePacked(rest, w.measure, size, flow.rect.w, u, sw, title);
    const captionOnly = p.items[0]!.line;
    const start = w.ops.length;
    let k = 0;
    for (; k < p.lines; k++) {
      const h = k < captionOnly ? w.lh(size) : rowH;
      if (h > room()) break;
      const x = flow.rect.x;
      if (k < p.caption.length) w.text(x, flow.y + size * 1.02, p.caption[k]!, size);
      for (const it of p.items)
        if (it.line === k) {
          w.ops.push({ op: 'swatch', swatch: it.entry.swatch, cx: x + it.x + 10 * u, cy: flow.y + 7 * u, u });
          w.text(x + it.x + sw, flow.y + size * 1.02, it.entry.packed!.short, size);
        }
      flow.y += h;
    }
    if (k === p.lines) return true;
    if (flow.lastColumn) return false;
    const done = p.items.filter((it) => it.line < k).length;
    // Nothing but caption lines here: take them back, the block starts the next column as it was.
    if (done === 0) w.ops.length = start;
    else {
      rest = rest.slice(done);
      title = continued(caption);
    }
    flow.nextColumn();
  }
}

/** The line that counts the legend rows left out. */
function moreSymbols(n: number): string {
  return `… and ${n} more symbols (the viewer's legend lists them)`;
}

/** The caption repeated atop the symbols that go on in the next column. */
export function continued(caption: string): string {
  return `${caption.replace(/[:\s]+$/, '')} (cont.):`;
}

function packedHeight(w: PanelWriter, p: PackedPlacement, size: number, rowH: number): number {
  const captionOnly = p.items[0]!.line;
  return captionOnly * w.lh(size) + (p.lines - captionOnly) * rowH;
}
