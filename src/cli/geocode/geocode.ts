// `briefmap geocode <corpusDir> --out <dir>`: corpus in, places.geojson + claims.geojson + events.geojson + report.json out.
// Streams: the manifest is checked first, then articles are read, parsed (on every core for a large corpus) and
// written one at a time, so peak memory stays flat as the corpus grows. Nothing is moved into the output
// folder until all three files are complete; after an error the folder is as it was.
import { availableParallelism } from 'node:os';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listCorpus } from '../corpus-dir.ts';
import { loadGazetteer } from '../load-gazetteer.ts';
import { CorpusWriter, defaultWriterOptions, OUTPUT_FILES, VIEWER_FILES } from './corpus-writer.ts';
import { defaultPoolOptions, parseInThread, parseWithWorkers } from './parse-in-order.ts';
import type { Totals } from '../../core/pipeline/totals.ts';

export interface GeocodeOptions {
  /** Worker threads; default: one per core for corpora of at least `workerThreshold` articles, else 1 (this thread). */
  jobs?: number;
  /** Below this many articles, starting workers (each compiles the sources and loads the gazetteer, ~2 s here)
   * costs more than it saves (measured with npm run bench). */
  workerThreshold?: number; // default 2,000
  /** See CorpusWriterOptions. */
  passBudgetChars?: number;
}

export interface GeocodeRun {
  totals: Totals;
  files: string[];
  seconds: number;
  jobs: number;
  placeRanges: number;
}

export async function geocode(corpusDir: string, outDir: string, log: (line: string) => void = () => {}, options: GeocodeOptions = {}): Promise<GeocodeRun> {
  const t0 = performance.now();
  const listing = listCorpus(corpusDir); // throws before anything is written
  const n = listing.entries.length;
  const jobs = Math.max(1, Math.min(n, options.jobs ?? (n >= (options.workerThreshold ?? 2000) ? availableParallelism() : 1)));
  const results = jobs > 1 ? parseWithWorkers(listing, defaultPoolOptions(jobs)) : null; // workers start loading now
  const gazetteer = loadGazetteer();
  log(`gazetteer: ${gazetteer.size} entries; ${jobs > 1 ? `${jobs} worker threads` : '1 thread'}`);

  const created = mkdirSync(outDir, { recursive: true });
  let writer: CorpusWriter;
  try {
    writer = new CorpusWriter(outDir, gazetteer, { ...defaultWriterOptions, ...(options.passBudgetChars ? { passBudgetChars: options.passBudgetChars } : {}) }, listing.about);
  } catch (err) {
    if (created) rmSync(created, { recursive: true, force: true });
    throw err;
  }
  const every = Math.max(1, Math.floor(n / 20));
  try {
    let done = 0;
    for await (const r of results ?? parseInThread(listing, gazetteer)) {
      writer.add(r);
      done++;
      if (n >= 50 && (done % every === 0 || done === n)) log(`geoparsed ${done}/${n} articles`);
    }
    const { totals, placeRanges } = writer.finish();
    return { totals, files: [...OUTPUT_FILES, ...VIEWER_FILES].map((f) => join(outDir, f)), seconds: (performance.now() - t0) / 1000, jobs, placeRanges };
  } catch (err) {
    writer.abort();
    if (created) rmSync(created, { recursive: true, force: true }); // only folders this run made, now empty
    throw err;
  }
}
