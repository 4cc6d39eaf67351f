// The day the article's source made its statement, when it is not the publication day: "Zelenskyy on Friday said",
// "reported on Nov. 25", "Про це ввечері 1 жовтня повідомив Сирський", "на нараді 7 жовтня … підтвердив". The present
// of the statement is that day, so a figure it gives with no time of its own, or over a span running to "now", is dated
// to it rather than to the (later) publication. A data date the article gives ("as of November 6", "станом на 6
// листопада", "По состоянию на 14 ноября") is that day too, when no statement gives one: the figures are the data's.
import { claimPhrases, type ClaimContext } from './context.ts';
import { SAYING_CYR, SAYING_EN } from '../text/saying.ts';
import type { Span } from '../text/sentences.ts';

/** Verbs of stating in the three languages. */
const REPORTED = new RegExp(String.raw`\b(?:${SAYING_EN})\b|(?<!\p{L})(?:${SAYING_CYR})(?!\p{L})`, 'iu');

/** A number with a unit of area or a share or settlements right after it, a scale word between them ("109 тис. км
 * кв.", "39 тыс. кв. км", "43 thousand square kilometres") too. */
const FIGURE =
  /\d[\d\s,.]*\s?(?:(?:тис|тыс|млн|thousand|million)\.?\s)?(?:km|sq|square|кв|км|%|відс|процент|percent|settlements|населен)/iu;

/** A statement older than this is no "now" of the article's figures. */
const MAX_DAYS_BEFORE = 7;

const days = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

interface Found {
  day: string | null;
  data: boolean;
  /** The sentence giving the data date, when the report day is one, and the date's phrase in it. */
  at?: Span;
  phrase?: Span;
}

const memo = new WeakMap<ClaimContext, Found>();

/** "as of", "станом на", "по состоянию на", "по данным на" right before a day: the day the data describe. */
const DATA_AS_OF = /(?:\bas\s(?:of|at)|(?<!\p{L})(?:станом\sна|по\sсостоянию\sна|по\sданным\sна|за\sданими\sна|по\sстану\sна))\s$/iu;

/** The one day, at most a week before publication, that sentences with a verb of stating give, else the one data date
 * the article gives; null if none, several, or the publication day itself. */
export function reportDay(ctx: ClaimContext): string | null {
  return found(ctx).day;
}

/** True when the report day is a data date ("as of November 6") rather than the day of a statement. */
export function isDataDay(ctx: ClaimContext): boolean {
  return found(ctx).data;
}

/** The sentence that gives the article's data date, when its report day is one, with the date's phrase. */
export function dataSentence(ctx: ClaimContext): { sentence: Span; phrase: Span } | null {
  const { at, phrase } = found(ctx);
  return at && phrase ? { sentence: at, phrase } : null;
}

function found(ctx: ClaimContext): Found {
  let day = memo.get(ctx);
  if (day === undefined) {
    day = findReportDay(ctx);
    memo.set(ctx, day);
  }
  return day;
}

function findReportDay(ctx: ClaimContext): Found {
  const pub = ctx.article.published;
  const found = new Set<string>();
  const { sentences } = ctx.parsed;
  const text = (k: number): string =>
    k >= 0 && k < sentences.length ? ctx.article.text.slice(sentences[k]!.start, sentences[k]!.end) : '';
  // A statement of the figures: in a sentence with a figure, or next to one ("Про це … повідомив"); "on Tuesday, an
  // official told …" about something else dates nothing.
  const figure = (k: number): boolean => FIGURE.test(text(k));
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (!REPORTED.test(text(k)) || !(figure(k) || figure(k - 1) || figure(k + 1))) continue;
    for (const p of claimPhrases(ctx, s)) {
      const d = p.period.start;
      if (p.since || p.fromOperationStart || d !== p.period.end) continue;
      const before = days(d, pub);
      if (before >= 0 && before <= MAX_DAYS_BEFORE) found.add(d);
    }
  }
  // A statement of the publication day too ("Putin claimed Wednesday …; Rudskoi said Thursday"): the article's now.
  const only = found.size === 1 ? [...found][0]! : null;
  if (found.size > 0) return { day: only !== null && only < pub ? only : null, data: false };
  return { ...dataDay(ctx, pub), data: true };
}

/** The one day the article's "as of" dates give, at most a week before publication (a later or older one dates its
 * own figure only), with the first sentence giving it; no day if none or several. */
function dataDay(ctx: ClaimContext, pub: string): { day: string | null; at?: Span; phrase?: Span } {
  const text = ctx.article.text;
  const found = new Map<string, [Span, Span]>();
  for (const s of ctx.parsed.sentences)
    for (const p of claimPhrases(ctx, s)) {
      const d = p.period.start;
      if (p.since || p.relative || p.fromOperationStart || d !== p.period.end) continue;
      if (!DATA_AS_OF.test(text.slice(Math.max(0, p.start - 24), p.start))) continue;
      const before = days(d, pub);
      if (before >= 0 && before <= MAX_DAYS_BEFORE && !found.has(d)) found.set(d, [s, { start: p.start, end: p.end }]);
    }
  const only = found.size === 1 ? [...found][0]! : null;
  return only !== null && only[0] < pub ? { day: only[0], at: only[1][0], phrase: only[1][1] } : { day: null };
}

const addDays = (iso: string, n: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** "Over the past week", "за минулу добу", "за последние сутки": a span counted back from now, moved with now. */
const COUNTED_BACK =
  /\b(?:past|last|previous)\b|(?<!\p{L})(?:останн\p{L}*|минул\p{L}*|прошл\p{L}*|последн\p{L}*|прошедш\p{L}*|минувш\p{L}*|за\s(?:тиждень|неделю|добу|сутки|день))(?!\p{L})/iu;

/** Words for the time of writing, English and Cyrillic (own-present.ts reads them too). */
export const NOW_EN = String.raw`today|now|currently|so\sfar`;
export const NOW_CYR = String.raw`сьогодні|сегодня|зараз|сейчас|нині|ныне|наразі|досі|до\sсих\spор`;
/** Words for the time of writing: a span they end is the writer's now, not the statement's. */
const WRITER_NOW = new RegExp(String.raw`\b(?:${NOW_EN})\b|(?<!\p{L})(?:${NOW_CYR})(?!\p{L})`, 'iu');

/** A period dated from publication, re-dated to the statement's day: a present figure to that day; a span running to
 * publication to end on it (and, counted back, to start as many days before it). */
export function toReportDay(
  period: { start: string; end: string },
  phrase: { text: string; relative?: boolean } | null,
  pub: string,
  report: string,
): { start: string; end: string } {
  if (period.end !== pub || (phrase && WRITER_NOW.test(phrase.text))) return period;
  if (!phrase)
    return period.start === period.end
      ? { start: report, end: report }
      : { start: period.start <= report ? period.start : report, end: report };
  const shift = days(pub, report); // negative
  if (phrase.relative && COUNTED_BACK.test(phrase.text)) return { start: addDays(period.start, shift), end: report };
  return { start: period.start <= report ? period.start : report, end: report };
}
