// In-browser geoparsing of dropped articles: the core's corpus builder (the CLI's code) run in a Web Worker
// (geoparse-worker.ts), so the page stays responsive, with progress and cancel. The core and the gazetteer (~3 MB)
// are loaded by the worker on first use only, so opening the viewer stays fast.
import type { Article } from '../../core/schema.ts';
import type { Dataset } from './data.ts';
import type { FromGeoparseWorker, ToGeoparseWorker } from './geoparse-worker.ts';
import { loadIssues } from './report-issues.ts';

export interface MergeOptions {
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates the worker: the dataset is left as it was. */
  signal?: AbortSignal;
}

export class GeoparseCancelled extends Error {
  constructor() {
    super('geoparsing cancelled');
    this.name = 'GeoparseCancelled';
  }
}

let worker: Worker | null = null;
const startWorker = (): Worker => (worker ??= new Worker(new URL('./geoparse-worker.ts', import.meta.url), { type: 'module' }));

/** Dropped articles merged into the open corpus by the core's corpus builder: the same code as `briefmap geocode`. */
export async function mergeArticles(articles: Article[], current: Dataset, options: MergeOptions = {}): Promise<Dataset> {
  // The merged report and claims keep the corpus's issues and quotes: they must be here first.
  await Promise.all([loadIssues(current.report), current.claimQuotes?.loadAll()]);
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new GeoparseCancelled());
    const w = startWorker();
    const { mentions, claimQuotes, ...plain } = current; // the mention and quote sources hold functions: they stay here
    const done = (): void => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (e: MessageEvent<FromGeoparseWorker>): void => {
      const msg = e.data;
      if (msg.type === 'progress') options.onProgress?.(msg.done, msg.total);
      else {
        done();
        // The side file of the mentions stays valid: places keep their pages there and gain the new mentions in memory.
        if (msg.type === 'result') resolve(mentions ? { ...msg.dataset, mentions } : msg.dataset);
        else reject(new Error(msg.message));
      }
    };
    const onError = (e: ErrorEvent): void => {
      done();
      w.terminate();
      worker = null;
      reject(new Error(e.message || 'the geoparsing worker failed'));
    };
    const onAbort = (): void => {
      done();
      w.terminate(); // stops mid-article; the next drop starts a fresh worker
      worker = null;
      reject(new GeoparseCancelled());
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    options.signal?.addEventListener('abort', onAbort);
    w.postMessage({ type: 'merge', base: new URL('./', document.baseURI).href, current: plain, articles } satisfies ToGeoparseWorker);
  });
}
