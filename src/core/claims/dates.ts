// Time phrases resolved against the publication date: "in October", "late August", "last week", "on Monday",
// "December 14 and 15", "since August", "13 October". chrono-node parses the absolute dates; the vaguer forms
// reporters use for periods (parts of months, "since", "last week") are resolved here.
import * as chrono from 'chrono-node';
import type { Period } from '../schema.ts';
import { chronoLocalesFor } from './date-hints.ts';
import { numberWord } from './number-words.ts';
import { parseNumber } from './numbers.ts';
import { SEASON_END, SEASON_PHRASE, seasonMatch, seasonSpan, SINCE_SEASON_START } from './seasons.ts';
import { YEAR_PART, yearPartSpan } from './year-parts.ts';
import { MONTH_PART_NOUN, MONTH_PART_ORDINAL, monthPartDays } from './month-parts.ts';
import { SpanIndex } from './span-index.ts';

export interface TimePhrase {
  start: number; // offsets within the text given
  end: number;
  text: string;
  period: Period;
  /** Counted back from publication ("за сутки", "over the past week", "this year", "yesterday"): says nothing about
   * when the fighting began. */
  relative?: boolean;
  /** "since 6 August", "с 6 августа": a start, running to publication (an "as of" date in the sentence may end it). */
  since?: boolean;
  /** "з початку операції", "since the start of the incursion": from the start the article gives for the fighting. */
  fromOperationStart?: boolean;
  /** "in the first week of the incursion", "за перші дві доби операції": that many days from the start the article
   * gives for the fighting (with `fromOperationStart`). */
  firstDays?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m, d));
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);

/** The day `n` days, weeks, months or years before `p`: days and weeks by the clock, months and years by the calendar.
 * For spans counted back from publication ("over the past two weeks" here, "in two weeks" in span-back.ts). */
export function unitsBefore(p: Date, n: number, unit: string): Date {
  if (unit === 'day') return addDays(p, -n);
  if (unit === 'week') return addDays(p, -7 * n);
  return monthsBefore(p, unit === 'month' ? n : 12 * n);
}

/** The same day `n` months before `p`, or that month's last day where it is shorter: six months before 31 August is
 * 28 February, not "31 February" rolled over to 3 March. */
function monthsBefore(p: Date, n: number): Date {
  const first = utc(p.getUTCFullYear(), p.getUTCMonth() - n, 1);
  const days = utc(first.getUTCFullYear(), first.getUTCMonth() + 1, 0).getUTCDate();
  return utc(first.getUTCFullYear(), first.getUTCMonth(), Math.min(p.getUTCDate(), days));
}
const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3)));
const LETTER = /\p{L}/u;
/** Russian and Ukrainian month adjectives' stems, by month. */
const MONTH_ADJECTIVES = [
  ['январск', 'січнев'],
  ['февральск', 'лютнев'],
  ['мартовск', 'березнев'],
  ['апрельск', 'квітнев'],
  ['майск', 'травнев'],
  ['июньск', 'червнев'],
  ['июльск', 'липнев'],
  ['августовск', 'серпнев'],
  ['сентябрьск', 'вереснев'],
  ['октябрьск', 'жовтнев'],
  ['ноябрьск', 'листопадов'],
  ['декабрьск', 'груднев'],
];
const lastDay = (y: number, m: number): number => utc(y, m + 1, 0).getUTCDate();
/** The Monday of the week holding `d`. */
const weekStart = (d: Date): Date => addDays(d, -((d.getUTCDay() + 6) % 7));
/** The first day of the year, month or week holding `d`. */
const startOf = (unit: 'year' | 'month' | 'week', d: Date): Date =>
  unit === 'year' ? utc(d.getUTCFullYear(), 0, 1) : unit === 'month' ? utc(d.getUTCFullYear(), d.getUTCMonth(), 1) : weekStart(d);

/** "The year" of a report: publication's year so far, or in January's first half the year just ended. */
const theYear = (p: Date): Period =>
  p.getUTCMonth() === 0 && p.getUTCDate() <= 15
    ? clamp(utc(p.getUTCFullYear() - 1, 0, 1), utc(p.getUTCFullYear() - 1, 11, 31), p)
    : clamp(utc(p.getUTCFullYear(), 0, 1), p, p);

/** A month without a year is the latest such month not after publication. */
function yearFor(month: number, published: Date, explicit?: string): number {
  if (explicit) return Number(explicit);
  const y = published.getUTCFullYear();
  return month > published.getUTCMonth() ? y - 1 : y;
}

/** Two months joined, the first one's first day to the last one's last day; with no year of its own the first month
 * lies in the last one's year, or the year before when it comes later in the calendar ("з листопада по лютий"). */
function monthsSpan(first: number, last: number, lastYear: number, published: Date, firstYear?: number): Period {
  const year = firstYear ?? (first <= last ? lastYear : lastYear - 1);
  return clamp(utc(year, first, 1), utc(lastYear, last, lastDay(lastYear, last)), published);
}

/** Periods never run past publication: a report cannot describe the future. */
function clamp(start: Date, end: Date, published: Date): Period {
  const e = end > published ? published : end;
  const s = start > e ? e : start;
  return { start: iso(s), end: iso(e) };
}

type Rule = (m: RegExpExecArray, published: Date) => Period | null;
type Flags = Pick<TimePhrase, 'relative' | 'since' | 'fromOperationStart' | 'firstDays'>;

/** Month stems in Russian and Ukrainian, in calendar order. */
const SLAVIC_STEMS = [
  ['январ', 'січ'],
  ['феврал', 'лют'],
  ['март', 'берез'],
  ['апрел', 'квіт'],
  ['ма[яей]', 'трав'],
  ['июн', 'черв'],
  ['июл', 'лип'],
  ['август', 'серп'],
  ['сентябр', 'верес'],
  ['октябр', 'жовт'],
  ['ноябр', 'листопад'],
  ['декабр', 'груд'],
];
/** A dash joining the two ends of a range: hyphen, en and em dash, and the minus sign some sites type for them. */
const DASH = '[-–—−]';
/** The Ukrainian and Russian month names in the genitive, as a day names them ("22 сентября", "6 травня"). */
export const SLAVIC_MONTH_GEN = String.raw`января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня`;
const SLAVIC_MONTH_LOC = String.raw`январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні`;
const SLAVIC_MONTH_NOM = String.raw`январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень`;
const slavicMonth = (word: string): number => {
  const w = word.toLowerCase();
  return SLAVIC_STEMS.findIndex(([ru, uk]) => new RegExp(`^(?:${ru}|${uk})`, 'u').test(w));
};

/** Half a year (six months) or half a month (fifteen days) back from publication, to publication. */
const halfBack = (unit: 'year' | 'month', p: Date): Period => clamp(unit === 'year' ? monthsBefore(p, 6) : addDays(p, -15), p, p);

/** The calendar year or month before publication's, for a Ukrainian or Russian word for year or month. */
const previousCalendar = (unit: string, p: Date): Period =>
  /^(?:рік|рок|год)/iu.test(unit)
    ? clamp(utc(p.getUTCFullYear() - 1, 0, 1), utc(p.getUTCFullYear() - 1, 11, 31), p)
    : clamp(utc(p.getUTCFullYear(), p.getUTCMonth() - 1, 1), utc(p.getUTCFullYear(), p.getUTCMonth(), 0), p);

/** A rule whose group 1 is a Ukrainian or Russian month name and group 2 an optional year: that whole month. */
const wholeSlavicMonth: Rule = (m, p) => {
  const mo = slavicMonth(m[1]!);
  const y = yearFor(mo, p, m[2]);
  return clamp(utc(y, mo, 1), utc(y, mo, lastDay(y, mo)), p);
};

/** The half or decade of month `mo` (0-based) that the ordinal and noun name, in the year written or the latest one
 * not after publication. */
function monthPart(ordinal: string, noun: string, mo: number, year: string | undefined, p: Date): Period | null {
  if (mo < 0) return null;
  const y = yearFor(mo, p, year);
  const days = monthPartDays(ordinal, noun, lastDay(y, mo));
  return days && clamp(utc(y, mo, days[0]), utc(y, mo, days[1]), p);
}

/** A word every phrase of a rule holds; most sentences hold none, and their rules are not run. */
const NEEDS = {
  month: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  period: /day|week|month|year|hours|дн|дней|місяц|месяц/i, // "over the past day", "in the past 24 hours" too
  weekday: /day/i,
  slavic:
    /за|протяг|течени|впродовж|протяжени|начал|почат|серед|конц|кінц|кінці|в\s|у\s|к\s|до\s|\d\s|минул|минувш|прошедш|прошл|накануне|напередодні|с\s|з\s|від\s/iu,
  // "since the war began", "since the onset of": without these words the rules naming them were never tried.
  start: /start|beginning|began|onset|launch|full|entire|whole|early|first|feb|начал|почат|перш|перв|масштаб|время|час|лютнев|февральск/iu,
  partOf: /by\s|к\s|до\s/iu,
  end: /end\sof|кінець|кінця|конец|конца/iu,
  yearPart: /half|quarter|month|Q[1-4]|H[12]|півріч|полугод|квартал|місяц|месяц/iu,
  year: /(?:19|20)\d\d/,
  thisPeriod: /этом|цьому|текущ|поточн|нынешн|нинішн|цього|этого|этой|этот|эту|цей|цю/iu,
  season: /весн|літ|лет|осін|осен|зим|spring|summer|autumn|fall|winter/iu,
};
type Need = keyof typeof NEEDS;

/** The month (and year) or the year of an "end of" phrase: English groups 1-3, Ukrainian and Russian groups 4-6. */
const END_OF_EN = String.raw`(?:${MONTH}(?:,?\s(\d{4}))?|(\d{4}))`;
const END_OF_SLAVIC = String.raw`(?:(${SLAVIC_MONTH_GEN})(?:\s(\d{4})(?:\s(?:року|года|р\.|г\.))?)?|(\d{4})\s(?:року|года|р\.|г\.))`;

/** The last day of the month or year an "end of" phrase names (a month without a year: the latest before publication). */
const endOf: Rule = (m, p) => {
  const name = m[1] ?? m[4];
  const year = m[2] ?? m[5];
  if (!name) {
    const y = Number(m[3] ?? m[6]);
    return clamp(utc(y, 11, 31), utc(y, 11, 31), p);
  }
  const mo = m[1] ? monthIndex(name) : slavicMonth(name);
  if (mo < 0) return null;
  const y = yearFor(mo, p, year);
  const d = utc(y, mo, lastDay(y, mo));
  return clamp(d, d, p);
};

/** "с момента начала …", "з моменту початку …": "from the moment of the start of" a war or an operation is "from its
 * start"; the start phrases below allow it after their preposition (without it, "с момента начала полномасштабной
 * войны" was no time phrase at all and the figure took the report day). */
const FROM_THE_MOMENT = String.raw`(?:(?:момента|моменту)\s)?`;

/** The day Russia's full-scale invasion of Ukraine began, which "since the full-scale invasion" counts from. */
const FULL_SCALE_START = utc(2022, 1, 24);
/** The same day as an ISO date, for the period rules that count a peak or a toll from it. */
export const FULL_SCALE_INVASION = iso(FULL_SCALE_START);
/** The whole month the invasion began, first to last day: "in February 2022" / "since February 2022" name it. */
export const INVASION_MONTH = {
  start: iso(utc(2022, 1, 1)),
  end: iso(utc(2022, 1, lastDay(2022, 1))),
} as const;

/** The full-scale war by its other names, after a span's length ("за два года спецоперации", "за 57 днів війни"). */
const WAR_NAMES = String.raw`СВО|спецоперац\p{L}*|специальной\sвоенной\sоперации|спеціальної\sвійськової\sоперації|агресії|агрессии`;
/** The war itself, not one of its operations, in a span named by its length: "of war", "of the invasion", "війни". */
const THE_WAR = new RegExp(String.raw`\b(?:war|invasion)$|(?<!\p{L})(?:війни|войны|вторгн\p{L}*|вторжени\p{L}*|${WAR_NAMES})$`, 'iu');

/** The start of a span the war's age names ("in 3 years of war", "за два года спецоперации", "За 57 днів війни"): the
 * war's first day where the length, counted back from publication, lands within one unit of it (the age rounded, as
 * "since the start of the war" is read), else the day counted back; an operation's length is always counted back. */
function warAge(phrase: string, n: number, unit: string, p: Date): Date {
  const back = unitsBefore(p, n, unit);
  if (!THE_WAR.test(phrase)) return back;
  return unitsBefore(back, 1, unit) <= FULL_SCALE_START && FULL_SCALE_START <= unitsBefore(back, -1, unit) ? FULL_SCALE_START : back;
}

/** A month name without a capture group, and a date as reporters write an event's day: "February 24", "Feb. 24,
 * 2022", "24 February", "late February", "February 2022", "2022". */
export const MONTH_NC = MONTH.replace('(', '(?:');
const EVENT_DATE = String.raw`(?:(?:late|early|mid)[-\s])?(?:${MONTH_NC}(?:\s\d{1,2}(?!\d)(?:st|nd|rd|th)?)?(?:,?\s\d{4})?|\d{1,2}\s${MONTH_NC}(?:\s\d{4})?|\d{4})`;

/** The same in Ukrainian and Russian: "24 лютого 2022 року", "24 февраля", "у лютому 2022 року", "в феврале 2022 г.",
 * "у 2022 році", "в 2022 году". */
const SLAVIC_EVENT_DATE = String.raw`(?:\d{1,2}\s(?:${SLAVIC_MONTH_GEN})(?:\s\d{4})?|(?:у|в)\s(?:${SLAVIC_MONTH_LOC})(?:\s\d{4})?|(?:у|в)\s\d{4}(?=\s(?:році|году|р\.|г\.)))(?:\s(?:року|году|года|році|р\.|г\.))?`;

/** The days an event's date names ("February 24" one day, "February 2022" a month, "2022" a year; "24 лютого",
 * "у лютому 2022 року", "в 2022 году" alike), a month without a year being the latest such month not after publication. */
function eventDate(text: string, p: Date): { start: Date; end: Date } | null {
  const year = /\d{4}/.exec(text)?.[0];
  const name = new RegExp(MONTH, 'i').exec(text)?.[1];
  const slavic = new RegExp(`(?<!\\p{L})(?:${SLAVIC_MONTH_GEN}|${SLAVIC_MONTH_LOC})(?!\\p{L})`, 'iu').exec(text)?.[0];
  const day = /(?<!\d)\d{1,2}(?!\d)/.exec(text.replace(/\d{4}/g, ''))?.[0];
  if (name || slavic) {
    const mo = name ? monthIndex(name) : slavicMonth(slavic!);
    if (mo < 0) return null;
    const y = yearFor(mo, p, year);
    return day
      ? { start: utc(y, mo, Number(day)), end: utc(y, mo, Number(day)) }
      : { start: utc(y, mo, 1), end: utc(y, mo, lastDay(y, mo)) };
  }
  return year ? { start: utc(Number(year), 0, 1), end: utc(Number(year), 11, 31) } : null;
}

/** The start of an invasion or war dated by `at`: 24 February 2022 where that month or year holds it, or where the day
 * written is 24 February without a year (the invasion's day, not this year's); else the date's first day. */
function fullScaleOr(invasion: boolean, at: { start: Date; end: Date }, text: string): Date {
  if (!invasion) return at.start;
  if (at.start <= FULL_SCALE_START && FULL_SCALE_START <= at.end) return FULL_SCALE_START;
  const sameDay = at.start.getUTCMonth() === 1 && at.start.getUTCDate() === 24 && at.start.getTime() === at.end.getTime();
  return sameDay && !/\d{4}/.test(text) ? FULL_SCALE_START : at.start;
}

/** The span from an event named with its date (`date`) to publication, or to the end of the date after "to" (`until`);
 * an invasion or war starts on 24 February 2022 where its date holds that day (`fullScaleOr`). */
function sinceEventDate(date: string, until: string | undefined, invasion: boolean, p: Date): Period | null {
  const at = eventDate(date, p);
  if (!at) return null;
  const end = until ? eventDate(until, p)?.end : undefined;
  return clamp(fullScaleOr(invasion, at, date), end ?? p, p);
}

const RULES: [RegExp, Rule, Need, Flags?][] = [
  // "since the start of the invasion on February 24", "since the beginning of the invasion on Feb. 24, 2022", "from the
  // start of the full-scale aggression in February 2022 to November 30", "since the start of its full-scale invasion of
  // Ukraine in 2022", "since Moscow launched an invasion of Ukraine on February 24": the start of an event named with
  // its date is that date, running to publication (or to the date after "to"); the invasion or war dated by its month
  // or year is the full-scale one where that month or year holds 24 February 2022. (Without this, the date alone was
  // read, or the year, or nothing, and the figure took the report day: the "since the (…) on" form below allows three
  // words, and "its", "of Ukraine" or a trailing year kept the full-scale rule from matching.)
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:(?:since|from)\s(?:the\s)?(?:start|beginning|launch|outbreak)\sof\s(?:(?:the|its|an|Russia['’]s|Moscow['’]s|Putin['’]s)\s)?(?:(?:full[-\s]scale|large[-\s]scale|all[-\s]out|Russian)\s){0,2}(invasion|aggression|war|incursion|offensive|operation|counteroffensive|counter-offensive)|since\s(?:Russia|Moscow|Putin|the\sKremlin)\s(?:launched|began|started|unleashed)\s(?:its|an|the|a)\s(?:(?:full[-\s]scale|large[-\s]scale|all[-\s]out)\s)?(invasion|war|offensive))(?:\s(?:of|against|on|in)\sUkraine)?,?\s(?:on|in)\s(${EVENT_DATE})(?:\s(?:to|until|through|till)\s(${EVENT_DATE}))?(?!\p{L})`,
      'giu',
    ),
    (m, p) => sinceEventDate(m[3]!, m[4], /^(?:invasion|aggression|war)$/i.test(m[1] ?? m[2]!), p),
    'start',
    { since: true },
  ],
  // "з початку повномасштабного вторгнення 24 лютого 2022 року", "с начала вторжения 24 февраля", "с начала СВО в феврале
  // 2022 года", "від початку агресії Росії проти України у 2022 році": the Ukrainian and Russian forms of the rule above
  // (without it, the start phrase and the date were read apart and the figure took the date alone, or the report day);
  // "с начала проведения операции в Курской области 6 августа": the verbal noun and the place between them are allowed.
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:з|із|від|с|от)\s${FROM_THE_MOMENT}(?:початку|начала)\s(?:(?:проведення|проведения)\s)?(?:(?:повномасштабно\p{L}*|полномасштабно\p{L}*|широкомасштабно\p{L}*|великомасштабно\p{L}*|російсько\p{L}*|российско\p{L}*|велико\p{L}*|лютнев\p{L}*|февральск\p{L}*)\s){0,2}(вторгнен\p{L}*|вторжени\p{L}*|війни|войны|агресії|агрессии|СВО|специальной\sвоенной\sоперации|спецоперации|спеціальної\sвійськової\sоперації|операці\p{L}*|операци\p{L}*|наступ\p{L}*|наступлени\p{L}*|контрнаступ\p{L}*)(?:\s(?:Росії|России|РФ))?(?:\s(?:в|на|проти|против)\s(?:Україну|Украину|України|Украины))?(?:\s(?:в|у|на)\s\p{Lu}\p{L}*(?:\s(?:области|області|регионе|регіоні|районе|районі|направлении|напрямку))?)?,?\s(${SLAVIC_EVENT_DATE})(?:\s(?:по|до)\s(${SLAVIC_EVENT_DATE}))?(?!\p{L})`,
      'giu',
    ),
    (m, p) => sinceEventDate(m[2]!, m[3], /^(?:вторг|вторж|війн|войн|агрес|сво$|спец)/iu.test(m[1]!), p),
    'slavic',
    { since: true },
  ],
  // "since the start of the full-scale invasion", "з початку повномасштабного вторгнення", "с начала СВО": from 24 February
  // 2022 to publication (a date of history, not of the article).
  // So is "з початку вторгнення в Україну", "с начала вторжения России в Украину": the invasion of Ukraine itself (no
  // operation of the article's own, as "з початку вторгнення" alone may be the Kursk one).
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:(?:since|from)\s(?:the\s)?(?:(?:start|beginning|onset)\sof\s(?:the\s|russia['’]s\s)?)?(?:full[-\s]scale|feb(?:ruary|\.)?(?:\s2022)?)\s(?:russian\s)?(?:invasion|war)|(?:з|із|від|с)\s${FROM_THE_MOMENT}(?:початку|начала)\s(?:повномасштабно\p{L}*|полномасштабно\p{L}*|широкомасштабно\p{L}*|лютнев\p{L}*|февральск\p{L}*)\s(?:\p{L}+\s)?(?:вторгнен\p{L}*|вторжени\p{L}*|війни|войны|агресії|агрессии)|(?:с|від|з)\s${FROM_THE_MOMENT}(?:начала|початку)\s(?:СВО|специальной\sвоенной\sоперации|спецоперации)|(?:з|із|від|с|от)\s${FROM_THE_MOMENT}(?:початку|начала)\s(?:вторгнен\p{L}*|вторжени\p{L}*)(?:\s(?:Росії|России|РФ))?\s(?:в|на)\s(?:Україну|Украину))(?!\p{L})`,
      'giu',
    ),
    (_m, p) => clamp(FULL_SCALE_START, p, p),
    'start',
    { since: true, relative: true },
  ],
  // "since the start of the war", "від початку (великої) війни", "с начала войны": the war the news reports, the full-scale
  // one, unless a year follows ("з початку війни у 2014 році" is read by the year). English articles are optional, as in
  // the full-scale rule above: headlines drop them ("has lost 10,000 soldiers since start of war").
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:since\s(?:the\s)?(?:start|beginning|outbreak)\sof\s(?:the\s)?war|since\s(?:the\s)?(?:start|beginning)\sof\s(?:the\s|Russia['’]s\s|Moscow['’]s\s)?invasion(?!\s(?:of|into)\s(?:Kursk|Russia))|since\s(?:the\s)?(?:war|invasion)['’]s\s(?:start|beginning)|since\s(?:the\s)?war\s(?:began|started)|(?:з|від)\s${FROM_THE_MOMENT}початку\s(?:великої\s)?війни|(?:с|от)\s${FROM_THE_MOMENT}начала\sвойны)(?!\p{L})(?![^.;:!?\d]{0,12}(?:19|20)\d\d)`,
      'giu',
    ),
    (_m, p) => clamp(FULL_SCALE_START, p, p),
    'start',
    { since: true, relative: true },
  ],
  // "за весь час повномасштабної війни", "за все время полномасштабной войны", "за время войны", "over the entire
  // full-scale war": the whole war so far is the span "since the start of the war" names (as "за все время боевых действий" is "с начала боевых
  // действий" below); without "full-scale" only where no year follows, as above. "За время СВО" is the same war by its
  // Russian name, as "с начала СВО" is above.
  [
    /(?<!\p{L})(?:за\s(?:вс[её]\s|весь\s)?(?:время|час)\s(?:(?:проведения|проведення)\s)?(?:(?:повномасштабно\p{L}*|полномасштабно\p{L}*|широкомасштабно\p{L}*|велико\p{L}*)\s)?(?:війни|войны|вторгнення|вторжения|СВО|специальной\sвоенной\sоперации|спецоперации|спеціальної\sвійськової\sоперації)|(?:over|during|throughout|in)\s(?:the\s)?(?:entire|whole)\s(?:course\sof\s(?:the\s)?)?(?:full[-\s]scale\s)?(?:war|invasion))(?!\p{L})(?![^.;:!?\d]{0,12}(?:19|20)\d\d)/giu,
    (_m, p) => clamp(FULL_SCALE_START, p, p),
    'start',
    { since: true, relative: true },
  ],
  // "before the full-scale invasion", "до повномасштабного вторгнення", "до начала полномасштабного вторжения": the line
  // the invasion began from, held on its first day (a date of history, like the rule above). The invasion named by its
  // month ("before the February invasion", "до лютневого вторгнення", here and in "since" above) is that event too, not
  // the month of February, which chrono would otherwise read.
  [
    /(?<!\p{L})(?:before\s(?:the\s)?(?:(?:start|beginning)\sof\s(?:the\s|russia['’]s\s)?)?(?:full[-\s]scale|feb(?:ruary|\.)?(?:\s2022)?)\s(?:russian\s)?(?:invasion|war)|до\s(?:початку\s|начала\s)?(?:повномасштабно\p{L}*|полномасштабно\p{L}*|широкомасштабно\p{L}*|лютнев\p{L}*|февральск\p{L}*)\s(?:\p{L}+\s)?(?:вторгнен\p{L}*|вторжени\p{L}*|війни|войны))(?!\p{L})/giu,
    (_m, p) => clamp(FULL_SCALE_START, FULL_SCALE_START, p),
    'start',
  ],
  // "in the first half of March", "за першу половину грудня", "во второй половине ноября", "у третій декаді серпня"
  // (month-parts.ts): that part of the named month, so far if publication falls in it.
  [
    new RegExp(
      String.raw`\b(?:(?:in|over|during|for|throughout)\s)?the\s${MONTH_PART_ORDINAL}\s${MONTH_PART_NOUN}\sof\s${MONTH}(?:,?\s(\d{4}))?\b`,
      'giu',
    ),
    (m, p) => monthPart(m[1]!, m[2]!, monthIndex(m[3]!), m[4], p),
    'month',
  ],
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:(?:за|у|в|во|протягом|впродовж|в\sтечение)\s)?${MONTH_PART_ORDINAL}\s${MONTH_PART_NOUN}\s(${SLAVIC_MONTH_GEN})(?:\s(\d{4})(?:\s(?:року|года|р\.|г\.))?)?(?!\p{L})`,
      'giu',
    ),
    (m, p) => monthPart(m[1]!, m[2]!, slavicMonth(m[3]!), m[4], p),
    'slavic',
  ],
  // "в сентябре-октябре 2022 года", "у червні–липні": two months joined by a dash are one span, from the first one's first
  // day to the second one's last (read apart, the first month alone was taken, or the second).
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:в|у|во)\s(${SLAVIC_MONTH_LOC})\s?${DASH}\s?(${SLAVIC_MONTH_LOC})(?:\s(\d{4})(?:\s(?:року|года|р\.|г\.))?)?(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const first = slavicMonth(m[1]!);
      const last = slavicMonth(m[2]!);
      if (first < 0 || last < 0) return null;
      return monthsSpan(first, last, yearFor(last, p, m[3]), p);
    },
    'slavic',
  ],
  // "за 2024 та 2025 рік", "за 2022 и 2023 годы": two consecutive years joined are one span, the first one's first day to
  // the second one's last (read apart, neither year was a time phrase; "у 2014 та 2022 роках" names two events, not this).
  [
    /(?<!\p{L})(?:за|у|в|во)\s((?:19|20)\d\d)\s(?:та|і|й|и)\s((?:19|20)\d\d)\s(?:рік|роки|роках|років|год|годы|годах|года)(?!\p{L})/giu,
    (m, p) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      return b === a + 1 ? clamp(utc(a, 0, 1), utc(b, 11, 31), p) : null;
    },
    'year',
  ],
  // "in the first four months of 2025", "за перше півріччя 2025 року", "в третьем квартале", "за 9 месяцев 2025 года",
  // "in Q1 2025" (year-parts.ts): that part of the year, so far if publication falls in it.
  [
    YEAR_PART,
    (m, p) => {
      const at = yearPartSpan(m, p);
      return at && clamp(at.start, at.end, p);
    },
    'yearPart',
  ],
  // Seasons (seasons.ts): "станом на кінець осені" its last day, "з початку літа" its first day to publication, "за осень
  // 2025 года", "влітку", "in the summer of 2023" the season (so far, if publication falls in it).
  [
    SEASON_END,
    (m, p) => {
      const s = seasonMatch(m);
      if (!s) return null;
      const { end } = seasonSpan(s.season, p, s.year);
      return clamp(end, end, p);
    },
    'season',
  ],
  [
    SINCE_SEASON_START,
    (m, p) => {
      const s = seasonMatch(m);
      return s ? clamp(seasonSpan(s.season, p, s.year).start, p, p) : null;
    },
    'season',
    { since: true },
  ],
  [
    SEASON_PHRASE,
    (m, p) => {
      const s = seasonMatch(m);
      if (!s) return null;
      const { start, end } = seasonSpan(s.season, p, s.year);
      return clamp(start, end, p);
    },
    'season',
  ],
  // "с начала августа", "з початку серпня", "since the start of August", "since early August": from the month's first
  // day to publication (not the month's first third, which "в начале августа" is).
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:(?:с|з|із|від)\s(?:начала|початку)\s(${SLAVIC_MONTH_GEN})|since\s(?:early|the\s(?:start|beginning)\sof)[-\s]${MONTH})(?:\s(\d{4}))?(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const mo = m[1] ? slavicMonth(m[1]) : monthIndex(m[2]!);
      if (mo < 0) return null;
      return clamp(utc(yearFor(mo, p, m[3]), mo, 1), p, p);
    },
    'start',
    { since: true },
  ],
  // "с сентября по ноябрь (включительно)", "з березня до травня 2024 року", "із серпня по жовтень цього року": whole
  // months, from the first one's first day to the last one's last day (chrono reads the last month as its first day,
  // and a count after it as a year; "this year" is publication's, cut at publication).
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:с|з|із|від)\s(${SLAVIC_MONTH_GEN})(?:\s(\d{4})\s(?:року|года))?\s(?:по|до)\s(${SLAVIC_MONTH_NOM}|${SLAVIC_MONTH_GEN})(?:\s(\d{4})(?:\s(?:року|года|г\.))?|\s((?:цього|поточного|этого|текущего)\s(?:року|года)))?(?:\s(?:включно|включительно))?(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const first = slavicMonth(m[1]!);
      const last = slavicMonth(m[3]!);
      if (first < 0 || last < 0) return null;
      const lastYear = m[5] ? p.getUTCFullYear() : yearFor(last, p, m[4]);
      return monthsSpan(first, last, lastYear, p, m[2] ? Number(m[2]) : undefined);
    },
    'slavic',
  ],
  // "24 февраля — 2 марта", "24 лютого – 2 березня": days of two months joined by a dash, as "24 February – 2 March"
  // is read in English (chrono's Russian and Ukrainian parsers read only the two days apart).
  [
    new RegExp(
      String.raw`(?<![\p{L}\d])(\d{1,2})\s(${SLAVIC_MONTH_GEN})(?:\s(\d{4}))?\s?${DASH}\s?(\d{1,2})\s(${SLAVIC_MONTH_GEN})(?:\s(\d{4}))?(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const [m1, m2] = [slavicMonth(m[2]!), slavicMonth(m[5]!)];
      if (m1 < 0 || m2 < 0) return null;
      const y2 = yearFor(m2, p, m[6]);
      const y1 = m[3] ? Number(m[3]) : m1 <= m2 ? y2 : y2 - 1;
      const [s, e] = [utc(y1, m1, Number(m[1])), utc(y2, m2, Number(m[4]))];
      return s < e ? clamp(s, e, p) : null;
    },
    'slavic',
  ],
  // "8 и 9 марта", "8 і 9 березня", "с 6 по 12 августа", "з 6 по 12 серпня", "3–9 марта", "3−9 березня": the days given.
  [
    new RegExp(
      String.raw`(?<![\p{L}\d])(?:(?:с|со|з|із|від)\s)?(\d{1,2})(?:\s(?:и|і|й|та|по|до)\s|\s?${DASH}\s?)(\d{1,2})\s(${SLAVIC_MONTH_GEN})(?:\s(\d{4}))?(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const mo = slavicMonth(m[3]!);
      const y = yearFor(mo, p, m[4]);
      const [a, b] = [Number(m[1]), Number(m[2])];
      return a < b ? clamp(utc(y, mo, a), utc(y, mo, b), p) : null;
    },
    'slavic',
  ],
  // "by mid-August", "by the end of August", "к середине августа", "до кінця серпня": from the month's start to that part.
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:by\s(?:the\s)?(early|mid|middle|late|end|start|beginning)(?:[-\s]+of)?[-\s]+${MONTH}|(?:к|до)\s(началу|середине|концу|початку|середини|кінця)\s(${SLAVIC_MONTH_GEN}))(?:\s(\d{4}))?(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const mo = m[2] ? monthIndex(m[2]) : slavicMonth(m[4]!);
      if (mo < 0) return null;
      const y = yearFor(mo, p, m[5]);
      const part = (m[1] ?? m[3]!).toLowerCase();
      const to = /early|start|beginning|начал|почат/u.test(part) ? 10 : /mid|middle|серед/u.test(part) ? 20 : lastDay(y, mo);
      return clamp(utc(y, mo, 1), utc(y, mo, to), p);
    },
    'partOf',
  ],
  // "at the end of September", "as of the end of April 2024", "станом на кінець квітня", "по состоянию на конец
  // октября", "at the end of 2023": a state on that month's (year's) last day, not its last third ("late September",
  // "наприкінці вересня" stay thirds: a time something happened in).
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:(?:at|as\sof|as\sat)\sthe\send\sof\s${END_OF_EN}|(?:станом\s|по\sсостоянию\s)?на\s(?:кінець|конец)\s${END_OF_SLAVIC})(?!\p{L})`,
      'giu',
    ),
    endOf,
    'end',
  ],
  // "since the end of March", "із кінця березня", "с конца марта": from that month's last day to publication.
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:since\sthe\send\sof\s${END_OF_EN}|(?:з|із|від|с|со)\s(?:кінця|конца)\s${END_OF_SLAVIC})(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const end = endOf(m, p);
      return end && clamp(new Date(`${end.end}T00:00:00Z`), p, p);
    },
    'end',
    { since: true },
  ],
  // "за март", "за серпень 2024", "протягом серпня", "в течение августа": the whole month.
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:за|протягом|впродовж|в\sтечение|на\sпротяжении)\s(${SLAVIC_MONTH_NOM}|${SLAVIC_MONTH_GEN})(?:\s(\d{4}))?(?!\p{L})`,
      'giu',
    ),
    wholeSlavicMonth,
    'slavic',
  ],
  // "минулої доби", "минувших суток", "за прошедшие сутки": the day before publication to publication.
  [
    /(?<!\p{L})(?:за\s)?(?:минул\p{L}*|минувш\p{L}*|прошедш\p{L}*|попередн\p{L}*|последн\p{L}*|останн\p{L}*)\s(?:доб[иуа]|сут(?:ок|ки))(?!\p{L})/giu,
    (_m, p) => clamp(addDays(p, -1), p, p),
    'slavic',
    { relative: true },
  ],
  // "Суточные потери ВСУ составили", "добові втрати ворога": a day's toll named by the adjective of сутки / доба, as
  // "за сутки" (not "среднесуточные", "щодобові", "середні добові втрати": a rate, which daily-rate.ts reads).
  [
    /(?<!(?:средн|середн)\p{L}*\s)(?<!\p{L})(?:суточн\p{L}*|добов\p{L}*)\s(?:потер\p{L}*|втрат\p{L}*)(?!\p{L})/giu,
    (_m, p) => clamp(addDays(p, -1), p, p),
    'slavic',
    { relative: true },
  ],
  // "на прошлой неделе", "за прошлую неделю", "минулого тижня", "на минулому тижні": the previous Monday–Sunday, as
  // "last week".
  [
    /(?<!\p{L})(?:на\sпрошлой\sнеделе|на\sминувшей\sнеделе|за\sпрошлую\sнеделю|минулого\sтижня|на\sминулому\sтижні|на\sминулім\sтижні)(?!\p{L})/giu,
    (_m, p) => {
      const monday = addDays(weekStart(p), -7);
      return clamp(monday, addDays(monday, 6), p);
    },
    'slavic',
    { relative: true },
  ],
  // "накануне", "напередодні" (not "накануне выборов", the eve of something): the day before publication, as "вчера".
  [
    /(?<!\p{L})(?:накануне|напередодні)(?=\s*[,.;:—–)]|\s*$|\s(?:[вуі]|во|на|\p{Lu}{2,}|\p{L}+(?:л[аои]?|ли|в|ся|сь))(?!\p{L}))/giu,
    (_m, p) => {
      const d = addDays(p, -1);
      return clamp(d, d, p);
    },
    'slavic',
    { relative: true },
  ],
  // "in the first week of the incursion", "за перший тиждень операції", "в первые двое суток наступления": the first days
  // from the start the article gives for the fighting (resolved by the extractor).
  [
    /(?<!\p{L})(?:(?:in|during|over|within)\s(?:the\s)?first\s(?:(\d+|two|three|four|five|six|seven|ten)\s)?(day|week|month)s?\s(?:of|after)\s(?:(?:the|its|their|our|this|Ukraine['’]s|Kyiv['’]s|Russia['’]s|Moscow['’]s|\p{L}+(?:an|ian))\s){0,2}(?:incursion|offensive|operation|invasion|counteroffensive|counter-offensive|assault)|(?:за|у|в|протягом|в\sтечение)\s(?:перш\p{L}*|перв\p{L}*)\s(?:(\d+|дв\p{L}*|тр\p{L}*|п['’ʼ]?ят\p{L}*)\s)?(тижд\p{L}*|тижн\p{L}*|недел\p{L}*|дн\p{L}*|доб\p{L}*|сут\p{L}*|місяц\p{L}*|месяц\p{L}*)\s(?:\p{L}+\s){0,2}?(?:операці\p{L}*|операци\p{L}*|наступ\p{L}*|наступлени\p{L}*|вторгн\p{L}*|вторжени\p{L}*|контрнаступ\p{L}*))(?!\p{L})/giu,
    (_m, p) => clamp(p, p, p),
    'start',
    { fromOperationStart: true },
  ],
  // "during the month of the operation", "in three weeks of counter-offensive", "in the past 15 months of the full-scale
  // war", "за майже три місяці операції", "за месяц наступления": the fighting so far, named by its length, a span
  // from its start to the report as "since the start of the operation" is; the length counted back from publication
  // gives the start (the full-scale war's named: 24 February 2022). Without a number, only "the month of …".
  [
    /\b(?:over|during|in|within|throughout)\s(?:the\s)?(?:(?:past|last)\s)?(?:(?:almost|nearly|about|some|roughly)\s)?(?:(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)?(day|week|month|year)s?\sof\s(?:(?:the|its|their|this|Ukraine['’]s|Kyiv['’]s|Russia['’]s|Moscow['’]s|[\p{L}-]+)\s){0,3}?(?:war|invasion|fighting|operation|incursion|offensive|counteroffensive|counter-offensive|hostilities)\b/giu,
    (m, p) => {
      if (!m[1] && !/\sthe\s(?:(?:past|last)\s)?[a-z]+\sof\s/iu.test(` ${m[0]}`)) return null;
      if (/full[-\s]scale/iu.test(m[0])) return clamp(FULL_SCALE_START, p, p);
      const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : numberWord(m[1].toLowerCase())!.value) : 1;
      return clamp(warAge(m[0], n, m[2]!.toLowerCase(), p), p, p);
    },
    'period',
    { since: true, relative: true },
  ],
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:за|протягом|впродовж|в\sтечение|на\sпротяжении)\s(?:(?:майже|почти|близько|около|приблизно|примерно)\s)?(?:(\d+|дв[аеі]|тр[иоь]\p{L}*|чотир\p{L}*|четыр\p{L}*|п['’ʼ]?ят\p{L}*|шест\p{L}*|шіст\p{L}*|сем\p{L}*|сім\p{L}*|вісім\p{L}*|восем\p{L}*|дев['’ʼ]?ят\p{L}*|десят\p{L}*)\s)?(тижн\p{L}*|тиждень|недел\p{L}*|місяц\p{L}*|месяц\p{L}*|рік|роки|років|год|года|лет|(?<=\d\s)(?:днів|дней|дня|доби|діб|суток))\s(?:\p{L}+\s){0,2}?(?:операці\p{L}*|операци\p{L}*|наступ\p{L}*|вторгн\p{L}*|вторжени\p{L}*|контрнаступ\p{L}*|війни|войны|боїв|боев|${WAR_NAMES})(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      if (/повномасштаб|полномасштаб|широкомасштаб/iu.test(m[0])) return clamp(FULL_SCALE_START, p, p);
      const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : (parseNumber(m[1].toLowerCase()) ?? 1)) : 1;
      const unit = m[2]!.toLowerCase();
      const u = /^(?:тиж|недел)/u.test(unit)
        ? 'week'
        : /^(?:міс|мес)/u.test(unit)
          ? 'month'
          : /^(?:дн|доб|діб|сут)/u.test(unit)
            ? 'day'
            : 'year';
      // (days only of the war's age: "за 10 днів боїв" stays the span counted back that dates.ts reads elsewhere)
      if (u === 'day' && !THE_WAR.test(m[0])) return null;
      return clamp(warAge(m[0], n, u, p), p, p);
    },
    'slavic',
    { since: true, relative: true },
  ],
  // "з початку операції", "с начала Курской операции", "since the start of the incursion": from the start the article
  // gives for the fighting (resolved by the extractor, which knows the article) to publication.
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:с\s${FROM_THE_MOMENT}начала|(?:з|із|від)\s${FROM_THE_MOMENT}початку|since\s(?:the\s)?(?:start|beginning|launch)\sof)\s(?:(?:the|its|their|our|his|this|Ukraine['’]s|Kyiv['’]s|Russia['’]s|Moscow['’]s|\p{L}+(?:ой|ей|ої|ьої|ского|ської|ської|ий|ый|ого))\s){0,3}(?:операци\p{L}*|операці\p{L}*|вторжени\p{L}*|вторгнен\p{L}*|наступлени\p{L}*|наступ\p{L}*|контрнаступ\p{L}*|боев\p{L}*\sдействий|бойових\sдій|incursion|offensive|operation|invasion|attack|assault|counteroffensive|counter-offensive)(?!\p{L})`,
      'giu',
    ),
    (_m, p) => clamp(p, p, p),
    'start',
    { fromOperationStart: true },
  ],
  // "за все время боевых действий на Курском направлении", "за весь час бойових дій": the whole fighting so far, as "с
  // начала боевых действий" (resolved by the extractor).
  [
    /(?<!\p{L})за\s(?:вс[её]\s|весь\s)?(?:время|час)\s(?:боев\p{L}*\sдействий|бойових\sдій|боев|боїв)(?!\p{L})/giu,
    (_m, p) => clamp(p, p, p),
    'start',
    { fromOperationStart: true },
  ],
  // "December 14 and 15", "14 and 15 December", "December 14-15"
  [
    new RegExp(String.raw`\b${MONTH}\s(\d{1,2})(?:\s?(?:and|&|${DASH})\s?)(\d{1,2})(?:,?\s(\d{4}))?\b`, 'gi'),
    (m, p) => {
      const mo = monthIndex(m[1]!);
      const y = yearFor(mo, p, m[4]);
      return clamp(utc(y, mo, Number(m[2])), utc(y, mo, Number(m[3])), p);
    },
    'month',
  ],
  [
    new RegExp(String.raw`\b(\d{1,2})(?:\s?(?:and|&|${DASH})\s?)(\d{1,2})\s${MONTH}(?:,?\s(\d{4}))?\b`, 'gi'),
    (m, p) => {
      const mo = monthIndex(m[3]!);
      const y = yearFor(mo, p, m[4]);
      return clamp(utc(y, mo, Number(m[1])), utc(y, mo, Number(m[2])), p);
    },
    'month',
  ],
  // "early/mid/late August": thirds of the month.
  [
    new RegExp(String.raw`\b(early|mid|late|the (?:start|beginning|middle|end) of)[-\s]+${MONTH}(?:\s(\d{4}))?\b`, 'gi'),
    (m, p) => {
      const mo = monthIndex(m[2]!);
      const y = yearFor(mo, p, m[3]);
      const part = m[1]!.toLowerCase();
      const [a, b] = /early|start|beginning/.test(part) ? [1, 10] : /mid|middle/.test(part) ? [11, 20] : [21, lastDay(y, mo)];
      return clamp(utc(y, mo, a), utc(y, mo, b), p);
    },
    'month',
  ],
  // "since August 6", "since 6 August": from that day to publication.
  [
    new RegExp(
      String.raw`\bsince\s(?:${MONTH}\s(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?${MONTH})(?:,?\s(\d{4}))?\b`,
      'gi',
    ),
    (m, p) => {
      const mo = monthIndex((m[1] ?? m[4])!);
      return clamp(utc(yearFor(mo, p, m[5]), mo, Number(m[2] ?? m[3])), p, p);
    },
    'month',
    { since: true },
  ],
  // "since August": from the month's start to publication.
  [
    new RegExp(String.raw`\bsince\s${MONTH}(?:\s(\d{4}))?\b`, 'gi'),
    (m, p) => {
      const mo = monthIndex(m[1]!);
      return clamp(utc(yearFor(mo, p, m[2]), mo, 1), p, p);
    },
    'month',
    { since: true },
  ],
  // "августовского вторжения", "серпневого наступу": a month's adjective stands for that month, the latest on or before
  // publication.
  [
    new RegExp(
      String.raw`(?<!\p{L})(${MONTH_ADJECTIVES.flat().join('|')})(?:ий|ый|ой|ого|ому|ым|им|ом|ая|ої|ій|ою|ую|ее|ое|е|их|ых|і|ые)(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const stem = m[1]!.toLowerCase();
      const mo = MONTH_ADJECTIVES.findIndex((stems) => stems.includes(stem));
      const y = yearFor(mo, p);
      return clamp(utc(y, mo, 1), utc(y, mo, lastDay(y, mo)), p);
    },
    'slavic',
  ],
  // "last week": the previous Monday–Sunday. ("the last week", "this last week" are the seven days to publication.)
  [
    /(?<!\b(?:the|this)\s)\blast week\b/gi,
    (_m, p) => {
      const monday = addDays(weekStart(p), -7);
      return clamp(monday, addDays(monday, 6), p);
    },
    'period',
    { relative: true },
  ],
  // "over the past year", "in the last two weeks", "during the past 3 months", "over the course of the last week": a
  // span ending at publication.
  [
    /\b(?:over|in|during|within)\s(?:the\scourse\sof\s)?(?:the\s)?(?:past|last|previous)\s(?:(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s)?(day|week|month|year)s?\b/gi,
    (m, p) => {
      const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : numberWord(m[1].toLowerCase())!.value) : 1;
      return clamp(unitsBefore(p, n, m[2]!.toLowerCase()), p, p);
    },
    'period',
    { relative: true },
  ],
  // "in the past 24 hours", "over the last 24 hours": a day's figure, as "over the past day" (chrono reads yesterday).
  [
    /\b(?:over|in|during|within)\s(?:the\s)?(?:past|last|previous)\s24\shours\b/gi,
    (_m, p) => clamp(addDays(p, -1), p, p),
    'period',
    { relative: true },
  ],
  // "since the start of the year", "so far this month": from its first day to publication.
  [
    /\b(?:since\sthe\s(?:start|beginning)\sof\s(?:the|this)|so\sfar\sthis)\s(year|month|week)\b/gi,
    (m, p) => clamp(startOf(m[1]!.toLowerCase() as 'year' | 'month' | 'week', p), p, p),
    'period',
    { relative: true },
  ],
  [/\bthis week\b/gi, (_m, p) => clamp(weekStart(p), p, p), 'period', { relative: true }],
  [/\bthis month\b/gi, (_m, p) => clamp(utc(p.getUTCFullYear(), p.getUTCMonth(), 1), p, p), 'period', { relative: true }],
  [/\bthis year\b/gi, (_m, p) => clamp(utc(p.getUTCFullYear(), 0, 1), p, p), 'period', { relative: true }],
  [
    /\blast year\b/gi,
    (_m, p) => clamp(utc(p.getUTCFullYear() - 1, 0, 1), utc(p.getUTCFullYear() - 1, 11, 31), p),
    'period',
    { relative: true },
  ],
  // "late last month", "early this month", "mid-last month": thirds of that month.
  [
    /\b(early|mid|late)[-\s](last|this)\smonth\b/gi,
    (m, p) => {
      const mo = p.getUTCMonth() - (m[2]!.toLowerCase() === 'last' ? 1 : 0);
      const first = utc(p.getUTCFullYear(), mo, 1);
      const [y, k] = [first.getUTCFullYear(), first.getUTCMonth()];
      const part = m[1]!.toLowerCase();
      const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, lastDay(y, k)];
      return clamp(utc(y, k, a), utc(y, k, b), p);
    },
    'period', // a part of a named month, not counted back: it may date when the fighting began
  ],
  [
    /\blast month\b/gi,
    (_m, p) => clamp(utc(p.getUTCFullYear(), p.getUTCMonth() - 1, 1), utc(p.getUTCFullYear(), p.getUTCMonth(), 0), p),
    'period',
    { relative: true },
  ],
  // "в начале августа", "в середине октября", "в конце ноября", "на початку серпня", "у середині жовтня",
  // "наприкінці листопада": thirds of the month.
  [
    new RegExp(
      String.raw`(?<!\p{L})(в\sначале|в\sсередине|в\sконце|на\sпочатку|в\sсередині|у\sсередині|посередині|в\sкінці|у\sкінці|наприкінці)\s(${SLAVIC_MONTH_GEN})(?:\s(\d{4}))?(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const mo = slavicMonth(m[2]!);
      const y = yearFor(mo, p, m[3]);
      const part = m[1]!.toLowerCase();
      const [a, b] = /начал|почат/u.test(part) ? [1, 10] : /серед/u.test(part) ? [11, 20] : [21, lastDay(y, mo)];
      return clamp(utc(y, mo, a), utc(y, mo, b), p);
    },
    'slavic',
  ],
  // "в августе", "у серпні", "в жовтні 2024": the whole month.
  [new RegExp(String.raw`(?<!\p{L})(?:в|у|во)\s(${SLAVIC_MONTH_LOC})(?:\s(\d{4}))?(?!\p{L})`, 'giu'), wholeSlavicMonth, 'slavic'],
  // "у серпні та вересні", "в августе и сентябре": the second month of a pair shares the first one's preposition.
  [
    new RegExp(
      String.raw`(?<=(?<!\p{L})(?:в|у|во)\s(?:${SLAVIC_MONTH_LOC})\s(?:та|і|й|и|або|или)\s)(${SLAVIC_MONTH_LOC})(?:\s(\d{4}))?(?!\p{L})`,
      'giu',
    ),
    wholeSlavicMonth,
    'slavic',
  ],
  // "at the start of 2024", "в начале 2024 года", "на початку 2024 року": that year's first day (a state then, as "at the
  // start of August" is the month's first days; "since the start of 2024" below runs on to publication).
  [
    /(?<!\p{L})(?:(?:в\sначале|на\sпочатку)\s(\d{4})\s(?:року|года|г\.)|at\s(?:the\s)?(?:start|beginning|outset)\sof\s(\d{4}))(?!\p{L})/giu,
    (m, p) => {
      const start = utc(Number(m[1] ?? m[2]), 0, 1);
      return clamp(start, start, p);
    },
    'year',
  ],
  // "с начала 2025 года", "від початку 2025 року", "since the start of 2025": from that year's first day to publication.
  [
    /(?<!\p{L})(?:(?:с|з|із|від)\s(?:начала|початку)\s(\d{4})(?:\s(?:року|года|г\.))?|since\s(?:the\s)?(?:start|beginning)\sof\s(\d{4}))(?!\p{L})/giu,
    (m, p) => clamp(utc(Number(m[1] ?? m[2]), 0, 1), p, p),
    'start',
    { since: true },
  ],
  // "за 2025 рік", "в 2024 году", "у 2023 році": that calendar year (a year written, not a count of years); "за весь
  // 2025", "за увесь 2025 рік", "за целый 2024 год": "весь" makes the bare number a year.
  [
    /(?<!\p{L})(?:(?:за|в|у|протягом|в\sтечение)\s(\d{4})\s(?:рік|році|року|год|году|года|г\.)|(?:за|протягом|в\sтечение)\s(?:весь|увесь|цілий|целый)\s((?:19|20)\d\d)(?:\s(?:рік|год))?)(?!\p{L})/giu,
    (m, p) => clamp(utc(Number(m[1] ?? m[2]), 0, 1), utc(Number(m[1] ?? m[2]), 11, 31), p),
    'slavic',
  ],
  // "in the first 30 days of the month", "за перші 20 днів місяця", "за первые 20 дней месяца": from the first of the
  // month of publication, that many days.
  [
    /(?:\b(?:in|over|during)\sthe\sfirst\s(\d{1,2})\sdays\sof\s(?:the|this)\smonth\b|(?<!\p{L})(?:за|в|у)\s(?:перші|первые)\s(\d{1,2})\s(?:днів|дней|дні|дня)\s(?:місяця|месяца|цього\sмісяця|этого\sмесяца)(?!\p{L}))/giu,
    (m, p) => {
      const start = startOf('month', p);
      return clamp(start, addDays(start, Number(m[1] ?? m[2]) - 1), p);
    },
    'period',
  ],
  // "в этом году", "цього року", "у поточному році", "в этом месяце", "цього тижня", "за поточний рік", "за этот месяц":
  // from the first day of that year, month or week to publication (as "this year").
  [
    /(?<!\p{L})(?:(?:в|у)\s(?:этом|цьому|текущем|поточному|нынешнем)\s(году|році|месяце|місяці)|(?:цього|этого|текущего|поточного)\s(року|года|місяця|месяца|тижня)|на\s(?:этой|цьому|текущей)\s(неделе|тижні)|за\s(?:этот|эту|текущий|текущую|нынешний|цей|цю|поточний|поточну|нинішній)\s(год|рік|месяц|місяць|неделю|тиждень))(?!\p{L})/giu,
    (m, p) => {
      const unit = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
      return clamp(startOf(/^(?:год|рок|рік|році)/u.test(unit) ? 'year' : /^(?:мес|міс)/u.test(unit) ? 'month' : 'week', p), p, p);
    },
    'thisPeriod',
    { relative: true },
  ],
  // "в прошлом году", "у минулому році", "торік": the calendar year before publication's (as "last year"). (The genitive
  // "прошлого года" mostly qualifies a month, "в августе прошлого года": not read here.)
  [
    /(?<!\p{L})(?:(?:в|у)\s(?:прошлом|минувшем|минулому|минулім|попередньому)\s(?:году|році)|торік)(?!\p{L})/giu,
    (_m, p) => clamp(utc(p.getUTCFullYear() - 1, 0, 1), utc(p.getUTCFullYear() - 1, 11, 31), p),
    'slavic',
    { relative: true },
  ],
  // "in 2024", "during 2023", "over the entirety of 2023", "throughout 2024": that calendar year.
  [
    /\b(?:in|during|throughout|over(?:\sthe\s(?:entirety|whole|course)\sof)?)\s((?:19|20)\d\d)(?![\d\p{L}])/giu,
    (m, p) => clamp(utc(Number(m[1]), 0, 1), utc(Number(m[1]), 11, 31), p),
    'year',
  ],
  // "за минулий рік", "за прошлый год": the calendar year before publication's (as "last year"); "за рік", "за год",
  // "over the year" with no count, qualifier or "of the war": the year of publication so far, or in a summary written in
  // January's first half the year just ended (Gerasimov's "за год" of 29 December, DeepState's "за рік" of 1 January).
  // The same with the genitive these prepositions also govern ("протягом минулого року", "в течение прошлого года"),
  // and for a month ("за минулий місяць", "протягом минулого місяця", "за прошлый месяц"): the calendar month before.
  [
    /(?<!\p{L})(?:за|протягом|в\sтечение|впродовж|на\sпротяжении)\s(?:минул|прошл|прошедш|попередн|минувш)(?:ий|ый|ій|ого|его|ього)\s(рік|року|год|года|місяць|місяця|месяц|месяца)(?!\p{L})/giu,
    (m, p) => previousCalendar(m[1]!, p),
    'slavic',
    { relative: true },
  ],
  // "минулого місяця Росія захопила…", "прошлого года": the genitive of time on its own is the calendar month or year
  // before publication's; after a month or a day ("в августе прошлого года", "5 серпня минулого року") it only gives
  // that date's year, which chrono reads.
  [
    new RegExp(
      String.raw`(?<!(?:${SLAVIC_MONTH_GEN}|${SLAVIC_MONTH_LOC}|\d)\s)(?<!\p{L})(?:минулого|прошлого)\s(року|года|місяця|месяца)(?!\p{L})`,
      'giu',
    ),
    (m, p) => previousCalendar(m[1]!, p),
    'slavic',
    { relative: true },
  ],
  [
    /(?<!\p{L})(?:за|протягом|в\sтечение|впродовж)\s(?:рік|год)(?!\p{L})(?!\s(?:війни|войны|вторгнен\p{L}*|вторжени\p{L}*|СВО|наступ\p{L}*|операці\p{L}*|операци\p{L}*|боїв|боев))/giu,
    (_m, p) => theYear(p),
    'slavic',
    { relative: true },
  ],
  [/\b(?:over|during|throughout)\sthe\syear\b(?!\sof\s)/giu, (_m, p) => theYear(p), 'period', { relative: true }],
  // "over the past half year", "in the last half-year": half the unit, counted back from publication.
  [
    /\b(?:over|in|during|within)\s(?:the\s)?(?:past|last|previous)\shalf[\s-](?:a\s)?(year|month)\b/gi,
    (m, p) => halfBack(m[1]!.toLowerCase() === 'year' ? 'year' : 'month', p),
    'period',
    { relative: true },
  ],

  // "за сутки", "за минувшую неделю", "за останні два тижні", "протягом місяця", "в течение суток": a span ending at
  // publication (a day back for сутки/доба, as "over the past day"). Numerals up to ten in words, as the English rule
  // reads them ("за семь дней", "за вісім місяців").
  [
    new RegExp(
      String.raw`(?<!\p{L})(?:за|протягом|в\sтечение|впродовж|на\sпротяжении)\s(?:(?:минул|минувш|прошедш|последн|останн|попередн|истекш|уходящ)\p{L}*\s)?(?:(\d+|дв[аеіу]\p{L}*|тр[иеьо]\p{L}*|чотир\p{L}*|четыр\p{L}*|п['’ʼ]?ят\p{L}*|шест\p{L}*|шіст\p{L}*|сем\p{L}*|сім\p{L}*|вісім\p{L}*|восем\p{L}*|дев['’ʼ]?ят\p{L}*|десят\p{L}*)\s)?(сут(?:ки|ок)|доб[уиа]|дн(?:я|ей|ів|і)|день|тижн?\p{L}*|тиждень|недел\p{L}*|неделю|місяц\p{L}*|месяц\p{L}*|рік|роки|років|року|год|года|лет)(?!\p{L})`,
      'giu',
    ),
    (m, p) => {
      const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : (parseNumber(m[1].toLowerCase()) ?? 1)) : 1;
      const unit = m[2]!.toLowerCase();
      const start = /^(?:сут|доб|дн|день)/u.test(unit)
        ? addDays(p, -n)
        : /^(?:тиж|недел)/u.test(unit)
          ? addDays(p, -7 * n)
          : /^(?:міс|мес)/u.test(unit)
            ? monthsBefore(p, n)
            : monthsBefore(p, 12 * n);
      return clamp(start, p, p);
    },
    'slavic',
    { relative: true },
  ],
  // "за останні пів року", "за півроку", "за последние полгода", "в течение полугода": half the unit, counted back from
  // publication (not the day half a year ago, which "полгода назад" is).
  [
    /(?<!\p{L})(?:за|протягом|в\sтечение|впродовж|на\sпротяжении)\s(?:(?:минул|минувш|прошедш|последн|останн|попередн|истекш)\p{L}*\s)?(?:пів\s?|полу?)(року|рік|года|год|місяця|місяць|месяца|месяц)(?!\p{L})/giu,
    (m, p) => halfBack(/^(?:рік|рок|год)/iu.test(m[1]!) ? 'year' : 'month', p),
    'slavic',
    { relative: true },
  ],
  // "с начала года", "з початку року/місяця/тижня": from its first day to publication.
  [
    /(?<!\p{L})(?:с\sначала|(?:з|із|від)\sпочатку|с\sначала\sтекущего|(?:з|із)\sпочатку\sпоточного)\s(?:(?:этого|цього|текущего|поточного)\s)?(года|року|месяца|місяця|недели|тижня)(?!\p{L})/giu,
    (m, p) => {
      const unit = m[1]!.toLowerCase();
      return clamp(startOf(/^(?:год|рок)/u.test(unit) ? 'year' : /^(?:мес|міс)/u.test(unit) ? 'month' : 'week', p), p, p);
    },
    'slavic',
    { relative: true },
  ],
  // "on Monday": the latest such weekday on or before publication.
  [
    /\b(?:on\s|last\s)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
    (m, p) => {
      const back = (p.getUTCDay() - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
      const d = addDays(p, -back);
      return clamp(d, d, p);
    },
    'weekday',
    { relative: true },
  ],
  // "February-March 2022", "in July–August": two months joined by a dash, from the first's first day to the last's last
  // day, as "с сентября по ноябрь" is read (chrono read only the second month).
  [
    new RegExp(String.raw`\b${MONTH}\s?[-–—]\s?${MONTH}(?:,?\s(\d{4}))?\b(?!\.?\s\d)`, 'g'),
    (m, p) => {
      const first = monthIndex(m[1]!);
      const last = monthIndex(m[2]!);
      if (first < 0 || last < 0) return null;
      return monthsSpan(first, last, yearFor(last, p, m[3]), p);
    },
    'month',
  ],
  // "in October", "October 2024": the whole month (not "Feb. 24", a day written with an abbreviated month).
  [
    new RegExp(String.raw`(?<!\d\s)\b(?:in\s)?${MONTH}(?:\s(\d{4}))?\b(?!\.?\s\d)`, 'g'),
    (m, p) => {
      const mo = monthIndex(m[1]!);
      if (mo < 0) return null;
      const y = yearFor(mo, p, m[2]);
      return clamp(utc(y, mo, 1), utc(y, mo, lastDay(y, mo)), p);
    },
    'month',
  ],
];

/** How many days "the first week", "перші дві доби", "первый месяц" spans (the first-days rule's groups); undefined for
 * other phrases. */
function firstDaysOf(m: RegExpExecArray): number | undefined {
  const unit = (m[2] ?? m[4])?.toLowerCase();
  if (!unit) return undefined;
  const raw = (m[1] ?? m[3])?.toLowerCase();
  const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
  const n = !raw
    ? 1
    : /^\d+$/.test(raw)
      ? Number(raw)
      : (words[raw] ?? (/^дв/u.test(raw) ? 2 : /^тр/u.test(raw) ? 3 : /^п/u.test(raw) ? 5 : 1));
  const days = /^(?:week|тиж|недел)/u.test(unit) ? 7 : /^(?:month|міс|мес)/u.test(unit) ? 30 : 1;
  return n * days;
}

/** "с", "со", "з", "із", "since", "starting", "починаючи з" right before a date: a span from it to publication. */
// "since Feb. 24", "since hostilities began on Feb. 24" and "since the Russian invasion on Feb. 24" (the day an event
// named between them began or took place).
const SINCE_BEFORE =
  /(?<!\p{L})(?:с|со|з|із|зі|since|since\s(?:[\p{L}'’-]+\s){1,3}(?:began|begun|started|broke\sout)\s(?:on|in)|since\sthe\s(?:[\p{L}'’-]+\s){1,3}on|начиная\sс|починаючи\sз|від)\s$/iu;

const SINCE_START = /^(?:с|со|з|із|зі)\s/iu;

/** A month's name in any of the three languages (chrono's readings with one are dates, not counted from publication). */
const MONTH_WORD = new RegExp(String.raw`${MONTH}|${SLAVIC_STEMS.flat().join('|')}`, 'iu');

/** `text` with the given spans replaced by spaces (offsets unchanged). */
function blankOut(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** A part of the day right before a day of the month: "ввечері 1 жовтня", "вечером 5 августа". */
const PART_OF_DAY =
  /(?<!\p{L})(?:ввечері|увечері|вранці|зранку|вдень|вночі|уночі|вечером|утром|днём|днем|ночью)(?=\s(?:\d{1,2}\s|[ву]\s\p{L}+,?\s\d{1,2}\s))/giu;

/** "до 20 декабря - 92 кв. км": chrono's Russian parser reads a month, a spaced hyphen and two digits as a month and
 * year (December 1992, dropping the day); after a month in a list the number is the next figure, never a year. */
const MONTH_DASH_NUMBER = new RegExp(String.raw`(?<=(?:${SLAVIC_MONTH_GEN}))\s-\s\d{1,2}(?!\d)`, 'giu');
/** "3-го липня", "15-го августа": chrono reads no ordinal ending on a day; the number is moved over it ("   3 липня"),
 * keeping every offset. */
const ORDINAL_DAY = new RegExp(String.raw`(?<!\d)(\d{1,2})-(?:го|ого)(?=\s(?:${SLAVIC_MONTH_GEN}))`, 'giu');

/** Numbers with nothing but prepositions and conjunctions between them, no month, weekday or hour mark: chrono reads
 * "14 і 22", "від 500 до 550", "from 500 to 550", "від 20" as a time of today; they are figures. */
const BARE_NUMBERS = /^(?:(?:от|від|з|із|с|со|from|between)\s)?\d+(?:\s?(?:и|і|й|та|или|або|and|or|до|по|to|[-–])\s?\d+)*$/iu;

/** A weekday's short form ("Mon", "Sun,", "Mon."). */
const WEEKDAY_SHORT = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b[.,]?$/iu;
/** A capitalised word right before, that is no preposition opening a time ("On Mon"). */
const NAME_BEFORE = /(?<!\p{L})(?!(?:On|By|Since|Until|Till|From|Last|Next|This)\s)\p{Lu}\p{L}*\s$/u;

/** "last year", "of last year", "минулого року", "прошлого года", "торік" right after a month (any case: "по травень")
 * or a day of a month ("since March last year", "з 24 лютого минулого року", "с августа прошлого года"): the year
 * before publication's, written out. Only a lower-case "last": a capital one opens a new sentence ("in March. Last
 * year, …"). Not "попереднього / предыдущего року": the year before the one the text last named, not publication's. */
const LAST_YEAR_AFTER_DATE = new RegExp(
  String.raw`\s(?:(?<=\b${MONTH_NC}(?:\s\d{1,2}(?!\d)(?:st|nd|rd|th)?)?\s)(?:of\s)?last\syear\b(?!['’])|(?<=(?<!\p{L})(?:${SLAVIC_MONTH_GEN}|${SLAVIC_MONTH_LOC}|${SLAVIC_MONTH_NOM})\s)(?:(?:минулого|прошлого|минувшего)\s(?:року|года)|торік)(?!\p{L}))`,
  'gu',
);
/** A word every LAST_YEAR_AFTER_DATE phrase holds: most texts hold none and are not rewritten. */
const LAST_YEAR_WORDS = /last\syear|(?:минулого|прошлого|минувшего)\s(?:року|года)|торік/u;

/** `text` with each LAST_YEAR_AFTER_DATE phrase replaced by " <year>" (" <year> року") and spaces (offsets unchanged),
 * so that every rule and chrono read the date in that year, as if written with it (read apart, the month or day was
 * taken in the latest year not after publication and the year phrase alone as the whole year before, or by chrono as
 * the day a year back); and the replaced spans, which a phrase ending inside them is extended over. */
function writeLastYear(text: string, published: Date): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  if (!LAST_YEAR_WORDS.test(text)) return { text, spans };
  const year = ` ${published.getUTCFullYear() - 1}`;
  // (the Slavic noun is kept, "2023 року": chrono's Ukrainian parser reads no year followed by many spaces)
  const out = text.replace(LAST_YEAR_AFTER_DATE, (w: string, at: number) => {
    spans.push({ start: at, end: at + w.length });
    const noun = /(?:року|года)$/u.exec(w)?.[0];
    return (noun ? `${year} ${noun}` : year).padEnd(w.length, ' ');
  });
  return { text: out, spans };
}

/** The phrases read on the rewritten text, with the words of the original and each end that falls inside a replaced
 * span moved to its end. (Each offset inside a span is keyed once: linear in the text, however many phrases.) */
function onOriginal(found: readonly TimePhrase[], original: string, spans: readonly { start: number; end: number }[]): TimePhrase[] {
  const spanEnd = new Map<number, number>();
  for (const s of spans) for (let i = s.start + 1; i < s.end; i++) spanEnd.set(i, s.end);
  return found.map((p) => {
    const end = spanEnd.get(p.end) ?? p.end;
    return { ...p, end, text: original.slice(p.start, end) };
  });
}

/** Every time phrase in `text`, earliest first; where phrases overlap the first rule (most specific) wins. */
export function timePhrases(original: string, publishedIso: string): TimePhrase[] {
  const published = new Date(`${publishedIso}T00:00:00Z`);
  const { text, spans } = writeLastYear(original, published);
  const found: TimePhrase[] = [];
  const kept = new SpanIndex();
  const overlaps = (s: number, e: number): boolean => kept.overlaps(s, e);
  const keep = (p: TimePhrase): void => {
    found.push(p);
    kept.add(p);
  };
  const needs = new Map<Need, boolean>();
  const holds = (need: Need): boolean => {
    let held = needs.get(need);
    if (held === undefined) needs.set(need, (held = NEEDS[need].test(text)));
    return held;
  };
  for (const [re, rule, need, flags] of RULES) {
    if (!holds(need)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const period = rule(m, published);
      const first = flags?.fromOperationStart ? firstDaysOf(m) : undefined;
      if (period)
        keep({ start: m.index, end: m.index + m[0].length, text: m[0], period, ...flags, ...(first ? { firstDays: first } : {}) });
    }
  }
  // Absolute dates ("13 October", "19 June 2024", "yesterday") from chrono, in the order en, uk, ru. A chrono result that
  // overlaps a phrase found above is dropped, so only the text outside those phrases can add one; a parser set that
  // cannot find anything there is not run (see date-hints.ts).
  const locales = chronoLocalesFor(found.length === 0 ? text : blankOut(text, found));
  const parsers = [...(locales.english ? [chrono] : []), ...(locales.slavic ? [chrono.uk, chrono.ru] : [])];
  // The longest reading first: chrono's Ukrainian parser reads "6 по 12" in "с 6 по 12 августа", the Russian one all of it.
  // "ввечері 1 жовтня", "утром 5 августа": chrono reads the part of the day as today's; the date is the one written.
  const forChrono = text
    .replace(PART_OF_DAY, (w) => ' '.repeat(w.length))
    .replace(MONTH_DASH_NUMBER, (w) => ' '.repeat(w.length))
    .replace(ORDINAL_DAY, (w, day: string) => ' '.repeat(w.length - day.length) + day);
  const results = parsers
    .flatMap((p) => p.parse(forChrono, { instant: published, timezone: 0 }, { forwardDate: false }))
    .map((r) => {
      // (a match may begin on the blanked part of the day)
      const lead = r.text.length - r.text.trimStart().length;
      if (lead > 0) Object.assign(r, { index: r.index + lead, text: r.text.slice(lead) });
      return r;
    })
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.text.length - a.r.text.length || a.i - b.i)
    .map(({ r }) => r);
  for (const r of results) {
    if (overlaps(r.index, r.index + r.text.length)) continue;
    // chrono's uk/ru month patterns have no word boundary: "Март" in "Мартинівку" is a village, not March.
    // (Read on the text chrono read: "3-го липня" is there "   3 липня".)
    if (LETTER.test(forChrono.charAt(r.index - 1)) || LETTER.test(forChrono.charAt(r.index + r.text.length))) continue;
    // "down from 1,300 sq km": a preposition and a bare number are no date, nor is the start of a longer number.
    if (/^(?:from|at|since|by|to|until|till)?\s*\d{1,2}$/iu.test(r.text) || /^[.,]\d/u.test(text.slice(r.index + r.text.length))) continue;
    // "сообщалось о 6 300 погибших": a short word and a number before a group of three digits begin a number written with
    // spaces between its thousands, not "at 6 o'clock".
    if (/^(?:\p{L}{1,5}\s+)?\d{1,2}$/u.test(r.text) && /^[\s\u00a0\u202f]\d{3}(?!\d)/u.test(text.slice(r.index + r.text.length))) continue;
    // "захопили 14 і 22 кв. км відповідно", "захватила от 500 до 550 кв. км": bare numbers are figures, not a time of day.
    if (BARE_NUMBERS.test(r.text)) continue;
    // "Def Mon", "Pho Sun": a weekday's short form after a capitalised word is the end of a name, not a day.
    if (WEEKDAY_SHORT.test(r.text) && NAME_BEFORE.test(text.slice(Math.max(0, r.index - 24), r.index))) continue;
    const start = r.start.date();
    const end = r.end?.date() ?? start;
    const day = (d: Date): Date => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    let s = day(start);
    let e = day(end);
    if (!r.start.isCertain('year') && s > published) {
      s = utc(s.getUTCFullYear() - 1, s.getUTCMonth(), s.getUTCDate());
      e = utc(e.getUTCFullYear() - 1, e.getUTCMonth(), e.getUTCDate());
    }
    const named = MONTH_WORD.test(r.text);
    // A month without a day ("августа" in "к концу августа", "серпня"): chrono gives its first day; it is the month.
    if (!r.end && named && !/\d/.test(r.text.replace(/\d{4}/g, '')) && !r.start.isCertain('day'))
      e = utc(s.getUTCFullYear(), s.getUTCMonth(), lastDay(s.getUTCFullYear(), s.getUTCMonth()));
    // "yesterday", "сегодня", "a week ago": counted from publication, no month or digit written.
    const relative = !named && !/\d/.test(r.text);
    // "с 6 августа", "з 6 серпня", "начиная с …": from that day to publication.
    const since = r.end ? null : SINCE_BEFORE.exec(text.slice(Math.max(0, r.index - 48), r.index));
    if (!r.end && SINCE_START.test(r.text)) {
      keep({ start: r.index, end: r.index + r.text.length, text: r.text, period: clamp(s, published, published), since: true });
      continue;
    }
    if (since) {
      const at = r.index - since[0].length;
      keep({
        start: at,
        end: r.index + r.text.length,
        text: text.slice(at, r.index + r.text.length),
        period: clamp(s, published, published),
        since: true,
      });
      continue;
    }
    keep({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      period: clamp(s, e, published),
      ...(relative ? { relative } : {}),
    });
  }
  const read = spans.length === 0 ? found : onOriginal(found, original, spans);
  return read.map(fromInvasionMonth).sort((a, b) => a.start - b.start);
}

/** "since February 2022", "із лютого 2022 року", "с февраля 2022 года": a span run on from the month the full-scale
 * invasion began starts with it, on 24 February 2022, not on the month's first day (the month alone stays a month). */
function fromInvasionMonth(p: TimePhrase): TimePhrase {
  if (p.period.start !== INVASION_MONTH.start || p.period.end <= INVASION_MONTH.end) return p;
  // (a day written, "since 1 February 2022", is that day: only the month alone means the invasion's day)
  if (/\d/u.test(p.text.replace(/\d{4}/gu, ''))) return p;
  return { ...p, period: { ...p.period, start: FULL_SCALE_INVASION } };
}
