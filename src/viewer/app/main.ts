// Entry point: load and validate the data, build the state, the map and the panels, and wire them together.
import { dataBase, prefetched } from '../data/prefetch.ts'; // first: the data downloads while the rest of the bundle is evaluated
import 'maplibre-gl/dist/maplibre-gl.css';
// Page text in the map labels' typeface, from the app's own files (Latin and Cyrillic subsets load on demand).
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { LngLat, Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
// Vite must ship the worker as a file of its own; without this the map never loads.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { DataError, loadDataset, type Dataset } from '../data/data.ts';
import { titleOf } from '../data/title.ts';
import { selectionWithArticle } from './article-selection.ts';
import { createStore, type AppState, type NavState, type Store } from './state.ts';
import { formatHash, readHash, writeHash, type LinkProblem } from './permalink.ts';
import { checkLinkAgainstData } from './link-check.ts';
import { embeddedStyle } from '../map/basemap/embedded-style.ts';
import { bindBasemap } from '../map/basemap/apply.ts';
import { askToLoadStyle, needsConfirmation } from '../map/basemap/confirm.ts';
import { BasemapSwitcher } from '../map/controls/basemap-switcher.ts';
import { keepBottomCornersApart } from '../map/controls/bottom-clear.ts';
import { SafeAttributionControl } from '../map/controls/safe-attribution.ts';
import { bindPlaceEvents, installPlaces, updatePlaces } from '../map/layers/places.ts';
import { bindClaimEvents, installClaims, raiseClaimMarkers, updateClaims } from '../map/layers/claims.ts';
import { loadCountryShapes } from '../map/layers/country-clip.ts';
import { bindRegionEvents, installRegions, loadRegionShapes, updateRegions } from '../map/layers/regions.ts';
import { provideSymbolImages } from '../map/symbol-images.ts';
import { installOverlays, updateOverlays } from '../map/layers/overlays.ts';
import { bindControlEvents, installControl, updateControl } from '../map/layers/control.ts';
import { createControlLegend } from '../ui/control-legend.ts';
import '../ui/control.css';
import { applyControlPalette } from '../ui/control-palette.ts';
import { createControlTicks } from '../ui/control-ticks.ts';
import { createFootprintSummary } from '../ui/panels/footprint-summary.ts';
import { clipsSettled, loadCountryClips } from '../data/country-clip.ts';
import { latestReport } from '../data/timeline-scale.ts';
import { bindSelectionRing } from '../map/selection-ring.ts';
import { inBackground, whenBrowserIdle } from './background.ts';
import { runDeferredChecks, type DeferredCheck } from '../data/deferred-validation.ts';
import { bindPopups } from '../map/popups.ts';
import { bindPlaceKeys } from '../map/controls/place-keys.ts';
import { addCountriesNamed } from '../map/controls/countries-named.ts';
import { createTimeline } from '../ui/timeline.ts';
import { trackTimelineHeight } from './timeline-height.ts';
import { createChartFold } from '../ui/chart-fold.ts';
import { createChart } from '../ui/chart.ts';
import { allowFootprintSeries } from '../ui/chart-footprint.ts';
import { shownAt } from '../data/claims-model.ts';
import { createArticlesPanel } from '../ui/panels/articles.ts';
import { createClaimsPanel } from '../ui/panels/claims-table.ts';
import { createPlacesPanel } from '../ui/panels/places.ts';
import { createSearch } from '../ui/panels/search.ts';
import { createUnresolvedPanel } from '../ui/panels/unresolved.ts';
import { createUpload } from '../data/upload.ts';
import { mergeArticles } from '../data/geoparse.ts';
import { bindNotice, showFatal } from '../ui/notice.ts';
import { claimAnchor, findClaim, findPlace } from '../data/lookup.ts';
import { fitPlaces, flyToClaim, flyToPlace } from '../map/navigate.ts';
import { el } from '../ui/dom.ts';
import { LEGEND_ROOM_PX, LegendControl, legendOpen } from '../ui/legend.ts';
import { installExport } from '../export/install.ts';
import { DEFAULT_VIEW } from './default-view.ts';
import { openingBounds, reportedPoints } from './opening-view.ts';
import { placesByArticle, warmIndexes } from '../data/dataset-index.ts';
import { loadIssues } from '../data/report-issues.ts';

setWorkerUrl(workerUrl);
// Before any panel is drawn: control.css takes its status colours from these properties.
applyControlPalette(document.documentElement);

export interface BriefmapDebug {
  map: MlMap;
  store: Store;
  /** Resolves at the next `idle`: everything requested has been loaded and drawn. */
  idle(): Promise<void>;
  firstIdleMs: number | null;
  /** performance.now() at the first `idle`: ms since navigation start (what the benchmark compares). */
  firstIdleAt: number | null;
  /** Whether the full check of the claims and events (after the first idle) has passed. */
  dataChecked: boolean;
  hash(): string;
}
declare global {
  interface Window {
    __briefmap?: BriefmapDebug;
  }
}

function nav(s: AppState): NavState {
  return {
    view: s.view,
    date: s.date,
    basemap: s.basemap,
    selection: s.selection,
    article: s.article,
    reading: s.reading,
    legend: s.legend,
  };
}

function viewOf(map: MlMap): NavState['view'] {
  const c = map.getCenter().wrap();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
}

/** More than rounding apart. */
function viewsDiffer(a: NavState['view'], b: NavState['view']): boolean {
  return (
    Math.abs(a.zoom - b.zoom) > 1e-3 ||
    Math.abs(a.lat - b.lat) > 1e-5 ||
    Math.abs(a.lon - b.lon) > 1e-5 ||
    Math.abs(a.bearing - b.bearing) > 0.05 ||
    Math.abs(a.pitch - b.pitch) > 0.05
  );
}

/** The corpus's title (the manifest's, else said from the data) in the tab and the panel header. */
function showTitle(dataset: Dataset): void {
  const { title, subtitle } = titleOf(dataset);
  document.title = `${title} · briefmap`;
  const host = document.getElementById('corpus-title');
  if (host) {
    host.textContent = title;
    host.title = subtitle;
  }
}

async function start(): Promise<void> {
  const base = new URL('./', document.baseURI);
  const panelBody = document.getElementById('panel-body')!;
  const mapHost = document.getElementById('map')!;
  const timelineHost = document.getElementById('timeline')!;
  const statusHost = document.getElementById('status')!;
  trackTimelineHeight(timelineHost);

  // The data was requested before the bundle finished evaluating (prefetch.ts), so it is usually here by now.
  // Validated before the map exists, its layers join the map's first load. Creating the map first was tried: its
  // first frames (~100 ms each with software WebGL) then ran ahead of the data's tasks, which became ready
  // ~400 ms later instead of ~50 ms after start.
  // The shapes that area claims and control footprints are clipped to load alongside the data, and the layers wait
  // for them: each is then built once, clipped. (Drawing them unclipped first and again when the shapes came built
  // the claims and the control view twice, about a second each on a 10,000-article corpus.)
  loadCountryClips(base);
  const shapesLoaded = loadCountryShapes(base).then(
    () => null,
    (e: unknown) => e,
  );
  const clipsReady = clipsSettled();
  let loaded;
  try {
    loaded = await loadDataset(prefetched, dataBase);
  } catch (e) {
    return showDataError(mapHost, e);
  }
  const shapesError = await shapesLoaded;
  await clipsReady;
  performance.mark('briefmap:data'); // fetched and validated: the benchmark splits first idle at these marks
  const { dataset, deferred } = loaded;
  try {
    mount(dataset, deferred, shapesError, { base, panelBody, mapHost, timelineHost, statusHost });
  } catch (e) {
    // Data that passed the shape check but broke drawing: the full check says which field, if a field is the cause.
    try {
      for (const check of deferred) check.step(Infinity);
    } catch (invalid) {
      return showDataError(mapHost, invalid);
    }
    throw e;
  }
}

/** The viewer stopped on a data file that does not load or validate: the file, and the field, in one line each. */
function showDataError(mapHost: HTMLElement, e: unknown): void {
  const lines = e instanceof DataError ? e.problems.map((p) => `${e.file} → ${p}`) : [String(e)];
  showFatal(mapHost, e instanceof DataError ? `The data file ${e.file} is not valid` : 'The data could not be loaded', lines);
}

/** Before the first frame: moves from the default view to where the corpus's reports shown at the opening date are,
 * if they lie elsewhere, leaving the room of an open legend free. */
function openOnTheReports(map: MlMap, dataset: Dataset, nav: NavState, legendIsOpen: boolean): void {
  const b = map.getBounds();
  const points = reportedPoints(dataset, nav.date, nav.reading);
  const open = openingBounds(points, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
  // More room on top: a point's count and figure labels sit above it.
  const padding = { top: 64, right: 40, bottom: 40, left: legendIsOpen ? LEGEND_ROOM_PX : 40 };
  const camera = open && map.cameraForBounds(open, { padding, maxZoom: 9 });
  if (camera) map.jumpTo(camera);
}

/** A link's state, with what of it was not used (a bad value, a date off the timeline, an id not in the data). */
function readLink(hash: string, defaults: NavState, dataset: Dataset): { nav: NavState; problems: LinkProblem[] } {
  const read = readHash(hash, defaults);
  const checked = checkLinkAgainstData(read.nav, dataset);
  return { nav: checked.nav, problems: [...read.problems, ...checked.problems] };
}

/** The first problem with the link, one line (and how many more), or no notice. */
function linkNotice(problems: LinkProblem[]): AppState['notice'] {
  const [first, ...rest] = problems;
  if (!first) return null;
  const more = rest.length > 0 ? ` (also not as linked: ${rest.map((p) => `${p.field}=`).join(', ')})` : '';
  return { tone: 'info', text: `${first.text}${more}` };
}

interface Hosts {
  base: URL;
  panelBody: HTMLElement;
  mapHost: HTMLElement;
  timelineHost: HTMLElement;
  statusHost: HTMLElement;
}

function mount(
  dataset: Dataset,
  deferred: DeferredCheck[],
  shapesError: unknown,
  { base, panelBody, mapHost, timelineHost, statusHost }: Hosts,
): void {
  showTitle(dataset);
  const defaults: NavState = { view: DEFAULT_VIEW, date: latestReport(dataset), basemap: 'embedded', selection: null, article: null };
  const { nav: linked, problems: linkProblems } = readLink(location.hash, defaults, dataset);
  // A style URL from the link waits for the user's consent (askToLoadStyle below); until then, the offline basemap.
  const initial = needsConfirmation(linked.basemap) ? { ...linked, basemap: defaults.basemap } : linked;
  const store = createStore({ ...initial, dataset, overlays: [], notice: linkNotice(linkProblems), dataVersion: 0 });
  const confirmLinkedStyle = (nav: NavState): NavState => {
    if (!needsConfirmation(nav.basemap) || nav.basemap === store.get().basemap) return nav;
    const url = nav.basemap;
    askToLoadStyle(document.body, url, () => store.update({ basemap: url }));
    return { ...nav, basemap: store.get().basemap };
  };
  confirmLinkedStyle(linked);

  const map = new MlMap({
    container: mapHost,
    style: embeddedStyle(base),
    center: [initial.view.lon, initial.view.lat],
    zoom: initial.view.zoom,
    bearing: initial.view.bearing,
    pitch: initial.view.pitch,
    attributionControl: false, // SafeAttributionControl: MapLibre's sets style attribution HTML with innerHTML
    canvasContextAttributes: { preserveDrawingBuffer: true }, // lets tests and users snapshot the canvas
    maxPitch: 85,
    // Labels appear at once instead of fading in over 300 ms: every fade is frames drawn until it ends, and each new
    // placement (each batch of tiles, each date) starts one. With software WebGL a frame of a large corpus takes
    // most of a second, so the fades were whole frames before the first idle and after each change.
    fadeDuration: 0,
  });
  const mapCreated = performance.now();
  if (linked.view === defaults.view) {
    // The link named no (valid) view. The store learns the new view here: the map's listeners are not bound yet.
    openOnTheReports(map, dataset, initial, legendOpen(initial, mapHost.clientWidth));
    store.update({ view: viewOf(map) });
  }
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  map.addControl(new BasemapSwitcher(store), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  map.addControl(new SafeAttributionControl(), 'bottom-right');
  map.addControl(new LegendControl(store, [createControlLegend(store)]), 'bottom-left');
  keepBottomCornersApart(map);
  addCountriesNamed(map, store);
  installExport(map, store, linkProblems); // export button + dialog, and window.__briefmapExport for the CLI

  // Our layers live in the style, so every style (re)load must add them again.
  map.on('style.load', () => {
    const s = store.get();
    installRegions(map, s);
    installClaims(map, s);
    installOverlays(map, s);
    installPlaces(map, s);
    installControl(map, s, 'claims-area-fill');
    raiseClaimMarkers(map);
  });
  provideSymbolImages(map);
  if (shapesError)
    store.update({
      notice: {
        tone: 'error',
        text: `Area claims are drawn unclipped: ${shapesError instanceof Error ? shapesError.message : String(shapesError)}`,
      },
    });
  bindControlEvents(map, store);
  bindPlaceEvents(map, store);
  bindRegionEvents(map, store);
  bindClaimEvents(map, store);
  bindSelectionRing(map, store); // before the popups: a popup is drawn above it
  bindPopups(map, store);
  bindPlaceKeys(map, store);
  bindBasemap(map, store, base);
  bindNotice(store, statusHost);

  const selectPlace = (id: string) => {
    store.update({ selection: { kind: 'place', id } });
    const f = findPlace(store.get(), id);
    if (f) flyToPlace(map, f);
  };
  const selectClaim = (id: string) => {
    const f = findClaim(store.get(), id);
    if (!f) return;
    // A claim picked from the table or chart must be on the map: move the timeline to when it became known (or, in
    // hindsight, to its period) if needed.
    const s = store.get();
    const date = shownAt(f, s.date, s.reading) ? s.date : s.reading === 'described' ? f.properties.asOf.end : f.properties.published;
    store.update({ selection: { kind: 'claim', id }, date });
    flyToClaim(map, f);
  };
  // One update: the article and the selection it keeps (article-selection.ts), then the map fits the article's places
  // and a kept claim's popup anchor, so no popup is left over a view it is not in.
  const selectArticle = (file: string | null) => {
    store.update({ article: file, selection: selectionWithArticle(store.get(), file) });
    if (!file) return;
    const s = store.get();
    const claim = s.selection?.kind === 'claim' ? findClaim(s, s.selection.id) : undefined;
    const anchor = claim && claimAnchor(claim);
    fitPlaces(map, placesByArticle(s.dataset).get(file) ?? [], anchor ? [LngLat.convert(anchor).toArray()] : []);
  };

  panelBody.append(
    createSearch(store, selectPlace),
    createArticlesPanel(store, selectArticle),
    createClaimsPanel(store, selectClaim),
    createFootprintSummary(store),
    createPlacesPanel(store, selectPlace),
    createUnresolvedPanel(store),
    createUpload(store, mergeArticles, document.body),
  );

  const timeline = createTimeline(store);
  const chart = createChart({ store, scale: timeline.scale, onSelectClaim: selectClaim });
  timeline.buttons.append(createChartFold(chart, timelineHost));
  timelineHost.append(
    timeline.controls,
    el(
      'div',
      { class: 'timeline-main' },
      chart,
      el('div', { class: 'timeline-track' }, timeline.slider, createControlTicks(store, timeline.scale)),
    ),
  );
  performance.mark('briefmap:ui');

  // State → map and URL.
  store.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset) showTitle(s.dataset);
    if (map.getSource('places')) {
      updatePlaces(map, s, prev);
      updateRegions(map, s, prev);
      updateClaims(map, s, prev);
      updateOverlays(map, s, prev);
      updateControl(map, s, prev);
    }
    if (s.view !== prev.view) {
      const v = s.view;
      if (viewsDiffer(viewOf(map), v)) map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch });
    }
    writeHash(nav(s));
  });
  // Map → state, once a gesture or animation ends (not per frame).
  map.on('moveend', () => store.update({ view: viewOf(map) }));
  // A pasted or edited link: re-read the hash; invalid parts keep their current values.
  window.addEventListener('hashchange', () => {
    const { nav: next, problems } = readLink(location.hash, nav(store.get()), dataset);
    store.update({ ...confirmLinkedStyle(next), ...(problems.length > 0 ? { notice: linkNotice(problems) } : {}) });
  });
  writeHash(nav(store.get()));

  const debug: BriefmapDebug = {
    map,
    store,
    firstIdleMs: null,
    firstIdleAt: null,
    dataChecked: deferred.length === 0,
    idle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    hash: () => formatHash(nav(store.get())),
  };
  map.once('idle', () => {
    debug.firstIdleAt = performance.now();
    debug.firstIdleMs = debug.firstIdleAt - mapCreated;
    document.documentElement.dataset.mapReady = 'true';
    // The claims' and events' full check, a slice per task, yielding to a popup the user waits for: bad data stops
    // the viewer as it would have at load, with the file and the field.
    void runDeferredChecks(deferred, inBackground, (e) => {
      map.remove();
      showDataError(mapHost, e);
    }).then((passed) => (debug.dataChecked = passed));
    warmIndexes(store.get().dataset);
    // The chart's footprint lines, a slice at a time, and the report's issues when only its summary was read (the
    // closed list of names not on the map shows them; opening it reads them at once): at the browser's first idle
    // moment, so that a popup opened as the map appears does not wait behind them.
    whenBrowserIdle(allowFootprintSeries);
    whenBrowserIdle(() =>
      loadIssues(store.get().dataset.report).catch((e: unknown) =>
        store.update({
          notice: { tone: 'error', text: `The names not on the map could not be loaded: ${e instanceof Error ? e.message : String(e)}` },
        }),
      ),
    );
    // Region outlines (half a megabyte of oblast shapes) load after the first idle, not before it, and are drawn in
    // a background turn: the frames they cost (most of a second each with software WebGL on a large corpus) come
    // after the page of mentions of a popup opened as the map appeared.
    loadRegionShapes(base)
      .then(() => new Promise<void>((drawn) => inBackground(drawn)))
      .then(() => updateRegions(map, store.get()))
      .catch((e: unknown) =>
        store.update({ notice: { tone: 'error', text: `Regions are not outlined: ${e instanceof Error ? e.message : String(e)}` } }),
      );
  });
  window.__briefmap = debug;
}

void start();
