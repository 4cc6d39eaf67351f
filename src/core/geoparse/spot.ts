// Spotting: every span of the text whose normal form is a gazetteer name, longest match first.
import type { Gazetteer, IndexedEntry } from '../gazetteer/gazetteer.ts';
import { normalizeName } from '../text/normalize.ts';
import { hasCyrillic, phraseNominatives } from '../text/cyrillic.ts';
import { hasDigit, isCapitalized, type Token } from '../text/tokens.ts';

export interface Spot {
  start: number;
  end: number;
  text: string;
  /** Index of the first and one past the last token of the span. */
  first: number;
  last: number;
  entries: readonly IndexedEntry[];
}

const POSSESSIVE = /['’]s$/u;

/** Tokens i..j-1 form one name only if nothing but single spaces or hyphens stands between them. */
function contiguous(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (!/^[ \u00a0-]$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  return true;
}

export function spotNames(text: string, tokens: readonly Token[], gazetteer: Gazetteer): Spot[] {
  const spots: Spot[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!isCapitalized(head.text) || hasDigit(head.text)) continue;
    const longest = Math.min(gazetteer.maxTokens, tokens.length - i);
    for (let n = longest; n >= 1; n--) {
      if (!contiguous(text, tokens, i, i + n)) continue;
      const tail = tokens[i + n - 1]!;
      // "Kursk's" is Kursk; the possessive is not part of the name.
      const ends = POSSESSIVE.test(tail.text) ? [tail.end, tail.end - 2] : [tail.end];
      const hit = ends
        .map((end) => ({ end, entries: lookupInflected(gazetteer, text.slice(head.start, end)) }))
        .find((h) => h.entries.length > 0);
      if (!hit) continue;
      spots.push({ start: head.start, end: hit.end, text: text.slice(head.start, hit.end), first: i, last: i + n, entries: hit.entries });
      i += n - 1;
      break;
    }
  }
  return spots;
}

/** Exact normal form first; for Cyrillic, then the nominatives of inflected forms ("Курській області", "Суджі"). */
function lookupInflected(gazetteer: Gazetteer, phrase: string): readonly IndexedEntry[] {
  const norm = normalizeName(phrase);
  const exact = gazetteer.lookup(norm);
  if (exact.length > 0 || !hasCyrillic(phrase)) return exact;
  for (const reading of phraseNominatives(phrase.toLowerCase().split(/\s+/))) {
    const found = gazetteer.lookup(normalizeName(reading));
    if (found.length > 0) return found;
  }
  return [];
}
