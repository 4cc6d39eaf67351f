// The panel's legend: its heading, a row per symbol the map draws (the swatch named for the painter, the label
// wrapped beside it), then the countries named but not drawn on one line.
import type { Rect } from './layout.ts';
import type { PageContent } from './page-content.ts';
import type { PanelWriter } from './panel-writer.ts';
import { INK, MUTED } from './page-colors.ts';
import { countriesLine } from './countries-line.ts';
import { wrap } from './text-wrap.ts';

export interface LegendFacts {
  /** Legend rows left out for want of room. */
  symbolsDropped: number;
}

/**
 * Writes the legend. `reserve` is the room the blocks below keep in the last column (scale row, sources, notes and
 * attribution), measured once the heading is written; `brief` prints the legend's summarised rows.
 */
export function writeLegend(
  w: PanelWriter,
  legend: NonNullable<PageContent['legend']>,
  countries: PageContent['countries'],
  brief: boolean,
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
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const lines = wrap(w.measure, e.label, fonts.body, 400, flow.rect.w - sw);
    const h = Math.max(lines.length * w.lh(fonts.body), 16 * u);
    const cut = () => flow.lastColumn && flow.y + h + w.lh(fonts.small) > bottom(flow.rect) - kept;
    // Checked again once a row moved on to the last column: a row slipped past the sources' room there (A4
    // portrait, events dev corpus at Sudzha: one row atop the second column, 4 of 44 sources named).
    if (cut() || (flow.fit(h) && cut())) {
      w.para(`… and ${entries.length - i} more symbols (the viewer's legend lists them)`, fonts.small, 400, MUTED);
      facts.symbolsDropped = entries.length - i;
      break;
    }
    if (!flow.fit(h)) {
      facts.symbolsDropped = entries.length - i;
      break;
    }
    w.ops.push({ op: 'swatch', swatch: e.swatch, cx: flow.rect.x + 10 * u, cy: flow.y + 7 * u, u });
    for (const l of lines) {
      w.text(flow.rect.x + sw, flow.y + fonts.body * 1.02, l, fonts.body);
      flow.y += w.lh(fonts.body);
    }
    w.space(3);
  }
  // One line, in this column only, and in the last column only above the room the sources keep.
  const line = countriesLine(countries, flow.rect.w, (t) => w.measure(t, fonts.small, 400) <= flow.rect.w);
  const h = w.lh(fonts.small) + 2 * u;
  const below = flow.rect.y + flow.rect.h - (flow.lastColumn ? kept : 0);
  if (line && w.measure(line, fonts.small, 400) <= flow.rect.w && flow.y + h <= below) {
    w.space(2);
    w.text(flow.rect.x, flow.y + fonts.small * 1.02, line, fonts.small, 400, MUTED);
    flow.y += w.lh(fonts.small);
  }
  w.space(6);
}
