// A count told as a rate per day ("60 to 100 Ukrainian soldiers are dying in combat every day", "щоденно втрачають від
// 400 до 750 осіб", "выводят из строя порядка 1000-1100 военнослужащих в день", "the average daily toll … reaching 1,072
// troops", "a daily average of 931 troops") is a pace, not a toll of any span: no claim. A day's own figure ("за сутки", "in one day") stays one.
import { clauseEnd, clauseStart } from './modality.ts';
import { matchesBefore, prevIn, tailStart } from './text-index.ts';
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
  return before || RATE_AFTER.test(afterCount(sentence, end));
}

/** After a count, up to the clause's end or the first stop or comma: a rate word past it speaks of another figure or
 * sentence (a sentence the splitter missed, "пунктов.Оккупанты продолжают ежедневно обстреливать"). (Found by a search,
 * not a split of the whole clause after each count.) */
function afterCount(sentence: string, end: number): string {
  const rest = sentence.slice(end, clauseEnd(sentence, end));
  const stop = rest.search(/[.,;:!?]/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/** Whether RATE_BEFORE matches in [`cs`, `start`) of a long sentence, by the sentence's index (text-index.ts): read
 * from the clause's start for each count, a long clause of many counts was quadratic. An attempt of it reads no further
 * than the third blank from its start, or, past "в среднем", to the first comma or semicolon: so none starting before
 * both the third blank and the last comma or semicolon before `start` reads past `start`. */
function rateBefore(sentence: string, cs: number, start: number): boolean {
  const owner = cachedIn(owners, sentence, () => ({}));
  const tail = Math.min(prevIn(owner, sentence, ',;', start), tailStart(owner, sentence, 'space', 3, cs, start));
  return matchesBefore(owner, sentence, RATE_BEFORE, tail, cs, start);
}

/** The owners of the last few long sentences' indexes (text-index.ts keeps them by an object). */
const owners = new Map<string, object>();
