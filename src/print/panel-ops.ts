// One try at the page: the map in its frame, the header, and the panel's blocks in order (date, legend, scale row,
// locator, sources, notes, attribution), under one fit (panel-fits.ts). Pure: a Measure in, operations out.
import type { PageLayout } from './layout.ts';
import type { PageContent } from './page-content.ts';
import type { PageOp } from './page-ops.ts';
import type { PanelFit } from './panel-fits.ts';
import type { Measure } from './text-wrap.ts';
import { INK, MUTED } from './page-colors.ts';
import { PanelWriter } from './panel-writer.ts';
import { writeLegend } from './panel-legend.ts';
import { writeInset, writeScaleRow } from './panel-marks.ts';
import { sourcesKeep, writeSources } from './panel-sources.ts';

export interface PanelFacts {
  sourcesNamed: number;
  /** Legend rows left out for want of room. */
  symbolsDropped: number;
}

export function panelOps(layout: PageLayout, c: PageContent, measure: Measure, facts: PanelFacts, fit: PanelFit): PageOp[] {
  const { u, fonts } = layout;
  const w = new PanelWriter(layout, measure);
  const m = layout.map;
  w.ops.push({ op: 'image', which: 'map', rect: m });
  w.ops.push({
    op: 'rect',
    rect: { x: m.x - 0.5, y: m.y - 0.5, w: m.w + 1, h: m.h + 1 },
    stroke: 'rgba(17,24,39,0.6)',
    lineWidth: Math.max(1, u),
  });

  if (layout.header) {
    const h = layout.header;
    let y = h.y;
    // The lines the layout wrapped and made room for (the page's title and subtitle are the layout's).
    if (c.title)
      for (const line of h.title) {
        w.text(h.x, y + fonts.title * 1.05, line, fonts.title, 700);
        y += fonts.title * 1.35;
      }
    if (c.subtitle)
      for (const line of h.subtitle) {
        w.text(h.x, y + fonts.subtitle * 1.05, line, fonts.subtitle, 400, MUTED);
        y += fonts.subtitle * 1.35;
      }
  }

  const flow = w.flow;
  // The attribution carries the data licences: its room is kept first (see the notes below).
  const attributionRoom = c.attribution ? w.height(c.attribution, fonts.small) + 4 * u : 0;
  // The notes and the attribution at the foot of the panel keep their room (see the sources).
  const tail = c.notes.reduce((a, note) => a + w.height(note, fonts.small), 0) + attributionRoom;
  const keep = () => sourcesKeep(w, c.sources, fit.sources, c.fullSourceList);

  if (c.dateStamp) {
    w.para(c.dateStamp, 13 * u, 700, INK);
    w.space(6);
  }
  if (c.legend) {
    const scaleRow = c.metersPerPx !== null || c.bearing !== null ? 38 * u : 0;
    writeLegend(w, c.legend, c.countries, fit.briefLabels, fit.packRows, fit.smallRows, () => scaleRow + keep() + tail, facts);
  }
  writeScaleRow(w, c.metersPerPx, c.bearing);
  if (c.inset) {
    // The sources below the locator in its column (heading, two entries, the "and N more" line, the notes and
    // attribution) keep their room.
    writeInset(w, c.inset, (landsInLast) => (c.sources?.length && (layout.side !== 'bottom' || landsInLast) ? keep() + tail : 0));
  }
  // In a two-column band the sources start the second column.
  if (layout.side === 'bottom') flow.nextColumn();
  if (c.sources) facts.sourcesNamed = writeSources(w, c.sources, c.fullSourceList, tail);
  // A note is printed whole or not at all, and never takes the attribution's room.
  for (const note of c.notes) {
    const h = w.height(note, fonts.small);
    if (flow.fit(h) && (!flow.lastColumn || flow.y + h + attributionRoom <= flow.rect.y + flow.rect.h))
      w.para(note, fonts.small, 400, MUTED);
  }
  if (c.attribution) {
    w.space(4);
    w.para(c.attribution, fonts.small, 400, MUTED);
  }
  return w.ops;
}
