// The war's toll stated with no span of its own: "Станом на 27 лютого 2024 року загальні втрати … становлять 412 400
// осіб", "Втрати … в Україні на 23 травня становлять приблизно 29,2 тис. осіб", "Общие потери ВСУ превысили …". A toll
// told as a standing sum (losses that "stand at" a figure, or the "total losses") is what has piled up since the
// full-scale invasion began, to the day it is stated as of; a day's report names its day's span ("за добу").

import type { TimePhrase } from './dates.ts';

/** Losses told as standing at a figure: "втрати … становлять", "потери … составляют", "losses stand at". */
const STANDING_TOLL =
  /(?<!\p{L})(?:втрат|потер|losses|casualties)\p{L}*[^.;]{0,80}?(?<!\p{L})(?:становл\p{L}*|станов\p{L}*|составля\p{L}*|сягну\p{L}*|сягає|досягл\p{L}*|достигл\p{L}*|перевищ\p{L}*|превыси\p{L}*|превышают|stands?\sat|stood\sat)(?!\p{L})/iu;
/** The total losses named as such: "загальні (бойові) втрати", "общие (боевые) потери", "total losses". */
const TOTAL_LOSSES =
  /(?<!\p{L})(?:загальн\p{L}*\s(?:бойов\p{L}*\s)?втрат|общ\p{L}*\s(?:боев\p{L}*\s)?потер|total\s(?:combat\s)?(?:losses|casualties))\p{L}*/iu;
/** An explicit "as of" stamp: "станом на", "по состоянию на", "as of". */
const STAMP = String.raw`(?:станом\sна|по\sсостоянию\sна|as\sof)`;
/** A time of day between the stamp and its day ("на ранок понеділка", "по состоянию на утро 3 декабря"). */
const TIME_OF_DAY = String.raw`(?:(?:ранок|вечір|утро|вечер|the\s(?:morning|evening)\sof)\s)?`;
/** An "as of" stamp right before a day: an explicit one or the bare "на". */
const AS_OF = new RegExp(String.raw`(?<!\p{L})(?:${STAMP}|на)\s*${TIME_OF_DAY}$`, 'iu');
/** An explicit "as of" stamp, not the bare "на". A toll stated as of a day is the state its sum has reached by then,
 * whatever its verb ("станом на 4 лютого Росія втратила … убитими"). */
const EXPLICIT_AS_OF = new RegExp(String.raw`(?<!\p{L})${STAMP}\s*${TIME_OF_DAY}$`, 'iu');
/** The stamp opening the time phrase itself ("Станом на кінець листопада 2025 року"). */
const OPENING_STAMP = new RegExp(String.raw`^${STAMP}\s`, 'iu');
/** The Kursk fighting, whose tolls are counted from its own start (period.ts). */
const KURSK = /(?<!\p{L})(?:kursk|курск|курськ|курщин)\p{L}*/iu;

/** Whether `chosen` is a single day after the invasion began on which something was said or stood ("a day earlier",
 * "on Wednesday", "станом на 27 лютого 2024 року"), not a span's start ("since", "from the operation's start"). The one
 * owner of the test the war's tolls dated by a day share (as of a day, in the perfect, put at a figure). */
export function isStatementDay(chosen: TimePhrase, invasion: string): boolean {
  const { start, end } = chosen.period;
  return start === end && start > invasion && !chosen.since && !chosen.fromOperationStart;
}

/** Whether the toll in `sentence` is the war's standing sum, stated as of the single day `chosen`. */
export function isWarTollAsOf(text: string, sentence: { start: number; end: number }, chosen: TimePhrase, invasion: string): boolean {
  if (!isStatementDay(chosen, invasion)) return false;
  const opening = OPENING_STAMP.exec(chosen.text)?.[0] ?? '';
  const stamp = text.slice(Math.max(sentence.start, chosen.start - 40), chosen.start) + opening;
  if (!AS_OF.test(stamp)) return false;
  const said = text.slice(sentence.start, sentence.end);
  return (EXPLICIT_AS_OF.test(stamp) || STANDING_TOLL.test(said) || TOTAL_LOSSES.test(said)) && !KURSK.test(said);
}

/** A toll of one place or direction ("загальні втрати окупантів там", "на этом направлении"): not the war's. */
const LOCAL =
  /(?<!\p{L})(?:там|тут|здесь|there|here|на\s(?:цьому|цій|этом|этой)\s\p{L}+|in\s(?:this|that)\s(?:area|direction|sector))(?!\p{L})/iu;

/** Whether the toll whose figure starts at `figStart`, with no time phrase in its sentence, is the war's standing sum:
 * the total losses named before it in the sentence ("а загальні втрати Росії піднялися до понад 1 100 600 осіб"), of no
 * one place. A toll whose losses only "reached" a figure may be an operation's or a counteroffensive's. */
export function isWarTollSum(text: string, sentence: { start: number; end: number }, figStart: number): boolean {
  const head = text.slice(sentence.start, figStart);
  const said = text.slice(sentence.start, sentence.end);
  const m = TOTAL_LOSSES.exec(head) ?? (STANDING_TOLL.test(said) ? WAR_LOSSES.exec(head) : null);
  if (!m) return false;
  return !LOCAL.test(head.slice(m.index)) && !KURSK.test(said);
}

/** Losses of the war named as such: "втрати росії у війні", "потери в войне", "losses in the war". */
const WAR_LOSSES =
  /(?<!\p{L})(?:втрат\p{L}*|потер\p{L}*)(?:\s[\p{L}’'-]+){0,2}\s(?:у|в)\s(?:війні|войне)(?!\p{L})|(?<!\p{L})(?:losses|casualties)\s(?:in|of)\sthe\swar(?!\p{L})/iu;

/** A side's losses that stand now at the figure right after the verb, in the present tense: "втрати російських військ …
 * становлять близько", "російські втрати складають", "российские потери превышают", "Russia's losses stand at". The
 * present says the sum as it stands (a past "составили" may be a day's or an operation's); the verb is the last words
 * before the figure (up to two qualifiers: "близько", "более чем"). */
const PRESENT_STANDING =
  /(?<!\p{L})(?:втрат|потер|losses|casualties)\p{L}*[^.;:!?\d]{0,80}?(?<!\p{L})(?:становлять|складають|перевищують|сягають|составляют|превышают|достигают|stand\sat|exceed)(?:\s[\p{L}.]+){0,2}?\s*$/iu;
/** A grouping's toll (the Russian MoD's daily report by grouping), not the war's. */
const GROUPING = /(?<!\p{L})(?:угрупован\p{L}*|группировк\p{L}*|grouping)(?!\p{L})/iu;
/** A day's increase right after a total ("230 260 (+950)"): a running list's line. */
const DAY_INCREASE = /^[^.;]{0,40}\(\s*\+\s*\d/u;
/** A pace after the figure ("25 тыс. солдат в месяц", "на добу", "a month"): a rate, not a sum. */
const RATE_AFTER =
  /^[^.;,]{0,30}?(?<!\p{L})(?:в\s(?:месяц|сутки|день|неделю|год)|на\s(?:місяць|добу|день|тиждень|рік)|щодня|щомісяця|ежедневно|ежемесячно|(?:a|per|each|every)\s(?:day|week|month|year))(?!\p{L})/iu;

/** Whether the toll whose figure spans [figStart, figEnd), in a sentence with no time phrase, is a side's losses said
 * to stand now at that figure: the war's sum. Not of one place or direction, the Kursk fighting, a grouping, a pace, or
 * a running list's line with its day's increase. */
export function isPresentStandingToll(text: string, sentence: { start: number; end: number }, figStart: number, figEnd: number): boolean {
  const said = text.slice(sentence.start, sentence.end);
  const after = text.slice(figEnd, sentence.end);
  if (LOCAL.test(said) || KURSK.test(said) || GROUPING.test(said)) return false;
  if (DAY_INCREASE.test(after) || RATE_AFTER.test(after)) return false;
  return PRESENT_STANDING.test(text.slice(sentence.start, figStart));
}
