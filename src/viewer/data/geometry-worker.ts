// The one worker that computes footprint geometry (footprint-series-worker.ts) for the chart's series and for the
// first view. Created as the page starts, so that its module and polygons load while the data downloads.
import type { ToGeometryWorker } from './footprint-series-worker.ts';

let worker: Worker | null = null;

export function geometryWorker(): Worker {
  return (worker ??= new Worker(new URL('./footprint-series-worker.ts', import.meta.url), { type: 'module' }));
}

/** Starts the worker and its polygons' download (main.ts, before the data is in). */
export function warmGeometryWorker(base: URL): void {
  geometryWorker().postMessage({ kind: 'warm', base: base.href } satisfies ToGeometryWorker);
}

let ids = 0;
/** Posts `message` (its id set here) and resolves with the worker's answer to it; rejects if the worker fails (its
 * module did not load, or it threw outside a job): callers then compute on the page. */
export function askGeometryWorker<T extends { id: number }>(message: ToGeometryWorker & { id: number }): Promise<T> {
  const w = geometryWorker();
  const id = ++ids;
  return new Promise((resolve, reject) => {
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (e: MessageEvent<T>) => {
      if (e.data.id !== id) return;
      done();
      resolve(e.data);
    };
    const onError = (e: ErrorEvent) => {
      done();
      reject(new Error(e.message || 'the geometry worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ ...message, id });
  });
}
