// A reading of a whole text (a sentence, a clause) that rules make again for each figure or count of it: kept for the
// last few long texts, by their content (a clause sliced anew for each count is the same key). Read per count, a long
// sentence of many counts was quadratic (bench/HISTORY.md, round 50); below LONG_TEXT the reading is cheap and not kept.

/** From this length a text is indexed or its reading kept (here, side-matches.ts, modality.ts, daily-rate.ts, and
 * sides.ts `sideOrEnemyReading`); below it the plain scan is cheap and nothing is kept. Timed both ways in round 51
 * (bench/HISTORY.md): on a sentence of counts the indexes already pay at 1 KB (about 1.5× faster) and break even near
 * 0.5 KB; on a list of figures the time is about the same either way. */
export const LONG_TEXT = 1024;

/** A cache for `keptForLong`: one per reading. */
export type LongTextMemo<T> = Map<string, T>;

/** How many entries a `cachedIn` cache keeps. */
const KEPT = 8;

/**
 * `read(key)`, kept in `cache`, which holds at most `KEPT` entries and drops the least recently used first (a hit moves
 * its entry last): a one-use key (a slice made for one figure) no longer empties the cache of the sentence read for
 * every figure. Keyed by a text's whole content and `read` depending on it alone, what the cache holds changes no
 * answer, only its cost.
 */
export function cachedIn<K, V>(cache: Map<K, V>, key: K, read: (key: K) => V): V {
  let value = cache.get(key);
  if (value !== undefined || cache.has(key)) {
    cache.delete(key);
  } else {
    value = read(key);
    if (cache.size >= KEPT) cache.delete(cache.keys().next().value as K);
  }
  cache.set(key, value as V);
  return value as V;
}

/** `read(text)`, kept in `memo` when `text` is long. `read` must depend on the text alone. */
export function keptForLong<T>(memo: LongTextMemo<T>, text: string, read: (text: string) => T): T {
  return text.length < LONG_TEXT ? read(text) : cachedIn(memo, text, read);
}
