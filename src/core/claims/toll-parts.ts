// The parts of a toll given after it with their noun left out, each named by what it is: "втрати … 2 456 осіб, з яких
// 1 322 — безповоротні", "Із них 25,2 тис. є безповоротними втратами, ще 36,2 тис. – санітарними", "з них: ліквідовано -
// 7905, поранені - 12220", "серед яких знищено 1988", "в том числе безвозвратные — 2218, санитарные — 3251", "including
// irretrievable -- 2,218, sanitary -- 3,251". Irrecoverable losses are the dead (as the dev gold counts them), sanitary
// ones the wounded; prisoners have no unit and are left.
import type { Qualifier } from '../schema.ts';
import { DIGITS_PATTERN, parseNumber } from './numbers.ts';
import { QUALIFIER_PATTERN, qualifierOf } from './qualifiers.ts';

export interface TollPart {
  start: number; // offsets within the sentence: the number with its qualifier
  end: number;
  min: number;
  max: number;
  qualifier: Qualifier;
  counts: 'killed' | 'wounded';
}

/** "з них", "із них", "з яких", "серед яких", "из них", "из которых", "среди которых", "у тому числі", "в том числе",
 * "including": a breakdown follows. */
const BREAKDOWN = /(?<!\p{L})(?:(?:з|із|зі|из|серед|среди)\s(?:них|яких|которых)|[ув]\sтому\sчислі|в\sтом\sчисле|including)(?!\p{L})/iu;
/** What a part is: irrecoverable or sanitary losses, or the participle of killing or wounding (in English only the two
 * kinds of losses: "including one that killed 20" is no part of a toll). */
const PART = String.raw`(?:безповоротн|безвозвратн|санітарн|санитарн|ліквідован|ликвидирован|знищен|уничтожен|вбит|убит|загибл|погибш|поранен|ранен|irretrievabl|irrecoverabl|sanitary)\p{L}*`;
/** Between a part's word and its number: a dash (doubled in some English copies), a colon, or nothing. */
const PART_DASH = String.raw`(?:\s?(?:--|[–—:-]))?\s`;
const QUALIFIER = String.raw`(?:${QUALIFIER_PATTERN}|більш\sніж|більше\sніж|более\sчем)`;
/** After a part's number: the end of the item, or the people it counts ("31,8 тисячі загарбників,"), never the noun of
 * something else ("знищено 15 танків"). */
const ITEM_END = String.raw`(?=\s?[,.;:)–—-]|\s?$|\s(?:осіб|особи|чоловік|человек|людей|військов\p{L}*|военн\p{L}*|загарбник\p{L}*|окупант\p{L}*|оккупант\p{L}*|солдат\p{L}*|та|і|й|и|а|and)(?!\p{L}))`;
/** The part's word, then its number: "безповоротні – більш ніж 22,2 тисячі", "санітарні (поранені, хворі тощо) – …",
 * "ліквідовано - 7905", "знищено 1988". */
const WORD_FIRST = new RegExp(
  String.raw`(?<!\p{L})(${PART})(?:\s\([^()]{0,60}\))?${PART_DASH}(?:(${QUALIFIER})\s)?(${DIGITS_PATTERN})${ITEM_END}`,
  'giu',
);
/** The number, then its part's word: "1 322 — безповоротні", "25,2 тис. є безповоротними втратами". */
const NUMBER_FIRST = new RegExp(
  String.raw`(?<![\d\p{L}.,])(?:(${QUALIFIER})\s)?(${DIGITS_PATTERN})(?:\s(?:осіб|особи|человек))?\s?(?:--|[–—-]|є|—\sце|являются|составляют)\s(${PART})`,
  'giu',
);

const unitOf = (word: string): TollPart['counts'] => (/^(?:санітар|санитар|sanitar|поранен|ранен)/iu.test(word) ? 'wounded' : 'killed');

/** Every part of a toll broken down after a breakdown word in `sentence` (offsets within it). */
export function tollPartsIn(sentence: string): TollPart[] {
  const marker = BREAKDOWN.exec(sentence);
  if (!marker) return [];
  const out: TollPart[] = [];
  const push = (start: number, raw: string, qualifier: string | undefined, word: string): void => {
    const value = parseNumber(raw);
    if (value === null || value < 1 || start < marker.index) return;
    const numberAt = sentence.indexOf(raw, start);
    if (out.some((p) => p.start === start)) return;
    out.push({ start, end: numberAt + raw.length, min: value, max: value, qualifier: qualifierOf(qualifier), counts: unitOf(word) });
  };
  for (const m of sentence.matchAll(WORD_FIRST)) {
    const numberStart = m.index + m[0].length - m[3]!.length - (m[2] ? m[2].length + 1 : 0);
    push(numberStart, m[3]!, m[2], m[1]!);
  }
  for (const m of sentence.matchAll(NUMBER_FIRST)) push(m.index, m[2]!, m[1], m[3]!);
  return out.sort((a, b) => a.start - b.start);
}
