// Two time axes. Every claim has the period it describes (`asOf`) and the date it became known (`published`, its
// earliest source). A map "as reported up to D" shows only what had been published by D, and of that, the figure
// describing the most recent period is the latest word. The viewer's map, chart, table and the print export all ask
// these functions, so none of them can show a claim before its publication.
import { parseDay } from '../days.ts';
import type { ClaimFeature, ClaimSource, Period } from '../schema.ts';

/** A held-area figure whose period ended more than this many days before the map's date is no longer the situation
 * on that date: with no newer figure reported, the map still shows it as the last word, but faded and dated, never as
 * the current holding (a December map must not present August's figure as the front). */
export const STALE_AFTER_DAYS = 60;

/** `reported`: what was known on D (published on or before D) — the default and the honest reading of a dated map.
 * `described`: hindsight — every claim whose period had begun by D, whenever it was published. */
export type TimeReading = 'reported' | 'described';

export interface Dated {
  published: string;
  asOf: Period;
}

/** Whether a claim is shown on date D (ISO dates compare as strings). */
export function visibleAt(p: Dated, date: string, reading: TimeReading = 'reported'): boolean {
  return reading === 'reported' ? p.published <= date : p.asOf.start <= date;
}

/** The sources of a claim that had been published by D (all of them when reading in hindsight). */
export function sourcesKnownAt(sources: readonly ClaimSource[], date: string, reading: TimeReading = 'reported'): ClaimSource[] {
  return reading === 'reported' ? sources.filter((s) => s.published <= date) : [...sources];
}

/** Which of two visible claims is the later word on the ground: the one describing the more recent period (later end,
 * then later start: the narrower, more specific figure), then the one published later. */
export function describesLater(a: Dated, b: Dated): boolean {
  if (a.asOf.end !== b.asOf.end) return a.asOf.end > b.asOf.end;
  if (a.asOf.start !== b.asOf.start) return a.asOf.start > b.asOf.start;
  return a.published > b.published;
}

/** How many days before D the claim's period ended (0 when it reaches D or later). */
export function daysBefore(p: Dated, date: string): number {
  return Math.max(0, parseDay(date) - parseDay(p.asOf.end));
}

/** Whether the claim describes a time too long before D to stand for the situation on D (STALE_AFTER_DAYS). */
export function staleAt(p: Dated, date: string, afterDays: number = STALE_AFTER_DAYS): boolean {
  return daysBefore(p, date) > afterDays;
}

/** The latest of the claims that pass `keep` and are visible on D, or null. */
export function latestAt<F extends ClaimFeature>(
  claims: readonly ClaimFeature[],
  date: string,
  keep: (f: ClaimFeature) => f is F,
  reading: TimeReading = 'reported',
): F | null {
  return latestPerGroupAt(claims, date, keep, () => '', reading)[0] ?? null;
}

/** The latest claim of each group (`groupOf`: e.g. holder and country) among those that pass `keep` and are visible on
 * D, in the order the groups first appear. */
export function latestPerGroupAt<F extends ClaimFeature>(
  claims: readonly ClaimFeature[],
  date: string,
  keep: (f: ClaimFeature) => f is F,
  groupOf: (f: F) => string,
  reading: TimeReading = 'reported',
): F[] {
  const best = new Map<string, F>();
  for (const f of claims) {
    if (!keep(f) || !visibleAt(f.properties, date, reading)) continue;
    const group = groupOf(f);
    const b = best.get(group);
    if (!b || describesLater(f.properties, b.properties)) best.set(group, f);
  }
  return [...best.values()];
}

/** When a place was first reported: the earliest publication date of the articles that mention it. */
export function firstReported(articles: Iterable<string>, publishedOf: (article: string) => string | undefined): string | null {
  let first: string | null = null;
  for (const a of articles) {
    const d = publishedOf(a);
    if (d && (!first || d < first)) first = d;
  }
  return first;
}
