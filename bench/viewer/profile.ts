// A CPU profile of the viewer's main thread on a geocode output: from navigation to the first idle, then the popup
// of the busiest place opened at once. Prints the functions by self and by total time (unminified build).
//   node --import tsx bench/viewer/profile.ts --output <geocode output> [--top 40] [--save <dir>]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { serveStatic } from '../../src/cli/static-server.ts';
import { geocodeSeeds } from '../../src/cli/build-viewer.ts';
import { freshPage, launch } from './chrome.ts';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(label: string, p: Profile, top: number): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  p.samples.forEach((s, i) => selfMs.set(s, (selfMs.get(s) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000));
  const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const [id, ms] of selfMs) {
    all += ms;
    const n = byId.get(id)!;
    self.set(key(n), (self.get(key(n)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur != null; cur = parent.get(cur)) {
      const k = key(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  const show = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`\n== ${label}: ${all.toFixed(0)} ms sampled\n-- self\n${show(self)}\n-- total\n${show(total)}`);
}

const { values } = parseArgs({ options: { output: { type: 'string' }, top: { type: 'string' }, save: { type: 'string' } } });
const work = mkdtempSync(join(tmpdir(), 'briefmap-profile-'));
geocodeSeeds(join(work, 'generated'));
const saved = { ...process.env };
process.env.BRIEFMAP_DATA = join(work, 'generated');
process.env.BRIEFMAP_OUT = join(work, 'dist');
await build({
  configFile: resolve(import.meta.dirname, '..', '..', 'vite.config.ts'),
  logLevel: 'warn',
  mode: 'production',
  build: { minify: false },
});
process.env = saved;
const server = await serveStatic(join(work, 'dist'), { dataDir: resolve(values.output ?? join(work, 'generated')) });
const browser = await launch();
const top = Number(values.top ?? 40);
try {
  const p = await freshPage(browser);
  const cdp = await p.context.newCDPSession(p.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await p.page.goto(`${server.url}index.html`);
  await p.page.waitForFunction(() => window.__briefmap?.firstIdleAt != null, null, { timeout: 300_000, polling: 100 });
  const load = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
  const marks = await p.page.evaluate(() => ({
    idle: window.__briefmap!.firstIdleAt,
    data: performance.getEntriesByName('briefmap:data')[0]?.startTime,
    ui: performance.getEntriesByName('briefmap:ui')[0]?.startTime,
  }));
  console.log('marks', marks);
  summarise('load to first idle', load, top);
  for (const [rank, settle] of [
    [0, false],
    [1, true],
  ] as const) {
    if (settle) await p.page.waitForTimeout(4_000);
    await cdp.send('Profiler.start');
    const popup = await p.page.evaluate(async (rank) => {
      const { store } = window.__briefmap!;
      const place = [...store.get().dataset.places.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount)[rank]!;
      const t = performance.now();
      store.update({ selection: { kind: 'place', id: place.properties.id } });
      await new Promise<void>((done) => {
        const shown = () => document.querySelector('.place-popup .mentions li') != null;
        if (shown()) return done();
        const mo = new MutationObserver(() => shown() && (mo.disconnect(), done()));
        mo.observe(document.body, { childList: true, subtree: true });
      });
      const ms = performance.now() - t;
      store.update({ selection: null });
      return ms;
    }, rank);
    const pop = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
    console.log(`popup ${rank} (settled ${settle}) ms`, popup);
    summarise(`popup ${rank}`, pop, top);
    if (values.save) writeFileSync(join(values.save, `popup${rank}.cpuprofile`), JSON.stringify(pop));
  }
  if (values.save) writeFileSync(join(values.save, 'load.cpuprofile'), JSON.stringify(load));
  console.log('errors', p.errors);
} finally {
  await browser.close();
  await server.close();
}
