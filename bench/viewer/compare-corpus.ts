// Two builds of the viewer on the same two outputs (the seeds' and a large corpus's), loaded alternately in one
// browser: build A seeds, A large, B seeds, B large, and again, so that both see the same moments of a machine shared
// with other jobs. Per build: the median first idle on each output and their ratio (issue 13: ≤ 2×), the data mark,
// and the browser's CPU time to the first idle (all its processes, SwiftShader's threads included), which swings
// far less than wall time under load.
//   node --import tsx bench/viewer/compare-corpus.ts --output <large geocode output> --compare <dist> [--dist <dist>]
//     [--runs 5]   (without --dist, this tree is built on the seeds' output)
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../src/cli/static-server.ts';
import { median } from '../lib/section.ts';
import { buildSeedViewer, geocodeSeeds } from './build.ts';
import { freshPage, launch } from './chrome.ts';
import { loadViewer } from './first-idle.ts';
import { cpuMsBetween, cpuSnapshot } from './cpu-time.ts';

const { values } = parseArgs({
  options: { output: { type: 'string' }, compare: { type: 'string' }, dist: { type: 'string' }, runs: { type: 'string', default: '5' } },
});
if (!values.output || !values.compare) throw new Error('--output <large geocode output> and --compare <dist> are required');
const [output, compare] = [resolve(values.output), resolve(values.compare)];
const runs = Number(values.runs);

interface Load {
  idle: number;
  data: number;
  cpu: number;
}

async function once(browser: Browser, url: string): Promise<Load> {
  const p = await freshPage(browser);
  try {
    const before = cpuSnapshot();
    const load = await loadViewer(p, url);
    const cpu = cpuMsBetween(before, cpuSnapshot()) ?? NaN;
    if (load.errors.some((e) => !/status of 404/.test(e))) throw new Error(`viewer: ${load.errors.join('; ')}`);
    return { idle: load.idleAt, data: load.dataAt ?? NaN, cpu };
  } finally {
    await p.context.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'briefmap-compare-corpus-'));
try {
  let seedsData: string;
  let thisDist: string;
  if (values.dist) {
    seedsData = join(work, 'generated');
    geocodeSeeds(seedsData);
    thisDist = resolve(values.dist);
  } else ({ dataDir: seedsData, distDir: thisDist } = await buildSeedViewer(work));
  const builds = [
    { name: `A ${compare}`, dist: compare },
    { name: `B ${values.dist ?? 'this tree'}`, dist: thisDist },
  ];
  const servers = await Promise.all(
    builds.flatMap((b) => [serveStatic(b.dist, { dataDir: seedsData }), serveStatic(b.dist, { dataDir: output })]),
  );
  const browser = await launch();
  const loads: Load[][] = servers.map(() => []);
  const load1: number[] = [];
  try {
    for (const s of servers) await once(browser, `${s.url}index.html`); // warm-up, discarded
    for (let i = 0; i < runs; i++) {
      load1.push(loadavg()[0]!);
      for (const [k, s] of servers.entries()) loads[k]!.push(await once(browser, `${s.url}index.html`));
      process.stderr.write(`run ${i + 1}/${runs}: ${loads.map((l) => Math.round(l.at(-1)!.idle)).join(' / ')} ms\n`);
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
  const med = (l: Load[], f: (x: Load) => number) => median(l.map(f));
  console.log(`load average (1 min) at each run: ${load1.map((x) => x.toFixed(1)).join(', ')}; medians of ${runs}`);
  for (const [b, build] of builds.entries()) {
    const [seeds, big] = [loads[2 * b]!, loads[2 * b + 1]!];
    const ratios = big.map((l, i) => l.idle / seeds[i]!.idle);
    console.log(
      `${build.name}\n  first idle seeds ${Math.round(med(seeds, (l) => l.idle))} ms, large ${Math.round(med(big, (l) => l.idle))} ms: ` +
        `${(med(big, (l) => l.idle) / med(seeds, (l) => l.idle)).toFixed(2)}× (per run ${ratios.map((r) => r.toFixed(2)).join(', ')})\n` +
        `  data mark seeds ${Math.round(med(seeds, (l) => l.data))} ms, large ${Math.round(med(big, (l) => l.data))} ms\n` +
        `  browser CPU to first idle seeds ${Math.round(med(seeds, (l) => l.cpu))} ms, large ${Math.round(med(big, (l) => l.cpu))} ms: ` +
        `${(med(big, (l) => l.cpu) / med(seeds, (l) => l.cpu)).toFixed(2)}×\n` +
        `  large idle per run: ${big.map((l) => Math.round(l.idle)).join(', ')}; seeds: ${seeds.map((l) => Math.round(l.idle)).join(', ')}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
