// A count told as a rate per day ("60 to 100 Ukrainian soldiers are dying in combat every day", "щоденно втрачають від
// 400 до 750 осіб", "выводят из строя порядка 1000-1100 военнослужащих в день", "the average daily toll … reaching 1,072
// troops", "a daily average of 931 troops") is a pace, not a toll of any span: no claim. A day's own figure ("за сутки", "in one day") stays one.
import { clauseEnd, clauseStart } from './modality.ts';
import { firstSuccess, matchesBefore, nextIn, prevIn, tailStart } from './text-index.ts';
import { splitsPair } from '../text/chars.ts';
import { cachedIn, LONG_TEXT } from './long-text-memo.ts';

/** Before the figure in its clause: a habitual adverb of every day. (Read by `rateBefore` from the third blank back:
 * at most two single \s, nothing else of it reads a blank; tested in tests/core/hostile-indexes-50.test.ts.) */
export const RATE_WORD =
  /(?<!\p{L})(?:щодня|щоденно|ежедневно|ежесуточно|кожного\sдня|кожен\sдень|каждый\sдень)(?!\p{L})|\bevery\sday\b|\b(?:average\sdaily|daily\saverages?)\b|\bdaily\s\p{L}+\saverages?\b/iu;
/** Before the figure in its clause: an average of the day's toll. (Its one unbounded run, `[^,;]*`, stops at a comma or
 * semicolon; the rest holds at most two single \s: `rateBefore` reads it from the comma before.) */
export const AVERAGE_DAILY =
  /(?<!\p{L})(?:в\sсреднем|у\sсередньому|в\sсередньому)(?!\p{L})[^,;]*(?<!\p{L})(?:ежедневн|щоденн|щодобов|ежесуточн)\p{L}*/iu;
const RATE_BEFORE = new RegExp(`${RATE_WORD.source}|${AVERAGE_DAILY.source}`, 'iu');
/** After the figure in its clause: "a day", "per day", "в сутки", "на добу" (not "in a day", "a day later"). */
export const RATE_AFTER =
  /(?<!\b(?:in|within|over|for|of)\s)\b(?:a|per|each|every)\sday\b(?!\s(?:earlier|later|after|before|ago))|(?<!\p{L})(?:в\sсутки|на\sдобу|щодня|щоденно|ежедневно|кожного\sдня|каждый\sдень)(?!\p{L})|(?<!\p{L})(?:в|на)\sдень(?=\s*(?:[,.;:!?)—–-]|$))/iu;

/** Whether the count spanning [start, end) of `sentence` is a rate per day. */
export function isDailyRate(sentence: string, start: number, end: number): boolean {
  const cs = clauseStart(sentence, start);
  const before = sentence.length >= LONG_TEXT ? rateBefore(sentence, cs, start) : RATE_BEFORE.test(sentence.slice(cs, start));
  if (before) return true;
  return sentence.length >= LONG_TEXT ? rateAfter(sentence, end) : RATE_AFTER.test(afterCount(sentence, end));
}

/** After a count, up to the clause's end or the first stop or comma: a rate word past it speaks of another figure or
 * sentence (a sentence the splitter missed, "пунктов.Оккупанты продолжают ежедневно обстреливать"). (Found by a search,
 * not a split of the whole clause after each count.) */
function afterCount(sentence: string, end: number): string {
  const rest = sentence.slice(end, clauseEnd(sentence, end));
  const stop = rest.search(/[.,;:!?]/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** How far back from an attempt RATE_AFTER's lookbehinds read ("within" and a blank, and `\b`'s one): 8, with room. */
const AFTER_LOOKBEHIND = 10;
const RATE_AFTER_AT = new RegExp(RATE_AFTER.source, 'iuy');

/** `RATE_AFTER.test(afterCount(sentence, end))` for a long sentence, by its index: read to the clause's end for each
 * count, a comma-less clause of many counts was quadratic. The text after a count ends at a stop, or a clause break
 * (";", ":", " — ", ", and"): no match of RATE_AFTER reads across either, and its lookaheads read there what they read
 * at the cut's end. So past its first `AFTER_LOOKBEHIND` characters (tried on the cut, whose start changes the
 * lookbehinds) an attempt succeeds where the whole text's index says. */
function rateAfter(sentence: string, end: number): boolean {
  const owner = cachedIn(owners, sentence, () => ({}));
  const limit = Math.min(clauseEnd(sentence, end), nextIn(owner, sentence, '.,;:!?', end));
  const after = sentence.slice(end, limit);
  if (after.length <= AFTER_LOOKBEHIND) return RATE_AFTER.test(after);
  for (let k = 0; k < AFTER_LOOKBEHIND; k++) {
    if (splitsPair(after, k)) continue;
    RATE_AFTER_AT.lastIndex = k;
    if (RATE_AFTER_AT.test(after)) return true;
  }
  const j = firstSuccess(owner, sentence, RATE_AFTER, end + AFTER_LOOKBEHIND);
  return j >= 0 && j < limit;
}

/** Whether RATE_BEFORE matches in [`cs`, `start`) of a long sentence, by the sentence's index (text-index.ts): read
 * from the clause's start for each count, a long clause of many counts was quadratic. RATE_WORD reads no further than
 * the third blank from an attempt's start; AVERAGE_DAILY to the first comma or semicolon (`averageBefore`). */
function rateBefore(sentence: string, cs: number, start: number): boolean {
  const owner = cachedIn(owners, sentence, () => ({}));
  const words = tailStart(owner, sentence, 'space', 3, cs, start);
  return matchesBefore(owner, sentence, RATE_WORD, words, cs, start) || averageBefore(owner, sentence, cs, start);
}

/** AVERAGE_DAILY's opening and its stem of a day (each a part of its source), sticky copies read at one index. */
const AVERAGE_OPEN = /(?<!\p{L})(?:в\sсреднем|у\sсередньому|в\sсередньому)(?!\p{L})/iu;
const DAILY_STEM = /(?<!\p{L})(?:ежедневн|щоденн|щодобов|ежесуточн)/iu;
const AVERAGE_OPEN_AT = new RegExp(AVERAGE_OPEN.source, 'iuy');
const DAILY_STEM_AT = new RegExp(DAILY_STEM.source, 'iuy');

/**
 * Whether AVERAGE_DAILY matches in [`cs`, `start`) of a long sentence: an opening, no comma or semicolon, a stem of a
 * day ending by `start` (only one opening or stem can start at an index). Its first two attempts, where the slice's start
 * changes the lookbehind, are read at the opening alone; an attempt from there up to the last comma or semicolon before
 * `start` reads nothing past it, and succeeds where the whole text's index says; past it the first opening leaves the
 * most room. Two look-ups, not the comma-less rest of the clause scanned for each count.
 */
function averageBefore(owner: object, sentence: string, cs: number, start: number): boolean {
  const stemAfter = (openEnd: number): boolean => {
    if (openEnd >= start) return false;
    const s = firstSuccess(owner, sentence, DAILY_STEM, openEnd);
    if (s < 0 || nextIn(owner, sentence, ',;', openEnd) < s) return false;
    DAILY_STEM_AT.lastIndex = s;
    return s + DAILY_STEM_AT.exec(sentence)![0].length <= start;
  };
  const slice = sentence.slice(cs, start);
  for (let k = 0; k < 2 && k <= slice.length; k++) {
    if (k === 1 && splitsPair(slice, 1)) continue;
    AVERAGE_OPEN_AT.lastIndex = k;
    const open = AVERAGE_OPEN_AT.exec(slice);
    if (open && stemAfter(cs + k + open[0].length)) return true;
  }
  const tail = prevIn(owner, sentence, ',;', start) + 1;
  const j = firstSuccess(owner, sentence, AVERAGE_DAILY, cs + 2);
  if (j >= 0 && j < tail) return true;
  const o = firstSuccess(owner, sentence, AVERAGE_OPEN, Math.max(cs + 2, tail));
  if (o < 0 || o >= start) return false;
  AVERAGE_OPEN_AT.lastIndex = o;
  return stemAfter(o + AVERAGE_OPEN_AT.exec(sentence)![0].length);
}

/** The owners of the last few long sentences' indexes (text-index.ts keeps them by an object). */
const owners = new Map<string, object>();
