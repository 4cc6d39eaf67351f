// The viewer on a real `briefmap geocode` output of a generated corpus (issue 13): 10,000 articles, ~440,000
// mentions. First idle against the seeds' output (target: within 2×), and place popups (target: < 200 ms), timed from
// the selection (what a click does) to the first page of mentions in the DOM, and to the map's next idle: the busiest
// place at once after the first idle, and the second busiest once the map has settled. The viewer reads
// places.compact.geojson and fetches mentions.json a page at a time with byte ranges; likewise the claims without
// their quotes (claims.compact.geojson) and the report without its issues (report.summary.json).
//   node --import tsx bench/viewer/corpus.ts [--articles 10000] [--runs 5] [--output <existing geocode output>]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { median, sig, type BenchSection } from '../lib/section.ts';
import { consoleTable } from '../lib/table.ts';
import { serveStatic } from '../../src/cli/static-server.ts';
import { geocode } from '../../src/cli/geocode/geocode.ts';
import { VIEWER_FILES } from '../../src/cli/geocode/corpus-writer.ts';
import { buildSeedViewer } from './build.ts';
import { freshPage, launch } from './chrome.ts';
import { loadViewer } from './first-idle.ts';

const root = resolve(import.meta.dirname, '..', '..');
const IDLE_TARGET = 2;
const POPUP_TARGET_MS = 200;

export interface CorpusBenchOptions {
  articles: number;
  runs: number;
  log?: (line: string) => void;
  /** An existing geocode output of the generated corpus to measure instead of geocoding it again. */
  output?: string;
}

/** bench/generated/corpus-N (cached: the generator is deterministic) geocoded into `out`. */
async function corpusOutput(articles: number, out: string, log: (s: string) => void): Promise<void> {
  const dir = join(root, 'bench', 'generated', `corpus-${articles}`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    log(`generating ${articles} articles into ${dir}…`);
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'bench', 'generate-corpus.ts'), '--articles', String(articles), '--out', dir],
      { stdio: 'inherit' },
    );
  }
  log(`geocoding ${dir}…`);
  await geocode(dir, out, undefined, {});
}

interface Measured {
  idle: number[];
  /** The viewer's mark when the data is fetched and validated (ms since navigation start). */
  data: number[];
  popupMs: number[];
  /** From the selection to the map's next idle (the content is usually there first). */
  popupIdleMs: number[];
  /** Map frames drawn from the selection to that idle. */
  popupFrames: number[];
  /** The same for the second-busiest place once the map has settled (no frame for a second). */
  settledMs: number[];
  settledIdleMs: number[];
  settledFrames: number[];
  secondMentions: number;
  popupRows: number;
  hubMentions: number;
}

/** In the page: selects the place of that rank by mentions (what a click on it does) and times its popup. */
async function openPopup({ rank, settle }: { rank: number; settle: boolean }) {
  const { store, map } = window.__briefmap!;
  const place = [...store.get().dataset.places.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount)[rank]!;
  let frames = 0;
  let lastFrame = performance.now();
  const onRender = () => {
    frames++;
    lastFrame = performance.now();
  };
  map.on('render', onRender);
  // Settled: no map frame for a second (at most a minute).
  if (settle)
    for (const until = performance.now() + 60_000; performance.now() - lastFrame < 1_000 && performance.now() < until;)
      await new Promise((r) => setTimeout(r, 100));
  frames = 0;
  const shown = () => document.querySelector('.place-popup .mentions li') != null;
  const t = performance.now();
  store.update({ selection: { kind: 'place', id: place.properties.id } });
  // Until the first page of mentions is in the popup (read from the side file when the places are compact): a
  // MutationObserver sees it in the task that adds it, where polling would wait behind any map frame.
  await new Promise<void>((done) => {
    if (shown()) return done();
    const mo = new MutationObserver(() => shown() && (mo.disconnect(), done()));
    mo.observe(document.body, { childList: true, subtree: true });
  });
  const ms = performance.now() - t;
  // Then until the map is idle: at once when nothing asked for a frame (MapLibre's pending frame request).
  const pendingFrame = (map as unknown as { _frameRequest?: unknown })._frameRequest != null;
  if (pendingFrame || !map.loaded()) await new Promise((r) => map.once('idle', r));
  const idleMs = performance.now() - t;
  map.off('render', onRender);
  const rows = document.querySelectorAll('.place-popup .mentions li').length;
  store.update({ selection: null });
  return { ms, idleMs, frames, rows, mentions: place.properties.mentionCount };
}

async function measure(url: string, runs: number, withPopup: boolean): Promise<Measured> {
  const browser = await launch();
  const out: Measured = {
    idle: [],
    data: [],
    popupMs: [],
    popupIdleMs: [],
    popupFrames: [],
    settledMs: [],
    settledIdleMs: [],
    settledFrames: [],
    secondMentions: 0,
    popupRows: 0,
    hubMentions: 0,
  };
  try {
    // Warm-up (discarded): process start-up and shader compilation.
    const warm = await freshPage(browser);
    await loadViewer(warm, url);
    await warm.context.close();
    for (let i = 0; i < runs; i++) {
      const p = await freshPage(browser);
      const load = await loadViewer(p, url);
      // Output written before some viewer file existed lacks it: the viewer's probe is a 404 the browser logs.
      let probes = 0;
      const errors = load.errors.filter((e) => !(/status of 404/.test(e) && ++probes <= VIEWER_FILES.length));
      if (errors.length || load.offline.length) throw new Error(`viewer: ${[...errors, ...load.offline].join('; ')}`);
      out.idle.push(load.idleAt);
      if (load.dataAt != null) out.data.push(load.dataAt);
      if (withPopup) {
        // The busiest place at once after the first idle (while the map still draws what loads after it: region
        // outlines, the report's issues), then the second busiest once the map has settled.
        const early = await p.page.evaluate(openPopup, { rank: 0, settle: false });
        out.popupMs.push(early.ms);
        out.popupIdleMs.push(early.idleMs);
        out.popupFrames.push(early.frames);
        out.popupRows = early.rows;
        out.hubMentions = early.mentions;
        const settled = await p.page.evaluate(openPopup, { rank: 1, settle: true });
        out.settledMs.push(settled.ms);
        out.settledIdleMs.push(settled.idleMs);
        out.settledFrames.push(settled.frames);
        out.secondMentions = settled.mentions;
      }
      await p.context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

export async function runCorpusBench(opts: CorpusBenchOptions = { articles: 10_000, runs: 5 }): Promise<BenchSection> {
  const log = opts.log ?? ((s: string) => void process.stderr.write(`${s}\n`));
  const work = mkdtempSync(join(tmpdir(), 'briefmap-bench-corpus-'));
  try {
    const bigOut = opts.output ? resolve(opts.output) : join(work, 'big');
    if (!opts.output) await corpusOutput(opts.articles, bigOut, log);
    log('building the viewer…');
    const { dataDir: seedsOut, distDir: dist } = await buildSeedViewer(work);
    // One build, two data folders: the static server serves /data/generated/ from each.
    const seeds = await serveStatic(dist, { dataDir: seedsOut });
    const big = await serveStatic(dist, { dataDir: bigOut });
    try {
      log('measuring the seeds…');
      const s = await measure(`${seeds.url}index.html`, opts.runs, true);
      log(`measuring ${opts.articles} articles…`);
      const b = await measure(`${big.url}index.html`, opts.runs, true);
      const ratio = median(b.idle) / median(s.idle);
      const popup = median(b.popupMs);
      const n = opts.articles.toLocaleString('en-GB');
      return {
        id: 'corpus',
        title: `Viewer on a geocoded corpus of ${n} generated articles`,
        rows: [
          { name: `viewer first idle, seed output (median of ${opts.runs})`, value: sig(median(s.idle)), unit: 'ms' },
          {
            name: `viewer first idle, ${n}-article output (median of ${opts.runs})`,
            value: sig(median(b.idle)),
            unit: 'ms',
            comparison: `${sig(ratio)}× the seeds'; data fetched and validated at ${sig(median(b.data))} ms (seeds: ${sig(median(s.data))} ms)`,
            target: `≤ ${IDLE_TARGET}× seeds: ${ratio <= IDLE_TARGET ? 'met' : 'not met'}`,
          },
          {
            name: `popup of the busiest place (${b.hubMentions.toLocaleString('en-GB')} mentions) at once after the first idle, ${n} articles`,
            value: sig(popup),
            unit: 'ms',
            comparison: `selection to its first ${b.popupRows} mentions (read from mentions.json) in the DOM; seeds' busiest: ${sig(median(s.popupMs))} ms`,
            target: `< ${POPUP_TARGET_MS} ms: ${popup < POPUP_TARGET_MS ? 'met' : 'not met'}`,
          },
          {
            name: `same popup, selection to the map's next idle, ${n} articles`,
            value: sig(median(b.popupIdleMs)),
            unit: 'ms',
            comparison: `${Math.max(...b.popupFrames)} map frame(s) drawn at most meanwhile (the map still drawing what loads after its first idle); seeds: ${sig(median(s.popupIdleMs))} ms`,
          },
          {
            name: `popup of the second-busiest place (${b.secondMentions.toLocaleString('en-GB')} mentions) on the settled map, ${n} articles`,
            value: sig(median(b.settledMs)),
            unit: 'ms',
            comparison: `to its next idle ${sig(median(b.settledIdleMs))} ms, ${Math.max(...b.settledFrames)} frame(s) at most; seeds: ${sig(median(s.settledMs))} ms`,
            target: `< ${POPUP_TARGET_MS} ms: ${median(b.settledMs) < POPUP_TARGET_MS ? 'met' : 'not met'}`,
          },
        ],
        figures: { seeds: s, big: b, articles: opts.articles },
      };
    } finally {
      await seeds.close();
      await big.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, runs: { type: 'string' }, output: { type: 'string' } } });
  const section = await runCorpusBench({
    articles: Number(values.articles ?? 10_000),
    runs: Number(values.runs ?? 5),
    ...(values.output ? { output: values.output } : {}),
  });
  process.stdout.write(`${consoleTable([section])}\n`);
}
