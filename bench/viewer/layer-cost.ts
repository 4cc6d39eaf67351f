// What one map frame costs with software WebGL, by group of layers: after the first idle, the whole map is redrawn
// a few times with each group hidden in turn, each frame waited for to the end of its GPU work (a 1-pixel read).
// Tells which layers make the frames before the first idle slow on a large corpus.
//   node --import tsx bench/viewer/layer-cost.ts --output <geocode output> [--dist <built viewer>] [--frames 5]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../../src/cli/static-server.ts';
import { buildSeedViewer } from './build.ts';
import { freshPage, launch } from './chrome.ts';
import { loadViewer } from './first-idle.ts';
import { cpuMsBetween, cpuSnapshot } from './cpu-time.ts';

const { values } = parseArgs({ options: { output: { type: 'string' }, dist: { type: 'string' }, frames: { type: 'string' } } });
const work = mkdtempSync(join(tmpdir(), 'briefmap-layer-cost-'));
try {
  const dist = values.dist ? resolve(values.dist) : (await buildSeedViewer(work)).distDir;
  const server = await serveStatic(dist, values.output ? { dataDir: resolve(values.output) } : {});
  const browser = await launch();
  try {
    const p = await freshPage(browser);
    const load = await loadViewer(p, `${server.url}index.html`);
    console.log(`first idle ${load.idleAt.toFixed(0)} ms`);
    await p.page.waitForTimeout(3000); // what loads after the first idle (region outlines)
    const frames = Number(values.frames ?? 5);
    const groups = await p.page.evaluate(() => {
      const { map } = window.__briefmap!;
      const ids = map.getStyle().layers.map((l) => l.id);
      const ours = (prefix: string) => ids.filter((id) => id.startsWith(prefix));
      const g: Record<string, string[]> = {
        'claims-area (fill, hatch, line, label)': ours('claims-area'),
        'claims other (count, move, figure, pin)': ids.filter((id) => id.startsWith('claims-') && !id.startsWith('claims-area')),
        'control footprint': ours('control-footprint'),
        'control settlements': ours('control-settlement'),
        places: ours('places-'),
        regions: ours('regions'),
      };
      const mine = new Set(Object.values(g).flat());
      g['basemap (all other layers)'] = ids.filter((id) => !mine.has(id));
      return g;
    });
    // `frames` full redraws, each to the end of its GPU work: wall ms and the browser's CPU ms per frame.
    const redraw = async (): Promise<[number, number]> => {
      const before = cpuSnapshot();
      const wall = await p.page.evaluate(async (n: number) => {
        const { map } = window.__briefmap!;
        const gl = (map as unknown as { painter: { context: { gl: WebGL2RenderingContext } } }).painter.context.gl;
        const t = performance.now();
        for (let i = 0; i < n; i++) {
          map.triggerRepaint();
          await new Promise((r) => map.once('render', r));
          gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        }
        return (performance.now() - t) / n;
      }, frames);
      return [wall, (cpuMsBetween(before, cpuSnapshot()) ?? NaN) / frames];
    };
    const setVisible = (list: string[], on: boolean) =>
      p.page.evaluate(
        async ([list, on]) => {
          const { map } = window.__briefmap!;
          for (const id of list) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
          await new Promise((r) => map.once('idle', r));
        },
        [list, on] as const,
      );
    // Each group's frames between two of all layers, so that each difference reads against the load of its moment.
    const rows: [string, [number, number]][] = [['all layers', await redraw()]];
    for (const [name, list] of Object.entries(groups)) {
      await setVisible(list, false);
      rows.push([`without ${name} (${list.length})`, await redraw()]);
      await setVisible(list, true);
      rows.push(['all layers', await redraw()]);
    }
    const out = await p.page.evaluate(() => {
      const { map } = window.__briefmap!;
      const counts = Object.fromEntries(['claims', 'control', 'places'].map((s) => [s, map.querySourceFeatures(s).length]));
      return { counts, zoom: map.getZoom() };
    });
    console.log(`zoom ${out.zoom.toFixed(2)}; features in loaded tiles: ${JSON.stringify(out.counts)}; per frame: wall ms, browser CPU ms`);
    for (const [name, [wall, cpu]] of rows) console.log(`  ${wall.toFixed(0).padStart(6)} ${cpu.toFixed(0).padStart(6)}  ${name}`);
    await p.context.close();
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
