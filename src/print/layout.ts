// Where things go on the page. Depends only on the page size and the options (not on the data), so the
// preview frame on the live map can be drawn before anything is rendered. All lengths are page pixels;
// `u` is page pixels per CSS pixel, so text and margins keep their printed size at any DPI.
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PageLayout {
  u: number;
  margin: number;
  header: Rect | null;
  map: Rect;
  footer: Rect;
  sources: { rect: Rect; columns: number; rows: number } | null;
  attribution: Rect;
  fonts: { title: number; subtitle: number; body: number; small: number };
}

export interface LayoutInput {
  widthPx: number;
  heightPx: number;
  u: number;
  title: string;
  subtitle: string;
  sources: boolean;
}

/** Rows of the source list; more articles than rows × columns end in "and N more". */
export const SOURCE_ROWS = 4;

export function layoutPage(input: LayoutInput): PageLayout {
  const { widthPx: W, heightPx: H, u } = input;
  const margin = Math.round(14 * u);
  const fonts = { title: 22 * u, subtitle: 14 * u, body: 10.5 * u, small: 9.5 * u };
  const line = 1.35;
  let y = margin;
  let header: Rect | null = null;
  if (input.title || input.subtitle) {
    const h = (input.title ? fonts.title * line : 0) + (input.subtitle ? fonts.subtitle * line : 0);
    header = { x: margin, y, w: W - 2 * margin, h };
    y += h + Math.round(6 * u);
  }
  const attributionH = fonts.small * line;
  let sources: PageLayout['sources'] = null;
  let footerH = attributionH;
  if (input.sources) {
    const columns = W / u >= 900 ? 2 : 1;
    const h = fonts.body * line * (SOURCE_ROWS + 1);
    footerH += h + Math.round(4 * u);
    sources = { rect: { x: margin, y: 0, w: W - 2 * margin, h }, columns, rows: SOURCE_ROWS };
  }
  const footerY = H - margin - footerH;
  const footer: Rect = { x: margin, y: footerY, w: W - 2 * margin, h: footerH };
  if (sources) sources.rect.y = footerY + Math.round(4 * u);
  const attribution: Rect = { x: margin, y: H - margin - attributionH, w: W - 2 * margin, h: attributionH };
  // Whole pixels: the map image is drawn 1:1 into this rectangle.
  const mapY = Math.round(y);
  const map: Rect = { x: margin, y: mapY, w: W - 2 * margin, h: Math.max(Math.floor(footerY - Math.round(6 * u)) - mapY, 1) };
  return { u, margin, header, map, footer, sources, attribution, fonts };
}
