// Canvas → file bytes with the resolution written in: PNG pHYs, JPEG JFIF density, PDF page size in points.
import { setJpegDpi, setPngDpi } from '../../print/png-phys.ts';
import { pdfOfPages } from '../../print/pdf.ts';
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
  return format === 'png' ? setPngDpi(await canvasBytes(canvas, 'image/png'), dpi) : setJpegDpi(await canvasBytes(canvas, 'image/jpeg'), dpi);
}

export async function encodePage(canvas: HTMLCanvasElement, format: ImageFormat, page: PageSize, title: string): Promise<Uint8Array> {
  if (format !== 'pdf') return rasterBytes(canvas, format, page.dpi);
  // PNG inside the PDF: lossless, so map labels stay crisp in print.
  const png = await canvasBytes(canvas, 'image/png');
  return pdfOfPages([{ image: png, format: 'png', widthPt: page.widthPt, heightPt: page.heightPt }], title);
}
