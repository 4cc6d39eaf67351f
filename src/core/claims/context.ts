// What claim extraction needs to know about an article once it is geoparsed: its sentences, the places each sentence
// names, and the place the article is mostly about.
import type { Gazetteer, IndexedEntry } from '../gazetteer/gazetteer.ts';
import type { ParsedArticle, ParsedMention } from '../geoparse/geoparse.ts';
import type { Article } from '../schema.ts';
import type { Span } from '../text/sentences.ts';
import { timePhrases, type TimePhrase } from './dates.ts';

export interface ClaimContext {
  article: Article;
  parsed: ParsedArticle;
  gazetteer: Gazetteer;
}

export type LocatedMention = ParsedMention & { entry: Extract<IndexedEntry, { lon: number }> };

export function locatedMentions(ctx: ClaimContext, span?: Span): LocatedMention[] {
  return ctx.parsed.mentions.filter(
    (m): m is LocatedMention =>
      (m.status === 'resolved' || m.status === 'low-confidence') && m.entry !== null && m.entry.lon !== null && (!span || (m.start >= span.start && m.end <= span.end)),
  );
}

/** The region an entry lies in (the entry itself for a region). */
export function regionOf(ctx: ClaimContext, e: IndexedEntry): IndexedEntry | undefined {
  if (e.kind === 'region') return e;
  return e.admin1 ? ctx.gazetteer.region(e.country, e.admin1) : undefined;
}

/** The non-country place the article names most often; ties go to the earlier mention. */
export function articleFocus(ctx: ClaimContext): LocatedMention | undefined {
  const counts = new Map<string, { n: number; first: LocatedMention }>();
  for (const m of locatedMentions(ctx)) {
    if (m.entry.kind === 'country') continue;
    const region = regionOf(ctx, m.entry);
    const key = region?.id ?? m.entry.id;
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, first: m });
  }
  let best: { n: number; first: LocatedMention } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first;
}

/** "Kyiv said", "Moscow's forces": capitals in news prose usually stand for governments, not for where things happen. */
export const isCapitalMetonym = (m: LocatedMention): boolean => m.entry.note === 'national capital';

/** Where a figure in this sentence happens: a region named, else a settlement (not a capital standing for a
 * government), else a country, else the article's focus. */
export function placesForFigures(ctx: ClaimContext, sentence: Span): LocatedMention[] {
  const here = locatedMentions(ctx, sentence).filter((m) => !isCapitalMetonym(m));
  const rank = (m: LocatedMention): number => (m.entry.kind === 'region' ? 0 : m.entry.kind === 'country' ? 2 : 1);
  return here.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
}

/** The time phrase nearest a figure, if it stands within `window` characters; else null. */
export function nearestPhrase<T extends { start: number; end: number }>(phrases: readonly T[], start: number, end: number, window = 60): T | null {
  let best: T | null = null;
  let bestGap = window;
  for (const p of phrases) {
    const gap = p.start >= end ? p.start - end : start >= p.end ? start - p.end : 0;
    if (gap <= bestGap) [best, bestGap] = [p, gap];
  }
  return best;
}

export const sentenceText = (ctx: ClaimContext, s: Span): string => ctx.article.text.slice(s.start, s.end);

/** The time phrases of a sentence, with offsets into the article like every other offset in a claim. */
export function sentencePhrases(ctx: ClaimContext, s: Span): TimePhrase[] {
  return timePhrases(sentenceText(ctx, s), ctx.article.published).map((p) => ({ ...p, start: p.start + s.start, end: p.end + s.start }));
}
