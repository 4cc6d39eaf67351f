// Article results, printed, in article order, parsed in this thread or by a pool of worker threads. The pool keeps a
// bounded number of articles in flight and waiting to be merged, so memory does not grow with the corpus,
// and results are re-ordered so the output is the same whatever the number of threads.
import { Worker } from 'node:worker_threads';
import { CorpusError } from '../../core/corpus.ts';
import type { Gazetteer } from '../../core/gazetteer/gazetteer.ts';
import { parseArticle } from '../../core/pipeline.ts';
import { readArticle, type CorpusListing } from '../corpus-dir.ts';
import { printArticle, type PrintedArticle } from './printed-article.ts';
import type { FromWorker, ToWorker, WireError } from './worker-messages.ts';

export interface PoolOptions {
  jobs: number; // worker threads; 1 parses in this thread
  inFlightPerWorker: number; // default 4: enough to hide message latency, small enough to stay flat
  reorderWindow: number; // default 64 articles parsed ahead of the next one to merge
}

export const defaultPoolOptions = (jobs: number): PoolOptions => ({ jobs, inFlightPerWorker: 4, reorderWindow: 64 });

export async function* parseInThread(listing: CorpusListing, gazetteer: Gazetteer): AsyncGenerator<PrintedArticle> {
  for (const entry of listing.entries) yield printArticle(parseArticle(readArticle(listing, entry), gazetteer));
}

const fromWire = (e: WireError): Error =>
  e.kind === 'corpus' ? new CorpusError(e.file, e.field, e.detail) : new Error(`geocoding worker failed: ${e.message}`);

// Workers run the TypeScript sources through tsx like the CLI itself (see the entry file).
const workerUrl = new URL('./parse-worker-entry.mjs', import.meta.url);

export async function* parseWithWorkers(listing: CorpusListing, options: PoolOptions): AsyncGenerator<PrintedArticle> {
  const { entries } = listing;
  const workers = Array.from(
    { length: options.jobs },
    () => new Worker(workerUrl, { workerData: { dir: listing.dir, realDir: listing.realDir } }),
  );
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const ready = new Set<Worker>();
  const parsed = new Map<number, PrintedArticle>();
  let nextToSend = 0;
  let nextToMerge = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  const dispatch = (w: Worker): void => {
    while (
      ready.has(w) &&
      inFlight.get(w)! < options.inFlightPerWorker &&
      nextToSend < entries.length &&
      nextToSend - nextToMerge < options.reorderWindow
    ) {
      w.postMessage({ index: nextToSend, entry: entries[nextToSend]! } satisfies ToWorker);
      inFlight.set(w, inFlight.get(w)! + 1);
      nextToSend++;
    }
  };
  for (const w of workers) {
    w.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') ready.add(w);
      else if (msg.type === 'result') {
        parsed.set(msg.index, msg.result);
        inFlight.set(w, inFlight.get(w)! - 1);
      } else failure ??= fromWire(msg.error);
      dispatch(w);
      notify();
    });
    w.on('error', (err) => {
      failure ??= err;
      notify();
    });
    w.on('exit', (code) => {
      if (nextToMerge < entries.length) failure ??= new Error(`geocoding worker exited early (code ${code})`);
      notify();
    });
  }
  try {
    while (nextToMerge < entries.length) {
      if (failure) throw failure;
      const result = parsed.get(nextToMerge);
      if (!result) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      parsed.delete(nextToMerge++);
      for (const w of workers) dispatch(w); // the reorder window moved on
      yield result;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
