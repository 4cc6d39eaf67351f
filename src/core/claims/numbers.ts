// Numbers as reporters write them: "1,400", "1 376,5" (thin or no-break spaces, decimal comma), "288,8", "1.4 thousand",
// "12 тис.", "1,2 тыс.", "a thousand", "two hundred", "тисяча триста", "полторы тысячи", "двох тисяч".
// No maintained npm package parses Ukrainian or Russian number words into numbers (the ones published go the other
// way), so the cardinal grammar is written here: it is small and closed — units, teens, tens, hundreds and scale words,
// each a stem with its case endings — and composed the usual way (sum within a group, a scale word multiplies it).
import { numberWord, NUMBER_WORD_PATTERN, type NumberWord } from './number-words.ts';

/** Group separators: comma, space, no-break space, thin space, narrow no-break space. */
const SEP = String.raw`[,\u00a0\u2009\u202f ]`;
/** The words of a thousand and of a million after digits, in the three languages. */
const THOUSAND_WORD = String.raw`(?:thousand|тис\.|тыс\.|тисяч[а-яіїє]*|тысяч[а-яё]*)`;
const MILLION_WORD = String.raw`(?:million|млн\.?|мільйон[а-яіїє]*|миллион[а-яё]*)`;
const SCALE_END = String.raw`(?![a-zа-яёіїєґ\d])`;

/** Scale words after digits: "1.4 thousand", "12 тис.", "1,2 тыс.", "3 млн". */
const SCALE_AFTER_DIGITS = String.raw`(?:${THOUSAND_WORD}|${MILLION_WORD}|mn|k)${SCALE_END}`;

/** Millions, then thousands, each written with its scale word ("1 мільйона 137 тисяч"); capture groups: none. */
const MILLIONS_THEN_THOUSANDS = String.raw`\d{1,3}\s${MILLION_WORD}\s\d{1,3}\s${THOUSAND_WORD}${SCALE_END}`;

/** Source for a number written with digits inside larger patterns (no capture groups; needs the `u` flag). */
export const DIGITS_PATTERN = [
  // "1 мільйона 137 тисяч", "1 млн 137 тыс.", "1 million 137 thousand": millions, then the thousands after their word.
  MILLIONS_THEN_THOUSANDS,
  // "116 тис 165", "116 тыс. 165": thousands, then the hundreds written after their word.
  String.raw`\d{1,3}\s(?:тис|тыс)\.?\s\d{1,3}(?![\d.,]?\d)`,
  // "1 376,5", "1,400", "12 000": groups of three, then an optional decimal part of one or two digits. The leading
  // group is nonzero: "0,039" or "00,5" groups no thousands (a decimal comma, read by the alternative below).
  String.raw`[1-9]\d{0,2}(?:${SEP}\d{3})+(?:[.,]\d{1,2}(?!\d))?(?:\s?${SCALE_AFTER_DIGITS})?`,
  // "288,8", "1.4 thousand", "12 тис."
  String.raw`\d+(?:[.,]\d+)?(?:\s?${SCALE_AFTER_DIGITS})?`,
]
  .map((p) => `(?:${p})`)
  .join('|');

/** Source for any number, digits or words. The word alternatives make a pattern slow to run (a large alternation):
 * use it only on text that MAY_HOLD_NUMBER_WORD says can hold one, DIGITS_PATTERN elsewhere. */
export const NUMBER_PATTERN = `${DIGITS_PATTERN}|(?:${NUMBER_WORD_PATTERN})`;

/** A necessary condition for a number word: English scale words, or a Cyrillic word starting like a numeral. */
export const MAY_HOLD_NUMBER_WORD =
  /hundred|thousand|million|(?<![а-яёіїєґ])(?:пів|пол|од|дв|тр|че|чо|п['’ʼ]?я|ш[еі]|с[іеь]|в[іо]|де|со|ст|ти|ты|мі|ми|мл)/iu;

/** What every NUMBER_PATTERN match contains, a digit or what a number word starts with, under the most lenient flags
 * it is used with ('iu'); global, for sentencesMatching. */
export const HAS_NUMBER = new RegExp(String.raw`[0-9]|${MAY_HOLD_NUMBER_WORD.source}`, 'giu');

const SCALES: [RegExp, number][] = [
  [/^(?:thousand|k|тис\.?|тыс\.?|тисяч\p{L}*|тысяч\p{L}*)$/u, 1_000],
  [/^(?:million|mn|млн\.?|мільйон\p{L}*|миллион\p{L}*)$/u, 1_000_000],
];

function scaleOf(word: string): number | null {
  for (const [re, v] of SCALES) if (re.test(word)) return v;
  return null;
}

/** Digits with separators: a comma before exactly three digits groups thousands when a nonzero group leads ("1,263");
 * before one or two digits, or after a zero ("0,039", "00,5"), it is a decimal comma. */
function parseDigits(s: string): number | null {
  const grouped = new RegExp(String.raw`^([1-9]\d{0,2}(?:${SEP}\d{3})+)(?:[.,](\d{1,2}))?$`, 'u').exec(s);
  if (grouped) return Number(`${grouped[1]!.replace(/[^\d]/g, '')}${grouped[2] ? `.${grouped[2]}` : ''}`);
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  if (/^\d+,\d{1,2}$/.test(s)) return Number(s.replace(',', '.')); // "288,8" decimal comma
  if (/^0+,\d+$/.test(s)) return Number(s.replace(',', '.')); // "0,039": no thousands after a zero
  if (/^\d+,\d{4,}$/.test(s)) return Number(s.replace(',', '.'));
  return null;
}

/** Number words composed: units, teens and tens add up; "hundred" multiplies (English), "сто"/"двісті" add; a scale
 * word multiplies the group before it ("two thousand", "тисяча" alone is 1,000). */
function composeWords(words: readonly NumberWord[]): number | null {
  let total = 0;
  let group = 0;
  let any = false;
  for (const w of words) {
    any = true;
    if (w.kind === 'multiplier') group = (group || 1) * w.value;
    else if (w.kind === 'scale') {
      total += (group || 1) * w.value;
      group = 0;
    } else group += w.value;
  }
  return any ? total + group : null;
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

const WHOLE_MILLIONS_THEN_THOUSANDS = new RegExp(`^${MILLIONS_THEN_THOUSANDS}$`, 'u');
/** Digits, then one scale word: "1.4 thousand", "12 тис." (built once, not at every figure parsed). */
const WHOLE_SCALED = new RegExp(String.raw`^([\d.,\u00a0\u2009\u202f ]*\d)\s?(${SCALE_AFTER_DIGITS})$`, 'u');

export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/\s+/gu, ' ');
  const compound = /^(\d{1,3}) (?:тис|тыс)\.? (\d{1,3})$/u.exec(s);
  if (compound) return Number(compound[1]) * 1000 + Number(compound[2]);
  if (WHOLE_MILLIONS_THEN_THOUSANDS.test(s)) {
    const [m, k] = s.match(/\d+/gu)!;
    return Number(m) * 1_000_000 + Number(k) * 1000;
  }
  // Digits, optionally followed by a scale word: "1.4 thousand", "12 тис.", "1 376,5".
  const scaled = WHOLE_SCALED.exec(s);
  if (scaled) {
    const base = parseDigits(scaled[1]!.trim());
    const scale = scaleOf(scaled[2]!);
    return base === null || scale === null ? null : round(base * scale);
  }
  if (/^[\d]/.test(s)) return parseDigits(s);
  const words: NumberWord[] = [];
  for (const token of s.split(/[\s-]+/u)) {
    if (/^(?:and|і|й|и)$/u.test(token)) continue;
    const w = numberWord(token);
    if (!w) return null;
    words.push(w);
  }
  const v = composeWords(words);
  return v === null ? null : round(v);
}
