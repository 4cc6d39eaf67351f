// Time words that point back to a period the article has already given: "in the month", "over that period", "за этот
// период", "за цей час", "на той час", and a week or month counted from now ("last week", "за прошедшую неделю", "in the
// past month", "за місяць") in an article that has named the exact week or calendar month it reports ("over the week of
// Oct. 20-27", "с понедельника, 1 сентября, по вечер воскресенья, 7 сентября", "taken in November", "за лютий 2026
// року"). Such words carry no date of their own; the period is the antecedent's — or the span written right after the
// noun ("in the week from Oct. 20 to Oct. 27"), which it names.
import type { Period } from '../schema.ts';
import type { Span } from '../text/sentences.ts';
import { claimPhrases, type ClaimContext } from './context.ts';
import type { TimePhrase } from './dates.ts';
import { execBySpaces } from './text-index.ts';

/** A demonstrative or definite period noun after a preposition of duration: "in the month", "over that period",
 * "during the same week", "за этот период", "за это время", "за цей час", "протягом цього періоду". ("this month" is
 * deictic — from the first of the month to now — and read as such elsewhere.) Group 1: the English noun, 2: the
 * Slavic one. (Read by `execBySpaces(…, 4)`: at most three single \s, nothing else of it reads a blank; the bound is
 * tested in tests/core/hostile-indexes-50.test.ts.) */
export const SPAN_ANAPHOR =
  /\b(?:in|over|during|for|throughout)\s(?:the|that)\s(?:same\s)?(month|week|period|time)\b|(?<!\p{L})(?:за|протягом|впродовж|в\sтечение|на\sпротяжении)\s(?:этот|это|этого|цей|це|цього|той|тот|того|зазначен\p{L}*|указанн\p{L}*)\s(период|периода|время|времени|час|часу|період|періоду|месяц|месяца|місяць|місяця|неделю|недели|тиждень|тижня)(?!\p{L})/iu;

/** Whether a time phrase is itself a word pointing back ("in the month"), dated by what it points to. */
export const pointsBack = (phrase: TimePhrase): boolean => SPAN_ANAPHOR.test(phrase.text) || DAY_ANAPHOR.test(phrase.text);

/** "At that time", "by then", "на той час", "на тот момент", "к тому времени", "на той момент": the day of the phrase
 * before. (Read by `execBySpaces(…, 3)`: at most two single \s, nothing else of it reads a blank.) */
export const DAY_ANAPHOR =
  /\b(?:at\sthat\s(?:time|point)|by\sthen|by\sthat\stime)\b|(?<!\p{L})(?:на\sтой\s(?:час|момент)|на\sтот\s(?:момент|час)|к\sтому\sвремени|до\sтого\sчасу|на\sто\sвремя)(?!\p{L})/iu;

const DAY_MS = 86_400_000;
const length = (p: Period): number => (Date.parse(p.end) - Date.parse(p.start)) / DAY_MS;
/** A span of a week as reports count one: five to eight days ("Oct. 20-27", "з понеділка по понеділок"). */
const weekLong = (p: Period): boolean => length(p) >= 5 && length(p) <= 8;
/** A month counted from now: 27 to 31 days. */
const monthLong = (p: Period): boolean => length(p) >= 27 && length(p) <= 31;
const WEEK_WORD = /week|тиж|недел/iu;

/** An explicit span of the sentence: a phrase with a start and end of its own, or a "since" day closed by a later day
 * of the same sentence ("с понедельника, 1 сентября, по … 7 сентября"). Relative phrases are not antecedents. */
function spansOf(phrases: readonly TimePhrase[]): { at: number; period: Period }[] {
  const out: { at: number; period: Period }[] = [];
  phrases.forEach((p, i) => {
    if (p.relative || p.fromOperationStart) return;
    if (p.since) {
      // (the closing day may be today: "с 12 ноября 2022 года … и до сегодняшнего дня")
      const until = phrases.slice(i + 1).find((q) => !q.since && !q.fromOperationStart && q.period.start === q.period.end);
      if (until && until.period.end >= p.period.start) {
        out.push({ at: p.start, period: { start: p.period.start, end: until.period.end } });
        return;
      }
    }
    if (p.period.start < p.period.end) out.push({ at: p.start, period: p.period });
  });
  return out;
}

/** Every explicit span of the article, in text order. */
function articleSpans(ctx: ClaimContext): { at: number; period: Period }[] {
  return ctx.parsed.sentences.flatMap((s) => spansOf(claimPhrases(ctx, s)));
}

/** The exact week the article reports: its first explicit span of five to eight days ending at most ten days before
 * publication, wherever the article names it ("last week … the week of March 10-17"; "минулого тижня, 3-9 липня"). */
function reportedWeek(ctx: ClaimContext): Period | null {
  const pub = Date.parse(ctx.article.published);
  const week = articleSpans(ctx).find(
    ({ period }) => weekLong(period) && pub - Date.parse(period.end) <= 10 * DAY_MS && Date.parse(period.end) <= pub,
  );
  return week?.period ?? null;
}

const MONTH_WORD = /month|місяц|месяц/iu;

/** Whether a span is one whole calendar month (its first to its last day). */
function calendarMonth(p: Period): boolean {
  const start = new Date(`${p.start}T00:00:00Z`);
  const end = new Date(`${p.end}T00:00:00Z`);
  const last = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return start.getUTCDate() === 1 && end.getTime() === last.getTime();
}

/** The calendar month the article reports: an explicit whole month it names, ending at most ten days before
 * publication ("in November" in a report of 2 December, "за лютий 2026 року" in one of 9 March). */
function reportedMonth(ctx: ClaimContext): Period | null {
  const pub = Date.parse(ctx.article.published);
  const month = articleSpans(ctx).find(
    ({ period }) => calendarMonth(period) && Date.parse(period.end) <= pub && pub - Date.parse(period.end) <= 10 * DAY_MS,
  );
  return month?.period ?? null;
}

/** A week counted from now ("last week", "за прошедшую неделю", "минулого тижня") in an article that names the exact
 * week it reports is that week; a month counted from now ("in the past month", "за місяць") in one that names the
 * calendar month it reports is that month. */
export function spanOfReport(ctx: ClaimContext, chosen: TimePhrase, period: Period): Period | null {
  if (!chosen.relative) return null;
  const reported =
    WEEK_WORD.test(chosen.text) && weekLong(period)
      ? reportedWeek(ctx)
      : MONTH_WORD.test(chosen.text) && monthLong(period)
        ? reportedMonth(ctx)
        : null;
  return reported && (reported.start !== period.start || reported.end !== period.end) ? reported : null;
}

/** Between a period noun and the span naming it: "in the week from Oct. 20 to Oct. 27", "in the week of", "(…", ":". */
const NAMING = /^\s*(?:from|of|[(:,—–-])?\s*$/iu;

/** The explicit span written right after a period noun ("in the week from December 30 to January 5"): the noun points
 * forward to it, not back (and not to the publication day, which "in the week" alone would give). */
export function spanNamedAfter(text: string, chosen: TimePhrase, phrases: readonly TimePhrase[]): TimePhrase | undefined {
  if (!SPAN_ANAPHOR.test(chosen.text)) return undefined;
  const next = phrases.find((p) => p.start >= chosen.end);
  if (!next || next.relative || next.since || next.fromOperationStart || next.period.start >= next.period.end) return undefined;
  return NAMING.test(text.slice(chosen.end, next.start)) ? next : undefined;
}

/** The period a back-pointing time word in `clause` refers to: the nearest explicit span before it in the article (of
 * a month's length for "the month", a week's for "the week"), or for "at that time" the nearest dated phrase before it. */
export function anaphoricPeriod(ctx: ClaimContext, clause: Span, sentence: Span): { period: Period; basis: string } | null {
  // (each read by the article's index, not the clause up to each figure: a sentence of many figures was quadratic; a
  // match of SPAN_ANAPHOR holds at most three blanks, of DAY_ANAPHOR two)
  const spanHit = execBySpaces(ctx, ctx.article.text, SPAN_ANAPHOR, 4, clause.start, clause.end);
  if (spanHit) {
    const { at, match: span } = spanHit;
    const noun = (span[1] ?? span[2] ?? '').toLowerCase();
    const fits = (p: Period): boolean =>
      /^(?:month|месяц|місяц)/u.test(noun) ? monthLong(p) : /^(?:week|недел|тиж)/u.test(noun) ? weekLong(p) : true;
    const before = articleSpans(ctx).filter((s) => s.at < at && fits(s.period));
    const last = before[before.length - 1];
    if (last) return { period: last.period, basis: `“${span[0]}” (the period given before)` };
  }
  const dayHit = execBySpaces(ctx, ctx.article.text, DAY_ANAPHOR, 3, clause.start, clause.end);
  if (dayHit) {
    const { at, match: day } = dayHit;
    const phrases = ctx.parsed.sentences
      .filter((s) => s.start <= sentence.start)
      .flatMap((s) => claimPhrases(ctx, s))
      .filter((p) => p.end <= at && !p.relative && !p.since && !p.fromOperationStart);
    const last = phrases[phrases.length - 1];
    if (last) return { period: { start: last.period.end, end: last.period.end }, basis: `“${day[0]}” (“${last.text}” before)` };
  }
  return null;
}
