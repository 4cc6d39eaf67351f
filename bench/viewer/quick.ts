// The light viewer benchmark: first idle on the seed data next to the bare MapLibre page, and the A4 landscape
// 300 dpi export, without the 50,000-place section (run.ts). With --compare DIST (another build of the viewer, e.g.
// from an earlier commit) both are measured alternately in the same browser, so a change reads against the load the
// machine had at that moment.
// node --import tsx bench/viewer/quick.ts [--runs 5] [--export-runs 2] [--compare <dist>]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../../src/cli/static-server.ts';
import { median } from '../lib/section.ts';
import { buildBare, buildSeedViewer } from './build.ts';
import { freshPage, launch } from './chrome.ts';
import { bareFirstIdle, loadViewer, viewerFirstIdle } from './first-idle.ts';
import { exportOnce } from './export-time.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, 'export-runs': { type: 'string', default: '2' }, compare: { type: 'string' } },
});
const runs = Number(values.runs);
const exportRuns = Number(values['export-runs']);

const work = mkdtempSync(join(tmpdir(), 'briefmap-bench-quick-'));
try {
  const { distDir: dist } = await buildSeedViewer(work);
  await buildBare(dist);
  const servers = [{ name: 'this build', server: await serveStatic(dist) }];
  if (values.compare) servers.push({ name: `compare (${values.compare})`, server: await serveStatic(resolve(values.compare)) });
  const browser = await launch();
  try {
    // Warm-up (discarded): process start-up and shader compilation.
    for (const s of servers) await viewerFirstIdle(browser, s.server.url);
    const idle = servers.map(() => [] as number[]);
    const bare: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (const [k, s] of servers.entries()) idle[k]!.push((await viewerFirstIdle(browser, s.server.url)).idleAt);
      bare.push((await bareFirstIdle(browser, `${servers[0]!.server.url}bare.html`)).idleAt);
    }
    const exports = servers.map(() => [] as number[]);
    for (let i = 0; i < exportRuns; i++) {
      for (const [k, s] of servers.entries()) {
        const p = await freshPage(browser);
        try {
          await loadViewer(p, s.server.url);
          const r = await exportOnce(p.page, { size: 'a4-landscape', dpi: 300, format: 'png' });
          exports[k]!.push(r.ms);
        } finally {
          await p.context.close();
        }
      }
    }
    console.log(
      `load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}; bare page first idle median ${Math.round(median(bare))} ms`,
    );
    for (const [k, s] of servers.entries())
      console.log(
        `${s.name}: first idle median ${Math.round(median(idle[k]!))} ms [${idle[k]!.map(Math.round).join(', ')}]; ` +
          `export A4 landscape 300 dpi median ${Math.round(median(exports[k]!))} ms [${exports[k]!.map(Math.round).join(', ')}]`,
      );
  } finally {
    await browser.close();
    for (const s of servers) await s.server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
