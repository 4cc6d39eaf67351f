// Scale: `briefmap geocode` on generated corpora of 1,000 and 10,000 articles, whole command in a child process:
// wall time, throughput, and peak memory (all threads). Next to it, the in-memory pipeline on the same corpora,
// to show what streaming saves. Runnable alone: node --import tsx bench/scale/run.ts
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ensureCorpus } from '../generate-corpus.ts';
import { sig, type BenchRow, type BenchSection } from '../lib/section.ts';
import { measureNode, type ChildRun } from './measure.ts';

const root = join(import.meta.dirname, '..', '..');
const corpusDir = (n: number): string => join(root, 'bench', 'generated', `corpus-${n}`);

interface GeocodeFigures {
  articles: number;
  jobs: number;
  seconds: number;
  articlesPerSecond: number;
  peakRssMB: number;
}

// V8 grows its heap lazily while garbage is cheap to keep, so uncapped peak RSS says more about V8's heuristics than
// about what the run needs; under a fixed heap cap, peak RSS shows the live memory, and whether the run fits at all.
// 256 MB is what the run needs with room to spare, measured on 2 Dec 2026 (bench/scale/heap-growth.ts, heap after a full
// GC): sources ~26 MB + gazetteer ~114 MB + the run's state, 174 MB after 100 generated articles and 177 MB after 1,000
// (about 4 kB an article: claims' grouping keys, place article lists), so about 215 MB at 10,000. Both capped runs
// finish (peak RSS 386 and 400 MB). A run that no longer fits has grown: find what (heap-growth.ts --snapshots) before
// raising the cap. 3 Dec 2026: it had (round 18's OOM at 10,000): the gazetteer kept its cached name index alive
// (+41 MB with a warm BRIEFMAP_CACHE); fixed, the gazetteer is ~104 MB warm or cold, 169 MB after 1,000 articles, and
// the 10,000-article capped run peaks at 212 MB of live heap.
export const HEAP_CAP_MB = 256;

function geocodeRun(n: number, jobs: number, out: string, heapCapMB?: number): GeocodeFigures {
  const cap = heapCapMB ? [`--max-old-space-size=${heapCapMB}`] : [];
  const r: ChildRun = measureNode(
    [...cap, join(root, 'bin', 'briefmap.js'), 'geocode', corpusDir(n), '--out', out, '--jobs', String(jobs), '--quiet'],
    root,
  );
  return { articles: n, jobs, seconds: r.seconds, articlesPerSecond: n / r.seconds, peakRssMB: r.peakRssMB };
}

function inMemoryRun(n: number): { articles: number; seconds: number; peakRssMB: number } {
  const r = measureNode(['--import', 'tsx', join(root, 'bench', 'scale', 'in-memory-child.ts'), corpusDir(n)], root);
  return { articles: n, seconds: r.seconds, peakRssMB: r.peakRssMB };
}

export async function runScaleBench(opts: { sizes?: readonly number[]; log?: (line: string) => void } = {}): Promise<BenchSection> {
  const sizes = opts.sizes ?? [1000, 10000];
  const log = opts.log ?? (() => {});
  const cores = availableParallelism();
  const work = mkdtempSync(join(tmpdir(), 'briefmap-bench-scale-'));
  try {
    for (const n of sizes) if (ensureCorpus(corpusDir(n), { articles: n })) log(`generated ${corpusDir(n)}`);
    const streamed: GeocodeFigures[] = [];
    const singleThread: GeocodeFigures[] = [];
    const capped: GeocodeFigures[] = [];
    const inMemory: ReturnType<typeof inMemoryRun>[] = [];
    for (const n of sizes) {
      log(`geocode ${n} articles, ${cores} threads`);
      streamed.push(geocodeRun(n, cores, join(work, `out-${n}`)));
      log(`geocode ${n} articles, 1 thread`);
      singleThread.push(geocodeRun(n, 1, join(work, `out-${n}-1`)));
      log(`geocode ${n} articles, 1 thread, ${HEAP_CAP_MB} MB heap cap`);
      capped.push(geocodeRun(n, 1, join(work, `out-${n}-capped`), HEAP_CAP_MB));
      log(`in-memory pipeline ${n} articles`);
      inMemory.push(inMemoryRun(n));
    }
    const first = capped[0]!;
    const last = capped[capped.length - 1]!;
    const growth = last.peakRssMB / first.peakRssMB;
    const memGrowth = inMemory[inMemory.length - 1]!.peakRssMB / inMemory[0]!.peakRssMB;
    const rows: BenchRow[] = [];
    streamed.forEach((s, i) => {
      const one = singleThread[i]!;
      rows.push({
        name: `briefmap geocode, ${s.articles.toLocaleString('en')} articles, ${s.jobs} threads (whole command)`,
        value: sig(s.articlesPerSecond),
        unit: 'articles/s',
        comparison: `${sig(s.seconds)} s; ${sig(one.seconds / s.seconds, 2)}× the single-thread run (${sig(one.seconds)} s)`,
      });
      rows.push({
        name: `peak RSS, geocode ${s.articles.toLocaleString('en')} articles, 1 thread, ${HEAP_CAP_MB} MB heap cap`,
        value: Math.round(capped[i]!.peakRssMB),
        unit: 'MB',
        comparison: `uncapped: ${Math.round(one.peakRssMB)} MB (1 thread), ${Math.round(s.peakRssMB)} MB (${s.jobs} threads); in-memory pipeline: ${Math.round(inMemory[i]!.peakRssMB)} MB`,
      });
    });
    if (capped.length > 1)
      rows.push({
        name: `peak RSS growth under the heap cap, ${first.articles.toLocaleString('en')} → ${last.articles.toLocaleString('en')} articles`,
        value: sig(growth, 2),
        unit: '×',
        comparison: `in-memory pipeline: ${sig(memGrowth, 2)}×`,
        target: `flat: ${growth < 1.15 ? 'met' : 'not met'}`,
      });
    return {
      id: 'scale',
      title: 'Scale: the geocode command on generated corpora',
      rows,
      figures: {
        cores,
        heapCapMB: HEAP_CAP_MB,
        streamed,
        singleThread,
        capped,
        inMemory,
        peakRssGrowth: growth,
        inMemoryPeakRssGrowth: memGrowth,
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await runScaleBench({ log: (l) => process.stderr.write(`${l}\n`) });
  for (const r of section.rows)
    console.log(`${r.name}: ${r.value} ${r.unit}${r.comparison ? ` (${r.comparison})` : ''}${r.target ? ` [${r.target}]` : ''}`);
  console.log(JSON.stringify(section.figures, null, 2));
}
