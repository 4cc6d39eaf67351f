// Where a figure's own words end and which time phrase a dash binds to it, for pairing figures with their times in a
// list: "143sq km (55sq miles) in March, 196sq km (76sq miles) in February" (the conversion in brackets is the
// figure's, so "in February" is next to 196, not to the next figure), "у грудні - 569 км², у січні - 427 км²" (a
// dash standing for the verb joins the phrase before it to the figure after it, however near the next phrase is).
import type { TimePhrase } from './dates.ts';

/** A bracket right after an area figure holding only the same figure in another unit. */
const CONVERSION =
  /^\s?[([]\s?(?:(?:about|approximately|around|roughly|some|nearly|almost|over|more\sthan|около|приблизно|близько|понад|более)\s)?[\d][\d\s.,]*\s?(?:sq\.?\s?(?:km|mi|miles|kilomet\p{L}*)|square\s(?:miles?|kilomet\p{L}*|km|mi)|km2|km²|mi2|mi²|mi\b|miles?\b|кв\.?\s?(?:км|миль|мил\p{L}*)|квадратн\p{L}*\s(?:миль|мил\p{L}*|кілометр\p{L}*|километр\p{L}*))\s?[)\]]/iu;

/** The end of a figure with a conversion in brackets after it ("326sq km (126sq miles)"); else its own end. */
export function figureReach(text: string, fig: { end: number }): number {
  const m = CONVERSION.exec(text.slice(fig.end, fig.end + 48));
  return m ? fig.end + m[0].length : fig.end;
}

/** Only a dash standing for a verb between a phrase and the figure after it: "у грудні - 569", "в марте — 203". */
const VERB_DASH = /^(?:\s+-|\s*[—–])\s+$/u;

/** The time phrase a dash joins to the figure right after it, if any. */
export function dashedPhrase<T extends TimePhrase>(text: string, phrases: readonly T[], fig: { start: number }): T | undefined {
  return phrases.find((p) => p.end <= fig.start && fig.start - p.end <= 4 && VERB_DASH.test(text.slice(p.end, fig.start)));
}
