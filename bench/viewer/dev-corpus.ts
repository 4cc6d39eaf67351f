// The viewer on a real corpus of the size briefers open: the events dev corpus (tests/eval/dev/events/corpus, 729
// articles in English, Ukrainian and Russian in round 25, more as batches are added: the count is taken from its
// .txt files), geocoded by the CLI. Round 25 saw 16–23 s to its first idle. Time to
// first idle, to the data mark (fetched and validated) and to the UI mark (panels, legend and chart built), median of
// `runs` fresh pages after a warm-up. Then one A4 landscape export at 200 dpi (the dialog's default) as PNG and as PDF
// at EXPORT_DATE, each on a fresh page of this build: round 27 measured 62 s and 46 s there. With --compare DIST (a build of the viewer from another commit) both builds open
// the same output alternately in one browser, so a change reads against the load the machine had at that moment.
//   node --import tsx bench/viewer/dev-corpus.ts [--runs 5] [--output <geocode output of the corpus>] [--compare <dist>] [--no-export]
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { median, sig, type BenchSection } from '../lib/section.ts';
import { consoleTable } from '../lib/table.ts';
import { serveStatic } from '../../src/cli/static-server.ts';
import { geocode } from '../../src/cli/geocode/geocode.ts';
import { buildSeedViewer } from './build.ts';
import { launch } from './chrome.ts';
import { loadViewer, viewerFirstIdle } from './first-idle.ts';
import { freshPage } from './chrome.ts';
import { exportOnce, type ExportRun } from './export-time.ts';

const root = resolve(import.meta.dirname, '..', '..');
export const DEV_CORPUS = join(root, 'tests', 'eval', 'dev', 'events', 'corpus');

/** A busy date of the corpus: 498 sources and three holders in the export's frame. */
export const EXPORT_DATE = '2025-03-01';

export interface DevCorpusBenchOptions {
  runs: number;
  /** Skip the PNG and PDF exports (about a minute each on a loaded machine). */
  noExport?: boolean;
  /** An existing geocode output of the corpus, instead of geocoding it again. */
  output?: string;
  /** Another build of the viewer to measure alternately with this one. */
  compare?: string;
  log?: (line: string) => void;
}

interface Timings {
  idle: number[];
  data: number[];
  ui: number[];
}

export async function runDevCorpusBench(opts: DevCorpusBenchOptions = { runs: 5 }): Promise<BenchSection> {
  const log = opts.log ?? ((s: string) => void process.stderr.write(`${s}\n`));
  const work = mkdtempSync(join(tmpdir(), 'briefmap-bench-dev-corpus-'));
  try {
    const output = opts.output ? resolve(opts.output) : join(work, 'dev');
    if (!opts.output) {
      log(`geocoding ${DEV_CORPUS}…`);
      await geocode(DEV_CORPUS, output, undefined, {});
    }
    log('building the viewer…');
    const { distDir } = await buildSeedViewer(work);
    const builds = [
      { name: 'this build', dist: distDir },
      ...(opts.compare ? [{ name: `compare (${opts.compare})`, dist: resolve(opts.compare) }] : []),
    ];
    const servers = await Promise.all(builds.map((b) => serveStatic(b.dist, { dataDir: output })));
    const browser = await launch();
    const measured: Timings[] = builds.map(() => ({ idle: [], data: [], ui: [] }));
    const load = [loadavg()[0]!];
    const exports: (ExportRun & { format: 'png' | 'pdf' })[] = [];
    try {
      // Warm-up (discarded): process start-up and shader compilation.
      for (const s of servers) await viewerFirstIdle(browser, `${s.url}index.html`);
      for (let i = 0; i < opts.runs; i++)
        for (let k = 0; k < servers.length; k++) {
          // Alternate which build goes first, so drift in machine load falls on both.
          const j = (k + i) % servers.length;
          const r = await viewerFirstIdle(browser, `${servers[j]!.url}index.html`);
          if (r.errors.length || r.offline.length)
            throw new Error(`viewer (${builds[j]!.name}): ${[...r.errors, ...r.offline].join('; ')}`);
          measured[j]!.idle.push(r.idleAt);
          if (r.dataAt !== null) measured[j]!.data.push(r.dataAt);
          if (r.uiAt !== null) measured[j]!.ui.push(r.uiAt);
          log(`run ${i + 1}: ${builds[j]!.name} first idle ${Math.round(r.idleAt)} ms`);
        }
      if (!opts.noExport)
        for (const format of ['png', 'pdf'] as const) {
          const p = await freshPage(browser);
          try {
            await loadViewer(p, `${servers[0]!.url}index.html#date=${EXPORT_DATE}`);
            const r = await exportOnce(p.page, { size: 'a4-landscape', dpi: 200, format });
            if (p.errors.length) throw new Error(`export: ${p.errors.join('; ')}`);
            exports.push({ format, ...r });
            log(`export ${format}: ${Math.round(r.ms)} ms`);
          } finally {
            await p.context.close();
          }
        }
      load.push(loadavg()[0]!);
    } finally {
      await browser.close();
      await Promise.all(servers.map((s) => s.close()));
    }
    const articles = readdirSync(DEV_CORPUS).filter((f) => f.endsWith('.txt')).length;
    const row = (t: Timings, name: string) => ({
      name: `viewer first idle, events dev corpus (${articles} articles), ${name} (median of ${opts.runs})`,
      value: sig(median(t.idle)),
      unit: 'ms',
      comparison: `data fetched and validated at ${sig(median(t.data))} ms, panels built at ${sig(median(t.ui))} ms; runs ${sig(Math.min(...t.idle))}–${sig(Math.max(...t.idle))} ms; load average ${load.map((l) => l.toFixed(1)).join(' → ')}`,
    });
    const exportRow = (r: ExportRun & { format: 'png' | 'pdf' }) => ({
      name: `${r.format.toUpperCase()} export, A4 landscape at 200 dpi, ${EXPORT_DATE}, events dev corpus (this build, one run)`,
      value: sig(r.ms),
      unit: 'ms',
      comparison: `${r.widthPx} × ${r.heightPx} px, ${r.tiles} tile${r.tiles === 1 ? '' : 's'}, ${Math.round(r.bytes / 1024)} KiB; round 27 before its fixes: PNG 62–72 s, PDF 46–90 s, of which laying out the panel 14–35 s (now about 1 s)`,
    });
    return {
      id: 'dev-corpus',
      title: `Viewer on the events dev corpus (${articles} real articles)`,
      rows: [...builds.map((b, k) => row(measured[k]!, b.name)), ...exports.map(exportRow)],
      figures: { builds: builds.map((b, k) => ({ name: b.name, ...measured[k] })), exports, load },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { runs: { type: 'string' }, output: { type: 'string' }, compare: { type: 'string' }, 'no-export': { type: 'boolean' } },
  });
  const section = await runDevCorpusBench({
    runs: Number(values.runs ?? 5),
    noExport: values['no-export'] ?? false,
    ...(values.output ? { output: values.output } : {}),
    ...(values.compare ? { compare: values.compare } : {}),
  });
  process.stdout.write(`${consoleTable([section])}\n`);
}
