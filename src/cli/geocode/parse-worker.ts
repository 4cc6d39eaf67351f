// A geocoding worker thread: loads its own gazetteer once, then reads and parses the articles the main thread
// sends, one message per article, and posts back each result printed as output pieces (or the error, as plain data).
import { parentPort, workerData } from 'node:worker_threads';
import { CorpusError } from '../../core/corpus.ts';
import { parseArticle } from '../../core/pipeline.ts';
import { readArticle } from '../corpus-dir.ts';
import { loadGazetteer } from '../load-gazetteer.ts';
import { errorLine } from '../messages.ts';
import { printArticle } from './printed-article.ts';
import type { FromWorker, ToWorker } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread');
const listing = workerData as { dir: string; realDir: string };
const post = (msg: FromWorker): void => port.postMessage(msg);

try {
  const gazetteer = loadGazetteer();
  port.on('message', ({ index, entry }: ToWorker) => {
    try {
      post({ type: 'result', index, result: printArticle(parseArticle(readArticle(listing, entry), gazetteer)) });
    } catch (err) {
      post({ type: 'error', index, error: toWire(err) });
    }
  });
  post({ type: 'ready' });
} catch (err) {
  post({ type: 'error', index: -1, error: toWire(err) });
}

function toWire(err: unknown): Extract<FromWorker, { type: 'error' }>['error'] {
  if (err instanceof CorpusError) return { kind: 'corpus', file: err.file, field: err.field, detail: err.detail };
  return { kind: 'error', message: errorLine(err) }; // one line, a system error in words: it is printed as is
}
