// What the geocode command's heap holds as a run goes on: the streaming pipeline of `briefmap geocode` (one thread),
// in this process, with the heap measured after a full GC every `--every` articles. Run with --expose-gc:
//   node --expose-gc --import tsx bench/scale/heap-growth.ts bench/generated/corpus-1000 [--every 100] [--snapshots DIR]
// --snapshots writes a heap snapshot after the gazetteer is loaded, after the first step and after the last one, to compare in DevTools (Comparison view).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { listCorpus } from '../../src/cli/corpus-dir.ts';
import { CorpusWriter } from '../../src/cli/geocode/corpus-writer.ts';
import { parseInThread } from '../../src/cli/geocode/parse-in-order.ts';
import { loadGazetteer } from '../../src/cli/load-gazetteer.ts';

const args = process.argv.slice(2);
const dir = args[0];
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at > 0 ? args[at + 1] : undefined;
};
if (!dir) throw new Error('usage: heap-growth.ts <corpusDir> [--every N] [--snapshots DIR]');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const every = Number(flag('--every') ?? 100);
const snapshots = flag('--snapshots');

const heapMB = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const base = heapMB();
const gazetteer = loadGazetteer();
const afterLoad = heapMB();
console.log(`modules ${base.toFixed(1)} MB; gazetteer loaded ${afterLoad.toFixed(1)} MB (+${(afterLoad - base).toFixed(1)})`);
if (snapshots) console.log(`snapshot ${writeHeapSnapshot(join(snapshots, 'heap-gazetteer.heapsnapshot'))}`);
const listing = listCorpus(dir);
const out = mkdtempSync(join(tmpdir(), 'briefmap-heap-'));
try {
  const writer = new CorpusWriter(out, gazetteer, undefined, listing.about);
  let done = 0;
  let first: number | null = null;
  let firstAt = 0;
  for await (const r of parseInThread(listing, gazetteer)) {
    writer.add(r);
    if (++done % every !== 0 && done !== listing.entries.length) continue;
    const mb = heapMB();
    if (first === null) {
      first = mb;
      firstAt = done;
      if (snapshots) console.log(`snapshot ${writeHeapSnapshot(join(snapshots, `heap-${done}.heapsnapshot`))}`);
    }
    const perArticle = done > firstAt ? ((mb - first) * 1024) / (done - firstAt) : 0;
    console.log(`${String(done).padStart(6)} articles: heap ${mb.toFixed(1)} MB (${perArticle.toFixed(1)} kB/article since ${firstAt})`);
  }
  if (snapshots) console.log(`snapshot ${writeHeapSnapshot(join(snapshots, `heap-${done}.heapsnapshot`))}`);
  writer.finish();
  console.log(`finished: heap ${heapMB().toFixed(1)} MB`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
