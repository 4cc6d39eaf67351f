// Canvas → file bytes with the resolution written in: PNG pHYs, JPEG JFIF density, PDF page size in points.
import { setJpegDpi, setPngDpi } from '../../print/png-phys.ts';
import { pdfOfPages, type PdfFonts, type PdfText } from '../../print/pdf.ts';
import type { PageOp } from '../../print/page-ops.ts';
import { canvasMeasure, composePage } from './compose.ts';
import { sourcePages } from '../../print/source-pages.ts';
import type { SourceRef } from '../../print/page-api.ts';
import type { PageLayout } from '../../print/layout.ts';
import { formatDate } from '../ui/format.ts';
import type { ImageFormat } from '../../print/options.ts';
import type { PageSize } from '../../print/sizes.ts';

const JPEG_QUALITY = 0.92;

export async function canvasBytes(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg'): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, JPEG_QUALITY));
  // toBlob gives null when the canvas is too large for the browser to encode.
  if (!blob) throw new Error(`the browser could not encode a ${canvas.width}×${canvas.height} image`);
  return new Uint8Array(await blob.arrayBuffer());
}

export async function rasterBytes(canvas: HTMLCanvasElement, format: 'png' | 'jpeg', dpi: number): Promise<Uint8Array> {
  return format === 'png'
    ? setPngDpi(await canvasBytes(canvas, 'image/png'), dpi)
    : setJpegDpi(await canvasBytes(canvas, 'image/jpeg'), dpi);
}

export async function encodePage(canvas: HTMLCanvasElement, format: ImageFormat, page: PageSize, title: string): Promise<Uint8Array> {
  if (format !== 'pdf') return rasterBytes(canvas, format, page.dpi);
  // PNG inside the PDF: lossless, so map labels stay crisp in print.
  const png = await canvasBytes(canvas, 'image/png');
  return pdfOfPages([{ image: png, format: 'png', widthPt: page.widthPt, heightPt: page.heightPt }], title);
}

let fontsPromise: Promise<PdfFonts> | null = null;

/** The page face as font files (data/basemap/fonts, built from @fontsource/noto-sans), fetched on the first PDF. */
function pdfFonts(): Promise<PdfFonts> {
  const get = async (name: string) => {
    const res = await fetch(new URL(`data/basemap/fonts/${name}`, document.baseURI));
    if (!res.ok) throw new Error(`data/basemap/fonts/${name}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  const subsets = ['latin', 'latin-ext', 'cyrillic'];
  const weight = (w: number) => Promise.all(subsets.map((s) => get(`noto-sans-${s}-${w}.woff`)));
  fontsPromise ??= Promise.all([weight(400), weight(700)]).then(([regular, bold]) => ({ regular, bold }));
  return fontsPromise;
}

/** A PDF: the map page (the map and graphics as one image at the page DPI, the text over it as real text in Noto
 * Sans), then, given `sources`, the source pages listing every one of them (print/source-pages.ts). */
export async function pdfWithText(
  page: PageSize,
  layout: PageLayout,
  ops: PageOp[],
  mapCanvas: HTMLCanvasElement,
  title: string,
  sources: { list: readonly SourceRef[]; date: string } | null,
): Promise<Uint8Array> {
  const background = composePage(page.widthPx, page.heightPx, ops, mapCanvas, false);
  const png = await canvasBytes(background, 'image/png');
  const items: PdfText[] = ops
    .filter((o): o is Extract<PageOp, { op: 'text' }> => o.op === 'text')
    .map(({ x, baseline, text, size, weight, color }) => ({ x, baseline, text, size, weight, color }));
  const size = { widthPt: page.widthPt, heightPt: page.heightPt };
  const listed = sources
    ? sourcePages({
        sources: sources.list,
        dateLabel: formatDate(sources.date),
        widthPx: page.widthPx,
        heightPx: page.heightPx,
        u: layout.u,
        margin: layout.margin,
        measure: canvasMeasure(document.createElement('canvas').getContext('2d')!),
      })
    : [];
  return pdfOfPages(
    [
      { image: png, format: 'png', ...size, text: { items, widthPx: page.widthPx } },
      ...listed.map((p) => ({ format: 'png' as const, ...size, text: { items: p.items, widthPx: page.widthPx } })),
    ],
    title,
    await pdfFonts(),
  );
}
