// The items of a toll listed by grouping with the noun left out after the first: "потери ВСУ в зоне ответственности
// группировки "Север" составили свыше 2 810 военных, "Запад" - более 3 620, "Юг" - более 5 390", "в зоне группировки
// «Запад» — свыше 180", and the reversed "до 50 — в зоне ответственности группировки «Днепр»". Each is a part of the
// list's toll: the same side, the same period (counts.ts reads them only after a toll of their sentence).
import type { Qualifier } from '../schema.ts';
import { DIGITS_PATTERN, parseNumber } from './numbers.ts';
import { QUALIFIER_PATTERN, qualifierOf } from './qualifiers.ts';

export interface GroupingItem {
  start: number; // offsets within the sentence: the number with its qualifier
  end: number;
  min: number;
  max: number;
  qualifier: Qualifier;
}

const QUALIFIER = String.raw`(?:${QUALIFIER_PATTERN}|до)`;
/** A grouping's name in quotes: «Запад», "Центр", “Восток”. */
const NAME = String.raw`(?:«[^«»\d]{2,24}»|"[^"\d]{2,24}"|“[^”\d]{2,24}”)`;
const DASH = String.raw`\s?[-–—]\s`;
/** The number stands alone: the clause or the list goes on after it ("- более 3 620,", "- до 500.", "— свыше 180 и"). */
const ALONE = String.raw`(?=\s?[,.;)]|\s?$|\s(?:и|а|і|та)\s)`;
/** "«Запад» — свыше 180": the name, a dash, the number. */
const NAME_THEN_NUMBER = new RegExp(String.raw`${NAME}${DASH}(?:(${QUALIFIER})\s)?(${DIGITS_PATTERN})${ALONE}`, 'giu');
/** "до 50 — в зоне ответственности группировки": the number, a dash, where. */
const NUMBER_THEN_ZONE = new RegExp(
  String.raw`(?<![\d\p{L}.,])(?:(${QUALIFIER})\s)?(${DIGITS_PATTERN})${DASH}(?:в|на)\s(?:зоне|районе|направлении|полосе)(?!\p{L})`,
  'giu',
);

/** Every grouping item of a listed toll in `sentence` (offsets within it). */
export function groupingItemsIn(sentence: string): GroupingItem[] {
  const out: GroupingItem[] = [];
  for (const re of [NAME_THEN_NUMBER, NUMBER_THEN_ZONE])
    for (const m of sentence.matchAll(re)) {
      const raw = m[2]!;
      const value = parseNumber(raw);
      if (value === null || value < 1 || /^(?:19|20)\d\d$/u.test(raw)) continue;
      const length = raw.length + (m[1] ? m[1].length + 1 : 0);
      // (the name's item ends with its number; the reversed one starts with it)
      const start = re === NAME_THEN_NUMBER ? m.index + m[0].length - length : m.index;
      out.push({ start, end: start + length, min: value, max: value, qualifier: qualifierOf(m[1]) });
    }
  return out.sort((a, b) => a.start - b.start);
}
