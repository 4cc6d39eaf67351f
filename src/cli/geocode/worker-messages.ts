// The messages between the geocoder's main thread and its parse workers.
import type { PrintedArticle } from './printed-article.ts';
import type { ManifestEntry } from '../../core/schema.ts';

export interface ToWorker {
  index: number;
  entry: ManifestEntry;
}

export type WireError = { kind: 'corpus'; file: string; field: string | null; detail: string } | { kind: 'error'; message: string };

export type FromWorker =
  { type: 'ready' } | { type: 'result'; index: number; result: PrintedArticle } | { type: 'error'; index: number; error: WireError };
