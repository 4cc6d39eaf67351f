// Parts of a year as periods: "in the first four months of 2025", "за перші чотири місяці 2025 року", "за 9 месяцев
// 2025 года", "in the first half of 2025", "у першому півріччі", "в третьем квартале 2024 года", "in Q1 2025". A reader
// computes these spans from the calendar; without this they were read as no period at all (the year alone is no time
// phrase), and the figure took the report day.
import { numberWord } from './number-words.ts';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m, d));

/** The year a part belongs to: written ("2025", "2025 року"), "this year" / "цього року" (publication's), or none. */
const YEAR = String.raw`(?:\s(?:of\s)?(?:((?:19|20)\d\d)(?:\s?(?:року|рік|году|года|год|р\.|г\.))?|(?:this|the|the\scurrent)\syear|(?:цього|поточного|этого|текущего|нынешнего)\s(?:року|года)))`;
/** Ordinals of a half or quarter, English, Ukrainian and Russian, any case; Roman numerals as Slavic reports write them. */
const EN_ORDINAL = String.raw`first|second|third|fourth|final|last`;
const SLAVIC_ORDINAL = String.raw`перш\p{L}*|перв\p{L}*|друг\p{L}*|втор\p{L}*|трет\p{L}*|четверт\p{L}*|останн\p{L}*|последн\p{L}*|IV|III|II|I`;
const COUNT = String.raw`\d{1,2}|[\p{L}'’ʼ]+`;

/**
 * Groups: English (1 ordinal, 2 count, 3 unit, 4 year) | "H1 2025" (5 letter, 6 number, 7 year) | Slavic half/quarter
 * (8 ordinal, 9 unit, 10 year; the year optional: "півріччя" names a part of a year on its own) | Slavic months (11
 * ordinal or none, 12 count, 13 unit, 14 year; a year required: "за 9 місяців" alone is counted back).
 */
export const YEAR_PART = new RegExp(
  [
    String.raw`\b(?:in|over|during|for|throughout|through)\s(?:the\s)?(${EN_ORDINAL})\s(?:(${COUNT})\s)?(half|quarter|months?)\sof${YEAR}\b`,
    String.raw`\b(?:in|during|for)\s(?:the\s)?([HQ])([1-4])\s((?:19|20)\d\d)\b`,
    String.raw`(?<!\p{L})(?:(?:за|у|в|во|протягом|впродовж|в\sтечение|по\sитогам|за\sпідсумками)\s)?(${SLAVIC_ORDINAL})(?:-?(?:му|м|й|е|го))?\s(півріч\p{L}*|полугоди\p{L}*|квартал\p{L}*)${YEAR}?(?!\p{L})`,
    String.raw`(?<!\p{L})(?:за|у|в|протягом|впродовж|в\sтечение)\s(?:(перш\p{L}*|перв\p{L}*|останн\p{L}*|последн\p{L}*)\s)?(${COUNT})\s(місяц\p{L}*|месяц\p{L}*)${YEAR}(?!\p{L})`,
  ].join('|'),
  'giu',
);

const countOf = (word: string | undefined): number | null => {
  if (!word) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  const w = numberWord(word.toLowerCase());
  return w && w.kind === 'add' ? w.value : null;
};

/** 1–4 for an ordinal (Arabic or Roman), 0 for "last"/"останній"/"последний", null for no ordinal. */
function ordinal(word: string): number | null {
  const w = word.toLowerCase();
  if (/^(?:first|перш|перв|i$)/u.test(w)) return 1;
  if (/^(?:second|друг|втор|ii$)/u.test(w)) return 2;
  if (/^(?:third|трет|iii$)/u.test(w)) return 3;
  if (/^(?:fourth|четверт|iv$)/u.test(w)) return 4;
  if (/^(?:final|last|останн|последн)/u.test(w)) return 0;
  return null;
}

/** The first and last day of the part a match names, or null where it names none (a fifth quarter, thirteen months). */
export function yearPartSpan(m: RegExpExecArray, published: Date): { start: Date; end: Date } | null {
  let first: number; // first month, 0-based
  let months: number;
  let year = m[4] ?? m[7] ?? m[10] ?? m[14];
  if (m[5]) {
    months = m[5].toUpperCase() === 'H' ? 6 : 3;
    const k = Number(m[6]);
    if (months === 6 && k > 2) return null;
    first = (k - 1) * months;
  } else {
    const unit = (m[3] ?? m[9] ?? m[13]!).toLowerCase();
    const ord = m[1] ?? m[8] ?? m[11];
    const k = ord ? ordinal(ord) : 1;
    if (k === null) return null;
    if (/^(?:month|місяц|месяц)/u.test(unit)) {
      // "the first months of 2022" (plural, no count) names no span a reader can compute.
      if (!(m[2] ?? m[12]) && /s$/iu.test(unit)) return null;
      const n = countOf(m[2] ?? m[12]);
      if (n === null || n < 1 || n > 11 || k > 1) return null;
      months = n;
      first = k === 0 ? 12 - n : 0;
    } else {
      if (m[2]) return null; // "the first two quarters of": not read
      months = /^(?:half|півріч|полугод)/u.test(unit) ? 6 : 3;
      const parts = 12 / months;
      const part = k === 0 ? parts : k;
      if (part > parts) return null;
      first = (part - 1) * months;
    }
  }
  if (!year) {
    // "this year" or no year: publication's, unless that part has not begun by publication (then the year before).
    const y = published.getUTCFullYear();
    year = String(utc(y, first, 1) > published ? y - 1 : y);
  }
  const y = Number(year);
  return { start: utc(y, first, 1), end: utc(y, first + months, 0) };
}
