// A figure whose own clause or sentence speaks of the writer's present keeps the publication day when the article names
// a statement of another day (report-day.ts): a headline "армия РФ теперь контролирует только половину Северодонецка"
// above a governor's "вечером в пятницу, 3 июня" about another figure; "Ukraine has gained control of 74 localities,
// Zelenskyy announced on Tuesday" (the publication day) beside "claimed by Moscow on Monday". The statement's day dates
// a figure with no time of its own; a "now" or the publication day beside the figure is a time of its own. ("Тепер",
// "теперь" are no time phrase chrono reads, so the report day's own check on the dating phrase never saw them.)
import { claimPhrases, type ClaimContext } from './context.ts';
import type { FigureSite } from './period.ts';
import { NOW_CYR, NOW_EN } from './report-day.ts';

/** Words for the present of the writing (or of a statement made on the publication day): report-day.ts's, and
 * "тепер", "теперь". */
const PRESENT_WORD = new RegExp(String.raw`\b(?:${NOW_EN})\b|(?<!\p{L})(?:${NOW_CYR}|тепер|теперь)(?!\p{L})`, 'iu');

/** True when the figure at `site` is marked as of the writer's present, a word for "now" in its own clause or a day
 * phrase giving the publication day in its sentence, and its sentence names no phrase at the report day: the report day,
 * named elsewhere, does not date it. Only a state: a "now" beside a peak dates the later figure, and a change (ground
 * gained, a share taken back) is an event of the statement's own telling. */
export function speaksOwnPresent(ctx: ClaimContext, site: FigureSite, report: string): boolean {
  if (site.peak || site.change || site.share) return false;
  const pub = ctx.article.published;
  const phrases = claimPhrases(ctx, site.sentence);
  if (phrases.some((p) => p.period.end === report || p.period.start === report)) return false;
  if (PRESENT_WORD.test(ctx.article.text.slice(site.clause.start, site.clause.end))) return true;
  return phrases.some((p) => !p.since && !p.fromOperationStart && p.period.start === pub && p.period.end === pub);
}
