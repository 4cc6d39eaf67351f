// Troop and casualty figures: "about 11,000 North Korean soldiers", "a 12,000-strong force", "at least 30 soldiers
// were killed and wounded", "more than 600,000 killed and wounded", "30,000 recruits a month".
import { settlementsHolderWords } from './whose.ts';
import { precisionOfKind, type ClaimFeature, type CountClaimProperties, type Precision } from '../schema.ts';
import { attributedIn } from './attributed.ts';
import {
  articleFocus,
  articlePerspective,
  placesForFigures,
  regionOf,
  sentencesMatching,
  sentenceText,
  type ClaimContext,
  type LocatedMention,
} from './context.ts';
import { clauseEnd, clauseStart, notAsserted } from './modality.ts';
import { DIGITS_PATTERN, HAS_NUMBER, parseNumber } from './numbers.ts';
import { EN_NUMBER_WORD_PATTERN } from './number-words.ts';
import { QUALIFIER_PATTERN, qualifierOf } from './qualifiers.ts';
import { boundedQuote } from './quote.ts';
import { splitTollSide } from './split-toll.ts';
import { rangeValue } from './units.ts';
import {
  casualtyUnit,
  countedFiguresIn,
  countedSide,
  HAS_COUNTED_NOUN,
  LOST,
  PRISONERS,
  SETTLEMENT_NOUN,
  type CountedFigure,
  type CountedUnit,
} from './counted.ts';
import { elidedCountsIn } from './elided-counts.ts';
import { tollPartsIn } from './toll-parts.ts';
import { tollCopulasIn } from './toll-copula.ts';
import { troopCopulasIn } from './troop-copula.ts';
import { groupingItemsIn, type GroupingItem } from './grouping-items.ts';
import { shareConjoinedSides } from './conjoined-side.ts';
import { freedLater } from './still-held.ts';
import { isDailyRate } from './daily-rate.ts';
import { unnamedLiberator } from './liberated.ts';
import { firstSide, sideBefore, SIDES, sideOrEnemyBefore } from './sides.ts';
import { clauseMarkersBySpan, figureKind, speaksOfPeak, type ClauseMarkers } from './kinds.ts';
import { SAYING_CYR, SAYING_EN } from '../text/saying.ts';
import { periodOf, type FigureSpan } from './period.ts';
import { endOfLastMatch } from '../text/matches.ts';
import type { Span } from '../text/sentences.ts';
import { speakingSides } from './speaker-sides.ts';
import type { Perspective } from '../events/perspective.ts';
import { keptForLong, type LongTextMemo } from './long-text-memo.ts';

/** What is counted: soldiers, and in English the nouns of the dead and wounded themselves ("420,000 casualties", "7,000
 * deaths", "16,153 injured"; casualtyUnit reads which from the noun). */
// The pattern is case-sensitive (WHO reads capitals as names), so a headline's capitalised noun is spelled out: "Ukraine
// Loses Over 150 Troops", "710 Russian Soldiers Have Died".
const NOUN = String.raw`((?:[Tt]roops|[Ss]oldiers|[Ss]ervicemen|[Ss]ervicepeople|[Ss]ervice\s?members|[Pp]ersonnel|[Ff]ighters|[Ff]orces|[Rr]ecruits|[Mm]ilitary\s[Pp]ersonnel|[Cc]ontingent|[Ff]orce|[Cc]asualties|[Dd]eaths|[Ff]atalities|[Ii]njured)|військових|военных|солдат)`;
/** Up to three capitalised or adjective words between figure and noun: "North Korean", "Russian and North Korean", and
 * the words that say how a toll is known ("confirmed deaths", "estimated casualties"). */
const WHO = String.raw`((?:(?:[A-Z][\p{L}-]+|and|additional|more|new|foreign|elite|enemy|confirmed|estimated|reported|recorded)\s){0,4})`;
/** "22,2 тисячі вбитими", "до 300 убитыми и ранеными": casualties written without a noun. */
const SLAVIC_CASUALTY = String.raw`(?:вбит|убит|поранен|ранен|загибл|погибш)\p{L}*`;
/** A bare number whose own verb of dying or being wounded follows it, the second part of a toll told in two clauses:
 * "15,000 had died and about 45,000 were injured", "1,351 … killed and 3,825 had been wounded", "some 3,700 more
 * sustained injuries", "ще до 120 000 были ранены", "210 получили ранения", "198 тисяч загинули, а понад 550 тисяч
 * отримали поранення", "около 325 тысяч погибли". */
const TOLL_VERB_AFTER = String.raw`\s(?:more\s|others?\s)?(?:(?:had|have|has)\s(?:been\s)?|were\s)(?:killed|wounded|injured)|\s(?:more\s)?(?:(?:had|have|has)\s)?(?:died|perished)|\s(?:more\s)?(?:sustained|suffered)\s(?:injuries|wounds)|\sothers?\s(?:killed|wounded|injured)|\s(?:были|були|было|було)\s(?:ранен|поранен)\p{L}*|\s(?:погиб|загину)\p{L}*|\s(?:получил|отримал|зазнал|дістал)\p{L}*\s(?:ранени|поранен|травм)\p{L}*`;
const TOLL_VERB = new RegExp(`^(?:${TOLL_VERB_AFTER})$`, 'u');
/** Civilians named shortly before a bare figure: the toll it goes on from is theirs, which has no gold. */
const CIVILIANS_BEFORE =
  /\b(?:civilians?|residents)\b|(?<!\p{L})(?:мирн\p{L}*|цивільн\p{L}*|жител\p{L}*|житель\p{L}*|мешкан\p{L}*)(?!\p{L})/iu;
const countOf = (n: string): RegExp =>
  new RegExp(
    String.raw`(?:(${QUALIFIER_PATTERN})\s)?(${n})(-strong\s(?:force|contingent)|\s${WHO}${NOUN}|\s(?:were\s)?(?:killed|wounded|dead)(?:\s(?:and|or)\s(?:killed|wounded))?|\s${SLAVIC_CASUALTY}(?:\s(?:та|і|й|и)\s${SLAVIC_CASUALTY})?|${TOLL_VERB_AFTER})`,
    'gu',
  );
/** The nouns of a toll, whose side may stand at the head of the sentence. */
const TOLL_NOUN = /^(?:casualties|deaths|fatalities|injured)$/iu;
/** A unit of time or ground right after a count: a rate ("102 casualties per square kilometer", "1,000 deaths a day"). */
const RATE_AFTER = /^\s*(?:per|a|an|each|every)\s(?:day|week|month|year|square|sq|km|kilomet\p{L}*)\b/iu;
/** Counts are read from digits ("11,000", "100 тисяч"): a pattern with every number word is too slow to run on every
 * sentence (area figures find word numbers by tokens instead, see area.ts). */
const COUNT = countOf(DIGITS_PATTERN);
/** English number words ("two thousand three hundred soldiers"), run only on a sentence holding a scale word: the
 * Ukrainian and Russian ones are read walking back from the noun (counted.ts), the English nouns only here. */
const COUNT_WORDS = countOf(EN_NUMBER_WORD_PATTERN);
const HAS_EN_SCALE_WORD = /hundred|thousand|million/;
/** The lower end of a range written right before a count's number: "100,000 to 120,000 troops", "5 000–7 000 військових"
 * (not a change, "from 100,000 to 120,000"). */
const RANGE_LOW_BEFORE = new RegExp(
  String.raw`(?:(${QUALIFIER_PATTERN})\s)?(?<![\d\p{L}.,])(${DIGITS_PATTERN})\s?(?:-|–|—|to|до|or|або|или)\s?$`,
  'iu',
);
const CHANGE_FROM = /(?:^|\s)(?:from|з|із|від|с|от)\s$/iu;

/** The range a count's number closes, if any: its lower end's offset in `text` and its value ("20-25 тисяч": the
 * scale written once, after the upper end, scales both). */
function rangeBefore(text: string, at: number, raw: string, high: number): { start: number; low: number } | null {
  const from = Math.max(0, at - 40);
  const m = RANGE_LOW_BEFORE.exec(text.slice(from, at));
  if (!m) return null;
  let low = parseNumber(m[2]!);
  if (low === null || low <= 0) return null;
  const highDigits = /^[\d.,\s\u00a0\u2009\u202f]*\d/u.exec(raw)?.[0];
  const highBase = highDigits ? parseNumber(highDigits) : null;
  if (!/\p{L}/u.test(m[2]!) && highBase && highBase !== high) low *= high / highBase;
  if (low >= high) return null;
  if (CHANGE_FROM.test(text.slice(Math.max(0, from + m.index - 8), from + m.index))) return null;
  return { start: from + m.index, low };
}

/** Every COUNT match holds a number (see HAS_NUMBER) and one of these (same case sensitivity): a noun, "-strong" or
 * "killed"/"wounded"/"dead". Sentences without both are skipped. */
const HAS_COUNTED =
  /[Tt]roops|[Ss]oldiers|[Ss]ervice(?:men|people|\s?members)|[Pp]ersonnel|[Ff]ighters|[Ff]orce|[Rr]ecruits|[Cc]ontingent|[Cc]asualties|[Dd]eaths|[Ff]atalities|[Ii]njured|військових|военных|солдат|-strong|killed|wounded|dead|died|perished|injur|вбит|убит|поранен|ранен|загибл|погиб|загину|травм/;
/** What the troops counted are: recruits, or casualties when the figure's own words or its clause say so (one rule
 * for every count, counted.ts's casualtyUnit); else troops present. */
function countsOf(match: string, sentence: string, start: number, end: number): CountClaimProperties['counts'] {
  if (/recruits/i.test(match)) return 'recruits';
  // The figure's own words first, whole ("30 тисяч убитими та пораненими", "30,000 killed and wounded"): the window
  // before the figure's end below cuts the first of two words off and left "wounded".
  const own = casualtyUnit(match, '');
  if (own) return own;
  const cs = clauseStart(sentence, start);
  const ce = clauseEnd(sentence, end);
  // "the enemy lost 1,200 soldiers": troops lost right after the verb are losses.
  const lost = LOST.test(sentence.slice(Math.max(cs, start - 12), start)) ? 'casualties' : null;
  // The words after stop at the next figure: "2,400 servicemen had been killed and 6,100 had been wounded" reads the
  // second figure's verb as its own, not this one's.
  const after = sentence.slice(end, ce);
  const next = /\d/u.exec(after);
  return casualtyUnit(next ? after.slice(0, next.index) : after, `${sentence.slice(cs, start)} ${match}`) ?? lost ?? 'troops';
}

/** Where a count goes: a settlement or region named in its own clause (the one nearest after the figure first); else the
 * region the article is about, as a whole (precision `region`); else nowhere — listed, not mapped. Never a country's
 * centre: "600,000 troops in Ukraine" says nothing about where on the map. */
function placeOfCount(
  ctx: ClaimContext,
  places: readonly LocatedMention[],
  clauseFrom: number,
  clauseTo: number,
  end: number,
): { entry: LocatedMention['entry']; precision: Precision } | null {
  const inClause = places.filter((p) => p.entry.kind !== 'country' && p.start >= clauseFrom && p.end <= clauseTo);
  const here = inClause.find((p) => p.start >= end) ?? inClause[0];
  if (here) return { entry: here.entry, precision: precisionOfKind(here.entry.kind) };
  const focus = articleFocus(ctx);
  const region = focus && regionOf(ctx, focus.entry);
  if (region && region.lon !== null) return { entry: region as LocatedMention['entry'], precision: 'region' };
  return null;
}

export function extractCountClaims(ctx: ClaimContext): ClaimFeature[] {
  const out: ClaimFeature[] = [];
  const hasNumber = sentencesMatching(ctx, HAS_NUMBER);
  const { sentences } = ctx.parsed;
  for (let k = 0; k < sentences.length; k++) {
    if (!hasNumber[k]) continue;
    const sentence = sentences[k]!;
    const text = sentenceText(ctx, sentence);
    if (!HAS_COUNTED.test(text)) continue;
    let places: LocatedMention[] | undefined; // only sentences with a figure need them
    const matches = [...text.matchAll(COUNT)];
    if (HAS_EN_SCALE_WORD.test(text))
      for (const w of text.matchAll(COUNT_WORDS))
        if (!matches.some((d) => w.index < d.index + d[0].length && d.index < w.index + w[0].length)) matches.push(w);
    matches.sort((a, b) => a.index - b.index);
    const figs = matches.map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
    for (const m of matches) {
      const value = parseNumber(m[2]!);
      if (value === null || value < 2) continue;
      // Years and calibres are not counts.
      if (/^(1[89]|20)\d\d$/.test(m[2]!) && !/troops|soldiers|strong/i.test(m[3]!)) continue;
      // "could send 100,000 troops", "plans to deploy", "were not sent": not a count of anything that happened.
      if (notAsserted(text, m.index, m.index + m[0].length)) continue;
      // "almost 102 casualties per square kilometer", "1,000 deaths a day": a rate, not a toll.
      if (RATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      if (isDailyRate(text, m.index, m.index + m[0].length)) continue;
      // "355 Ukrainian civilians died and 1,100 were injured": a bare figure's verb goes on from the people named before it.
      if (!m[5] && TOLL_VERB.test(m[3]!) && CIVILIANS_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
      // "captured 100 Russian troops": prisoners, no count of the contract.
      const counts = countsOf(m[0], text, m.index, m.index + m[0].length);
      if (counts === 'troops' && PRISONERS.test(text.slice(clauseStart(text, m.index), clauseEnd(text, m.index + m[0].length)))) continue;
      // "100,000 to 120,000 Ukrainian troops": both ends, as the schema keeps them (the upper bound as the value).
      const range = m[1] ? null : rangeBefore(text, m.index, m[2]!, value);
      const start = sentence.start + (range ? range.start : m.index);
      const end = sentence.start + m.index + m[0].length;
      places ??= placesForFigures(ctx, sentence);
      const at = placeOfCount(
        ctx,
        places,
        sentence.start + clauseStart(text, m.index),
        sentence.start + clauseEnd(text, m.index + m[0].length),
        end,
      );
      const who = (m[4] ?? '').trim();
      const noun = m[5] ?? (/strong/.test(m[3]!) ? 'troops' : m[3]!.trim());
      // Whose: the demonym before the noun ("North Korean soldiers"), else for losses the side that suffered them ("украинские
      // войска потеряли до 30 солдат"), by the same rule as counts found by their noun.
      const cs = clauseStart(text, m.index);
      const ce = clauseEnd(text, m.index + m[0].length);
      const tollFigure: CountedFigure = {
        start: m.index - cs,
        end: m.index + m[0].length - cs,
        min: value,
        max: value,
        qualifier: 'exact',
        counts,
        subject: noun,
        of: 'military',
      };
      const tollSideIn = (clause: string, s: number, e: number): string | null =>
        countedSide(tollFigure, clause, s, e, undefined, articlePerspective(ctx));
      const sideOf =
        SIDES.find(([re]) => re.test(who))?.[1] ??
        (counts === 'troops' || counts === 'recruits'
          ? troopsHolder(text.slice(cs, m.index), articlePerspective(ctx))
          : (tollSideIn(text.slice(cs, ce), m.index - cs, m.index + m[0].length - cs) ??
            (TOLLS.has(counts) ? splitTollSide(text, cs, ce, m.index, m.index + m[0].length, tollSideIn) : null)));
      // A toll named by its own noun ("420,000 casualties", "70,000 deaths") with no side in its clause is the sentence
      // subject's: the side named first ("Russia’s casualty count was approaching 300,000 — … up to 120,000 deaths").
      const side = sideOf ?? (TOLL_NOUN.test(noun) ? firstSide(text.slice(0, m.index)) : null);
      out.push(
        countFeature(ctx, sentence, text, start, end, figs, at, {
          value: range ? rangeValue(range.low, value) : value,
          valueMin: range ? range.low : value,
          valueMax: value,
          qualifier: range ? 'between' : qualifierOf(m[1]),
          counts,
          side,
          subject: `${who ? `${who} ` : ''}${noun}`.replace(/\s+/g, ' ').trim(),
        }),
      );
    }
  }
  extractCountedNouns(ctx, out);
  extractTollCopulas(ctx, out);
  extractTroopCopulas(ctx, out);
  extractTollParts(ctx, out);
  extractGroupingItems(ctx, out);
  shareConjoinedSides(ctx.article.text, ctx.parsed.sentences, out);
  return out.sort((a, b) => a.properties.start - b.properties.start);
}

/** A verb of saying or "that" opening reported speech: the subject of the figure's verb stands after it. */
const REPORTED = new RegExp(String.raw`\b(?:${SAYING_EN}|that)\b|(?<!\p{L})(?:${SAYING_CYR}|что|що)(?!\p{L})`, 'giu');

/** Whose troops a count with no demonym is: the side named last before it in its clause after any verb of saying,
 * the subject that has, masses or holds them ("the Russian Federation had approximately 11,000 troops", "the enemy held
 * about 11,000 servicemen": "the enemy" by the article's perspective); null when none is named. */
function troopsHolder(before: string, perspective: ReturnType<typeof articlePerspective>): string | null {
  const clause = before.slice(Math.max(0, endOfLastMatch(before, REPORTED)));
  return sideOrEnemyBefore(clause, clause.length, perspective);
}

/** Settlements, casualties and soldiers counted by the noun (see counted.ts); a figure the digit pattern above has
 * read already is not read again. */
function extractCountedNouns(ctx: ClaimContext, out: ClaimFeature[]): void {
  const { sentences } = ctx.parsed;
  const hasNoun = sentencesMatching(ctx, HAS_COUNTED_NOUN);
  const taken = out.map((f) => f.properties);
  // The side of the last count of settlements, for one going on from it in the next sentence ("… 30 villages. 12 of
  // them …").
  let lastSettlementsSide: string | null = null;
  for (let k = 0; k < sentences.length; k++) {
    // A sentence without a counted noun may still go on counting the one before's settlements ("1,017 of them").
    const settlementsBefore = k > 0 && !!hasNoun[k - 1] && NAMES_SETTLEMENTS.test(sentenceText(ctx, sentences[k - 1]!));
    if (!settlementsBefore) lastSettlementsSide = null;
    if (!hasNoun[k] && !settlementsBefore) continue;
    const sentence = sentences[k]!;
    const text = sentenceText(ctx, sentence);
    const counted = hasNoun[k] ? countedFiguresIn(text, (at) => [clauseStart(text, at), clauseEnd(text, at)]) : [];
    const elided = elidedCountsIn(text, counted, settlementsBefore);
    const figures = [...counted, ...elided].sort((a, b) => a.start - b.start);
    if (figures.length === 0) continue;
    let places: LocatedMention[] | undefined;
    const figs = figures.map((f) => ({ start: sentence.start + f.start, end: sentence.start + f.end }));
    const sides = new Map<CountedFigure, string | null>();
    // Each clause's markers, read once for its figures (read per figure, quadratic in a clause of many counts).
    const marksOf = clauseMarkersBySpan(text);
    for (const f of figures) {
      const start = sentence.start + f.start;
      const end = sentence.start + f.end;
      const cs = clauseStart(text, f.start);
      const ce = f.of === 'settlements' ? clauseEndOverAside(text, cs, f, clauseEnd(text, f.end), marksOf) : clauseEnd(text, f.end);
      places ??= placesForFigures(ctx, sentence);
      const at = placeOfCount(ctx, places, sentence.start + cs, sentence.start + ce, end);
      const focus = articleFocus(ctx);
      const regionCountry = at?.entry.country ?? (focus && regionOf(ctx, focus.entry)?.country);
      // A count with its noun left out and no verb of its own ("447 із них – від 2014 року") is the side of the count
      // it goes on from.
      const previous = counted.filter((c) => c.end <= f.start).at(-1);
      let side: string | null =
        elided.includes(f) && !figureKind(text.slice(cs, ce), f.start - cs, f.end - cs, false, '', [], marksOf(cs, ce))
          ? previous
            ? (sides.get(previous) ?? null)
            : lastSettlementsSide
          : (countedSide(
              f,
              text.slice(cs, ce),
              f.start - cs,
              f.end - cs,
              regionCountry,
              articlePerspective(ctx),
              f.of === 'settlements' ? marksOf(cs, ce) : undefined,
            ) ??
            (f.of === 'settlements' ? settlementsTakerBefore(text, f.start, articlePerspective(ctx)) : null) ??
            (f.of === 'military' && TOLLS.has(f.counts)
              ? splitTollSide(text, cs, ce, f.start, f.end, (clause, s, e) =>
                  countedSide(f, clause, s, e, regionCountry, articlePerspective(ctx)),
                )
              : null));
      // Settlements "liberated" with no side as the verb's subject ("Еще восемь населенных пунктов были освобождены"): by
      // the side of who says so, or the article's (liberated.ts).
      const freed =
        f.of === 'settlements' ? figureKind(text.slice(cs, ce), f.start - cs, f.end - cs, false, '', [], marksOf(cs, ce)) : null;
      const freedAt = freed ? text.slice(cs, ce).indexOf(freed.marker, f.end - cs) : -1;
      const unnamed =
        freed?.by === 'retaken' && !freedLater(text.slice(cs, ce), freedAt >= 0 ? freedAt : 0, f.end - cs)
          ? unnamedLiberator(
              text.slice(cs, ce),
              freed.marker,
              text,
              attributedIn(ctx, sentence, text),
              ctx,
              articlePerspective(ctx),
              sentence.start,
            )
          : null;
      if (unnamed) side = unnamed;
      sides.set(f, side);
      if (f.of === 'settlements') lastSettlementsSide = side;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      if (notAsserted(text, f.start, f.end)) continue;
      if (isDailyRate(text, f.start, f.end)) continue;
      out.push(
        countFeature(ctx, sentence, text, start, end, figs, at, {
          value: rangeValue(f.min, f.max),
          valueMin: f.min,
          valueMax: f.max,
          qualifier: f.qualifier,
          counts: f.counts,
          side,
          subject:
            f.counts === 'settlements' ? settlementsHolderWords(side) : (f.subject || previous?.subject || '').replace(/\s+/g, ' ').trim(),
        }),
      );
    }
  }
}

/** Tolls named by their noun of losses with the number after a copula (see toll-copula.ts): whose, the side named last
 * before the number in its clause, else the one named last before it in the sentence ("РФ змогла мобілізувати …,
 * тоді як загальні втрати … становили"); a figure read already is not read again. */
function extractTollCopulas(ctx: ClaimContext, out: ClaimFeature[]): void {
  const { sentences } = ctx.parsed;
  for (const sentence of sentences) {
    const text = sentenceText(ctx, sentence);
    const found = tollCopulasIn(text);
    if (found.length === 0) continue;
    const figs = found.map((f) => ({ start: sentence.start + f.start, end: sentence.start + f.end }));
    for (const f of found) {
      const start = sentence.start + f.start;
      const end = sentence.start + f.end;
      if (out.some((o) => start < o.properties.end && end > o.properties.start)) continue;
      if (notAsserted(text, f.start, f.end) || isDailyRate(text, f.start, f.end)) continue;
      const cs = clauseStart(text, f.noun);
      const side =
        sideOrEnemyBefore(text.slice(cs, f.start), f.start - cs, articlePerspective(ctx)) ??
        sideOrEnemyBefore(text, f.start, articlePerspective(ctx));
      out.push(
        countFeature(ctx, sentence, text, start, end, figs, null, {
          value: rangeValue(f.min, f.max),
          valueMin: f.min,
          valueMax: f.max,
          qualifier: f.qualifier,
          counts: f.counts,
          side,
          subject: 'losses',
        }),
      );
    }
  }
}

/** Troop strengths named by their noun of forces with the number after a copula (see troop-copula.ts): whose, the side
 * named with the noun (right before it, "Russia's army", "російський контингент", or its possessor right after,
 * "угруповання РФ"), else the subject before it ("Россия увеличила войска"); a figure read already is not read again. */
function extractTroopCopulas(ctx: ClaimContext, out: ClaimFeature[]): void {
  for (const sentence of ctx.parsed.sentences) {
    const text = sentenceText(ctx, sentence);
    const found = troopCopulasIn(text);
    if (found.length === 0) continue;
    // (every figure of the sentence, those read already too: a time phrase between two dates the nearer one)
    const figs = [
      ...found.map((f) => ({ start: sentence.start + f.start, end: sentence.start + f.end })),
      ...out.map((o) => o.properties).filter((o) => o.start >= sentence.start && o.end <= sentence.end),
    ].sort((a, b) => a.start - b.start);
    for (const f of found) {
      const start = sentence.start + f.start;
      const end = sentence.start + f.end;
      if (out.some((o) => start < o.properties.end && end > o.properties.start)) continue;
      if (notAsserted(text, f.start, f.end)) continue;
      const cs = clauseStart(text, f.noun);
      // (the two words right before the noun, no punctuation between: "Russia's army", "російський контингент")
      const near = /(?:[\p{L}'’-]+\s){1,2}$/u.exec(text.slice(Math.max(cs, f.noun - 30), f.noun))?.[0] ?? '';
      // (the possessor: the two words right after the noun, no preposition first: "угруповання окупантів", not "army in
      // Ukraine")
      const possessor =
        /^\s(?!(?:в|у|на|з|із|с|со|in|into|on|at|of|against|проти|против)\s)[\p{L}-]+(?:\s[\p{L}-]+)?/iu.exec(text.slice(f.nounEnd))?.[0] ??
        '';
      const side =
        sideBefore(near, near.length) ??
        sideOrEnemyBefore(possessor, possessor.length, articlePerspective(ctx)) ??
        troopsHolder(text.slice(cs, f.nounEnd), articlePerspective(ctx));
      out.push(
        countFeature(ctx, sentence, text, start, end, figs, null, {
          value: rangeValue(f.min, f.max),
          valueMin: f.min,
          valueMax: f.max,
          qualifier: f.qualifier,
          counts: 'troops',
          side,
          subject: 'troops',
        }),
      );
    }
  }
}

type CountFeature = Extract<ClaimFeature, { properties: { type: 'count' } }>;

/** The nouns of a toll a part or item belongs to. */
const TOLLS = new Set(['casualties', 'killed', 'wounded']);

/** A part of a toll found in a sentence, with its own noun when it names one ("з яких 1 322 — безповоротні"). */
type TollPiece = GroupingItem & { counts?: CountedUnit };

/** Each piece of `sentence` read as a part of the last toll before it from `from` on: the toll's side, subject, place
 * and period, the piece's own value (and noun, when it names one). */
function pushTollPieces(
  ctx: ClaimContext,
  sentence: Span,
  text: string,
  pieces: readonly TollPiece[],
  from: number,
  out: ClaimFeature[],
): void {
  const figs = pieces.map((p) => ({ start: sentence.start + p.start, end: sentence.start + p.end }));
  for (const p of pieces) {
    const start = sentence.start + p.start;
    const end = sentence.start + p.end;
    if (out.some((f) => start < f.properties.end && end > f.properties.start)) continue;
    const total = out
      .filter((f): f is CountFeature => f.properties.type === 'count' && f.properties.start >= from && f.properties.end <= start)
      .filter((f) => TOLLS.has(f.properties.counts))
      .sort((a, b) => a.properties.start - b.properties.start)
      .at(-1);
    if (!total) continue;
    const t = total.properties;
    const f = countFeature(ctx, sentence, text, start, end, figs, null, {
      value: rangeValue(p.min, p.max),
      valueMin: p.min,
      valueMax: p.max,
      qualifier: p.qualifier,
      counts: p.counts ?? t.counts,
      side: t.side,
      subject: t.subject,
    }) as CountFeature;
    const properties = { ...f.properties, place: t.place, precision: t.precision, asOf: t.asOf, asOfBasis: t.asOfBasis };
    out.push({ ...f, geometry: total.geometry, properties });
  }
}

/** The parts of a toll broken down after it ("з яких 1 322 — безповоротні", see toll-parts.ts): each is the toll's, on
 * its side and over its period, so a part is read only after a toll of its sentence or the one before. */
function extractTollParts(ctx: ClaimContext, out: ClaimFeature[]): void {
  const { sentences } = ctx.parsed;
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    const text = sentenceText(ctx, sentence);
    const parts = tollPartsIn(text);
    if (parts.length === 0) continue;
    pushTollPieces(ctx, sentence, text, parts, k > 0 ? sentences[k - 1]!.start : sentence.start, out);
  }
}

/** The items of a toll listed by grouping with the noun left out ("…, «Запад» — свыше 180", see grouping-items.ts): each
 * is the list's, its side and period those of the toll before it in the sentence. */
function extractGroupingItems(ctx: ClaimContext, out: ClaimFeature[]): void {
  for (const sentence of ctx.parsed.sentences) {
    const text = sentenceText(ctx, sentence);
    const items = groupingItemsIn(text);
    if (items.length > 0) pushTollPieces(ctx, sentence, text, items, sentence.start, out);
  }
}

/** Names set off by dashes right after a count of settlements ("два села в Запорожской области – Цветковое и Криничное –
 * взяли под контроль …"): an aside, no clause break, so the clause with no verb of its own goes on to the verb after it. */
const NAMES_ASIDE = /^\s[–—-]\s\p{Lu}[^;:–—]{0,100}?\s[–—-]\s/u;
function clauseEndOverAside(
  text: string,
  cs: number,
  f: CountedFigure,
  ce: number,
  marksOf: (cs: number, ce: number) => ClauseMarkers,
): number {
  if (figureKind(text.slice(cs, ce), f.start - cs, f.end - cs, false, '', [], marksOf(cs, ce))) return ce;
  const aside = NAMES_ASIDE.exec(text.slice(ce));
  return aside ? clauseEnd(text, ce + aside[0].length) : ce;
}

/** A sentence naming settlements (its counts may go on in the next one with the noun left out). */
const NAMES_SETTLEMENTS = new RegExp(SETTLEMENT_NOUN, 'iu');

/** The count claim at [start, end) of `sentence`: its source, quote, claimant, period and place around `figure`. */
function countFeature(
  ctx: ClaimContext,
  sentence: Span,
  text: string,
  start: number,
  end: number,
  figs: readonly FigureSpan[],
  at: { entry: LocatedMention['entry']; precision: Precision } | null | undefined,
  figure: Pick<CountClaimProperties, 'value' | 'valueMin' | 'valueMax' | 'qualifier' | 'counts' | 'side' | 'subject'>,
): ClaimFeature {
  const { article } = ctx;
  const cs = clauseStart(text, start - sentence.start);
  const ce = clauseEnd(text, end - sentence.start);
  const peak = speaksOfPeak(text.slice(cs, ce));
  const clause = { start: sentence.start + cs, end: sentence.start + ce };
  const toll = figure.counts !== 'settlements' && figure.counts !== 'troops';
  const { period, basis } = periodOf(ctx, {
    sentence,
    fig: { start, end },
    figs,
    clause,
    peak,
    count: true,
    toll,
    troops: figure.counts === 'troops',
  });
  const quote = boundedQuote(article.text, sentence, start, end);
  return {
    type: 'Feature',
    geometry: at ? { type: 'Point', coordinates: [at.entry.lon, at.entry.lat] } : null,
    properties: {
      type: 'count',
      id: `${article.file}:${start}`,
      article: article.file,
      published: article.published,
      quote,
      start,
      end,
      sources: [{ article: article.file, outlet: article.outlet, published: article.published, quote, start, end }],
      attributedTo: attributedIn(ctx, sentence, text),
      asOf: period,
      asOfBasis: basis,
      ...figure,
      place: at?.entry.id ?? null,
      precision: at?.precision ?? null,
    },
  };
}

/** First person in a speaker's words: "под наш контроль перешло", "we liberated". */
const FIRST_PERSON = /(?<!\p{L})(?:наш\p{L}*|нами|ми|мы)(?!\p{L})|\b(?:our|we)\b/iu;
/** FIRST_PERSON's answers for long sentences (read for each count of one). */
const FIRST_PERSON_SPOKEN: LongTextMemo<boolean> = new Map();

/** Who took settlements a clause names no side for: the side named earlier in the sentence ("армія РФ окупувала … — 4900
 * — та 212 населених пунктів"), else, in the first person, the speaker's side ("под наш контроль перешло … 334
 * населенных пункта, — сказал Герасимов"). */
function settlementsTakerBefore(text: string, at: number, perspective: Perspective): string | null {
  const named = sideOrEnemyBefore(text, at, perspective);
  if (named) return named;
  if (!keptForLong(FIRST_PERSON_SPOKEN, text, (t) => FIRST_PERSON.test(t))) return null;
  const speakers = speakingSides(text);
  return speakers.length === 1 ? speakers[0]! : null;
}
