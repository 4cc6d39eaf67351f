// What claim extraction needs to know about an article once it is geoparsed: its sentences, the places each sentence
// names, and the place the article is mostly about.
import { perspectiveOf, type Perspective } from '../events/perspective.ts';
import type { Gazetteer, IndexedEntry } from '../gazetteer/gazetteer.ts';
import type { ParsedArticle, ParsedMention } from '../geoparse/geoparse.ts';
import type { Article } from '../schema.ts';
import { spansMatching, type Span } from '../text/sentences.ts';
import { timePhrases, type TimePhrase } from './dates.ts';
import { spanBackPhrases } from './span-back.ts';
import { firstStartingAtOrAfter, inStartOrder, partitionPoint } from '../partition-point.ts';

export interface ClaimContext {
  article: Article;
  parsed: ParsedArticle;
  gazetteer: Gazetteer;
}

export type LocatedMention = ParsedMention & { entry: Extract<IndexedEntry, { lon: number }> };

const isLocated = (m: ParsedMention): m is LocatedMention =>
  (m.status === 'resolved' || m.status === 'low-confidence') && m.entry !== null && m.entry.lon !== null;

/** What the extractors ask of an article again and again (per sentence, per figure), worked out once per context. */
interface ContextMemo {
  /** Never changed once made, so partition-point.ts's `inStartOrder` may remember whether it is in start order. */
  located: LocatedMention[];
  /** The article's focus once asked for (it may be undefined). */
  focus?: { value: LocatedMention | undefined };
  perspective?: Perspective;
  phrases: Map<Span, TimePhrase[]>;
  hits: Map<RegExp, Uint8Array>;
  /** Where each year the text writes starts (lastYearBefore). */
  years?: Int32Array;
}

const memos = new WeakMap<ClaimContext, ContextMemo>();

function memoOf(ctx: ClaimContext): ContextMemo {
  let memo = memos.get(ctx);
  if (!memo) {
    const located = ctx.parsed.mentions.filter(isLocated);
    memo = { located, phrases: new Map(), hits: new Map() };
    memos.set(ctx, memo);
  }
  return memo;
}

/** Mapped mentions (resolved or low-confidence, located), in article order; those inside `span` if given. A fresh array. */
export function locatedMentions(ctx: ClaimContext, span?: Span): LocatedMention[] {
  const { located } = memoOf(ctx);
  if (!span) return located.slice();
  const inside = (m: LocatedMention): boolean => m.start >= span.start && m.end <= span.end;
  // (in start order, a sentence's mentions are one run found by binary search)
  if (!inStartOrder(located)) return located.filter(inside);
  const out: LocatedMention[] = [];
  for (let i = firstStartingAtOrAfter(located, span.start); i < located.length && located[i]!.start <= span.end; i++)
    if (inside(located[i]!)) out.push(located[i]!);
  return out;
}

/** The region an entry lies in (the entry itself for a region). */
export function regionOf(ctx: ClaimContext, e: IndexedEntry): IndexedEntry | undefined {
  if (e.kind === 'region') return e;
  return e.admin1 ? ctx.gazetteer.region(e.country, e.admin1) : undefined;
}

/** The non-country place the article names most often (low-confidence mentions count half, capitals standing for
 * governments not at all); ties go to the earlier mention. */
export function articleFocus(ctx: ClaimContext): LocatedMention | undefined {
  const memo = memoOf(ctx);
  memo.focus ??= { value: findFocus(ctx) };
  return memo.focus.value;
}

function findFocus(ctx: ClaimContext): LocatedMention | undefined {
  const counts = new Map<string, { n: number; first: LocatedMention }>();
  for (const m of locatedMentions(ctx)) {
    if (m.entry.kind === 'country' || isCapitalMetonym(m)) continue; // "Kyiv lost …" is a government, not a place
    const region = regionOf(ctx, m.entry);
    const key = region?.id ?? m.entry.id;
    // A low-confidence reading counts half: an unsure "Киев" must not outweigh a sure "Курской области".
    const weight = m.status === 'resolved' ? 1 : 0.5;
    const c = counts.get(key);
    if (c) c.n += weight;
    else counts.set(key, { n: weight, first: m });
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
export function nearestPhrase<T extends { start: number; end: number }>(
  phrases: readonly T[],
  start: number,
  end: number,
  window = 60,
): T | null {
  let best: T | null = null;
  let bestGap = window;
  for (const p of phrases) {
    const gap = p.start >= end ? p.start - end : start >= p.end ? start - p.end : 0;
    if (gap <= bestGap) [best, bestGap] = [p, gap];
  }
  return best;
}

export const sentenceText = (ctx: ClaimContext, s: Span): string => ctx.article.text.slice(s.start, s.end);

/** For each of the article's sentences (by index), whether `re` matches in it; see spansMatching for what `re` may be. */
export function sentencesMatching(ctx: ClaimContext, re: RegExp): Uint8Array {
  const { hits } = memoOf(ctx);
  let found = hits.get(re);
  if (!found) hits.set(re, (found = spansMatching(ctx.article.text, ctx.parsed.sentences, re)));
  return found;
}

/** The time phrases of a sentence, with offsets into the article like every other offset in a claim. Computed once per
 * sentence and shared by the extractors, which only read them. */
export function sentencePhrases(ctx: ClaimContext, s: Span): readonly TimePhrase[] {
  const { phrases } = memoOf(ctx);
  let found = phrases.get(s);
  if (!found) {
    found = timePhrases(sentenceText(ctx, s), ctx.article.published).map((p) =>
      thatYear(ctx, { ...p, start: p.start + s.start, end: p.end + s.start }),
    );
    phrases.set(s, found);
  }
  return found;
}

const claimMemo = new WeakMap<ClaimContext, Map<Span, readonly TimePhrase[]>>();

/** The time phrases of a sentence as the claim rules read them: those of `sentencePhrases`, with "in a week", "within
 * a month" read as spans back from publication (span-back.ts; the control events keep chrono's reading). */
export function claimPhrases(ctx: ClaimContext, s: Span): readonly TimePhrase[] {
  let memo = claimMemo.get(ctx);
  if (!memo) claimMemo.set(ctx, (memo = new Map()));
  let found = memo.get(s);
  if (!found) {
    const back = spanBackPhrases(sentenceText(ctx, s), ctx.article.published).map((p) => ({
      ...p,
      start: p.start + s.start,
      end: p.end + s.start,
    }));
    found = back.length
      ? [...sentencePhrases(ctx, s).filter((p) => !back.some((b) => p.start < b.end && p.end > b.start)), ...back].sort(
          (a, b) => a.start - b.start,
        )
      : sentencePhrases(ctx, s);
    memo.set(s, found);
  }
  return found;
}

/** "In March of that year", "у березні того ж року": the year is the one the text last wrote before the phrase. */
const THAT_YEAR = /^\s*(?:of\s)?that\syear\b|^\s*того\s(?:ж|же)\s(?:року|года)(?!\p{L})/iu;

function thatYear(ctx: ClaimContext, p: TimePhrase): TimePhrase {
  const { text, published } = ctx.article;
  // (a period cut at publication is left alone: moved to another year it would end on a day the text never gave)
  if (/\d{4}/.test(p.text) || p.period.end === published || !THAT_YEAR.test(text.slice(p.end, p.end + 24))) return p;
  const year = lastYearBefore(ctx, p.start);
  if (!year) return p;
  const shift = (iso: string): string => year + iso.slice(4);
  return { ...p, period: { start: shift(p.period.start), end: shift(p.period.end) } };
}

/** A year, as "that year" refers back to one. */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The last year written in the text before `end` (as read in the text cut there), or null. The article's years are
 * listed once: read again before every "that year", a text of many was quadratic (round 48, bench/HISTORY.md). A year
 * ends before `end` in the cut text exactly where it does in the whole, but for one ending at `end` (the cut hides a
 * digit after it), read in the cut. */
export function lastYearBefore(ctx: ClaimContext, end: number): string | null {
  const text = ctx.article.text;
  const edge = /(?<!\d)(?:19|20)\d\d$/.exec(text.slice(Math.max(0, end - 5), end));
  if (edge) return edge[0];
  const memo = memoOf(ctx);
  memo.years ??= Int32Array.from(text.matchAll(YEAR), (m) => m.index);
  const { years } = memo;
  const lo = partitionPoint(0, years.length, (i) => years[i]! + 4 <= end);
  return lo > 0 ? text.slice(years[lo - 1]!, years[lo - 1]! + 4) : null;
}

/** Who is writing the article (events/perspective.ts): "the enemy" is the other side. Worked out once per article. */
export function articlePerspective(ctx: ClaimContext): Perspective {
  const memo = memoOf(ctx);
  if (memo.perspective === undefined) memo.perspective = perspectiveOf(ctx.article.text);
  return memo.perspective;
}
