// A record's point of comparison: "the largest attack on Russian territory since the German invasion in 1941",
// "крупнейшее нападение … со времён вторжения Германии в 1941 году". The date there is when something else happened,
// the bar a record is measured against, not when the fighting the article reports began.
import type { ClaimContext } from './context.ts';
import type { TimePhrase } from './dates.ts';
import { prevIn } from './text-index.ts';

/** A superlative or a word of record or first time: "the largest", "its biggest", "a record", "the first",
 * "крупнейший", "наибольший", "найбільший", "впервые", "вперше", "рекордный". */
export const RECORD =
  /\b(?:the|its|their|a|an)\s+(?:[\p{L}-]+\s+)?(?:most|least|first|record|\p{L}{2,}est)\b|(?<!\p{L})(?:впервые|вперше|рекорд\p{L}*|наи\p{L}+(?:ейш|ш)\p{L}*|най\p{L}+(?:іш|ш)\p{L}*|\p{L}{3,}(?:ейш|айш)\p{L}*|самы\p{L}|максимальн\p{L}*)(?!\p{L})/iu;

/** "since …" / "со времён …" / "з часів …" anywhere before the date, or a bare "с"/"з"/"від" right before it. */
const SINCE_WORDS = /\bsince\b|(?<!\p{L})(?:со врем[её]н\p{L}*|со времени|с момента|з часів|від часів|з моменту)(?!\p{L})/giu;
const SINCE_BARE = /(?<!\p{L})(?:с|со|з|із|зі|від)\s*$/iu;
/** A span of the whole war, the frame of a record ("рекордні втрати за час війни", "the heaviest losses over the entire
 * war"), as "since" is. */
const WHOLE_WAR = /^(?:за\s(?:вс[её]\s|весь\s)?(?:время|час)|(?:over|during|throughout|in)\s(?:the\s)?(?:entire|whole))\s/iu;

/** Whether `p` (offsets in the article) is the point of comparison of a record named earlier in its sentence, which
 * starts at `sentenceStart`: a superlative, then "since" (or a span of the whole war), then the date, with no comma or
 * clause break from "since" on. */
export function isRecordReference(ctx: ClaimContext, sentenceStart: number, p: TimePhrase): boolean {
  let memo = recordMemo.get(ctx);
  if (!memo) recordMemo.set(ctx, (memo = new Map()));
  const key = `${sentenceStart}:${p.start}:${p.text}`;
  let known = memo.get(key);
  if (known === undefined) memo.set(key, (known = readRecordReference(ctx, sentenceStart, p)));
  return known;
}

/** `isRecordReference`'s answers by sentence and phrase, per article: it runs for every figure of a sentence beside
 * every phrase of it, and reading the sentence up to the phrase each time was cubic in a sentence of many figures and
 * dates with no end. */
const recordMemo = new WeakMap<ClaimContext, Map<string, boolean>>();

function readRecordReference(ctx: ClaimContext, sentenceStart: number, p: TimePhrase): boolean {
  const text = ctx.article.text;
  // (read from the last clause break before the phrase, and the bare "с" from the blanks before it: read from the
  // sentence's start for every phrase, a sentence of many dates was quadratic; neither a match of SINCE_WORDS nor of
  // SINCE_BARE holds a break, nor does one start at it, so what lies before it changes no answer)
  let blanks = p.start;
  while (blanks > sentenceStart && /\s/u.test(text[blanks - 1]!)) blanks--;
  const bareFrom = Math.max(sentenceStart, blanks - 6);
  const own = /^(?:since|с|со|з|із|зі|від)\s/iu.test(p.text) || WHOLE_WAR.test(p.text) || SINCE_BARE.test(text.slice(bareFrom, p.start));
  let at = own ? p.start : -1;
  if (!own) {
    const cut = Math.max(sentenceStart - 1, prevIn(ctx, text, BREAK, p.start));
    for (const m of text.slice(cut + 1, p.start).matchAll(SINCE_WORDS)) at = cut + 1 + m.index;
  }
  if (at < 0) return false;
  return RECORD.test(text.slice(Math.max(sentenceStart, at - 120), at));
}

/** What ends the stretch from "since" to the date: a clause break or a bracket (a class of text-index.ts). */
const BREAK = ',;:()—–';
