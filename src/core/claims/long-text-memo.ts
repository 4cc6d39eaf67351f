// A reading of a whole text (a sentence, a clause) that rules make again for each figure or count of it: kept for the
// last few long texts, by their content (a clause sliced anew for each count is the same key). Read per count, a long
// sentence of many counts was quadratic (bench/HISTORY.md, round 50); below LONG_TEXT the reading is cheap and not kept.
import { LONG_TEXT } from './side-matches.ts';

/** A cache for `keptForLong`: one per reading. */
export type LongTextMemo<T> = Map<string, T>;

/** `read(text)`, kept in `memo` when `text` is long. `read` must depend on the text alone. */
export function keptForLong<T>(memo: LongTextMemo<T>, text: string, read: (text: string) => T): T {
  if (text.length < LONG_TEXT) return read(text);
  if (memo.has(text)) return memo.get(text)!;
  const value = read(text);
  if (memo.size >= 8) memo.clear();
  memo.set(text, value);
  return value;
}
