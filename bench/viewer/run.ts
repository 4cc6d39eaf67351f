// Viewer benchmark (issue 5): time to first idle against a bare MapLibre page with the same embedded basemap,
// frame times while panning 50,000 places, how the UI responds at that scale, and A4 300 dpi export time.
// Everything runs in headless Chromium with SwiftShader (WebGL on the CPU) from one production build, offline.
// Standalone: node --import tsx bench/viewer/run.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { median, sig, type BenchRow, type BenchSection } from '../lib/section.ts';
import { consoleTable } from '../lib/table.ts';
import { serveStatic } from '../../src/cli/static-server.ts';
import { buildBare, buildViewer, geocodeSeeds, withData } from './build.ts';
import { freshPage, launch } from './chrome.ts';
import { bareFirstIdle, loadViewer, viewerFirstIdle } from './first-idle.ts';
import { frameStats, panFrames, type FrameStats, type PanPlan } from './pan.ts';
import { longTasksUntil, measureInteractions, watchLongTasks, type Interactions } from './interactions.ts';
import { exportOnce, type ExportRun } from './export-time.ts';
import { writeSyntheticDataset } from './synthetic.ts';

/** Issue 5: the viewer's first idle within 1.2× of a bare MapLibre page. */
const IDLE_TARGET = 1.2;

export interface ViewerBenchOptions {
  /** First-idle runs of each page (alternating, fresh browser context each). */
  runs: number;
  places: number;
  exportRuns: number;
}

const DEFAULTS: ViewerBenchOptions = { runs: 7, places: 50_000, exportRuns: 3 };

/** Pans: the whole front at zoom 6, and one sector at zoom 8 where single places and their labels are drawn. */
const PANS: PanPlan[] = [
  { center: [36.5, 49.5], zoom: 6, legMs: 2000, legPx: 600 },
  { center: [36.5, 49.5], zoom: 8, legMs: 2000, legPx: 600 },
];

interface IdleComparison {
  viewer: number[];
  bare: number[];
  viewerData: number[];
  viewerUi: number[];
  mapPx: { width: number; height: number };
}

async function compareFirstIdle(browser: Browser, base: string, runs: number): Promise<IdleComparison> {
  // Warm-up (discarded): the first page in a browser pays for process start-up and shader compilation, and the
  // viewer's map area gives the bare page its size.
  const warm = await freshPage(browser);
  await loadViewer(warm, base);
  const mapPx = await warm.page.evaluate(() => ({
    width: document.getElementById('map')!.clientWidth,
    height: document.getElementById('map')!.clientHeight,
  }));
  await warm.context.close();
  const bareUrl = `${base}bare.html?w=${mapPx.width}&h=${mapPx.height}`;
  await bareFirstIdle(browser, bareUrl);

  const out: IdleComparison = { viewer: [], bare: [], viewerData: [], viewerUi: [], mapPx };
  for (let i = 0; i < runs; i++) {
    // Alternate which page goes first, so drift in machine load falls on both.
    const order = i % 2 === 0 ? ['bare', 'viewer'] : ['viewer', 'bare'];
    for (const which of order) {
      if (which === 'bare') {
        const r = await bareFirstIdle(browser, bareUrl);
        if (r.errors.length || r.offline.length) throw new Error(`bare page: ${[...r.errors, ...r.offline].join('; ')}`);
        out.bare.push(r.idleAt);
      } else {
        const r = await viewerFirstIdle(browser, base);
        if (r.errors.length || r.offline.length) throw new Error(`viewer: ${[...r.errors, ...r.offline].join('; ')}`);
        out.viewer.push(r.idleAt);
        if (r.dataAt !== null) out.viewerData.push(r.dataAt);
        if (r.uiAt !== null) out.viewerUi.push(r.uiAt);
      }
    }
  }
  return out;
}

interface ScaleRun {
  idleAt: number;
  dataAt: number | null;
  uiAt: number | null;
  pans: { zoom: number; stats: FrameStats; deltas: number[] }[];
  interactions: Interactions;
}

async function measureScale(browser: Browser, url: string, hubPlaceId: string, withInteractions: boolean): Promise<ScaleRun> {
  const p = await freshPage(browser);
  try {
    await watchLongTasks(p.page);
    const load = await loadViewer(p, url);
    const longTasks = await longTasksUntil(p.page, load.idleAt);
    const pans = [];
    for (const plan of PANS) {
      const deltas = await panFrames(p.page, plan);
      pans.push({ zoom: plan.zoom, stats: frameStats(deltas), deltas });
    }
    const interactions = withInteractions
      ? await measureInteractions(p.page, longTasks, hubPlaceId)
      : ({ load: longTasks } as Interactions);
    if (p.errors.length || p.offline.length) throw new Error(`viewer at scale: ${[...p.errors, ...p.offline].join('; ')}`);
    return { idleAt: load.idleAt, dataAt: load.dataAt, uiAt: load.uiAt, pans, interactions };
  } finally {
    await p.context.close();
  }
}

async function measureExport(browser: Browser, url: string, runs: number): Promise<ExportRun[]> {
  const out: ExportRun[] = [];
  for (let i = 0; i < runs; i++) {
    const p = await freshPage(browser);
    try {
      await loadViewer(p, url);
      out.push(await exportOnce(p.page, { size: 'a4-landscape', dpi: 300, format: 'png' }));
      if (p.errors.length) throw new Error(`export: ${p.errors.join('; ')}`);
    } finally {
      await p.context.close();
    }
  }
  return out;
}

/** "1.9–2.8": the spread of a sample in seconds, to read the median against on a shared machine. */
function range(xs: number[]): string {
  return `${sig(Math.min(...xs) / 1000, 2)}–${sig(Math.max(...xs) / 1000, 2)}`;
}

function ms(x: number): string {
  return `${sig(x)} ms`;
}

function rowsOf(idle: IdleComparison, scale: ScaleRun, seedPans: ScaleRun['pans'], exports: ExportRun[], places: number): BenchRow[] {
  const viewer = median(idle.viewer);
  const bare = median(idle.bare);
  const ratio = viewer / bare;
  const n = places.toLocaleString('en-GB');
  const rows: BenchRow[] = [
    {
      name: `viewer first idle, seed data (from navigation start, median of ${idle.viewer.length})`,
      value: sig(viewer),
      unit: 'ms',
      comparison: `${sig(ratio)}× the bare MapLibre page; runs ${range(idle.viewer)} vs ${range(idle.bare)} s`,
      target: `≤ ${IDLE_TARGET}× bare: ${ratio <= IDLE_TARGET ? 'met' : 'not met'}`,
    },
    { name: `bare MapLibre page first idle, same embedded basemap (median of ${idle.bare.length})`, value: sig(bare), unit: 'ms' },
    {
      name: `viewer first idle, ${n} places`,
      value: sig(scale.idleAt),
      unit: 'ms',
      comparison: `data fetched and validated at ${scale.dataAt === null ? '?' : ms(scale.dataAt)}; ${sig(scale.idleAt / bare)}× bare`,
    },
    {
      name: `main-thread blocking while loading ${n} places (TBT)`,
      value: sig(scale.interactions.load.blockingMs),
      unit: 'ms',
      comparison: `longest task ${ms(scale.interactions.load.maxMs)}`,
    },
  ];
  for (const pan of scale.pans) {
    const ref = seedPans.find((s) => s.zoom === pan.zoom)?.stats;
    const s = pan.stats;
    const what = pan.zoom < 7 ? 'the whole front, clustered' : 'one front sector: clusters, single places, labels';
    rows.push({
      name: `pan frame time p50, ${n} places, zoom ${pan.zoom} (${what})`,
      value: sig(s.p50),
      unit: 'ms',
      comparison: ref ? `seed data: ${ms(ref.p50)}` : undefined,
    });
    rows.push({
      name: `pan frame time p95, ${n} places, zoom ${pan.zoom}`,
      value: sig(s.p95),
      unit: 'ms',
      comparison: ref ? `seed data: ${ms(ref.p95)}` : undefined,
    });
    rows.push({
      name: `pan frame time max, ${n} places, zoom ${pan.zoom}`,
      value: sig(s.max),
      unit: 'ms',
      comparison: ref ? `seed data: ${ms(ref.max)}` : undefined,
    });
    rows.push({
      name: `pan frames dropped (60 Hz), ${n} places, zoom ${pan.zoom}`,
      value: s.dropped,
      unit: 'frames',
      comparison: `${sig(100 * s.droppedShare, 2)}% of ${Math.round(s.durationMs / (1000 / 60))}${ref ? `; seed data: ${ref.dropped}` : ''}`,
    });
  }
  const it = scale.interactions;
  if (it.articleHighlightSyncMs !== undefined) {
    rows.push(
      {
        name: `highlight an article, ${n} places (handler / until redrawn)`,
        value: sig(it.articleHighlightSyncMs),
        unit: 'ms',
        comparison: `redrawn after ${ms(it.articleHighlightIdleMs)}`,
      },
      {
        name: `search keystroke, ${n} places (median of 10)`,
        value: sig(it.searchKeystrokeMs),
        unit: 'ms',
        comparison: `slowest ${ms(it.searchKeystrokeMaxMs)}`,
      },
      {
        name: `open the places list, ${n} places (first time, to painted)`,
        value: sig(it.placesPanelOpenMs),
        unit: 'ms',
        comparison: `${it.placesPanelRows} rows in the DOM`,
      },
      {
        name: `open the popup of the most-mentioned place, ${n} places`,
        value: sig(it.popupHubSyncMs),
        unit: 'ms',
        comparison: `${it.popupHubMentions} mention rows rendered`,
      },
      { name: `move the timeline, ${n} places`, value: sig(it.dateChangeSyncMs), unit: 'ms' },
    );
  }
  const ex = median(exports.map((e) => e.ms));
  const e0 = exports[0]!;
  rows.push({
    name: 'export A4 landscape 300 dpi PNG, seed data (median of 3)',
    value: sig(ex),
    unit: 'ms',
    comparison: `${e0.widthPx}×${e0.heightPx} px, map drawn at ${e0.achievedDpi} dpi in ${e0.tiles} tile(s)`,
  });
  return rows;
}

export async function runViewerBench(options: Partial<ViewerBenchOptions> = {}): Promise<BenchSection> {
  const opts = { ...DEFAULTS, ...options };
  const started = performance.now();
  const loadStart = loadavg();
  const work = mkdtempSync(join(tmpdir(), 'briefmap-bench-viewer-'));
  try {
    const seedDir = join(work, 'seed');
    geocodeSeeds(seedDir);
    const bigDir = join(work, 'synthetic');
    const big = writeSyntheticDataset(bigDir, opts.places);
    const hubPlaceId = big.places.features.reduce((a, b) => (b.properties.mentionCount > a.properties.mentionCount ? b : a)).properties.id;

    const t = performance.now();
    const dist = join(work, 'dist');
    await buildViewer(seedDir, dist);
    await buildBare(dist);
    const bigDist = join(work, 'dist-synthetic');
    withData(dist, bigDir, bigDist);
    const buildMs = performance.now() - t;

    const seedServer = await serveStatic(dist);
    const bigServer = await serveStatic(bigDist);
    const browser = await launch();
    try {
      const idle = await compareFirstIdle(browser, seedServer.url, opts.runs);
      const scale = await measureScale(browser, bigServer.url, hubPlaceId, true);
      const seed = await measureScale(browser, seedServer.url, hubPlaceId, false);
      const exports = await measureExport(browser, seedServer.url, opts.exportRuns);
      const viewer = median(idle.viewer);
      const bare = median(idle.bare);
      return {
        id: 'viewer',
        title: 'Viewer (headless Chromium, SwiftShader software WebGL)',
        rows: rowsOf(idle, scale, seed.pans, exports, opts.places),
        figures: {
          renderer: 'headless Chromium with SwiftShader: WebGL rendered on the CPU, so frame times are a software-rendering floor',
          chromium: browser.version(),
          // The machine may be shared: wall-clock figures move with its load.
          cpus: cpus().length,
          loadAverage: { start: loadStart, end: loadavg() },
          runs: opts.runs,
          mapPx: idle.mapPx,
          firstIdle: {
            viewerMs: viewer,
            bareMs: bare,
            ratio: viewer / bare,
            target: IDLE_TARGET,
            met: viewer / bare <= IDLE_TARGET,
            viewerSamples: idle.viewer,
            bareSamples: idle.bare,
            viewerDataReadyMs: idle.viewerData.length ? median(idle.viewerData) : null,
            viewerUiReadyMs: idle.viewerUi.length ? median(idle.viewerUi) : null,
          },
          scale: {
            places: opts.places,
            firstIdleMs: scale.idleAt,
            dataReadyMs: scale.dataAt,
            uiReadyMs: scale.uiAt,
            pans: scale.pans.map((p) => ({ zoom: p.zoom, ...p.stats })),
            seedPans: seed.pans.map((p) => ({ zoom: p.zoom, ...p.stats })),
            interactions: scale.interactions,
          },
          exportA4Landscape300: { medianMs: median(exports.map((e) => e.ms)), runs: exports },
          buildMs,
          benchMs: performance.now() - started,
        },
      };
    } finally {
      await browser.close();
      await seedServer.close();
      await bigServer.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const section = await runViewerBench();
  console.log(consoleTable([section]));
  console.log(`\n${JSON.stringify(section.figures, null, 2)}`);
}
