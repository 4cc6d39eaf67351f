// Date series: which dates get a frame, and how frames are packed (a ZIP of images or a multi-page PDF).
// No DOM here: the page and the CLI assemble series with the same code.
import { zipSync } from 'fflate';
import type { ClaimFeature, ControlEventFeature } from '../core/schema.ts';
import { dayToIso, parseDay } from '../core/days.ts';
import { mergePdfs, pdfOfPages, type PdfPage } from './pdf.ts';
import type { SeriesOptions } from './options.ts';

/** Why there is no series: neither claims of the type asked nor settlement-control reports give a date. */
export const NO_SERIES_DATES = 'there are no claim or settlement-control dates to make a series from';

/**
 * One date per distinct publication date: the day a claim became known, which is when a map "as reported up to D"
 * first shows it (a frame on an earlier date could not show it). With everyDays > 0, dates run from the first to the
 * last publication date in steps of N days (last included). With no claim of the type asked, the control reports'
 * publication dates stand in.
 */
export function seriesDates(
  claims: ClaimFeature[],
  opts: Pick<SeriesOptions, 'everyDays' | 'claimTypes'>,
  events: readonly ControlEventFeature[] = [],
): string[] {
  const relevant = claims.filter((f) => opts.claimTypes === 'all' || f.properties.type === opts.claimTypes);
  // A corpus of settlement-control reports alone (no claim of that type) is framed on the days its control reports
  // became known: without them its series had no date at all and failed.
  const from = relevant.length > 0 ? relevant : events;
  const dates = [...new Set(from.map((f) => f.properties.published))].sort();
  if (opts.everyDays <= 0 || dates.length === 0) return dates;
  const first = parseDay(dates[0]!);
  const last = parseDay(dates[dates.length - 1]!);
  const out: string[] = [];
  for (let d = first; d < last; d += opts.everyDays) out.push(dayToIso(d));
  out.push(dayToIso(last));
  return out;
}

export interface Frame {
  date: string;
  /** The image, or (format 'pdf') a one-page PDF with the page text as real text, which a PDF series keeps. */
  bytes: Uint8Array;
  format: 'png' | 'jpeg' | 'pdf';
  widthPt: number;
  heightPt: number;
}

/** "briefmap-2024-08-01.png"; frames sort by name in date order. */
export function frameName(prefix: string, date: string, format: Frame['format']): string {
  return `${prefix}-${date}.${format === 'jpeg' ? 'jpg' : format}`;
}

export function zipFrames(frames: Frame[], prefix = 'briefmap', extra: Record<string, Uint8Array> = {}): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  // Images are already compressed: storing them keeps a large series fast.
  for (const f of frames) files[frameName(prefix, f.date, f.format)] = [f.bytes, { level: 0 }];
  for (const [name, bytes] of Object.entries(extra)) files[name] = [bytes, { level: 0 }];
  return zipSync(files);
}

/**
 * The series loop, written once: renders each date in order (the page's off-screen map, or the CLI driving the
 * page) and reports progress after each frame.
 */
export async function renderSeries(
  dates: string[],
  render: (date: string, index: number) => Promise<Frame>,
  onProgress?: (done: number, total: number, frame: Frame) => void,
): Promise<Frame[]> {
  if (dates.length === 0) throw new Error(NO_SERIES_DATES);
  const frames: Frame[] = [];
  for (const date of dates) {
    const frame = await render(date, frames.length);
    frames.push(frame);
    onProgress?.(frames.length, dates.length, frame);
  }
  return frames;
}

export interface PackedSeries {
  bytes: Uint8Array;
  mime: string;
  filename: string;
}

/** Frames → one file: a multi-page PDF or a ZIP of images, named after the date range. */
export async function packSeries(frames: Frame[], container: 'zip' | 'pdf', title: string): Promise<PackedSeries> {
  const range = `${frames[0]?.date}_to_${frames[frames.length - 1]?.date}`;
  if (container === 'pdf')
    return {
      bytes: await pdfOfFrames(frames, title || 'briefmap date series'),
      mime: 'application/pdf',
      filename: `briefmap-series-${range}.pdf`,
    };
  return { bytes: zipFrames(frames), mime: 'application/zip', filename: `briefmap-series-${range}.zip` };
}

/** Frames → one PDF, a page per frame: one-page PDFs (with their text) are joined; images become image pages. */
export async function pdfOfFrames(frames: Frame[], title: string): Promise<Uint8Array> {
  const imagePage = (f: Frame): PdfPage => ({
    image: f.bytes,
    format: f.format as 'png' | 'jpeg',
    widthPt: f.widthPt,
    heightPt: f.heightPt,
  });
  if (frames.every((f) => f.format !== 'pdf')) return pdfOfPages(frames.map(imagePage), title);
  const parts: Uint8Array[] = [];
  for (const f of frames) parts.push(f.format === 'pdf' ? f.bytes : await pdfOfPages([imagePage(f)], title));
  return mergePdfs(parts, title);
}
