// The panel's map furniture: the scale bar and north arrow on one row, and the locator inset.
import type { PageContent } from './page-content.ts';
import type { PanelWriter } from './panel-writer.ts';
import { INK, MUTED } from './page-colors.ts';
import { niceScale } from './sizes.ts';

/** Scale bar and north arrow on one row, when the page has either and the row fits. */
export function writeScaleRow(w: PanelWriter, metersPerPx: number | null, bearing: number | null): void {
  if (metersPerPx === null && bearing === null) return;
  const { u } = w.layout;
  const flow = w.flow;
  const rowH = 34 * u;
  if (!flow.fit(rowH)) return;
  let x = flow.rect.x;
  if (bearing !== null) {
    w.ops.push({ op: 'north', cx: x + 12 * u, cy: flow.y + rowH / 2, u, bearing });
    x += 32 * u;
  }
  if (metersPerPx !== null) {
    const s = niceScale(metersPerPx, Math.min(130 * u, flow.rect.x + flow.rect.w - x - 4 * u));
    w.text(x, flow.y + 13 * u, s.label, 10 * u, 700);
    w.ops.push({ op: 'scale', x, y: flow.y + 19 * u, px: s.px, h: 5 * u, color: INK, lineWidth: Math.max(1, u) });
  }
  flow.y += rowH + 4 * u;
}

/**
 * The locator inset, the first thing to go: it is written only when it fits with `keepBelow(landsInLast)` px after
 * it, the room the sources, notes and attribution keep below it in its column (none when they are not below it).
 */
export function writeInset(w: PanelWriter, inset: NonNullable<PageContent['inset']>, keepBelow: (landsInLast: boolean) => number): void {
  const { u } = w.layout;
  const flow = w.flow;
  const iw = Math.min(flow.rect.w, 190 * u);
  const h = iw * 0.62;
  const need = h + 16 * u;
  const landsInLast = flow.lastColumn || need > flow.rect.y + flow.rect.h - flow.y;
  if (!flow.fit(need + keepBelow(landsInLast))) return;
  w.ops.push({ op: 'inset', rect: { x: flow.rect.x, y: flow.y, w: iw, h }, ...inset });
  flow.y += h + 4 * u;
  w.text(flow.rect.x, flow.y + 9 * u, 'Locator: the frame (red) in the region', 9 * u, 400, MUTED);
  flow.y += 16 * u;
}
