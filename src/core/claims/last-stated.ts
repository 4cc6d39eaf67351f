// A toll dated by when its latest figure was given ("Russia's defense ministry last provided a death toll from the war
// in September, which claimed that 5,937 …", "Москва офіційно востаннє називала кількість убитих у вересні 2022 року —
// тоді заявляли про 5 937 загиблих", "the most recent official figure from September 2022 reported 5,937"): the time
// dates the statement, and the figure is the sum piled up to then, not that month's losses.

import type { TimePhrase } from './dates.ts';

/** "last", "the most recent", "latest", "востаннє", "(в) последний раз", ending in the words before the time phrase,
 * with a word of giving a figure or of the figure itself after it ("provided a death toll", "називала кількість
 * убитих", "official figure from", "называло данные"), and no clause end between. */
const LAST_STATED =
  /(?:\b(?:last|most\srecent|latest)\b|(?<!\p{L})(?:востаннє|(?:в\s)?последний\sраз)(?!\p{L}))(?:[^.;:!?,—–]{0,60}?)(?:\b(?:provid|gave|given|giv|report|stat|announc|publish|releas|disclos|said|figure|toll|count|number|data|tally|estimate)\p{L}*|(?<!\p{L})(?:назива|назвал|назва|заявля|заяви|повідом|оприлюдн|кількіст|даних|дані|цифр|называ|сообща|сообщи|опубликова|обнародова|количеств|данн)\p{L}*)[^.;:!?,—–]{0,40}$/iu;

/** The basis a toll dated so is given: continued.ts reads it (the time dates that one figure, not a span the text goes
 * on about). */
export const LAST_STATED_BASIS = 'when the latest toll was given: since the invasion, to then';

/** Whether `chosen`, a past month or day before the toll's figure in its sentence, dates the last statement of the
 * war's toll rather than a span of losses. */
export function isLastStated(text: string, sentence: { start: number }, chosen: TimePhrase, figStart: number, invasion: string): boolean {
  if (chosen.relative || chosen.since || chosen.fromOperationStart || chosen.end > figStart) return false;
  if (chosen.period.end <= invasion) return false;
  return LAST_STATED.test(text.slice(Math.max(sentence.start, chosen.start - 120), chosen.start));
}
