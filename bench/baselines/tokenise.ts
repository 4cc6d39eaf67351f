// The floor: only split the texts into word tokens with the core's own tokeniser, the first thing the geoparser does.
// No pipeline can be faster than reading its input, so briefmap's time is reported as a multiple of this one.
import type { Article } from '../../src/core/schema.ts';
import { tokenize } from '../../src/core/text/tokens.ts';

/** Returns a checksum of the tokens (count plus end offsets) so the JIT cannot drop the work as unused. */
export function tokeniseCorpus(articles: readonly Article[]): number {
  let sum = 0;
  for (const a of articles) for (const t of tokenize(a.text)) sum = (sum + t.end + 1) | 0;
  return sum;
}
