// The export actions the dialog and the page API offer: one image, a date series, a reproducible bundle.
import { strToU8, zipSync } from 'fflate';
import { version } from '../../../package.json';
import { formatHash } from '../app/permalink.ts';
import type { Camera } from '../../print/camera.ts';
import { timelineRange } from '../data/control-model.ts';
import {
  EXTENSION,
  MIME,
  exportOptionsSchema,
  seriesOptionsSchema,
  type ExportOptions,
  type ExportOptionsInput,
  type SeriesOptionsInput,
} from '../../print/options.ts';
import { openSession, type ExportTarget, type Frame, type Session } from './session.ts';
import { encodePage, pdfWithText, rasterBytes } from './encode.ts';
import { packSeries, renderSeries, seriesDates, type PackedSeries } from '../../print/series.ts';
import { visibleGeoJson } from './visible.ts';
import { SOURCE_PAGES } from '../../print/source-pages.ts';
import { EXPORT_MENTION_LIMIT, mentionsForExport } from './place-mentions.ts';
import type { ExportResult } from '../../print/page-api.ts';

export type { ExportResult };

export type Progress = (done: number, total: number, date: string) => void;

function dateOf(target: ExportTarget, opts: ExportOptions): string {
  return opts.date ?? target.store.get().date;
}

function baseName(date: string): string {
  return `briefmap-${date}`;
}

/** A PDF lists every source on pages of its own after the map page (a PNG's page ends its list "… and N more"). */
function pdfSources(opts: ExportOptions, frame: Frame): { list: Frame['sources']; date: string } | null {
  return opts.sources && frame.sources.length ? { list: frame.sources, date: frame.date } : null;
}

/** Where the map page says the rest of its source list is: a PDF's own source pages, else `otherwise`. Keyed by the
 * page's own format: a PDF series' frames are PDF pages whatever image format the options name. */
function fullListFor(pageFormat: ExportOptions['format'], otherwise: string | null): string | null {
  return pageFormat === 'pdf' ? SOURCE_PAGES : otherwise;
}

async function encodeFrame(session: Session, frame: Frame, opts: ExportOptions, started: number): Promise<ExportResult> {
  const bytes =
    opts.format === 'pdf'
      ? await pdfWithText(session.page, session.layout, frame.ops, frame.mapCanvas, opts.title, pdfSources(opts, frame))
      : await encodePage(frame.canvas, opts.format, session.page, opts.title);
  return {
    bytes,
    mime: MIME[opts.format],
    filename: `${baseName(frame.date)}.${EXTENSION[opts.format]}`,
    date: frame.date,
    widthPx: session.page.widthPx,
    heightPx: session.page.heightPx,
    dpi: session.page.dpi,
    widthPt: session.page.widthPt,
    heightPt: session.page.heightPt,
    achievedMapPx: frame.achievedMapPx,
    achievedDpi: frame.achievedDpi,
    tiles: frame.tiles,
    sources: frame.sources,
    sourcesNamed: frame.sourcesNamed,
    ms: Math.round(performance.now() - started),
  };
}

export async function exportImage(target: ExportTarget, input: ExportOptionsInput): Promise<ExportResult> {
  const started = performance.now();
  const opts = exportOptionsSchema.parse(input);
  const session = await openSession(target, opts, fullListFor(opts.format, null));
  try {
    const frame = await session.frame(dateOf(target, opts));
    return await encodeFrame(session, frame, opts, started);
  } finally {
    session.close();
  }
}

/** The dates a series would have, for the dialog's summary and the CLI's progress. */
export function planSeries(target: ExportTarget, series: SeriesOptionsInput): string[] {
  const { dataset } = target.store.get();
  return seriesDates(dataset.claims.features, seriesOptionsSchema.parse(series), dataset.events.features);
}

export async function exportSeries(
  target: ExportTarget,
  input: ExportOptionsInput,
  seriesInput: SeriesOptionsInput,
  onProgress?: Progress,
): Promise<PackedSeries & { dates: string[] }> {
  const opts = exportOptionsSchema.parse(input);
  const series = seriesOptionsSchema.parse(seriesInput);
  const { dataset } = target.store.get();
  const dates = seriesDates(dataset.claims.features, series, dataset.events.features);
  const rasterFormat = opts.format === 'jpeg' ? 'jpeg' : 'png';
  // A PDF series is made of the single export's PDF pages: map as image, page text as real text.
  const frameFormat = series.container === 'pdf' ? 'pdf' : rasterFormat;
  // Each frame on a map of its own, as a single export (and the CLI's series) draws it: one map carried through the
  // dates kept its labels' earlier placement (MapLibre prefers a label's previous anchor), so a frame depended on the
  // frames before it and the page's series differed from the CLI's ("Guyevo" left of its mark, not under it).
  const frames = await renderSeries(
    dates,
    async (date) => {
      const session = await openSession(target, opts, fullListFor(frameFormat, null));
      try {
        const frame = await session.frame(date);
        return {
          date,
          bytes:
            frameFormat === 'pdf'
              ? await pdfWithText(session.page, session.layout, frame.ops, frame.mapCanvas, opts.title, pdfSources(opts, frame))
              : await rasterBytes(frame.canvas, rasterFormat, session.page.dpi),
          format: frameFormat,
          widthPt: session.page.widthPt,
          heightPt: session.page.heightPt,
        };
      } finally {
        session.close();
      }
    },
    (done, total, frame) => onProgress?.(done, total, frame.date),
  );
  return { ...(await packSeries(frames, series.container, opts.title)), dates };
}

/** The link that reopens the snapshot: the live view it was framed from, or, for an export of given bounds (the CLI's
 * `--view west,south,east,north`), the camera that frames them — not whatever view the page happened to open on. */
export function permalinkFor(target: ExportTarget, opts: ExportOptions, date: string, camera: Camera): string {
  const s = target.store.get();
  const base = opts.permalinkBase ?? location.href.split('#')[0]!;
  const [lon, lat] = camera.center;
  const view = opts.bounds ? { zoom: camera.zoom, lat, lon, bearing: camera.bearing, pitch: camera.pitch } : s.view;
  return base + formatHash({ view, date, basemap: s.basemap, selection: s.selection, article: s.article });
}

/** Image + the visible data as GeoJSON + manifest.json: enough to check and re-make the snapshot. */
export async function exportBundle(
  target: ExportTarget,
  input: ExportOptionsInput,
): Promise<{ bytes: Uint8Array; mime: string; filename: string; image: ExportResult }> {
  const started = performance.now();
  const opts = exportOptionsSchema.parse(input);
  const session = await openSession(target, opts, fullListFor(opts.format, "the bundle's manifest.json"));
  let image: ExportResult;
  let frame: Frame;
  try {
    frame = await session.frame(dateOf(target, opts));
    image = await encodeFrame(session, frame, opts, started);
  } finally {
    session.close();
  }
  const s = target.store.get();
  const mentions = await mentionsForExport(s, frame.visible.placeIds);
  const manifest = {
    app: 'briefmap',
    version,
    data: s.dataset.report.generator,
    createdAt: new Date().toISOString(),
    permalink: permalinkFor(target, opts, frame.date, session.camera),
    date: frame.date,
    timeline: timelineRange(s.dataset),
    camera: session.camera,
    bounds: frame.visible.bounds,
    page: {
      size: opts.size,
      dpi: image.dpi,
      widthPx: image.widthPx,
      heightPx: image.heightPx,
      widthPt: image.widthPt,
      heightPt: image.heightPt,
      achievedMapPx: image.achievedMapPx,
      achievedDpi: image.achievedDpi,
    },
    options: opts,
    image: image.filename,
    data_file: 'visible.geojson',
    // With too many mentions in view, the places in visible.geojson carry `mentionsOmitted` instead: here is where.
    ...(mentions.complete
      ? {}
      : {
          mentions_omitted: `${mentions.total} mentions of the places in view (more than ${EXPORT_MENTION_LIMIT}): see places.geojson or mentions.json of the corpus output`,
        }),
    sources: frame.sources,
    overlays: s.overlays.filter((o) => frame.visible.overlayIds.has(o.id)).map((o) => ({ id: o.id, name: o.name, areaKm2: o.areaKm2 })),
    attribution: frame.attribution,
  };
  const bytes = zipSync({
    [image.filename]: [image.bytes, { level: 0 }],
    'visible.geojson': strToU8(JSON.stringify(visibleGeoJson(s, frame.visible, frame.date, mentions), null, 1)),
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
  });
  return { bytes, mime: 'application/zip', filename: `${baseName(frame.date)}-bundle.zip`, image };
}
