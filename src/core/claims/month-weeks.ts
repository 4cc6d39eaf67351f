// The first weeks or days of a named month: "за две недели января", "за три тижні грудня", "за перші 10 днів березня",
// "за 3 тижні місяця" (the month of publication), "in the first two weeks of February". They run from the month's first
// day, that many weeks or days on (to publication at most). Read as "за две недели" alone, they were counted back from
// publication, and the month was dropped. Claims only, as span-back.ts.
import type { TimePhrase } from './dates.ts';
import { parseNumber } from './numbers.ts';
import { numberWord } from './number-words.ts';

const MONTHS_GEN = [
  ['січня', 'января'],
  ['лютого', 'февраля'],
  ['березня', 'марта'],
  ['квітня', 'апреля'],
  ['травня', 'мая'],
  ['червня', 'июня'],
  ['липня', 'июля'],
  ['серпня', 'августа'],
  ['вересня', 'сентября'],
  ['жовтня', 'октября'],
  ['листопада', 'ноября'],
  ['грудня', 'декабря'],
];
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Groups: 1 the number, 2 the unit, 3 the month (or "місяця"/"месяца"), 4 the year. */
const SLAVIC = new RegExp(
  String.raw`(?<!\p{L})(?:за|протягом|впродовж|в\sтечение|на\sпротяжении)\s(?:(?:перш|перв)\p{L}*\s)?(\d{1,2}|дв[аеіу]\p{L}*|тр[иеьо]\p{L}*|чотир\p{L}*|четыр\p{L}*|п['’ʼ]?ят\p{L}*)\s(тижн\p{L}*|тиждень|недел\p{L}*|дн(?:я|ей|ів|і)|доб\p{L}*|сут(?:ок|ки))\s(${MONTHS_GEN.flat().join('|')}|місяця|месяца)(?:\s((?:19|20)\d\d))?(?!\p{L})`,
  'giu',
);

/** Groups: 1 the number, 2 the unit, 3 the month (or "the month"), 4 the year. */
const ENGLISH =
  /\b(?:in|over|during|for)\s(?:the\s)?first\s(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s(weeks|days)\sof\s(?:(January|February|March|April|May|June|July|August|September|October|November|December)|the\smonth)(?:,?\s((?:19|20)\d\d))?\b/giu;

const DAY_MS = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The month (0-based) a word names, or the publication month for "місяця", "месяца", "the month". */
function monthOf(word: string | undefined, published: Date): number {
  if (!word) return published.getUTCMonth();
  const w = word.toLowerCase();
  const slavic = MONTHS_GEN.findIndex((forms) => forms.includes(w));
  if (slavic >= 0) return slavic;
  const en = MONTHS_EN.indexOf(w.slice(0, 3));
  return en >= 0 ? en : published.getUTCMonth();
}

/** The phrases of `text` naming the first weeks or days of a month, with their periods. */
export function monthWeeksPhrases(text: string, publishedIso: string): TimePhrase[] {
  const p = new Date(`${publishedIso}T00:00:00Z`);
  const found: TimePhrase[] = [];
  for (const re of [SLAVIC, ENGLISH]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = /^\d+$/u.test(m[1]!) ? Number(m[1]) : (parseNumber(m[1]!) ?? numberWord(m[1]!.toLowerCase())?.value ?? null);
      if (!n) continue;
      const named = /^(?:місяця|месяца)$/iu.test(m[3] ?? '') ? undefined : m[3];
      const month = monthOf(named, p);
      const year = m[4] ? Number(m[4]) : month > p.getUTCMonth() ? p.getUTCFullYear() - 1 : p.getUTCFullYear();
      const start = Date.UTC(year, month, 1);
      const days = /^(?:тиж|недел|week)/iu.test(m[2]!) ? 7 * n : n;
      const end = Math.min(start + (days - 1) * DAY_MS, Date.UTC(year, month + 1, 0), p.getTime());
      if (start > p.getTime()) continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], period: { start: iso(start), end: iso(end) } });
    }
  }
  return found;
}
