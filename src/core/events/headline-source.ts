// A headline names its source in place of a verb of saying: after its closing dash ("ЗСУ звільнили Яцьківку –
// Генштаб", "… — Минобороны РФ", "… - General Staff") or before an opening colon ("Генштаб: інформація про окупацію …
// не відповідає дійсності", "ISW: …"). Read only on a line that is one sentence of its own (a headline, a lead line),
// and only when no speaker was read otherwise; the name then gets its side as any claimant does.
import { WEEKDAY } from '../claims/attribution.ts';
import { REPORTING_CYR } from '../text/saying.ts';
import type { Span } from '../text/sentences.ts';
import { isTimeWord } from '../text/time-word.ts';

const QUOTE = String.raw`["«„“][^"«»„“”\n]{1,40}["»”“]`;
const CAPITAL = String.raw`(?:\p{Lu}[\p{L}'’.-]*|${QUOTE})`;
const ANY_WORD = String.raw`(?:[\p{L}'’.-]+|${QUOTE})`;
/** Every word of a name, in order. */
const WORDS = new RegExp(ANY_WORD, 'gu');
/** "… – DeepState", "…, – Сирський", "… — ОСУВ «Хортица»", "… – Третя штурмова бригада": one to four words that open
 * with a capital, standing alone after the line's last spaced dash up to its end. */
const AFTER_DASH = new RegExp(String.raw`\S[,]?\s+[-–—]\s+(${CAPITAL}(?:\s+${ANY_WORD}){0,3})\s*\.?$`, 'u');
/** "Генштаб: …", "Минобороны РФ: …", "Спикер ВСУ Волошин: …": capitalised words before the line's opening colon. */
const BEFORE_COLON = new RegExp(String.raw`^(${CAPITAL}(?:\s+${CAPITAL}){0,3})\s*:\s+\S`, 'u');
const SAYING = new RegExp(String.raw`^(?:${REPORTING_CYR}|said|says|reports?|claims?)$`, 'iu');
const DAY = new RegExp(String.raw`^(?:${WEEKDAY})$`, 'u');
/** An abbreviation or a name with a capital inside ("ЗСУ", "ISW", "МО", "DeepState"): a name wherever it stands. */
const INNER_CAPITAL = /^["«„“]?\p{L}[\p{L}'’.-]*\p{Lu}/u;

/** The line around `sentence`, if the sentence is all of it. Only the blanks (and a closing stop) beside the sentence
 * are walked, never the rest of its line: a text of one long line holds many sentences, and scanning the line from
 * each would be quadratic. */
function ownLine(text: string, sentence: Span): Span | null {
  let start = sentence.start;
  while (start > 0 && text[start - 1] !== '\n' && /\s/u.test(text[start - 1]!)) start--;
  if (start > 0 && text[start - 1] !== '\n') return null;
  let end = sentence.end;
  while (end < text.length && text[end] !== '\n' && /[\s.!]/u.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') return null;
  return { start, end: start + text.slice(start, end).trimEnd().length };
}

/** A word that is no name's: a day, a time, a verb of saying ("He said:"), a figure. */
function notAName(word: string): boolean {
  const bare = word.replace(/["«»„“”]/gu, '');
  return /\d/u.test(bare) || DAY.test(bare) || SAYING.test(bare) || isTimeWord(bare);
}

/** A line's opening word is capitalised whatever it is ("Фото:", "Source:", "Details:"): a name before a colon must be
 * an abbreviation, have a capital inside, or be one the article capitalises again inside a sentence ("Гайдай: …" and
 * later "… заявив Сергій Гайдай", "Генштаб: …" and "… повідомив Генштаб ЗСУ"), any ending. */
function provenName(text: string, line: Span, words: readonly string[]): boolean {
  if (words.some((w) => INNER_CAPITAL.test(w))) return true;
  const rest = text.slice(0, line.start) + text.slice(line.end);
  return words.some((w) => {
    const stem = w.length > 4 ? w.slice(0, -1) : w;
    return /^\p{Lu}/u.test(stem) && new RegExp(String.raw`[\p{Ll},]\s+${stem.replace(/[.'’-]/gu, '\\$&')}`, 'u').test(rest);
  });
}

/** The source a headline names after its dash or before its colon, or null; never a place the geoparser found there
 * (`places`: the located mentions of the sentence), a date or a day. */
export function headlineSourceIn(text: string, sentence: Span, places: readonly Span[]): string | null {
  const line = ownLine(text, sentence);
  if (line === null) return null;
  const body = text.slice(line.start, line.end);
  const dash = AFTER_DASH.exec(body);
  const colon = dash ? null : BEFORE_COLON.exec(body);
  const m = dash ?? colon;
  if (!m) return null;
  const name = m[1]!.trim().replace(/\.$/u, '');
  const at = line.start + m.index + m[0].indexOf(name);
  const words = name.match(WORDS) ?? [];
  if (words.some(notAName)) return null;
  if (places.some((p) => p.start <= at && at < p.end)) return null; // ("Минобороны РФ" is a body, "Суджа" a place)
  if (colon && !provenName(text, line, words)) return null;
  return name;
}
