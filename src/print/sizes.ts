// Page sizes and the DPI arithmetic behind them. Pure: used by the dialog, the renderer, the PDF writer and the CLI.
// Paper sizes are in millimetres; a page is rendered at round(mm / 25.4 * dpi) pixels, and its PDF page
// is px / dpi * 72 points, so the file says exactly what resolution it holds.

export const SIZE_IDS = ['current', 'slide', 'a4-portrait', 'a4-landscape', 'a3-portrait', 'a3-landscape', 'custom'] as const;
export type SizeId = (typeof SIZE_IDS)[number];

export const MIN_DPI = 96;
export const MAX_DPI = 300;
/** A single side longer than this is refused: the composed page is one 2D canvas, and browsers cap those. */
export const MAX_SIDE_PX = 12_000;
/** CSS reference resolution: 1 CSS px = 1/96 inch, so symbol sizes keep their physical size at any DPI. */
export const CSS_DPI = 96;

export const SIZE_LABELS: Record<SizeId, string> = {
  current: 'Current view',
  slide: 'Slide 1920×1080',
  'a4-portrait': 'A4 portrait',
  'a4-landscape': 'A4 landscape',
  'a3-portrait': 'A3 portrait',
  'a3-landscape': 'A3 landscape',
  custom: 'Custom',
};

const PAPER_MM: Partial<Record<SizeId, [number, number]>> = {
  'a4-portrait': [210, 297],
  'a4-landscape': [297, 210],
  'a3-portrait': [297, 420],
  'a3-landscape': [420, 297],
};

export interface SizeRequest {
  size: SizeId;
  dpi: number;
  /** Custom pages: width and height in `customUnit`. */
  customWidth?: number | undefined;
  customHeight?: number | undefined;
  customUnit?: 'mm' | 'px' | undefined;
}

export interface PageSize {
  widthPx: number;
  heightPx: number;
  dpi: number;
  /** Map pixels per CSS pixel: dpi / 96. Line widths and text keep their printed size. */
  pixelRatio: number;
  widthPt: number;
  heightPt: number;
  widthMm: number;
  heightMm: number;
}

export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / 25.4) * dpi);
}

export function pxToPt(px: number, dpi: number): number {
  return (px / dpi) * 72;
}

export function pxToMm(px: number, dpi: number): number {
  return (px / dpi) * 25.4;
}

/** Inches per metre, for the PNG pHYs chunk (pixels per metre). */
export function dpiToPpm(dpi: number): number {
  return Math.round(dpi / 0.0254);
}

export class SizeError extends Error {}

/**
 * The page in pixels. `current` needs the live map's CSS size: the export then has the viewport's
 * shape and, at 96 dpi, exactly its pixels.
 */
export function pageSize(req: SizeRequest, currentCss?: { width: number; height: number }): PageSize {
  const dpi = req.dpi;
  if (!Number.isFinite(dpi) || dpi < MIN_DPI || dpi > MAX_DPI) throw new SizeError(`DPI must be between ${MIN_DPI} and ${MAX_DPI}`);
  let w: number;
  let h: number;
  const paper = PAPER_MM[req.size];
  if (paper) {
    w = mmToPx(paper[0], dpi);
    h = mmToPx(paper[1], dpi);
  } else if (req.size === 'slide') {
    w = 1920;
    h = 1080;
  } else if (req.size === 'current') {
    if (!currentCss) throw new SizeError('the current view size is unknown');
    w = Math.round((currentCss.width * dpi) / CSS_DPI);
    h = Math.round((currentCss.height * dpi) / CSS_DPI);
  } else {
    const cw = req.customWidth;
    const ch = req.customHeight;
    if (!cw || !ch || cw <= 0 || ch <= 0) throw new SizeError('a custom size needs a positive width and height');
    const unit = req.customUnit ?? 'mm';
    w = unit === 'mm' ? mmToPx(cw, dpi) : Math.round(cw);
    h = unit === 'mm' ? mmToPx(ch, dpi) : Math.round(ch);
  }
  if (w < 200 || h < 200) throw new SizeError(`the page (${w}×${h} px) is too small to hold a map and its legend; use at least 200×200 px`);
  if (w > MAX_SIDE_PX || h > MAX_SIDE_PX)
    throw new SizeError(`the page (${w}×${h} px) is larger than ${MAX_SIDE_PX} px on a side; lower the DPI or the size`);
  return {
    widthPx: w,
    heightPx: h,
    dpi,
    pixelRatio: dpi / CSS_DPI,
    widthPt: pxToPt(w, dpi),
    heightPt: pxToPt(h, dpi),
    widthMm: pxToMm(w, dpi),
    heightMm: pxToMm(h, dpi),
  };
}

/** Largest "nice" distance (1, 2 or 5 × 10^k metres) that fits in maxPx at metersPerPx. */
export function niceScale(metersPerPx: number, maxPx: number): { meters: number; px: number; label: string } {
  const maxMeters = metersPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxMeters));
  const step = [5, 2, 1].map((f) => f * pow).find((m) => m <= maxMeters) ?? pow;
  const label = step >= 1000 ? `${(step / 1000).toLocaleString('en-GB')} km` : `${step.toLocaleString('en-GB')} m`;
  return { meters: step, px: step / metersPerPx, label };
}

/** Web Mercator ground resolution in metres per CSS pixel (MapLibre uses 512 px tiles). */
export function metersPerCssPx(lat: number, zoom: number): number {
  return (2 * Math.PI * 6378137 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
