// The region of one figure among several in a sentence: the place named in the figure's own list item or clause
// ("…в Донецькій області збільшилася на 30 кв км, а в Запорізькій – на 5 кв км"), not the sentence's first place.
import type { IndexedEntry } from '../gazetteer/gazetteer.ts';
import type { Span } from '../text/sentences.ts';
import { isCapitalMetonym, locatedMentions, regionOf, type ClaimContext } from './context.ts';

/** Where one item of a list ends and the next begins: a comma, a semicolon, a conjunction ("… in the Donetsk region and
 * 272 km² in …"). */
const ITEM_BREAK = /[,;:]|\s(?:and|but|while|whereas|і|й|та|а|але|и|но|а\s+также)(?=\s)/giu;

/** The span (sentence offsets) of figure `i`'s own item: from the first break after the figure before it to the first
 * break after the figure itself (the sentence's ends for the first and last). */
export function itemSpan(text: string, figs: readonly { start: number; end: number }[], i: number): Span {
  const fig = figs[i]!;
  const prev = i > 0 ? figs[i - 1]! : undefined;
  let start = 0;
  if (prev) {
    ITEM_BREAK.lastIndex = prev.end;
    const m = ITEM_BREAK.exec(text);
    start = m && m.index < fig.start ? m.index + 1 : prev.end;
  }
  let end = text.length;
  if (i + 1 < figs.length) {
    ITEM_BREAK.lastIndex = fig.end;
    const m = ITEM_BREAK.exec(text);
    end = m && m.index < figs[i + 1]!.start ? m.index : figs[i + 1]!.start;
  }
  return { start, end };
}

/** The region of the place named nearest the figure within its own item (a country or a capital standing for a
 * government names no ground of its own), or undefined when the item names none. `sentenceRegion` is the sentence's. */
export function itemRegion(
  ctx: ClaimContext,
  sentence: Span,
  item: Span,
  fig: { start: number; end: number },
  sentenceRegion: IndexedEntry | undefined,
): IndexedEntry | undefined {
  const at = { start: sentence.start + fig.start, end: sentence.start + fig.end };
  let best: IndexedEntry | undefined;
  let bestGap = Infinity;
  for (const m of locatedMentions(ctx, { start: sentence.start + item.start, end: sentence.start + item.end })) {
    if (m.entry.kind === 'country' || isCapitalMetonym(m)) continue;
    const region = regionOf(ctx, m.entry);
    if (!region) continue;
    // A settlement of another country than the sentence's ground is more likely a namesake ("Донецька" read as the
    // town in Rostov Oblast in a list of Ukrainian oblasts); a region named as such is not.
    if (m.entry.kind !== 'region' && sentenceRegion && region.country !== sentenceRegion.country) continue;
    const gap = m.start >= at.end ? m.start - at.end : Math.max(0, at.start - m.end);
    if (gap < bestGap) [best, bestGap] = [region, gap];
  }
  return best;
}
