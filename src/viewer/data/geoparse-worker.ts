// Geoparsing of dropped articles off the main thread: the core's addArticles (the CLI's code) in a Web Worker,
// reporting progress after each article, so a large article cannot freeze the page and the user can cancel
// (the page terminates the worker). The gazetteer is loaded once per worker.
import { loadGazetteer, IMPORTED_DIR } from '../../core/gazetteer/layers.ts';
import { addArticles } from '../../core/pipeline.ts';
import type { Gazetteer } from '../../core/gazetteer/gazetteer.ts';
import type { Article } from '../../core/schema.ts';
import type { Dataset } from './data.ts';

export type ToGeoparseWorker = { type: 'merge'; base: string; current: Dataset; articles: Article[] };
export type FromGeoparseWorker = { type: 'progress'; done: number; total: number } | { type: 'result'; dataset: Dataset } | { type: 'error'; message: string };

let gazetteer: Promise<Gazetteer> | null = null;

async function fetchJson(url: URL): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
  return res.json();
}

function load(base: string): Promise<Gazetteer> {
  gazetteer ??= (async () => {
    const layer = (file: string) => fetchJson(new URL(`data/gazetteer/${file}`, base));
    let imported: string[] = [];
    try {
      const names = await fetchJson(new URL(`data/gazetteer/${IMPORTED_DIR}/index.json`, base));
      if (Array.isArray(names)) imported = names.filter((n): n is string => typeof n === 'string' && /^[\w.-]+$/.test(n));
    } catch {
      /* no imported layers */
    }
    return loadGazetteer(layer, { imported });
  })();
  gazetteer.catch(() => (gazetteer = null));
  return gazetteer;
}

const post = (msg: FromGeoparseWorker): void => (self as unknown as Worker).postMessage(msg);

self.addEventListener('message', (e: MessageEvent<ToGeoparseWorker>) => {
  const { base, current, articles } = e.data;
  void (async () => {
    try {
      const g = await load(base);
      post({ type: 'progress', done: 0, total: articles.length });
      const dataset = addArticles(current, articles, g, {}, (done, total) => post({ type: 'progress', done, total }));
      post({ type: 'result', dataset });
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
