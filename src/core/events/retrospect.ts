// The reporter's own background: "since they seized Bakhmut last May", "Avdiivka, which Ukraine abandoned earlier this
// month", "Russia seized Avdiivka in February", "seized by separatist forces in 2014", "Russia has frequently reported
// gains in recent months". A sentence that names no speaker of its own and dates what it tells to a time before the
// report (a past month, year or week, not a day of it) recalls the war's history in the reporter's voice: the one
// source the article quoted elsewhere does not speak through it. A date inside quotation marks is the speaker's.
import { SAYING_EN } from '../text/saying.ts';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const SEASON = String.raw`(?:spring|summer|autumn|fall|winter)`;
const YEAR = String.raw`(?:19|20)\d\d`;
/** A time before the report: "last May", "last week", "in February", "in late 2023", "in 2014", "earlier this month",
 * "since August", "a week ago", "in recent months". Days ("on Sunday") are the report's own time, not background. */
const BEFORE_THE_REPORT = new RegExp(
  String.raw`(?<![\p{L}])(?:last\s+(?:week|month|year|${SEASON}|${MONTH})|(?:in|since)\s+(?:(?:early|late|mid)[\s-]+)?(?:${MONTH}(?:\s+${YEAR})?|${YEAR}|the\s+${SEASON}\s+of\s+${YEAR})|earlier\s+this\s+(?:month|year)|(?:a|one|two|three)\s+(?:week|month|year)s?\s+ago|in\s+recent\s+(?:weeks|months))(?![\p{L}\d])`,
  'u',
);
/** What stands inside quotation marks: the speaker's words, which may date their own past. */
const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]/gu;

/** A quotation left open to the end of the sentence: a quote that runs on past it. */
const OPEN_QUOTE = /["“«„].*$/u;

/** "… claimed that Moscow's troops had entered X, which was occupied in February 2022": a sentence that reports what
 * someone said is theirs, whatever background it adds. */
const REPORTS_SPEECH = new RegExp(String.raw`(?<![\p{L}])(?:${SAYING_EN})\s+that(?![\p{L}])`, 'u');

/** Whether an English sentence dates what it tells before the report, outside any quotation. */
export const recallsBefore = (sentence: string): boolean => {
  const own = sentence.replace(QUOTED, ' ').replace(OPEN_QUOTE, '');
  return BEFORE_THE_REPORT.test(own) && !REPORTS_SPEECH.test(own);
};
