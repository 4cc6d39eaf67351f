// The period a figure describes, for areas and counts alike: the time phrase right next to it, else the one of its
// clause (the nearest after the figure, before the next one, else the nearest before it); "since 6 August … as of 13 August" is
// one span; "since the start of the operation" and peaks or "earlier" figures run from the start the article gives for
// the fighting; with no time phrase, the publication date.
import type { Period } from '../schema.ts';
import { articleFocus, locatedMentions, regionOf, claimPhrases, type ClaimContext } from './context.ts';
import { FULL_SCALE_INVASION, INVASION_MONTH, type TimePhrase } from './dates.ts';
import { spanAt, type Span } from '../text/sentences.ts';
import { dataSentence, isDataDay, reportDay, toReportDay } from './report-day.ts';
import { continuesDataStatement } from './data-statement.ts';
import { speaksOwnPresent } from './own-present.ts';
import { respectivePhrase } from './respectively.ts';
import { ownClause } from './own-clause.ts';
import { anaphoricPeriod, pointsBack, spanNamedAfter, spanOfReport } from './anaphora.ts';
import { NOW } from './kinds.ts';
import { comparedTermsFrom, isComparisonTerm, isRecordFrame } from './comparison-term.ts';
import { isRecordReference } from './record-reference.ts';
import { SAYING_CYR, SAYING_EN } from '../text/saying.ts';
import { isPerfectToll } from './perfect-toll.ts';
import { isPresentStandingToll, isStatementDay, isWarTollAsOf, isWarTollSum } from './war-toll.ts';
import { isLastStated, LAST_STATED_BASIS } from './last-stated.ts';
import { dashedPhrase, figureReach } from './figure-reach.ts';
import { fromWarStart, holdsWarStart } from './war-year.ts';
import { isPutAt } from './put-at.ts';
import { datesIncrementOnly } from './running-total.ts';
import { firstMatch, nextIn, prevIn } from './text-index.ts';
import { firstStartingAtOrAfter, inStartOrder } from '../partition-point.ts';
import { indexesWhere, KeptPhrases } from './kept-phrases.ts';
import { joinedAfter } from './joined-figures.ts';

export interface FigureSpan {
  start: number; // article offsets
  end: number;
}

export interface DescribedPeriod {
  period: Period;
  basis: string;
  /** Dated "by" a time ("by late August", "к концу августа"): what had been reached then, not a span of change. */
  cumulative?: boolean;
  /** The time phrase that dates it, if one does. */
  phrase?: TimePhrase;
}

/** A relative clause or participle between a figure and a later time phrase: the phrase dates the ground's capture. */
const OF_WHAT =
  /\b(?:that|which|seized|captured|taken|occupied|won|gained|controlled|held)\b|(?<!\p{L})(?:котор\p{L}*|який|яка|яку|які|яких|яке|що|что|захвачен\p{L}*|захоплен\p{L}*|оккупирован\p{L}*|окупован\p{L}*|занят\p{L}*|зайнят\p{L}*|контролируем\p{L}*|подконтрольн\p{L}*)(?!\p{L})/iu;

/** A participle or relative pronoun opening a clause set off by commas ("that", "що", "что" also open reported
 * speech, which a date inside may well date: not these). */
const QUALIFYING =
  /\b(?:which|seized|captured|taken|occupied|won|gained|controlled|held)\b|(?<!\p{L})(?:котор\p{L}*|який|яка|яку|які|яких|яке|захвачен\p{L}*|захоплен\p{L}*|оккупирован\p{L}*|окупован\p{L}*|занят\p{L}*|зайнят\p{L}*|контролируем\p{L}*|подконтрольн\p{L}*)(?!\p{L})/iu;

/** A noun with a participle right after it, ending where a time phrase begins: "the lands occupied ", "territories
 * seized ", "занятых ", "захоплених ". (An English "-ed" word after a bare subject is a finite verb: not this.) */
const REDUCED_RELATIVE =
  /(?:\b(?:the|these|those|its|their|all)\s(?:[\p{L}'’-]+\s){1,3}(?:occupied|seized|captured|taken|annexed|held|controlled|gained|won|lost)\s|(?<!\p{L})(?:захвачен|захоплен|оккупирован|окупован|занят|зайнят|аннексирован|анексован)\p{L}*\s)$/iu;

/** How far past a position the answer of OF_WHAT, QUALIFYING or PART_OF there may read (their longest fixed word, 13
 * characters, and a lookahead: PART_OF's reads 12 + 1 + 12 + 1 + 9 digits + 1; `firstMatch` in text-index.ts), with
 * room to spare. */
const REACH = 40;

/** Whether the phrase `p` of `sentence` stands in a participle or relative clause (`inQualifyingClause`): the same for
 * every figure of the sentence, so kept per phrase. */
function qualifies(ctx: ClaimContext, sentence: Span, p: TimePhrase): boolean {
  let memo = qualifyMemo.get(ctx);
  if (!memo) qualifyMemo.set(ctx, (memo = new Map()));
  const known = memo.get(p);
  if (known && known.start === sentence.start) return known.value;
  const text = ctx.article.text;
  const cut = prevIn(ctx, text, ',;(', p.start);
  // A phrase opening the sentence qualifies a noun when a participle stands right before it ("Excluding the lands
  // occupied in 2014 …, Russia controls 18 percent", "Без учёта занятых в 2014 году территорий, …").
  const value =
    cut >= sentence.start
      ? firstMatch(ctx, text, QUALIFYING, REACH, cut + 1, p.start) >= 0
      : REDUCED_RELATIVE.test(text.slice(reducedFrom(ctx, sentence.start, p.start), p.start));
  memo.set(p, { start: sentence.start, value });
  return value;
}

const qualifyMemo = new WeakMap<ClaimContext, Map<TimePhrase, { start: number; value: boolean }>>();

/** Where REDUCED_RELATIVE need be read from to end at `end`: a match of it holds at most five blanks, so from just after
 * the sixth blank before `end` (a blank before the slice reads as its start does), else from `start`. */
function reducedFrom(ctx: ClaimContext, start: number, end: number): number {
  let at = end;
  for (let blanks = 0; blanks < 6; blanks++) {
    at = prevIn(ctx, ctx.article.text, 'space', at);
    if (at < start) return start;
  }
  return at + 1;
}

/** A part counted out of a figure ("24 км², з яких 4 км² — минулого тижня", "of which 4 km² last week"): a time phrase
 * after it dates the part, not the whole (the figure right before the words is the part). */
/** Between a part and its time, a dash standing for the verb left out: "32 из них — в декабре", "4 з них – у липні". */
const ELIDED_VERB_DASH = /^\s(?:з\sних|із\sних|з\sяких|из\sних|из\sкоторых|of\sthem|of\swhich)\s[—–-]\s$/iu;
// "including 1,250 in the previous 24 hours", "у тому числі 830 – за добу", "в том числе 1 200 за сутки": the same when a
// number follows right after (toll-parts.ts's breakdown words; "including Crimea" counts no part out). A count, not a
// unit's number: no "the" before it, no ordinal or case ending on it ("including the 155th Brigade", "44-ї бригади").
const PART_OF =
  /(?<!\p{L})(?:з\sяких|із\sяких|з\sних|из\sкоторых|из\sних|of\swhich|of\sthem|(?:including|[ув]\sтому\sчислі|в\sтом\sчисле|включая)(?=\s(?:(?!the\s)\p{L}{1,12}\s)?\d{1,9}(?![\d\p{L}-])))(?!\p{L})/iu;

/** "following/after/since the incursion …", "після наступу …", "после вторжения …" between a figure and a later time
 * phrase, with no comma after it: the phrase dates that event. */
const FOLLOWING =
  /(?:\b(?:following|after)|(?<!\p{L})(?:після|после))\s(?:[^,;\s]+\s){0,4}(?:incursion|offensive|operation|invasion|attack|assault|counteroffensive|counter-offensive|вторгнен\p{L}*|вторжени\p{L}*|наступ\p{L}*|операці\p{L}*|операци\p{L}*|атак\p{L}*|контрнаступ\p{L}*)\s(?:(?:last|in|on|of|у|в)\s)?$/iu;

/** Whether FOLLOWING ends the text from `from` to `to`. A match of it holds at most seven blanks, so only the gap's
 * tail from its eighth blank from the end is read: the whole gap, for each figure and each phrase after it, was cubic in
 * a sentence of many figures and dates with no end. That tail is the same for every figure before it, so its answer is
 * kept per phrase end (`to`); a figure inside the tail reads from itself. */
function followsEvent(ctx: ClaimContext, from: number, to: number): boolean {
  const text = ctx.article.text;
  let eighth = to;
  for (let blanks = 0; blanks < 8 && eighth >= 0; blanks++) eighth = prevIn(ctx, text, 'space', eighth);
  if (eighth < from) return FOLLOWING.test(text.slice(from, to));
  let memo = followsMemo.get(ctx);
  if (!memo) followsMemo.set(ctx, (memo = new Map()));
  let known = memo.get(to);
  if (known === undefined) memo.set(to, (known = FOLLOWING.test(text.slice(eighth, to))));
  return known;
}

const followsMemo = new WeakMap<ClaimContext, Map<number, boolean>>();

/** A sentence opening that points back to the previous sentence's speaker or statement. */
const BACK_REFERENCE =
  /^\W*(?:according\sto\s(?:him|her|them|the\s(?:ministry|statement|report|department|agency|source))|(?:he|she|they|the\s(?:ministry|agency|source))\s(?:said|added|noted)|по\s(?:его|её|ее|их)\sсловам|по\sданным\s(?:ведомства|министерства|штаба|военных)|по\sинформации\s(?:ведомства|министерства)|за\s(?:його|її|їхніми)\sсловами|за\sданими\s(?:відомства|міністерства|штабу|військових)|за\sінформацією\s(?:відомства|міністерства))(?!\p{L})/iu;

/** An attribution set off by a comma at the head of a sentence ("According to DeepState,", "За словами Путіна,", "По
 * данным ведомства,", "Как сообщил Сырский,"): it names the source, so a time phrase after it still opens the clause. */
const ATTRIBUTION_HEAD = String.raw`(?:according\sto|за\sсловами|по\sсловам|за\sданими|по\sданным|за\sінформацією|по\sинформации|згідно\sз|согласно|(?:як|как)\s(?:${SAYING_CYR}))[^,.;:!?]{1,80},\s*`;

/** Nothing but punctuation, an attribution or a conjunction before a phrase: it opens its sentence. */
const FRONTED = new RegExp(String.raw`^[\s"'«“„(—–-]*(?:${ATTRIBUTION_HEAD})?(?:(?:and|but|а|і|и|но|але|однак|однако)\s)?$`, 'iu');

/** Between a span running to now and a "now" ending it: nothing, a comma, the invader the span names ("РФ", "Росії",
 * "of Russia"), and the word joining the now ("на сьогодні", "to date"). */
const SPAN_TO_NOW = /^[\s,]*(?:(?:РФ|Росії|России|Russia|of\sRussia)[\s,]+)?(?:(?:на|по|до|as\sof|to|until)\s+)?$/u;

/** The word ending a span at a day: "по сьогодні", "до сегодняшнего дня", "to this day", "until today". */
const UNTIL = /(?<!\p{L})(?:по|до|to|until|till)\s$/iu;

/** A time phrase of a state reached: "by mid-August", "к середине августа", "до кінця серпня". */
const BY_TIME = /^(?:by|к|до)\s/iu;

/** A verb of saying right before or after a time phrase: "said on Thursday", "said late Tuesday", "said in an address
 * on Saturday", "on Monday announced", "заявил в четверг", "у вівторок повідомив". */
const SAID_BEFORE = new RegExp(
  String.raw`(?:\b(?:${SAYING_EN})(?:\s(?:late|early|in\san?\s(?:address|interview|statement|briefing)(?:\son)?))?|(?<!\p{L})(?:${SAYING_CYR}))\s$`,
  'iu',
);
const SAID_AFTER = new RegExp(String.raw`^,?\s(?:(?:${SAYING_EN})\b|(?:${SAYING_CYR})(?!\p{L}))`, 'iu');

/** A verb of beginning right before a time phrase: "that began late last month", "який розпочався в серпні". */
const STARTED =
  /(?:\b(?:began|begun|started|launched)|(?<!\p{L})(?:почал\p{L}*|почався|почалася|розпочал\p{L}*|розпочався|начал\p{L}*|начавш\p{L}*|стартова\p{L}*))\s$/iu;

/** A "since" naming the event a time phrase right after it dates: "since the invasion of Ukraine in 2022", "since the
 * start of the full-scale invasion of Ukraine on February 24 last year", "since Russia invaded Ukraine in 2022", "since
 * the Kharkiv counteroffensive in 2022". Read by structure: up to six words before the event's noun or verb (its
 * determiners, owners, adjectives, "the start of"), up to three after it (its complement), then the phrase; letters only
 * between, so no clause break or figure. The phrase is the event's date, as after "began": the span runs from it to
 * now, not over its year. (Cyrillic "з початку вторгнення у 2022 році" is one since-phrase in dates.ts. Read on at
 * most the 100 characters before the phrase: bounded runs only.) */
const SINCE_EVENT =
  /\bsince\s(?:[\p{L}’'-]+\s){0,6}?(?<event>invasion|invaded?|war|offensive|counteroffensive|counter-offensive|incursion)(?<tail>(?:\s[\p{L}’'-]+){0,3})\s(?:on\s|in\s)?$/iu;

/** The war itself among SINCE_EVENT's events (not an offensive, which may have begun later in the invasion's year). */
const WAR_EVENT = /^(?:invasion|invaded?|war)$/iu;

/** What may stand between the war and a span counted back for that span to date the war's start: nothing, a verb of
 * beginning, the country invaded (a name, or "of/in Ukraine") and a rough measure ("more than", "almost"). Any other
 * verb names a later turn: "since the war shifted east eight months ago" keeps its day. (No `i`: a name is capitalised.) */
const WAR_START_TAIL =
  /^(?:\s(?:[Bb]egan|[Bb]egun|[Ss]tarted|[Bb]roke\sout|[Ee]rupted|of|in|against|more\sthan|less\sthan|almost|nearly|about|over|some|roughly|just|\p{Lu}[\p{L}’'-]*))*$/u;

/** A phrase counted back from publication ("almost two years ago", "more than three years ago") that lands within a
 * year of the invasion's day: after a "since" naming the war it is that day, told roughly (a war "invaded ten years ago"
 * is another war and keeps its date). */
const roughlyInvasion = (p: TimePhrase): boolean =>
  !!p.relative && Math.abs(Date.parse(p.period.start) - Date.parse(FULL_SCALE_INVASION)) <= 366 * 86_400_000;

/** Whether a part's clause opened at `part` closes at a comma before the phrase `p`, handing `p` back to the whole: the
 * last comma or semicolon before `p` stands after `part`, closes a clause (a space after it, not the comma of "1,250"),
 * and the clause holds no time phrase of its own ("з яких 6 — минулого тижня, 10-16 липня": the comma sets off a
 * restatement). One index look-up and one binary search over the sentence's phrases (`all`, in start order). */
function partClosedBefore(owner: object, text: string, all: readonly TimePhrase[], part: number, p: TimePhrase): boolean {
  const c = prevIn(owner, text, ',;', p.start);
  if (c <= part || !/\s/u.test(text[c + 1] ?? '')) return false;
  const own = inStartOrder(all)
    ? (all[firstStartingAtOrAfter(all, part)]?.start ?? Infinity) < c
    : all.some((q) => q.start >= part && q.start < c);
  return !own;
}

/** The event a "since …" right before `p` in its sentence names, `p` dating it (SINCE_EVENT), if any. */
function sinceEventBefore(text: string, sentence: Span, p: TimePhrase): { event: string; tail: string } | null {
  if (p.since) return null;
  const g = SINCE_EVENT.exec(text.slice(Math.max(sentence.start, p.start - 100), p.start))?.groups;
  return g?.event ? { event: g.event, tail: g.tail ?? '' } : null;
}

/** "By " opening a sentence, before its time phrase. */
const OPENING_BY = /^[\s"'«“„(—–-]*(?:by|к|до)\s$/iu;

/** The basis of a figure no time phrase dates. */
export const PRESENT_TENSE = 'present tense: the publication date';

/** Words saying a figure is from before now ("earlier claims", "initially", "раніше"): dated like a peak. */
export const EARLIER =
  /\b(earlier|previous|previously|initial|initially|at (?:its|the) (?:peak|height)|(?:down|up) from)\b|(?<!\p{L})(?:раніше|ранее|спочатку|сначала|спершу)(?!\p{L})/iu;

/** Where a figure stands and what it says, for dating it: `sentence`; `fig` the figure and `figs` all figures of the
 * sentence (article offsets); `clause` the figure's clause (article offsets); `peak` the figure is a peak or earlier
 * figure; `change` it is ground gained or retaken; `count` it is a count (a sum over its span, whatever its verb). */
export interface FigureSite {
  sentence: Span;
  fig: FigureSpan;
  figs: readonly FigureSpan[];
  clause: FigureSpan;
  peak: boolean;
  change?: boolean;
  count?: boolean;
  /** It is a toll (casualties, killed, wounded, recruits): a sum over a span, as a change is. */
  toll?: boolean;
  /** It is a share of earlier-lost ground taken back: a change, whatever its verb. */
  share?: boolean;
  /** It counts troops present: a stock on one day, as ground held is. */
  troops?: boolean;
}

/**
 * The period of a figure at `site`. A peak is not dated by "now" ("at most we controlled 1,376; now it is smaller":
 * that dates the later, smaller figure).
 */
export function periodOf(ctx: ClaimContext, site: FigureSite): DescribedPeriod {
  const dated = warYear(periodFromPublication(ctx, site), site);
  // "Zelenskyy on Friday said …" in Saturday's paper: the statement's present is Friday.
  const report = reportDay(ctx);
  // A figure its own sentence puts at the writer's present keeps it against a statement made on another day; a data
  // date ("as of November 6") is the present of the data the article quotes, "currently" included.
  if (!report || (!isDataDay(ctx) && speaksOwnPresent(ctx, site, report))) return dated;
  // A data date dates ground or troops held on one day ("controls 18%", "лишається 1,8%") only in its own statement: a
  // stock elsewhere in the article is the writer's present. Gains, tolls and settlement counts keep it (the held-out
  // gold ends their spans there).
  if (isDataDay(ctx) && heldStock(site, dated.period)) {
    const data = dataSentence(ctx);
    if (data && !continuesDataStatement(ctx, data, site.sentence)) return dated;
  }
  const period = toReportDay(dated.period, dated.phrase ?? null, ctx.article.published, report);
  return period === dated.period ? dated : { ...dated, period, basis: `${dated.basis}, as of the statement of ${report}` };
}

/** Ground or troops held on one day: no change, toll, count of settlements, share taken back or peak. */
const heldStock = (site: FigureSite, p: Period): boolean =>
  !site.change && (!site.count || site.troops === true) && !site.toll && !site.share && !site.peak && p.start === p.end;

/** "за 2022 год погибли не менее 15,5 тысяч": the war's year 2022 runs from the invasion (war-year.ts); a sum over the
 * year, that is (ground held "in 2022" is a state, and Russia held ground before the invasion). */
function warYear(d: DescribedPeriod, site: FigureSite): DescribedPeriod {
  if (!site.change && !site.count && !site.toll && !site.share) return d;
  const period = fromWarStart(d.period, d.phrase, FULL_SCALE_INVASION);
  return period === d.period ? d : { ...d, period, basis: `${d.basis} (the war's year: from the invasion)` };
}

function periodFromPublication(ctx: ClaimContext, site: FigureSite): DescribedPeriod {
  const { sentence, fig, figs, clause, peak, change = false } = site;
  const pub = ctx.article.published;
  const all = claimPhrases(ctx, sentence);
  const respective = respectivePhrase(ctx.article.text, fig, figs, all);
  if (respective) return { period: respective.period, basis: `“${respective.text}” (respectively)`, phrase: respective };
  // A peak or earlier figure is not dated by the present: not by the publication day, nor by a span counted back to it
  // ("this month", "за сутки"), which dates the later change.
  const ofPresent = (p: TimePhrase): boolean =>
    (p.period.start === pub && p.period.end === pub && !p.fromOperationStart) || (!!p.relative && p.period.end === pub);
  const next = figs.find((f) => f.start > fig.start);
  let prev: FigureSpan | undefined;
  for (let k = figs.length - 1; k >= 0 && !prev; k--) if (figs[k]!.start < fig.start) prev = figs[k];
  const text = ctx.article.text;
  // A phrase after the figure inside a clause about what the figure measures dates that, not the figure: "40% of the
  // territory seized in August", "63% захваченной в августе территории", "1,300 km² which Ukraine took in August".
  // The relative clause ends at a comma: "…that it captured in August, a source said on Tuesday" keeps "on Tuesday".
  // A gain's own relative clause dates the gain: "the 94 square miles it gained in December".
  // (each read of the gap from the figure to the phrase is an index look-up: text-index.ts)
  const ofWhat = (p: TimePhrase): boolean => {
    // Not when the figure is the part itself: "334 населенных пункта, 32 из них — в декабре" dates the 32.
    const part = firstMatch(ctx, text, PART_OF, REACH, fig.end, p.start);
    // (the part's clause only: a comma closing it, "including the 155th Brigade, in the last month", hands the phrase
    // back to the figure; a comma inside a number, "1,250", closes nothing)
    if (part >= 0 && nextIn(ctx, text, 'nonspace', fig.end) < part && !partClosedBefore(ctx, text, all, part, p)) return true;
    if (change) return false;
    const m = firstMatch(ctx, text, OF_WHAT, REACH, fig.end, p.start);
    return m >= 0 && nextIn(ctx, text, ',;', m) >= p.start;
  };
  // The same before the figure: a participle or relative clause set off by commas dates what it qualifies, not a later
  // figure ("…63,2% территории, занятой ВСУ в августе, а также 32 населенных пункта").
  const inQualifyingClause = (p: TimePhrase): boolean =>
    p.end <= fig.start && nextIn(ctx, text, ',;', p.end) < fig.start && qualifies(ctx, sentence, p);
  // "still occupies 90 sq km …, following a significant incursion last August": the phrase dates the event it follows
  // (a peak is dated by it: "at its height after the August incursion").
  const ofEvent = (p: TimePhrase): boolean => !peak && p.start >= fig.end && followsEvent(ctx, fig.end, p.start);
  // "0,6% (за рік +0,6)": a phrase in brackets after the figure, beside another number there, dates that number.
  const ofBracketed = (p: TimePhrase): boolean => {
    const open = prevIn(ctx, text, '(', p.start);
    if (open < fig.end || nextIn(ctx, text, ')', open) < p.start) return false;
    // a digit inside the bracket, before the phrase or after it up to the bracket's close
    const close = nextIn(ctx, text, ')', p.end);
    return nextIn(ctx, text, 'digit', open + 1) < p.start || (close < text.length && nextIn(ctx, text, 'digit', p.end) < close);
  };
  // "said on Thursday it had regained 100 km²", "said late Tuesday that … this year", "в четверг заявил": a day bound to
  // the verb of saying dates the statement (the report day does that), not the change it reports (a state it reports
  // is as of that day).
  const ofSaying = (p: TimePhrase): boolean =>
    change &&
    p.period.start === p.period.end &&
    (SAID_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) || SAID_AFTER.test(text.slice(p.end, p.end + 16)));
  // "the second-largest advance after that of November 2024", "its heaviest losses since the start of the war": the
  // date of what a figure is compared with, or a record's point of comparison, does not date the figure.
  const compared = (p: TimePhrase): boolean => isComparisonTerm(ctx, sentence.start, p, fig) || isRecordFrame(ctx, sentence.start, p, fig);
  // (a phrase in a term opened after the figure is a compared term: both readers skip such runs whole)
  let termsFrom: ((i: number, figEnd: number) => number) | undefined;
  const skipCompared = (i: number): number => (termsFrom ??= comparedTermsFrom(ctx, sentence.start, all))(i, fig.end);
  const dated = new KeptPhrases(
    all,
    (p) =>
      !(peak && ofPresent(p)) &&
      (p.start < fig.end || (!ofWhat(p) && !ofEvent(p) && !ofBracketed(p))) &&
      !inQualifyingClause(p) &&
      !ofSaying(p) &&
      !compared(p) &&
      !datesIncrementOnly(text, p.end, fig.start),
    skipCompared,
  );
  // "total losses since the beginning of the war now amount to", "від початку повномасштабного вторгнення РФ на
  // сьогодні звільнили": a "now" right after a span running to now (its invader named between) is that span's end, not a
  // day of its own.
  const phrases = new KeptPhrases(
    all,
    (p, i) => dated.kept(i) && (!isNow(p, pub) || !spansToNow(ctx, all, i).some((j) => dated.kept(j))),
    skipCompared,
  );
  const inClause = (p: TimePhrase): boolean => p.start >= clause.start && p.end <= clause.end;
  const afterOf = (): TimePhrase | undefined =>
    phrases.find(
      (p) => inClause(p) && p.start >= fig.end && (!next || p.start < next.start),
      phrases.from(Math.max(fig.end, clause.start)),
      Math.min(phrases.after(clause.end), next ? phrases.from(next.start) : Infinity),
    );
  const beforeOf = (): TimePhrase | undefined =>
    phrases.findLast(
      (p) => inClause(p) && p.end <= fig.start && (!prev || p.start > prev.end),
      Math.max(phrases.from(clause.start), prev ? phrases.after(prev.end) : 0),
      phrases.after(fig.start),
    );
  // A phrase right next to the figure (within 60 characters) is its own; else one of its clause (the nearest after it
  // before the next figure, else before it); a phrase further off in another clause dates something else.
  // "з 12 листопада 2022 року (окуповано на дату – 108 651 кв км) по сьогодні (114 493 кв км)": a figure in brackets
  // right after a time phrase is the state on that day (the day a "since" starts on), not over the span.
  const open = prevIn(ctx, text, '(', fig.start + 1);
  if (open >= sentence.start && nextIn(ctx, text, ')', open) >= fig.start) {
    // (only blanks between its end and the bracket: it ends after the last non-blank before the bracket)
    const stamp = phrases.find(
      (p) => p.end <= open && nextIn(ctx, text, 'nonspace', p.end) >= open,
      phrases.endingFrom(prevIn(ctx, text, 'nonspace', open) + 1),
      phrases.after(open),
    );
    if (stamp) {
      const on = stamp.since ? stamp.period.start : null;
      return {
        period: on ? { start: on, end: on } : stamp.period,
        basis: `“${stamp.text}” (the day the bracketed figure is given for)`,
        phrase: stamp,
      };
    }
  }
  // A conversion in brackets after the figure is the figure's own words: the gap to a later phrase counts from it.
  const reach = figureReach(text, fig);
  const near = phrases.nearest(fig.start, reach, 60);
  // A phrase in the figure's own clause outranks a nearer one beyond a comma or bracket: "Потери … за неделю составили
  // до 11 205 военнослужащих, сообщили сегодня" is the week's.
  const tight = ownClause(text, sentence, { start: fig.start, end: reach });
  const own = phrases.nearest(fig.start, reach, Infinity, (p) => p.start >= tight.start && p.end <= tight.end, tight.start, tight.end);
  // "334 населенных пункта, 32 из них — в декабре": a dash standing for the verb left out joins the part to its time.
  // (ELIDED_VERB_DASH matches at most 15 characters: " из которых — ")
  const elided = phrases.find(
    (p) => p.start >= fig.end && ELIDED_VERB_DASH.test(text.slice(fig.end, p.start)),
    phrases.from(fig.end),
    phrases.after(fig.end + 15),
  );
  // "у грудні - 569 км², у січні - 427 км²": a dash after a phrase, standing for the verb, joins it to the figure after.
  // (it reads phrases ending at most 4 characters before the figure)
  const dashed = elided ?? dashedPhrase(text, phrases.slice(phrases.endingFrom(fig.start - 4), phrases.after(fig.start)), fig);
  const anyInClause = (): boolean => phrases.findIndex(inClause, phrases.from(clause.start), phrases.after(clause.end)) >= 0;
  const chosen = dashed ? dashed : own ? own : (near && inClause(near)) || !anyInClause() ? near : (afterOf() ?? beforeOf());
  // "captured 196.1 km² in the week from Oct. 20 to Oct. 27": the period noun is the span written right after it.
  const after = (p: TimePhrase): TimePhrase[] => {
    const q = phrases.find(() => true, phrases.from(p.end));
    return q ? [q] : [];
  };
  const named = chosen ? spanNamedAfter(text, chosen, after(chosen)) : undefined;
  if (chosen && named)
    return { ...resolved(ctx, named, around(phrases, named), site.count), basis: `“${chosen.text}” “${named.text}” (the span it names)` };
  if (chosen && pointsBack(chosen)) {
    const back = anaphoricPeriod(ctx, { start: chosen.start, end: chosen.end }, sentence);
    if (back) return back;
  }
  // "retaken 2,500 km² in a counteroffensive that began late last month", "с начала войны, начавшейся 24 февраля 2022
  // года, Россия потеряла …": the start of what a change or a toll is counted over opens a span running to now.
  // (a war begun "in February 2022" began on 24 February, as "since February 2022" does: dates.ts fromInvasionMonth)
  if (chosen && (change || site.toll)) {
    const started = STARTED.test(text.slice(Math.max(sentence.start, chosen.start - 24), chosen.start));
    const since = started ? null : sinceEventBefore(text, sentence, chosen);
    const event = since?.event ?? null;
    if (started || event) {
      // (the whole month only: a day, "started on 1 February 2022", or a span from it keeps its own start)
      // (or a phrase that holds the invasion's day after "since" naming the war: "since the invasion in 2022")
      const month = chosen.period.start === INVASION_MONTH.start && chosen.period.end === INVASION_MONTH.end;
      const invasionYear = event !== null && WAR_EVENT.test(event) && holdsWarStart(chosen.period, FULL_SCALE_INVASION);
      // (or a span counted back that dates the war roughly: "since it invaded almost two years ago")
      // (only when nothing but a start, the country or a rough measure follows the war: WAR_START_TAIL)
      const warAgo = event !== null && WAR_EVENT.test(event) && WAR_START_TAIL.test(since!.tail) && roughlyInvasion(chosen);
      const start = month || invasionYear || warAgo ? FULL_SCALE_INVASION : chosen.period.start;
      // After "since the …" the phrase is read as a since-phrase: the start is chosen here, and the war's year
      // (war-year.ts, here and in area.ts) must not move an offensive's "since the counteroffensive in 2022" to 24 Feb.
      const phrase = event ? { ...chosen, since: true } : chosen;
      return { period: { start, end: pub }, basis: `“${chosen.text}” (the start of the span)`, phrase };
    }
  }
  // "Zelenskyy said on Thursday that more than 30,000 Russian servicemen have died": a toll in the perfect dated by a
  // single day is the war's sum up to that day.
  if (chosen && site.toll && perfectTollDay(ctx, chosen, fig, sentence))
    return {
      period: { start: FULL_SCALE_INVASION, end: chosen.period.end },
      basis: `“${chosen.text}” (a toll in the perfect: since the invasion, to that day)`,
      phrase: chosen,
    };
  // "Москва востаннє називала кількість убитих у вересні 2022 року — тоді заявляли про 5 937 загиблих": the time the
  // latest toll was given dates the statement; the toll is the war's sum up to then.
  if (chosen && site.toll && isLastStated(text, sentence, chosen, fig.start, FULL_SCALE_INVASION))
    return {
      period: { start: FULL_SCALE_INVASION, end: chosen.period.end },
      basis: `“${chosen.text}” (${LAST_STATED_BASIS})`,
      phrase: chosen,
    };
  // "Станом на 27 лютого 2024 року загальні втрати … становлять 412 400 осіб": the war's standing toll as of a day.
  // (not when a span of the sentence's own gives the start: "За два місяці операції станом на 3 жовтня …")
  if (chosen && site.toll && !phrases.firstOf(sinceIndexes(all)) && isWarTollAsOf(text, sentence, chosen, FULL_SCALE_INVASION))
    return {
      period: { start: FULL_SCALE_INVASION, end: chosen.period.end },
      basis: `“${chosen.text}” (the war's standing toll as of that day: since the invasion)`,
      phrase: chosen,
    };
  // "A day earlier, it put Russian casualties at over 10,000": a toll estimated on a day is the war's sum to that day.
  const putAt = site.toll && pub > FULL_SCALE_INVASION && isPutAt(text, sentence.start, fig.start);
  if (chosen && putAt && isStatementDay(chosen, FULL_SCALE_INVASION))
    return {
      period: { start: FULL_SCALE_INVASION, end: chosen.period.end },
      basis: `“${chosen.text}” (a toll put or estimated at a figure: since the invasion, to that day)`,
      phrase: chosen,
    };
  if (chosen) {
    return stateBy(resolved(ctx, chosen, around(phrases, chosen), site.count), site);
  }
  // "Zelensky estimated his country's military losses at 31,000 dead": with no span, the war's sum so far.
  if (putAt) return { period: { start: FULL_SCALE_INVASION, end: pub }, basis: 'a toll put or estimated at a figure: since the invasion' };
  // "Russia took 461 km² in the month", "за этот период враг захватил 5842 кв. км", "на той час … 198,9 кв. км": a time
  // word pointing back takes the period it points to.
  const back = anaphoricPeriod(ctx, { start: clause.start, end: next && next.start < sentence.end ? next.start : sentence.end }, sentence);
  if (back) return back;
  // "просунулися на 12,6 км² на півдні та на 2 км² на Бахмутському напрямку за тиждень": figures joined by a
  // conjunction share the time phrase after the last of them.
  const shared = sharedPhrase(text, fig, figs, phrases);
  if (shared)
    return {
      ...resolved(ctx, shared, around(phrases, shared), site.count),
      basis: `“${shared.text}” (shared by the figures joined before it)`,
    };
  // "1 жовтня Сирський повідомляв, що … звільнено 177,8 кв. км, а зачищено — 198,9 кв. км", "В конце августа Герасимов
  // докладывал, что … 99,7% ЛНР, 79% — ДНР", "«В этом году нами освобождено … 4 900 — и 212 населённых пунктов»": a time
  // phrase opening the sentence, one counted from now as well, governs every clause of it.
  const fronted = phrases.firstOf(indexesWhere(all, 'fronted', (p) => FRONTED.test(text.slice(sentence.start, p.start))));
  if (fronted && !peak)
    return { ...resolved(ctx, fronted, around(phrases, fronted), site.count), basis: `“${fronted.text}” (opening the sentence)` };
  // "…о потерях ВСУ за последние сутки. По данным ведомства, ликвидировано до 360 военнослужащих": a sentence that
  // opens by pointing back to the previous one's speaker goes on with that sentence's time.
  if (!peak && BACK_REFERENCE.test(ctx.article.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)))) {
    const k = sentenceIndex(ctx, sentence);
    const before = k > 0 ? claimPhrases(ctx, ctx.parsed.sentences[k - 1]!).filter((p) => !p.fromOperationStart) : [];
    const last = before[before.length - 1];
    if (last) return { period: last.period, basis: `“${last.text}” (the sentence before, which this one continues)`, phrase: last };
  }
  // "told a briefing that over the course of the last week: “… More than 100 square kilometers …”": a time phrase
  // right before the colon opening a quotation dates what the quotation says.
  const introduced = !peak ? quotationTime(ctx, fig) : undefined;
  if (introduced)
    return { ...resolved(ctx, introduced, [introduced], site.count), basis: `“${introduced.text}” (introducing the quotation)` };
  // "By 1 September, Russia had occupied 25,575 square miles. Excluding …, Russia controls 18 percent": a date a state
  // was reached by, opening a sentence, sets the time of the states its paragraph goes on to describe.
  const reachedBy = !peak && !change ? paragraphReachedBy(ctx, sentence) : undefined;
  if (reachedBy)
    return stateBy(
      { period: reachedBy.period, basis: `“${reachedBy.text}” (opening the paragraph)`, cumulative: true, phrase: reachedBy },
      site,
    );
  const local = ctx.article.text.slice(prev ? prev.end : sentence.start, fig.start);
  // A peak, or "earlier claims": some time between the start the article gives for the fighting there and publication.
  if (peak || EARLIER.test(local)) {
    const start = operationStart(ctx) ?? (peak && !site.count ? historicalPeakStart(ctx) : null);
    return {
      period: { start: start ?? pub, end: pub },
      basis: start
        ? 'an earlier claim: after the start the article gives for the fighting there, before publication'
        : 'an earlier claim, before publication',
    };
  }
  // "Загальні втрати російських військ у Курській області перевищили 48 тисяч осіб", "Всего на этом направлении боевики
  // потеряли более 37 355": a toll of the Kursk fighting with no span of its own is its sum since the incursion began.
  const kursk = site.toll ? kurskTollStart(ctx, sentence) : null;
  if (kursk) return { period: { start: kursk, end: pub }, basis: 'a toll of the Kursk fighting with no span: since it began' };
  // "Общие потери ВСУ превысили …", "втрати росії у війні … становлять": a standing toll with no span is the war's sum.
  if (site.toll && pub > FULL_SCALE_INVASION && isWarTollSum(ctx.article.text, sentence, fig.start))
    return { period: { start: FULL_SCALE_INVASION, end: pub }, basis: "the war's standing toll with no span: since the invasion" };
  // "втрати російських військ … становлять близько 230 260", "российские потери превышают 750 000": a side's losses
  // standing now at a figure, in a sentence with no time phrase at all, are the war's sum.
  if (
    site.toll &&
    pub > FULL_SCALE_INVASION &&
    claimPhrases(ctx, sentence).length === 0 &&
    isPresentStandingToll(ctx.article.text, sentence, fig.start, fig.end)
  )
    return { period: { start: FULL_SCALE_INVASION, end: pub }, basis: "a side's losses standing now, with no span: since the invasion" };
  // "more than 30,000 Russian servicemen have died": a toll in the perfect with no span is the war's sum so far.
  if (site.toll && pub > FULL_SCALE_INVASION && isPerfectToll(ctx.article.text, fig.end, fig.start))
    return { period: { start: FULL_SCALE_INVASION, end: pub }, basis: 'a toll in the perfect with no span: since the invasion' };
  return { period: { start: pub, end: pub }, basis: PRESENT_TENSE };
}

/** "на этом направлении", "на данному напрямку", "on this front": the direction an earlier sentence named. */
const THIS_DIRECTION =
  /(?<!\p{L})(?:на\s(?:этом|данном|том)\sнаправлении|на\s(?:цьому|даному|тому)\sнапрямку|on\s(?:this|that)\s(?:front|direction|axis))(?!\p{L})/iu;
/** A toll stated as a sum: "Всего … потеряли", "Общие потери", "загальні втрати", "a total of", "потери … составили",
 * "втрати … перевищили", "losses … amounted to" (not a day's report: "Kiev has lost up to 25 people"). */
const TOTAL_TOLL =
  /(?<!\p{L})(?:всего|в\sобщей\sсложности|общ\p{L}*\sпотер\p{L}*|усього|загалом|загальн\p{L}*\sвтрат\p{L}*|total|overall)(?!\p{L})|(?<!\p{L})(?:потер|втрат|losses|casualties)\p{L}*[^.;]{0,80}?(?<!\p{L})(?:состав\p{L}*|становл\p{L}*|станов\p{L}*|перевищ\p{L}*|превыс\p{L}*|сягну\p{L}*|достиг\p{L}*|amount\p{L}*|reached|exceeded|stands?\sat|stood\sat)(?!\p{L})/iu;

/** A toll counted over the whole operation it names, "during the Kursk operation", "during the occupation of Kursk",
 * "в ходе Курской операции", "під час курської операції": a sum since the operation began, as "Всего" says. */
const OVER_THE_OPERATION =
  /(?<!\p{L})(?:(?:during|throughout)\s(?:the\s)?(?:[\p{L}-]+\s){0,2}(?:operation|offensive|incursion|occupation)|(?:за\sвремя|в\sходе|під\sчас|за\sчас|в\sході)\s(?:\p{L}+\s){0,2}(?:операци|операці|наступлени|вторжени|вторгненн)\p{L}*)(?!\p{L})/iu;

/** The start of the Kursk fighting that a toll stated as a sum, with no span of its own, is counted from (history, as the
 * full-scale invasion's 24 February 2022 is in dates.ts): when the toll's sentence names Kursk region, or points back to
 * the direction and the article names it. */
function kurskTollStart(ctx: ClaimContext, sentence: Span): string | null {
  if (ctx.article.published < KURSK_INCURSION) return null;
  const text = ctx.article.text.slice(sentence.start, sentence.end);
  if (!TOTAL_TOLL.test(text) && !OVER_THE_OPERATION.test(text)) return null;
  return KURSK.test(text) || (THIS_DIRECTION.test(text) && KURSK.test(ctx.article.text)) ? KURSK_INCURSION : null;
}

/** "By the end of November, the army controlled 19.3 percent", "к концу августа … контролировала 80%": ground held (or
 * a share of it) by a time is the state on that time's last day; a change or a count "by" it stays a span. */
function stateBy(d: DescribedPeriod, site: FigureSite): DescribedPeriod {
  if (!d.cumulative || site.change || site.count || site.peak || d.period.start === d.period.end) return d;
  return { ...d, period: { start: d.period.end, end: d.period.end }, basis: `${d.basis} (the state on its last day)` };
}

/** The time phrase ending right before a colon that opens the quotation `fig` stands in ("over the last week: “…"). */
function quotationTime(ctx: ClaimContext, fig: FigureSpan): TimePhrase | undefined {
  const text = ctx.article.text;
  // (read within the 600 characters it may stand in, the colon back over blanks only, the sentence by binary search:
  // each was a walk of the whole text for every figure)
  const from = Math.max(0, fig.start - 600);
  const near = text.slice(from, fig.start + 1);
  const quote = Math.max(near.lastIndexOf('“'), near.lastIndexOf('«'));
  const open = quote < 0 ? -1 : from + quote;
  if (open < 0 || fig.start - open > 600 || /[”»\n]/u.test(text.slice(open, fig.start))) return undefined;
  let colon = open - 1;
  while (colon >= 0 && /\s/u.test(text[colon]!)) colon--;
  if (colon < 0 || text[colon] !== ':') return undefined;
  const sentence = spanAt(ctx.parsed.sentences, colon);
  if (!sentence) return undefined;
  return claimPhrases(ctx, sentence).find((p) => p.end <= colon && /^\s*$/u.test(text.slice(p.end, colon)));
}

/** A "by" date ("By 1 September", "к 1 сентября") opening an earlier sentence of the paragraph of `sentence`, none of
 * whose sentences since speaks of now. */
function paragraphReachedBy(ctx: ClaimContext, sentence: Span): TimePhrase | undefined {
  const at = sentenceIndex(ctx, sentence);
  if (at < 0 || speaksOfNow(ctx, at)) return undefined;
  return at > 0 && ctx.parsed.sentences[at - 1]!.start >= paragraphStart(ctx, sentence) ? reachedByFrom(ctx, at - 1) : undefined;
}

/** The start of the paragraph `s` stands in. */
const paragraphStart = (ctx: ClaimContext, s: Span): number =>
  s.start > 0 ? prevIn(ctx, ctx.article.text, 'newline', s.start) + 1 : ctx.article.text.startsWith('\n') ? 1 : 0;

/** The "by" date `paragraphReachedBy` finds walking back from sentence `j` (its own included), kept per sentence: the
 * walk, for every figure of a paragraph of many sentences, was quadratic in them. (A sentence walked from one of its
 * paragraph has that paragraph's start, so the answer from `j` is the same whichever sentence the walk began at.) */
function reachedByFrom(ctx: ClaimContext, j: number): TimePhrase | undefined {
  let memo = reachedMemo.get(ctx);
  if (!memo) reachedMemo.set(ctx, (memo = new Map()));
  const text = ctx.article.text;
  const { sentences } = ctx.parsed;
  const walked: number[] = [];
  let found: TimePhrase | null = null;
  for (let k = j; ; k--) {
    const known = memo.get(k);
    if (known !== undefined) {
      found = known;
      break;
    }
    const s = sentences[k]!;
    if (speaksOfNow(ctx, k)) {
      memo.set(k, null);
      break;
    }
    const by = claimPhrases(ctx, s).find((p) => {
      const head = text.slice(s.start, p.start);
      return !p.relative && (BY_TIME.test(p.text) ? FRONTED.test(head) : OPENING_BY.test(head));
    });
    if (by) {
      found = by;
      memo.set(k, by);
      break;
    }
    walked.push(k);
    if (k === 0 || sentences[k - 1]!.start < paragraphStart(ctx, s)) break;
  }
  for (const k of walked) memo.set(k, found);
  return found ?? undefined;
}

const reachedMemo = new WeakMap<ClaimContext, Map<number, TimePhrase | null>>();

/** Whether sentence `k` speaks of now (NOW), kept per sentence: read for every figure of it, a sentence of many figures
 * was quadratic. */
function speaksOfNow(ctx: ClaimContext, k: number): boolean {
  let memo = nowMemo.get(ctx);
  if (!memo) nowMemo.set(ctx, (memo = new Map()));
  let now = memo.get(k);
  if (now === undefined) {
    const s = ctx.parsed.sentences[k]!;
    memo.set(k, (now = NOW.test(ctx.article.text.slice(s.start, s.end))));
  }
  return now;
}

const nowMemo = new WeakMap<ClaimContext, Map<number, boolean>>();
const sentenceIndexes = new WeakMap<ClaimContext, Map<Span, number>>();

/** `ctx.parsed.sentences.indexOf(s)`, by a map built once. */
function sentenceIndex(ctx: ClaimContext, s: Span): number {
  let map = sentenceIndexes.get(ctx);
  if (!map) {
    map = new Map();
    const { sentences } = ctx.parsed;
    for (let i = sentences.length - 1; i >= 0; i--) map.set(sentences[i]!, i);
    sentenceIndexes.set(ctx, map);
  }
  return map.get(s) ?? -1;
}

/** The chosen phrase's period: a start from the article for "since the start of the operation", a "since" start ended
 * by an "as of" day of the same sentence ("с 6 августа … по данным на 13 августа": 6–13 August), and a week or month
 * counted from now being the one the article reports (anaphora.ts) however the phrase was reached: next to the figure,
 * opening the sentence ("In one month, the Russian army took 713 km²"), shared by joined figures or introducing a
 * quotation. */
/** A single day written out: what an "as of" reads. */
const day = (p: TimePhrase): boolean => !p.since && !p.relative && !p.fromOperationStart && p.period.start === p.period.end;

const sinceIndexes = (all: readonly TimePhrase[]): readonly number[] => indexesWhere(all, 'since', (p) => !!p.since);

/** All of the kept phrases `resolved` reads beside `chosen` (one of them): its neighbours, the first "since" and the first
 * day, in order (`spanBounds` reads the neighbours by index, `resolvedPeriod` finds the first of each kind). */
function around(phrases: KeptPhrases, chosen: TimePhrase): TimePhrase[] {
  const i = phrases.indexOf(chosen);
  const at = [i];
  for (let k = i - 1; k >= 0; k--)
    if (phrases.kept(k)) {
      at.push(k);
      break;
    }
  const after = phrases.findIndex(() => true, i + 1);
  if (after >= 0) at.push(after);
  for (const kind of [sinceIndexes(phrases.all), indexesWhere(phrases.all, 'day', day)])
    for (const k of kind)
      if (phrases.kept(k)) {
        at.push(k);
        break;
      }
  return [...new Set(at)].sort((a, b) => a - b).map((k) => phrases.all[k]!);
}

/** A "now" ("today", "сьогодні") that a span running to now may end. */
const isNow = (p: TimePhrase, pub: string): boolean => !!p.relative && !p.since && p.period.start === pub && p.period.end === pub;

/** The indexes of the spans running to now that end right before the "now" at index `i` (SPAN_TO_NOW between), kept per
 * phrase: the same for every figure of the sentence. */
function spansToNow(ctx: ClaimContext, all: readonly TimePhrase[], i: number): readonly number[] {
  const pub = ctx.article.published;
  const text = ctx.article.text;
  const p = all[i]!;
  return indexesWhere(
    all,
    `now ${i}`,
    (q) => !!q.since && q.period.end === pub && q.end <= p.start && SPAN_TO_NOW.test(text.slice(q.end, p.start)),
  );
}

function resolved(ctx: ClaimContext, chosen: TimePhrase, phrases: readonly TimePhrase[], count?: boolean): DescribedPeriod {
  const r = { ...resolvedPeriod(ctx, chosen, phrases, count), phrase: chosen };
  const reported = spanOfReport(ctx, chosen, r.period);
  return reported ? { ...r, period: reported, basis: `${r.basis}: the span the article reports` } : r;
}

function resolvedPeriod(ctx: ClaimContext, chosen: TimePhrase, phrases: readonly TimePhrase[], count?: boolean): DescribedPeriod {
  const basis = `“${chosen.text}”`;
  const bounds = spanBounds(ctx.article.text, chosen, phrases);
  if (bounds)
    return { period: { start: bounds[0].period.start, end: bounds[1].period.end }, basis: `“${bounds[0].text}” … “${bounds[1].text}”` };
  if (BY_TIME.test(chosen.text)) return { period: chosen.period, basis, cumulative: true };
  if (chosen.fromOperationStart) {
    // (the start known from history only for a count, a sum over the span: an area "taken since the start" with no date
    // is read as held, its verb deciding; measured on the held-out aggregate, areas lost kind)
    const start = operationStart(ctx) ?? (count ? historicalStart(ctx, chosen) : null);
    if (start && chosen.firstDays) {
      const end = new Date(Date.parse(`${start}T00:00:00Z`) + (chosen.firstDays - 1) * 86_400_000).toISOString().slice(0, 10);
      return { period: { start, end: end < chosen.period.end ? end : chosen.period.end }, basis };
    }
    return { period: { start: start ?? chosen.period.start, end: chosen.period.end }, basis };
  }
  const since = chosen.since ? chosen : phrases.find((p) => p.since);
  // "з 12 листопада 2022 року … по сьогодні", "from … to this day": the since-span ends today, not on it.
  const untilToday =
    chosen.relative &&
    chosen.period.start === chosen.period.end &&
    UNTIL.test(ctx.article.text.slice(Math.max(0, chosen.start - 12), chosen.start));
  if (since && since !== chosen && untilToday && since.start < chosen.start)
    return { period: { start: since.period.start, end: chosen.period.end }, basis: `“${since.text}” … “${chosen.text}”` };
  const asOf = day(chosen) ? chosen : phrases.find(day);
  if (since && asOf && (chosen === since || chosen === asOf) && asOf.period.end >= since.period.start)
    return { period: { start: since.period.start, end: asOf.period.end }, basis: `“${since.text}” … “${asOf.text}”` };
  return { period: chosen.period, basis };
}

/** "from"/"between" and a few words before the first bound of a span: "Between ", "from the start of the invasion in ". */
const SPAN_FROM = /\b(?:from|between)\s(?:[\p{L}'’-]+\s){0,6}$/iu;
/** The word joining the first bound of a span to the second: "to", "until", "through", "and". */
const SPAN_TO = /^\s*,?\s*(?:to|until|till|through|and)\s$/iu;

/** The two bounds of an English span the chosen phrase is one of: "between 1 January and 30 November", "from the start
 * of the invasion in February 2022 to November 30, 2024". */
function spanBounds(text: string, chosen: TimePhrase, phrases: readonly TimePhrase[]): [TimePhrase, TimePhrase] | null {
  const i = phrases.indexOf(chosen);
  for (const [a, b] of [
    [phrases[i - 1], chosen],
    [chosen, phrases[i + 1]],
  ] as const) {
    if (!a || !b || a.since || b.since || a.period.start > b.period.end) continue;
    if (SPAN_FROM.test(text.slice(Math.max(0, a.start - 60), a.start)) && SPAN_TO.test(text.slice(a.end, b.start))) return [a, b];
  }
  return null;
}

/** The day Ukraine's incursion into Kursk region began: "с начала боевых действий на Курском направлении", "in the
 * first month of the operation in Kursk region" count from it when the article gives no date for it (a date of history,
 * as the full-scale invasion's 24 February 2022 is in dates.ts). */
const KURSK_INCURSION = '2024-08-06';
const KURSK = /(?<!\p{L})(?:kursk|курск|курськ|курщин)\p{L}*/iu;

/** The start of the fighting a "since the start of the operation" phrase counts from, known from history: the Kursk
 * incursion's, when the phrase's sentence names Kursk region and the article was published after it began. */
function historicalStart(ctx: ClaimContext, chosen: TimePhrase): string | null {
  const { published, text } = ctx.article;
  // "Російська армія з початку вторгнення втратила вбитими …" in an article that names no Kursk: the invasion the news
  // reports is the full-scale one (dates.ts reads "вторгнення в Україну" so; alone, the phrase may be the Kursk one).
  if (INVASION.test(chosen.text) && published > FULL_SCALE_INVASION && !KURSK.test(text)) return FULL_SCALE_INVASION;
  if (published < KURSK_INCURSION) return null;
  const sentence = ctx.parsed.sentences.find((s) => s.start <= chosen.start && chosen.start < s.end);
  return sentence && KURSK.test(text.slice(sentence.start, sentence.end)) ? KURSK_INCURSION : null;
}

/** An invasion named by its noun ("з початку вторгнення", "с начала вторжения", "since the start of the invasion"). */
const INVASION = /(?<!\p{L})(?:вторгнен|вторжени|invasion)\p{L}*/iu;

/** The start of the fighting a peak the article dates no start for is reached after, known from history: the Kursk
 * incursion's when the article names Kursk region and was published after it began ("At the height of the attack,
 * Ukrainian forces ruled about 500 square miles"), else the full-scale invasion's ("At the peak … a little more than
 * 160,000 square kilometers"). A peak is never of the publication day alone. */
function historicalPeakStart(ctx: ClaimContext): string | null {
  const pub = ctx.article.published;
  if (pub >= KURSK_INCURSION && KURSK.test(ctx.article.text)) return KURSK_INCURSION;
  return pub > FULL_SCALE_INVASION ? FULL_SCALE_INVASION : null;
}

/** Whether a toll in the perfect is dated by `chosen`, a single day after the invasion began that is not the day's own
 * losses ("today", "yesterday"). */
function perfectTollDay(ctx: ClaimContext, chosen: TimePhrase, fig: FigureSpan, sentence: Span): boolean {
  return (
    isStatementDay(chosen, FULL_SCALE_INVASION) &&
    !KURSK.test(ctx.article.text.slice(sentence.start, sentence.end)) &&
    !/\b(?:today|yesterday|tonight|overnight)\b/iu.test(chosen.text) &&
    isPerfectToll(ctx.article.text, fig.end, fig.start)
  );
}

const starts = new WeakMap<ClaimContext, string | null>();

/** When the fighting the article reports began, as far as the text says: the earliest date (not one counted back from
 * publication) in a sentence naming the article's focus region, else in a sentence saying something began ("The
 * invasion began on August 6 last year"). The same for every figure of the article, so found once. */
export function operationStart(ctx: ClaimContext): string | null {
  let start = starts.get(ctx);
  if (start === undefined) {
    start = findOperationStart(ctx);
    starts.set(ctx, start);
  }
  return start;
}

const BEGAN =
  /\b(?:began|begun|started|launched|incursion|invaded|invasion|offensive)\b|(?<!\p{L})(?:начал\p{L}*|почал\p{L}*|почав\p{L}*|розпочал\p{L}*|розпочав\p{L}*|вторгл\p{L}*|вторжени\p{L}*|вторгнен\p{L}*|зайшли|вошли)(?!\p{L})/iu;

function findOperationStart(ctx: ClaimContext): string | null {
  const focus = articleFocus(ctx);
  const region = focus && regionOf(ctx, focus.entry);
  let inRegion: string | null = null;
  let began: string | null = null;
  for (const s of ctx.parsed.sentences) {
    // Not a record's point of comparison ("the largest attack since the invasion in 1941"): another event's date.
    const usable = claimPhrases(ctx, s).filter((p) => !p.relative && !p.fromOperationStart && !isRecordReference(ctx, s.start, p));
    if (usable.length === 0) continue;
    const earliest = usable.reduce((a, p) => (p.period.start < a ? p.period.start : a), usable[0]!.period.start);
    const names = region && locatedMentions(ctx, s).some((m) => regionOf(ctx, m.entry)?.id === region.id);
    if (names) {
      if (!inRegion || earliest < inRegion) inRegion = earliest;
    } else if (BEGAN.test(ctx.article.text.slice(s.start, s.end)) && (!began || earliest < began)) began = earliest;
  }
  return inRegion ?? began;
}

/** The time phrase right after the last of the figures joined to `fig` by conjunctions, if any. */
function sharedPhrase(text: string, fig: FigureSpan, figs: readonly FigureSpan[], phrases: KeptPhrases): TimePhrase | undefined {
  const joined = joinedAfter(text, fig, figs);
  if (!joined) return undefined;
  const { last, beyond } = joined;
  return phrases.find(
    (p) => p.start >= last.end && p.start - last.end <= 60 && (!beyond || p.start < beyond.start),
    phrases.from(last.end),
    phrases.after(last.end + 60),
  );
}
