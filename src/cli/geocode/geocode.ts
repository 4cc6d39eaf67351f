// `briefmap geocode <corpusDir> --out <dir>`: corpus in, places.geojson + claims.geojson + events.geojson + report.json out.
// Streams: the manifest is checked first, then articles are read, parsed (on every core for a large corpus) and
// written one at a time, so peak memory stays flat as the corpus grows. The output files are written into a fresh
// generation and committed together as a set (src/cli/output-set.ts); after an error the folder is as it was.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { listCorpus } from '../corpus-dir.ts';
import { loadGazetteer } from '../load-gazetteer.ts';
import type { Gazetteer } from '../../core/gazetteer/gazetteer.ts';
import { OutputSet } from '../output-set.ts';
import { CorpusWriter, defaultWriterOptions, OUTPUT_FILES, VIEWER_FILES } from './corpus-writer.ts';
import { defaultPoolOptions, parseInThread, parseWithWorkers } from './parse-in-order.ts';
import type { Totals } from '../../core/pipeline/totals.ts';
import type { PrintedArticle } from './printed-article.ts';

export interface GeocodeOptions {
  /** Worker threads; default: one per core for corpora of at least `workerThreshold` articles, else 1 (this thread). */
  jobs?: number;
  /** Below this many articles, starting workers (each compiles the sources and loads the gazetteer, ~2 s here)
   * costs more than it saves (measured with npm run bench). */
  workerThreshold?: number; // default 2,000
  /** See CorpusWriterOptions. */
  passBudgetChars?: number;
  /** A gazetteer already loaded (tests running many corpora); default: data/gazetteer/. */
  gazetteer?: Gazetteer;
  /** YYYY-MM-DD the publication dates are checked against (default: today, UTC); for deterministic tests. */
  today?: string;
}

export interface GeocodeRun {
  totals: Totals;
  files: string[];
  seconds: number;
  jobs: number;
  placeRanges: number;
}

export async function geocode(
  corpusDir: string,
  outDir: string,
  log: (line: string) => void = () => {},
  options: GeocodeOptions = {},
): Promise<GeocodeRun> {
  const t0 = performance.now();
  const listing = listCorpus(corpusDir, options.today ? { today: options.today } : {}); // throws before anything is written
  const n = listing.entries.length;
  const cores = availableParallelism();
  if (options.jobs !== undefined && options.jobs > cores)
    log(`--jobs ${options.jobs} lowered to ${cores}: this machine has ${cores} core${cores === 1 ? '' : 's'} available`);
  const wanted = options.jobs ?? (n >= (options.workerThreshold ?? 2000) ? cores : 1);
  const jobs = Math.max(1, Math.min(n, cores, wanted)); // each worker holds a gazetteer: more than the cores only costs memory
  const set = new OutputSet(outDir, [...OUTPUT_FILES, ...VIEWER_FILES], { log }); // locks --out; throws before anything visible changes
  let results: AsyncIterable<PrintedArticle> | null = null;
  let writer: CorpusWriter | null = null;
  try {
    results = jobs > 1 ? parseWithWorkers(listing, defaultPoolOptions(jobs)) : null; // workers start loading now
    const gazetteer = options.gazetteer ?? loadGazetteer();
    log(`gazetteer: ${gazetteer.size} entries; ${jobs > 1 ? `${jobs} worker threads` : '1 thread'}`);
    writer = new CorpusWriter(
      set.dir,
      gazetteer,
      { ...defaultWriterOptions, ...(options.passBudgetChars ? { passBudgetChars: options.passBudgetChars } : {}) },
      listing.about,
    );
    const every = Math.max(1, Math.floor(n / 20));
    let done = 0;
    for await (const r of results ?? parseInThread(listing, gazetteer)) {
      writer.add(r);
      done++;
      if (n >= 50 && (done % every === 0 || done === n)) log(`geoparsed ${done}/${n} articles`);
    }
    const { totals, placeRanges } = writer.finish();
    set.commit();
    return {
      totals,
      files: [...OUTPUT_FILES, ...VIEWER_FILES].map((f) => join(outDir, f)),
      seconds: (performance.now() - t0) / 1000,
      jobs,
      placeRanges,
    };
  } catch (err) {
    writer?.abort();
    set.abort(); // the folder is as it was (removed if this run made it)
    throw err;
  }
}
