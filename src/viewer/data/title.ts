// The open corpus's title, computed once per dataset (uploads make a new dataset, and a new title).
import { corpusTitle, type CorpusTitle } from '../../core/corpus-title.ts';
import type { Dataset } from './data.ts';

const titles = new WeakMap<Dataset, CorpusTitle>();

export function titleOf(d: Dataset): CorpusTitle {
  let t = titles.get(d);
  if (!t) titles.set(d, (t = corpusTitle(d)));
  return t;
}
