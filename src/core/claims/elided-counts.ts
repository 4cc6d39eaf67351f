// Counts of settlements whose noun is left out because a sentence has just said it: "1,017 of them have been
// liberated", "447 із них – від 2014 року", "447 з яких", "из них 20", "another 2,603", "ще три — зачистили", "еще 2610
// находятся под оккупацией", a list's next item ("Шесть сел взяли под контроль …, четыре – бойцы …") and a number set
// off by dashes after the noun ("Больше всего населенных пунктов – 10 – освободили").
import type { CountedFigure } from './counted.ts';
import { SETTLEMENT_NOUN } from './counted.ts';
import { numberWord } from './number-words.ts';
import { DIGITS_PATTERN, parseNumber } from './numbers.ts';

const SETTLEMENT = new RegExp(SETTLEMENT_NOUN, 'iu');
const DIGITS_AHEAD = new RegExp(String.raw`^(${DIGITS_PATTERN})(?![\d\p{L}])`, 'u');

/** Right after the number: "of them", "із них", "з яких", "из которых". */
const OF_THEM_AFTER = /^\s(?:of\s(?:them|those|which)|(?:із|з|зі)\s(?:них|яких)|из\s(?:них|которых))(?!\p{L})/iu;
/** Right before the number: "из них", "серед них", "of them," and "another", "ще", "еще". */
const MARK_BEFORE = /(?:^|[\s(,;:—–])(?:(?:из|із|з|серед|среди)\sних|of\sthem,?|another|ще|еще|ещё)\s$/iu;
/** A list's next item after a comma, or its last after "и"/"і"/"та"/"and", its verb left out: ", четыре – бойцы …",
 * "и один – в Харьковской". */
const LIST_ITEM_BEFORE = /(?:[,;]|\s(?:и|і|й|та|and))\s$/iu;
const DASH_AFTER = /^\s[–—-]\s/u;
/** Set off by dashes right after the noun: "населенных пунктов – 10 –". */
const NOUN_DASH_BEFORE = new RegExp(String.raw`(?:${SETTLEMENT_NOUN})\s[–—]\s$`, 'iu');
/** What may follow a count with its noun left out: a stop, a dash or bracket, "of them", or a verb ("need to be",
 * "находятся", "перебувають", "зачистили"); a word after it is most often the noun of something else counted ("ще 15
 * атак", "another 20 tanks"). */
const NOUNLESS_AFTER =
  /^(?:\s?[,.;:)–—-]|\s?$|\s(?:of\s(?:them|those|which)|(?:із|з|зі)\s(?:них|яких)|из\s(?:них|которых)|are|were|is|was|have|has|had|remain\p{L}*|need\p{L}*|still|lie|lay)(?!\p{L})|\s[\p{L}'’ʼ]+(?:ся|сь|ть|ли|ло|ла|ют|ють|ят|ять|ать|ить|уть)(?!\p{L}))/iu;

/** The number starting at `at` (digits, or a run of number words): its end and value. */
function numberFrom(text: string, at: number): { end: number; value: number } | null {
  const rest = text.slice(at);
  const d = DIGITS_AHEAD.exec(rest);
  if (d) {
    const v = parseNumber(d[1]!);
    return v === null ? null : { end: at + d[1]!.length, value: v };
  }
  // A run of number words with single spaces between ("двадцять вісім").
  let end = at;
  for (const m of rest.matchAll(/([\p{L}'’ʼ-]+)(\s?)/gu)) {
    if (m.index !== end - at && m.index !== end - at + 1) break;
    if (m.index === end - at + 1 && !/\s/u.test(rest.charAt(end - at))) break;
    if (numberWord(m[1]!.toLowerCase()) === null) break;
    end = at + m.index + m[1]!.length;
  }
  if (end === at) return null;
  const v = parseNumber(text.slice(at, end));
  return v === null ? null : { end, value: v };
}

/** Every count of settlements with its noun left out in `sentence` (offsets within it), given the counts found by their
 * noun there (`found`) and whether the sentence before named settlements (`settlementsBefore`, for "1,017 of them"). */
export function elidedCountsIn(sentence: string, found: readonly CountedFigure[], settlementsBefore: boolean): CountedFigure[] {
  const out: CountedFigure[] = [];
  const taken = (s: number, e: number): boolean => [...found, ...out].some((f) => s < f.end && e > f.start);
  for (const m of sentence.matchAll(/(?<![\d\p{L}.,])(?=\d|\p{L})/gu)) {
    const at = m.index;
    const n = numberFrom(sentence, at);
    if (
      !n ||
      /^an?$/iu.test(sentence.slice(at, n.end)) ||
      n.value <= 0 ||
      !Number.isInteger(n.value) ||
      /^(?:19|20)\d\d$/u.test(sentence.slice(at, n.end))
    )
      continue;
    if (taken(at, n.end)) continue;
    const before = sentence.slice(Math.max(0, at - 40), at);
    const after = sentence.slice(n.end, n.end + 24);
    if (!NOUNLESS_AFTER.test(after)) continue;
    // The noun said before: in this sentence, or for "of them" also in the one before.
    const nounBefore = SETTLEMENT.test(sentence.slice(0, at));
    const ofThem = OF_THEM_AFTER.test(after);
    const marked = MARK_BEFORE.test(before);
    const listed = nounBefore && LIST_ITEM_BEFORE.test(before) && DASH_AFTER.test(after) && found.some((f) => f.end <= at);
    const aside = NOUN_DASH_BEFORE.test(before) && DASH_AFTER.test(after);
    if (!(((ofThem || marked) && (nounBefore || settlementsBefore)) || listed || aside)) continue;
    out.push({
      start: at,
      end: n.end,
      min: n.value,
      max: n.value,
      qualifier: 'exact',
      counts: 'settlements',
      subject: '',
      of: 'settlements',
    });
  }
  return out;
}
