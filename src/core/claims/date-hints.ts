// Cheap tests that say whether chrono could find anything in a text. Running chrono (en, uk, ru) costs ~0.4 ms a
// sentence, almost all of it scanning its patterns, and most sentences hold no date. Each test below is a necessary
// condition for some chrono parser to return a result: it mirrors the parts of that parser's pattern (chrono-node
// 2.10, locales/*/parsers) that every match contains, so skipping chrono when all tests fail changes no result.
// Flags match chrono's ('i' for en, whose \W and \w are ASCII), so characters are read the same way.

const MONTHS = String.raw`september|february|november|december|january|october|august|march|april|sept\.|june|july|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept|oct\.|nov\.|dec\.|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec`;
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt';
const WEEKDAYS = String.raw`wednesday|thursday|saturday|tuesday|sunday|monday|thurs\.|friday|thurs|thur\.|sun\.|mon\.|tue\.|wed\.|thur|thu\.|fri\.|sat\.|sun|mon|tue|wed|thu|fri|sat|weekend|weekday`;
const NUMBER = String.raw`(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\.[0-9]+|half(?:\s{0,2}an?)?|an?\b(?:\s{0,2}few)?|few|several|the|a?\s{0,2}couple\s{0,2}(?:of)?`;
const UNIT =
  'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y';
const AM_PM = String.raw`a\.m\.|p\.m\.|am?|pm?`;

/** Dates and times written with digits, in any locale: ISO and slash dates, "10:30", "5 pm", "12-15", "12 GMT". A bare
 * number is also a time to chrono, but only a two-digit hour (00–24) passes its own checks, and its UnlikelyFormatFilter
 * then drops it unless something joins it: a prefix, minutes, am/pm, a range, a time-zone offset or abbreviation (any
 * 2–4 letters, chrono's list being internal). */
const DIGIT_FORMS = new RegExp(
  [
    String.raw`\d[\/.\-:：]\d`, // ISO, slash, dotted and dashed dates; hh:mm
    String.raw`\d{4}\s\d`, // "2024 08 06"
    String.raw`(?:at|from)\s*\d`, // "at 5"
    String.raw`\d\s*(?:${AM_PM})(?![a-z0-9_])`,
    String.raw`\d\s*(?:(?:${AM_PM})\s*)?(?:o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))`,
    String.raw`\d\s*(?:-|–|~|〜|to|until|through|till|\?)\s*\d`, // time ranges
    String.raw`\d\s*(?:\(?(?:gmt|utc)\s?)?[+-]\d`, // time-zone offset
    String.raw`(?<!\d)(?:[01]\d|2[0-4])\s*,?\s*\(?[a-z]{2,4}\)?(?![a-z0-9_])`, // time-zone abbreviation after a bare hour
  ].join('|'),
  'i',
);

/** Words chrono reads as dates only after a non-word character (chrono's \W, ASCII) or one of the given glued words.
 * The words are found first and the character before each checked in code: a lookbehind leading a regex makes V8 try
 * it at every position. */
interface Keyword {
  words: RegExp;
  /** Words that may be glued on the left ("firstmay", "onmonday"); a match is tested case-insensitively. */
  gluedAfter: RegExp | null;
  /** Whether a digit before the word is allowed (a year or day glued on: "2024may"). */
  digitBefore: boolean;
}

const keyword = (words: string, gluedAfter: string | null, digitBefore: boolean): Keyword => ({
  words: new RegExp(words, 'gi'),
  gluedAfter: gluedAfter === null ? null : new RegExp(`(?:${gluedAfter})$`, 'i'),
  digitBefore,
});

const KEYWORDS: Keyword[] = [
  // Month names (little-, middle-endian, year-month, "in March"): after a non-letter, an ordinal, "of"/"in" or an era;
  // before a non-letter, "of" or an ordinal.
  keyword(String.raw`(?:${MONTHS})(?=[^a-z_]|$|of|${ORDINAL_WORDS})`, 'st|nd|rd|th|of|in|be|ad|bc|ce', true),
  keyword(String.raw`(?:${WEEKDAYS})(?=[^a-z0-9_]|$|of|this|last|past|next)`, 'on|this|last|past|next', false),
  keyword(String.raw`(?:now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?![a-z0-9_])`, null, false),
  keyword(String.raw`(?:morning|afternoon|evening|night|midnight|midday|noon)(?![a-z0-9_])`, 'this', false),
];

const isWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || (c >= 0x30 && c <= 0x39);

function hasKeyword(text: string, { words, gluedAfter, digitBefore }: Keyword): boolean {
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    const c = m.index === 0 ? -1 : text.charCodeAt(m.index - 1);
    if (c < 0 || !isWordCode(c) || (digitBefore && c >= 0x30 && c <= 0x39)) return true;
    if (gluedAfter && gluedAfter.test(text.slice(Math.max(0, m.index - 5), m.index))) return true;
    words.lastIndex = m.index + 1; // a later start inside this match may still qualify
  }
  return false;
}

/** English phrases chrono reads as dates whose pattern needs no particular character before them. */
const ENGLISH_PHRASES = new RegExp(
  [
    String.raw`(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?![a-z0-9_])`,
    String.raw`(?:this|last|past|next)\s*(?:${UNIT})(?![a-z0-9_])`, // "last week"
  ].join('|'),
  'i',
);

/** Durations ("within two days", "a week ago", "next 3 months", "2 days later"): chains of number–unit pairs. Each of
 * chrono's four duration parsers matches one pattern below (its own, without the character before it, which only
 * narrows where a first match may start); and as chrono ignores pairs that are nothing but letters ("them" is the + m,
 * "tens" ten + s), some pair must hold a digit or a space, followed by what may follow a pair. */
const PAIR = String.raw`(?:${NUMBER})\s{0,3}(?:${UNIT})`;
const CHAIN = String.raw`(?:(?:about|around)\s{0,3})?${PAIR}(?:\s{0,5},?(?:\s*and)?\s{0,5}${PAIR}){0,10}`;
const DURATION = new RegExp(
  [
    String.raw`(?:within|in|for)\s*(?:(?:about|around|roughly|approximately|just)\s*(?:~\s*)?)?${CHAIN}(?![a-z0-9_])`,
    String.raw`(?:this|last|past|next|after|\+|-)\s*${CHAIN}(?![a-z0-9_])`,
    String.raw`${CHAIN}\s{0,5}(?:ago|before|earlier|later|after|from now|henceforth|forward|out)(?![a-z0-9_])`,
  ].join('|'),
  'i',
);
const AFTER_PAIR = String.raw`[^a-z0-9_]|$|and|ago|before|earlier|later|after|from|henceforth|forward|out|[0-9]|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|an?\b|few|several|the|a?couple`;
/** A number with a space in it: "half an", "a few", "a couple of". */
const SPACED_NUMBER = String.raw`half\s{1,2}an?|an?\s{1,2}few|\scouple(?:\s{0,2}of)?|couple\s{1,2}of`;
const COUNTED_PAIR = new RegExp(
  String.raw`(?:[0-9]\s{0,3}|(?:${NUMBER})\s{1,3}|(?:${SPACED_NUMBER})\s{0,3})(?:${UNIT})(?=${AFTER_PAIR})`,
  'i',
);
const mayHoldDuration = (text: string): boolean => COUNTED_PAIR.test(text) && DURATION.test(text);

/** Cyrillic letters, and the few outside the block that fold onto them case-insensitively (U+1C80–U+1C88). */
const CYRILLIC = /[\u0400-\u04ff\u1c80-\u1c88]/;

/** Which of chrono's parser sets could find a date or time in `text`: the English one, and the Ukrainian and Russian
 * ones (their words are Cyrillic; without them only digit forms remain). */
export function chronoLocalesFor(text: string): { english: boolean; slavic: boolean } {
  const digits = DIGIT_FORMS.test(text);
  return {
    english: digits || ENGLISH_PHRASES.test(text) || KEYWORDS.some((k) => hasKeyword(text, k)) || mayHoldDuration(text),
    slavic: digits || CYRILLIC.test(text),
  };
}
