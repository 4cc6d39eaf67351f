// The map frames drawn before the first idle, with what each followed (the map events since the frame before):
// with software WebGL every frame is a full redraw read back to the compositor, so their number sets most of the
// time to the first idle.
//   node --import tsx bench/viewer/frames.ts --dist <built viewer> [--output <geocode output>] [--runs 2]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../../src/cli/static-server.ts';
import { freshPage, launch } from './chrome.ts';
import { loadViewer } from './first-idle.ts';

const { values } = parseArgs({ options: { output: { type: 'string' }, dist: { type: 'string' }, runs: { type: 'string', default: '2' } } });
if (!values.dist) throw new Error('--dist <built viewer> is required');
const server = await serveStatic(resolve(values.dist), values.output ? { dataDir: resolve(values.output) } : {});
const browser = await launch();
try {
  for (let i = 0; i < Number(values.runs); i++) {
    const p = await freshPage(browser);
    // Hooks the map as soon as the viewer publishes it (before its first frame).
    await p.context.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __frames: string[] }).__frames = log;
      let slot: unknown;
      Object.defineProperty(window, '__briefmap', {
        configurable: true,
        get: () => slot,
        set(v: { map: { on: (e: string, f: (ev: { dataType?: string; sourceId?: string }) => void) => void } }) {
          slot = v;
          let since: string[] = [];
          let last = performance.now();
          for (const e of ['sourcedata', 'styledata', 'data']) v.map.on(e, (ev) => since.push(`${e}:${ev.sourceId ?? ev.dataType ?? ''}`));
          v.map.on('render', () => {
            const now = performance.now();
            log.push(`${now.toFixed(0)} (+${(now - last).toFixed(0)}) ${[...new Set(since)].join(' ')}`);
            last = now;
            since = [];
          });
        },
      });
    });
    const load = await loadViewer(p, `${server.url}index.html`);
    const frames = await p.page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
    console.log(`run ${i + 1}: first idle ${load.idleAt.toFixed(0)} ms, ${frames.length} frames`);
    if (i === 0) for (const f of frames) console.log(`  ${f}`);
    await p.context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
