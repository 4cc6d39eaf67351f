// A count told as a rate per day ("60 to 100 Ukrainian soldiers are dying in combat every day", "щоденно втрачають від
// 400 до 750 осіб", "выводят из строя порядка 1000-1100 военнослужащих в день", "the average daily toll … reaching 1,072
// troops", "a daily average of 931 troops") is a pace, not a toll of any span: no claim. A day's own figure ("за сутки", "in one day") stays one.
import { clauseEnd, clauseStart } from './modality.ts';

/** Before the figure in its clause: a habitual adverb of every day, or an average of the day's toll. */
const RATE_BEFORE =
  /(?<!\p{L})(?:щодня|щоденно|ежедневно|ежесуточно|кожного\sдня|кожен\sдень|каждый\sдень)(?!\p{L})|\bevery\sday\b|\b(?:average\sdaily|daily\saverages?)\b|\bdaily\s\p{L}+\saverages?\b|(?<!\p{L})(?:в\sсреднем|у\sсередньому|в\sсередньому)(?!\p{L})[^,;]*(?<!\p{L})(?:ежедневн|щоденн|щодобов|ежесуточн)\p{L}*/iu;
/** After the figure in its clause: "a day", "per day", "в сутки", "на добу" (not "in a day", "a day later"). */
const RATE_AFTER =
  /(?<!\b(?:in|within|over|for|of)\s)\b(?:a|per|each|every)\sday\b(?!\s(?:earlier|later|after|before|ago))|(?<!\p{L})(?:в\sсутки|на\sдобу|щодня|щоденно|ежедневно|кожного\sдня|каждый\sдень)(?!\p{L})|(?<!\p{L})(?:в|на)\sдень(?=\s*(?:[,.;:!?)—–-]|$))/iu;

/** Whether the count spanning [start, end) of `sentence` is a rate per day. */
export function isDailyRate(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(clauseStart(sentence, start), start);
  // Up to the clause's end or the first stop or comma: a rate word past it speaks of another figure or sentence (a
  // sentence the splitter missed, "пунктов.Оккупанты продолжают ежедневно обстреливать").
  const after = sentence.slice(end, clauseEnd(sentence, end)).split(/[.,;:!?]/u)[0]!;
  return RATE_BEFORE.test(before) || RATE_AFTER.test(after);
}
