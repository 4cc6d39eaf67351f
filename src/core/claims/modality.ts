// Events that did not happen are not drawn. A statement is negated ("failed to redeploy", "не перекидали"),
// hypothetical ("could send", "может направить", "якщо"), future or wished ("plans to", "will send", "seeks to",
// "планує", "будет", "прагне") or called wrong ("неправильну інформацію про …") when a marker stands in its own clause
// before the verb or figure, or a negation right after the figure ("were not sent").
// Qualifiers that contain a negation word ("no fewer than", "не менее", "не більше") are not negations.

import { partitionPoint } from '../partition-point.ts';
import { splitsPair } from '../text/chars.ts';
import { cachedIn, LONG_TEXT } from './long-text-memo.ts';

/** Where a clause starts: a semicolon or colon, a dash between spaces, or a comma before a conjunction that starts
 * another clause. */
export const CLAUSE_BREAK =
  /[;:]|\s[—–-]\s|,\s(?:but|while|whereas|although|though|and|as|which|who|when|after|before|now|але|а|та|і|проте|однак|тоді\sяк|в\sтой\sчас\sяк|у\sтой\sчас\sяк|коли|після|но|однако|тогда\sкак|в\sто\sвремя\sкак|когда|после|и|который|которые|яка|які|який)(?!\p{L})/giu;

const ENGLISH = String.raw`\b(?:not|never|no\slonger|n['’]t|cannot|failed\sto|fail\sto|fails\sto|failure\sto|unable\sto|inability\sto|refused\sto|attempt(?:s|ed|ing)?\sto|tri(?:ed|es)\sto|trying\sto|could|would|might|(?<!(?:in|of|since|early|late|mid|by|until|from|to)[\s-])may(?!\s\d)|should|will|shall|plans?\sto|planning\sto|planned\sto|intends?\sto|intending\sto|aims?\sto|seek(?:s|ing)?\sto|wants?\sto|hop(?:es|ing)\sto|threaten(?:s|ed)?\sto|is\s(?:expected|set|due|likely|poised|ready)\sto|are\s(?:expected|set|due|likely|poised|ready)\sto|preparing\sto|prepared\sto|considering|consider|if|unless|whether|hypothetical(?:ly)?|potentially)\b`;
const SLAVIC = String.raw`(?<!\p{L})(?:не(?!\s(?:менее|меньше|менше|менш|более|больше|більше|більш|раз|лише|только|тільки))|ні|ни|ніколи|никогда|може|можуть|міг\sби|могли\sб[иы]?|могла\sб[иы]?|может|могут|мог\sбы|могли\sбы|б|бы|би|планує|планують|планувал\p{L}*|планирует|планируют|планировал\p{L}*|збирається|збираються|собирается|собираются|намір\p{L}*|намерен\p{L}*|прагн\p{L}*|стрем(?:ит|ят)ся|хоче|хочуть|хочет|хотят|має\sнамір|мають\sнамір|буде|будуть|будет|будут|якщо|если|ли|готу[єю]\p{L}*|готов\p{L}*|спроб\p{L}*|попыт\p{L}*|намага\p{L}*|пыта\p{L}*|нездатн\p{L}*|неспособн\p{L}*)(?!\p{L})`;
/** A figure the text calls wrong: "неправильну інформацію про окупацію 40% міста", "ошибочно", "incorrectly". */
const WRONG = String.raw`\b(?:wrong(?:ly)?|incorrect(?:ly)?|erroneous(?:ly)?|mistaken(?:ly)?|false(?:ly)?)\b|(?<!\p{L})(?:неправильн\p{L}*|помилков\p{L}*|хибн\p{L}*|неверн\p{L}*|ошибочн\p{L}*|ложн\p{L}*)(?!\p{L})`;
const MARKER = new RegExp(`${ENGLISH}|${SLAVIC}|${WRONG}`, 'iu');
/** A negation just after the figure, before the verb: "11,000 troops were not sent", "військових не перекидали". */
const NEGATED_AFTER =
  /^[^.;:,]{0,40}?(?:\b(?:were|was|are|is|have|has|had|did|do|does)\s(?:not|never)\b|n['’]t\b|(?<!\p{L})(?:не|ні)\s(?!(?:менее|меньше|менше|менш|более|больше|більше|більш)(?!\p{L}))\p{L}+)/iu;

/** How far before a verb or figure a marker is looked for, in characters. */
const MARKER_REACH = 60;

/** Start of the clause holding `at` within `sentence` (offsets within it). */
export function clauseStart(sentence: string, at: number): number {
  if (sentence.length >= LONG_TEXT) {
    const { starts, ends } = breaksOf(sentence);
    const k = partitionPoint(0, starts.length, (i) => starts[i]! < at);
    return k > 0 ? ends[k - 1]! : 0;
  }
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m && m.index < at; m = CLAUSE_BREAK.exec(sentence)) start = m.index + m[0].length;
  return start;
}

/** End of the clause holding `at` within `sentence`. */
export function clauseEnd(sentence: string, at: number): number {
  if (sentence.length >= LONG_TEXT) {
    // (from a pair's first half when `at` falls inside a surrogate pair, as `exec` of a Unicode pattern starts there)
    const { length } = sentence;
    let from = Math.max(0, at);
    if (splitsPair(sentence, from)) from--;
    const { hits } = breaksOf(sentence);
    const k = partitionPoint(0, hits.length, (i) => hits[i]! < from);
    return from <= length && k < hits.length ? hits[k]! : length;
  }
  CLAUSE_BREAK.lastIndex = at;
  const m = CLAUSE_BREAK.exec(sentence);
  return m ? m.index : sentence.length;
}

// (From LONG_TEXT a text's clause breaks are found once and kept (`breaksOf`): read from its start for each figure
// (clauseStart) and to the next break after it (clauseEnd), a long sentence of many figures and no break was quadratic.
// Below it the plain scan is cheap, and no text is kept.)

/** A long text's breaks: the matches `clauseStart`'s scan finds (non-overlapping, from the start), and every index where
 * an attempt of CLAUSE_BREAK succeeds (what `clauseEnd` finds from any index), in order. */
interface Breaks {
  starts: number[];
  ends: number[];
  hits: number[];
}

/** The last few long texts' breaks (a figure's sentence, read for each of its figures). */
const breakMemo = new Map<string, Breaks>();

function breaksOf(text: string): Breaks {
  return cachedIn(breakMemo, text, readBreaks);
}

function readBreaks(text: string): Breaks {
  const found: Breaks = { starts: [], ends: [], hits: [] };
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    found.starts.push(m.index);
    found.ends.push(m.index + m[0].length);
  }
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    found.hits.push(m.index);
    CLAUSE_BREAK.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return found;
}

/** Why the statement whose verb or figure spans [start, end) of `sentence` is not an assertion of fact, or null if it
 * is one. */
export function notAsserted(sentence: string, start: number, end: number): string | null {
  // The clause before it, no further back than a few words: the verb that governs a figure stands near it.
  let from = Math.max(clauseStart(sentence, start), start - MARKER_REACH);
  while (from > 0 && /\p{L}/u.test(sentence[from - 1]!)) from--; // whole words only
  const before = sentence.slice(from, start);
  const marker = MARKER.exec(before);
  if (marker) return `“${marker[0].trim()}” before it in its clause`;
  const after = NEGATED_AFTER.exec(sentence.slice(end, clauseEnd(sentence, end)));
  if (after) return `negated after it: “${after[0].trim()}”`;
  return null;
}
