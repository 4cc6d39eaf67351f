// One export session: page size, layout and camera are fixed, the off-screen map is opened once, and
// frames are drawn for one or more dates (a date series re-uses the same map and only swaps the claims).
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Store } from '../app/state.ts';
import { claimsForMap } from '../map/layers/claims.ts';
import { formatDate } from '../ui/format.ts';
import { layoutPage, type PageLayout } from '../../print/layout.ts';
import { pageSize, metersPerCssPx, type PageSize } from '../../print/sizes.ts';
import { cameraForBounds, cameraForFrame, frameInView, type Camera } from '../../print/camera.ts';
import { openOffscreen, waitIdle, type OffscreenMap } from './render-offscreen.ts';
import { setExportControlDate } from './settlement-control.ts';
import { collectVisible, emptyVisible, legendOf, sourcesOf, type SourceRef, type VisibleSet } from './visible.ts';
import { canvasMeasure, composePage, PAGE_FONT } from './compose.ts';
import { pageOps } from '../../print/page-layout.ts';
import type { PageOp } from '../../print/page-ops.ts';
import { countryOutlines } from '../map/layers/country-clip.ts';
import { regionShapesSettled, updateRegions } from '../map/layers/regions.ts';
import { isArea } from '../data/claims-model.ts';
import type { ExportOptions } from '../../print/options.ts';
import { placesForMap } from '../map/layers/places.ts';
import { setExportRing } from './selection-ring.ts';
import { countriesNamed } from '../map/controls/countries-named.ts';

export interface ExportTarget {
  map: MlMap;
  store: Store;
}

export interface Frame {
  date: string;
  canvas: HTMLCanvasElement;
  /** The page as operations, and the map image they place: the PDF writer redraws them with real text. */
  ops: PageOp[];
  mapCanvas: HTMLCanvasElement;
  visible: VisibleSet;
  sources: SourceRef[];
  /** How many of `sources` the page names (print/page-layout.ts pageOps); none when the page has no source list. */
  sourcesNamed: number;
  attribution: string;
  /** Map pixels actually drawn by the GPU, and the DPI they amount to on the page. */
  achievedMapPx: { width: number; height: number };
  achievedDpi: number;
  tiles: number;
}

export interface Session {
  page: PageSize;
  layout: PageLayout;
  camera: Camera;
  frame(date: string): Promise<Frame>;
  close(): void;
}

export function liveCamera(map: MlMap): Camera {
  const c = map.getCenter().wrap();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

export function liveSize(map: MlMap): { width: number; height: number } {
  const c = map.getContainer();
  return { width: c.clientWidth, height: c.clientHeight };
}

/** Canvas text measures (and draws) in the page face only once it has loaded. */
async function loadPageFont(): Promise<void> {
  await Promise.all([document.fonts.load(`400 16px ${PAGE_FONT}`), document.fonts.load(`700 16px ${PAGE_FONT}`)]);
}

/** Page, layout and the live-map preview frame for these options; cheap, no rendering. */
export function plan(
  map: MlMap,
  opts: ExportOptions,
): { page: PageSize; layout: PageLayout; frame: { x: number; y: number; w: number; h: number } } {
  const page = pageSize(opts, liveSize(map));
  const layout = layoutPage({
    widthPx: page.widthPx,
    heightPx: page.heightPx,
    u: page.pixelRatio,
    title: opts.title,
    subtitle: opts.subtitle,
    sources: opts.sources,
    measure: canvasMeasure(document.createElement('canvas').getContext('2d')!),
  });
  const frame = frameInView(liveSize(map), layout.map.w / layout.map.h);
  return { page, layout, frame };
}

function htmlToText(html: string): string {
  // DOMParser builds an inert document: nothing in it runs or loads; we only read its text.
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}

function attributionOf(map: MlMap): string {
  const parts = new Set<string>();
  for (const id of Object.keys(map.getStyle().sources)) {
    const a = (map.getSource(id) as { attribution?: unknown } | undefined)?.attribution;
    if (typeof a === 'string' && a.trim()) parts.add(htmlToText(a));
  }
  return parts.size
    ? `Basemap: ${[...parts].join(' · ')} · Places and claims: briefmap from the listed articles`
    : 'Places and claims: briefmap from the listed articles';
}

/** The off-screen map as reported up to `date`: its claims and places, never the hindsight reading. */
function setClaimsDate(off: MlMap, target: ExportTarget, date: string): void {
  const s = { ...target.store.get(), date, reading: 'reported' as const };
  off.getSource<GeoJSONSource>('claims')?.setData(claimsForMap(s));
  off.getSource<GeoJSONSource>('places')?.setData(placesForMap(s));
  setExportControlDate(off, s, date);
  setExportRing(off, s, date);
}

/** `fullSourceList`: where the whole source list goes beside the image (a bundle's manifest), null for an image alone. */
export async function openSession(target: ExportTarget, opts: ExportOptions, fullSourceList: string | null = null): Promise<Session> {
  // The layout wraps the title in the page face: measured in a fallback face it could wrap otherwise than it draws.
  await loadPageFont();
  const { page, layout, frame } = plan(target.map, opts);
  const cssW = Math.round(layout.map.w / page.pixelRatio);
  const cssH = Math.round(layout.map.h / page.pixelRatio);
  const camera = opts.bounds ? cameraForBounds(opts.bounds, cssW, cssH) : cameraForFrame(liveCamera(target.map), frame.w, cssW);
  // Region outlines load after the live map's first idle; an early export (the CLI) waits for them.
  await regionShapesSettled();
  updateRegions(target.map, target.store.get());
  const offscreen: OffscreenMap = await openOffscreen({
    style: target.map.getStyle(),
    widthPx: layout.map.w,
    heightPx: layout.map.h,
    pixelRatio: page.pixelRatio,
    camera,
  });
  let currentDate: string | null = null; // the first frame always sets its date: the live map may read in hindsight

  return {
    page,
    layout,
    camera,
    async frame(date) {
      if (date !== currentDate) {
        setClaimsDate(offscreen.map, target, date);
        currentDate = date;
        await waitIdle(offscreen.map);
      }
      const s = target.store.get();
      const visible = emptyVisible();
      const drawn = await offscreen.draw((m) => collectVisible(m, s, visible));
      const sources = sourcesOf(s, visible, date);
      const attribution = attributionOf(offscreen.map);
      await loadPageFont();
      const measure = canvasMeasure(document.createElement('canvas').getContext('2d')!);
      const areas = s.dataset.claims.features.some((f) => isArea(f) && visible.claimIds.has(f.properties.id));
      const outlines = countryOutlines();
      const b = visible.bounds;
      const facts = { sourcesNamed: 0 };
      const ops = pageOps(
        layout,
        {
          title: opts.title,
          subtitle: opts.subtitle,
          dateStamp: opts.dateStamp ? `Situation as reported up to ${formatDate(date)}` : null,
          legend: opts.legend ? legendOf(s, visible, date) : null,
          countries: opts.legend ? countriesNamed({ ...s, date }).map(({ f, articles }) => ({ name: f.properties.name, articles })) : [],
          sources: opts.sources ? sources : null,
          fullSourceList,
          attribution,
          metersPerPx: opts.scaleBar ? metersPerCssPx(camera.center[1], camera.zoom) / page.pixelRatio : null,
          bearing: opts.northArrow ? camera.bearing : null,
          notes: areas
            ? [
                'Areas are circles of the reported figure around the place the text names, clipped to the country: approximate, not front lines. Nothing appears before the article that reported it.',
              ]
            : [],
          inset:
            outlines.length && b
              ? {
                  shapes: outlines,
                  frame: b,
                  view: [Math.min(21, b[0] - 1), Math.min(43, b[1] - 1), Math.max(46, b[2] + 1), Math.max(57, b[3] + 1)],
                }
              : null,
        },
        measure,
        facts,
      );
      const canvas = composePage(page.widthPx, page.heightPx, ops, drawn.canvas);
      const achievedDpi = Math.round((page.dpi * drawn.achievedWidth) / layout.map.w);
      return {
        date,
        canvas,
        ops,
        mapCanvas: drawn.canvas,
        visible,
        sources,
        sourcesNamed: facts.sourcesNamed,
        attribution,
        achievedMapPx: { width: drawn.achievedWidth, height: drawn.achievedHeight },
        achievedDpi,
        tiles: drawn.tiles,
      };
    },
    close: () => offscreen.close(),
  };
}
