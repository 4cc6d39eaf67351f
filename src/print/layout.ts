// Where things go on the page. Depends only on the page size and the options (not on the data), so the
// preview frame on the live map can be drawn before anything is rendered. All lengths are page pixels;
// `u` is page pixels per CSS pixel, so text and margins keep their printed size at any DPI.
// The map frame holds only the map: date, legend, scale, locator inset, sources, notes and attribution go in a
// panel beside it (landscape pages and slides: a column on the right) or below it (portrait: a band of two
// columns), so they never cover data.
import { printable, wrap, type Measure } from './text-wrap.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageLayout {
  u: number;
  margin: number;
  /** The title and subtitle wrapped to the page's width: the header is as tall as their lines. */
  header: (Rect & { title: string[]; subtitle: string[] }) | null;
  map: Rect;
  /** The panel outside the map frame, split into the columns content flows through. */
  panel: Rect;
  columns: Rect[];
  side: 'right' | 'bottom';
  fonts: { title: number; subtitle: number; body: number; small: number };
}

export interface LayoutInput {
  widthPx: number;
  heightPx: number;
  u: number;
  title: string;
  subtitle: string;
  sources: boolean;
  /** Text widths, to wrap the title and subtitle (the canvas in the viewer); else a stand-in of 0.6 em a character. */
  measure?: Measure;
}

/** A wide stand-in for the page face (Noto Sans averages about 0.55 em a character, bold a little more). */
const roughMeasure: Measure = (t, size) => t.length * size * 0.6;

export function layoutPage(input: LayoutInput): PageLayout {
  const { widthPx: W, heightPx: H, u } = input;
  const margin = Math.round(14 * u);
  const gap = Math.round(12 * u);
  const fonts = { title: 22 * u, subtitle: 14 * u, body: 10.5 * u, small: 9.5 * u };
  const line = 1.35;
  let y = margin;
  let header: PageLayout['header'] = null;
  if (input.title || input.subtitle) {
    // Wrapped, never run off the page: a title may be 200 characters and a subtitle 300, where one line of an A4
    // portrait page holds about 60 of the title's.
    const measure = input.measure ?? roughMeasure;
    const w = W - 2 * margin;
    const title = input.title ? wrap(measure, printable(input.title), fonts.title, 700, w) : [];
    const subtitle = input.subtitle ? wrap(measure, printable(input.subtitle), fonts.subtitle, 400, w) : [];
    const h = title.length * fonts.title * line + subtitle.length * fonts.subtitle * line;
    header = { x: margin, y, w, h, title, subtitle };
    y += h + Math.round(6 * u);
  }
  const mapY = Math.round(y);
  const bodyH = H - margin - mapY;
  const bodyW = W - 2 * margin;
  if (W / H >= 1.15) {
    // A column on the right: a quarter of the page, between 230 and 420 CSS px.
    const panelW = Math.round(Math.min(Math.max(bodyW * 0.26, 230 * u), 420 * u));
    const map: Rect = { x: margin, y: mapY, w: Math.max(bodyW - panelW - gap, 1), h: Math.max(bodyH, 1) };
    const panel: Rect = { x: margin + map.w + gap, y: mapY, w: panelW, h: bodyH };
    return { u, margin, header, map, panel, columns: [panel], side: 'right', fonts };
  }
  // Portrait: a band below the map, a third of the page at most, in two columns.
  const bandH = Math.round(Math.min(Math.max(bodyH * 0.3, 190 * u), bodyH * 0.45));
  const map: Rect = { x: margin, y: mapY, w: bodyW, h: Math.max(bodyH - bandH - gap, 1) };
  const panel: Rect = { x: margin, y: mapY + map.h + gap, w: bodyW, h: bandH };
  const colW = (bodyW - gap) / 2;
  const columns: Rect[] = [
    { x: panel.x, y: panel.y, w: colW, h: bandH },
    { x: panel.x + colW + gap, y: panel.y, w: colW, h: bandH },
  ];
  return { u, margin, header, map, panel, columns, side: 'bottom', fonts };
}
