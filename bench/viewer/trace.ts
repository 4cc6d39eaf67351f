// A Chrome trace of one load of the viewer to its first idle: per thread (the page's main thread, the MapLibre and
// other workers, the compositor and GPU threads) the time busy in tasks before the data mark, between it and the
// panels' mark, and after it to the first idle; and the main thread's longest tasks with what ran in them. Where the
// CPU profile (profile.ts) shows native time as "(program)", this says which thread it was and what kind of task.
//   node --import tsx bench/viewer/trace.ts --output <geocode output> [--dist <built viewer>] [--save <file.json>]
//   node --import tsx bench/viewer/trace.ts --read <file.json>   (a saved trace again)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../../src/cli/static-server.ts';
import { buildSeedViewer } from './build.ts';
import { freshPage, launch } from './chrome.ts';
import { loadViewer, type ViewerLoad } from './first-idle.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: { functionName?: string; url?: string; type?: string; startTime?: number; cpuProfile?: ChunkProfile; timeDeltas?: number[] };
  };
}
interface ChunkProfile {
  nodes?: { id: number; parent?: number; callFrame: { functionName: string; url?: string; lineNumber: number } }[];
  samples?: number[];
}

const { values } = parseArgs({
  options: {
    output: { type: 'string' },
    dist: { type: 'string' },
    save: { type: 'string' },
    top: { type: 'string' },
    read: { type: 'string' },
  },
});
if (values.read) {
  // A trace saved with --save, summarised again.
  const { load, trace } = JSON.parse(readFileSync(values.read, 'utf8')) as { load: ViewerLoad; trace: { traceEvents: TraceEvent[] } };
  summarise(trace.traceEvents, load, Number(values.top ?? 25));
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'briefmap-trace-'));
try {
  const dist = values.dist ? resolve(values.dist) : (await buildSeedViewer(work)).distDir;
  const server = await serveStatic(dist, values.output ? { dataDir: resolve(values.output) } : {});
  const browser = await launch();
  try {
    // Warm-up (discarded), as in the benchmark.
    const warm = await freshPage(browser);
    await loadViewer(warm, `${server.url}index.html`);
    await warm.context.close();
    const p = await freshPage(browser);
    await browser.startTracing(p.page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'v8',
        'blink.user_timing',
        'gpu',
        'loading',
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
    const load = await loadViewer(p, `${server.url}index.html`);
    const buf = await browser.stopTracing();
    if (values.save) writeFileSync(values.save, JSON.stringify({ load, trace: JSON.parse(buf.toString()) }));
    const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    summarise(events, load, Number(values.top ?? 25));
    await p.context.close();
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function summarise(events: TraceEvent[], load: { idleAt: number; dataAt: number | null; uiAt: number | null }, top: number): void {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  // Navigation start in trace time: the page's own marks are relative to it.
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart');
  const dataMark = events.find((e) => e.name === 'briefmap:data');
  const t0 = dataMark && load.dataAt != null ? dataMark.ts - load.dataAt * 1000 : (nav?.ts ?? 0);
  const at = (ms: number | null) => (ms == null ? null : t0 + ms * 1000);
  const cuts = [t0, at(load.dataAt) ?? t0, at(load.uiAt) ?? t0, at(load.idleAt)!];
  console.log(`first idle ${load.idleAt.toFixed(0)} ms; data ${load.dataAt?.toFixed(0)} ms; ui ${load.uiAt?.toFixed(0)} ms`);
  // Top-level tasks only (RunTask may nest inside ThreadControllerImpl::RunTask).
  const runs = events.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.dur);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of runs) byThread.set(`${e.pid}:${e.tid}`, [...(byThread.get(`${e.pid}:${e.tid}`) ?? []), e]);
  const tasks: TraceEvent[] = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let end = -Infinity;
    for (const e of list) if (e.ts >= end) (tasks.push(e), (end = e.ts + e.dur!));
  }
  const busy = new Map<string, number[]>();
  for (const t of tasks) {
    const key = `${t.pid}:${t.tid}`;
    const b = busy.get(key) ?? [0, 0, 0];
    for (let i = 0; i < 3; i++) {
      const lo = Math.max(t.ts, cuts[i]!);
      const hi = Math.min(t.ts + t.dur!, cuts[i + 1]!);
      if (hi > lo) b[i]! += (hi - lo) / 1000;
    }
    busy.set(key, b);
  }
  console.log('\nbusy ms per thread: to data | data→ui | ui→first idle');
  for (const [k, b] of [...busy].sort((a, c) => c[1][2]! - a[1][2]!).slice(0, 14))
    console.log(`  ${(names.get(k) ?? k).padEnd(28)} ${b.map((x) => x.toFixed(0).padStart(7)).join(' ')}`);
  profiles(events, names, cuts[2]!, cuts[3]!, top);
  // The renderer main thread: the one that ran the user-timing marks.
  const main = dataMark ? `${dataMark.pid}:${dataMark.tid}` : [...busy.keys()][0];
  const mainTasks = tasks.filter((t) => `${t.pid}:${t.tid}` === main && t.ts >= cuts[1]! && t.ts <= cuts[3]!);
  const inner = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && e.dur && e.dur > 5000);
  // Each frame's commit reads the WebGL canvas back (software compositing) and waits for the GPU thread to finish it:
  // the number of frames before the first idle multiplies the cost of one.
  const commits = events.filter(
    (e) => e.ph === 'X' && e.name === 'Commit' && `${e.pid}:${e.tid}` === main && e.ts >= cuts[0]! && e.ts <= cuts[3]!,
  );
  const commitMs = commits.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
  console.log(`\nmain thread frame commits to the first idle: ${commits.length}, ${commitMs.toFixed(0)} ms`);
  console.log(`\nmain thread tasks from the data mark to the first idle, longest ${top} (ms since navigation):`);
  for (const t of [...mainTasks].sort((a, b) => b.dur! - a.dur!).slice(0, top)) {
    const kids = inner
      .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.name !== 'ThreadControllerImpl::RunTask')
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 4)
      .map(
        (e) =>
          `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''}${e.args?.data?.type ? `[${e.args.data.type}]` : ''} ${(e.dur! / 1000).toFixed(0)}`,
      );
    console.log(`  @${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ${(t.dur! / 1000).toFixed(0).padStart(6)} ms  ${kids.join('; ')}`);
  }
}

/** The sampled JS of each thread (the trace's own CPU profiles: workers too) between `from` and `to`, by function. */
function profiles(events: TraceEvent[], names: Map<string, string>, from: number, to: number, top: number): void {
  const byProfile = new Map<
    string,
    { key: string; start: number; nodes: Map<number, { parent?: number; name: string }>; samples: number[]; deltas: number[] }
  >();
  for (const e of events) {
    const id = `${e.pid}:${e.id}`;
    if (e.name === 'Profile')
      byProfile.set(id, { key: `${e.pid}:${e.tid}`, start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [], deltas: [] });
    if (e.name !== 'ProfileChunk') continue;
    const p = byProfile.get(id);
    const d = e.args?.data;
    if (!p || !d) continue;
    for (const n of d.cpuProfile?.nodes ?? [])
      p.nodes.set(n.id, {
        parent: n.parent,
        name: `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber + 1}`,
      });
    p.samples.push(...(d.cpuProfile?.samples ?? []));
    p.deltas.push(...(d.timeDeltas ?? []));
  }
  for (const p of byProfile.values()) {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let t = p.start;
    let all = 0;
    p.samples.forEach((s, i) => {
      t += p.deltas[i] ?? 0;
      const dt = (p.deltas[i + 1] ?? 0) / 1000;
      if (t < from || t > to) return;
      const n = p.nodes.get(s);
      if (!n || n.name.startsWith('(idle)')) return;
      all += dt;
      self.set(n.name, (self.get(n.name) ?? 0) + dt);
      const seen = new Set<string>();
      for (let c: number | undefined = s; c != null; c = p.nodes.get(c)?.parent) {
        const k = p.nodes.get(c)?.name;
        if (!k || seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    });
    if (all < 50) continue;
    const show = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, v]) => `    ${v.toFixed(0).padStart(6)} ms  ${k}`)
        .join('\n');
    console.log(
      `\n== ${names.get(p.key) ?? p.key}: ${all.toFixed(0)} ms sampled from the panels to the first idle\n  -- self\n${show(self)}\n  -- total\n${show(total)}`,
    );
  }
}
