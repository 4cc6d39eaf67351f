// A data date ("as of November 6", "станом на 20 жовтня", "По состоянию на 14 ноября") dates the ground and troops held
// that the sentence giving it, and the statement it goes on in, state, not every such stock of the article (the dev
// convention of round 39: a figure takes the day its own sentence names, else the publication day, unless its sentence
// continues the same quoted statement). "Станом на 20 жовтня … лишається 1,8%" in the last paragraph does not date the
// report's own "ворог тримає 40 тисяч" above it; "По его расчетам" after Korabelov's "По состоянию на 14 ноября" carries
// it on. A bare declaration with no figure of its own ("The figures are as of March 9") still dates every figure.
// Gains, tolls and settlement counts are not asked (period.ts): their spans end on the data day.
import type { ClaimContext } from './context.ts';
import type { Span } from '../text/sentences.ts';
import { BY_THEIR_WORDS_CYR, BY_THEIR_WORDS_EN } from '../text/pointing-back.ts';

/** A sentence opening that carries on the statement before it: "According to him", "By his count", "По его
 * расчетам", "За його підрахунками", "according to the same data", "за тими ж даними". */
const CARRIES_ON = new RegExp(
  String.raw`^\W*(?:${BY_THEIR_WORDS_EN}|according\sto\sthe\ssame\s(?:data|source|report)|(?:he|she|they)\s(?:said|added|noted)|${BY_THEIR_WORDS_CYR}|по\sтем\sже\sданным|за\sтими\sж\sданими)(?!\p{L})`,
  'iu',
);

/** The source a data sentence names: "According to Def Mon,", "за даними DeepState", "по данным ISW". */
const SOURCE =
  /(?:\baccording\sto|(?<!\p{L})(?:за\sданими|по\sданным|за\sінформацією|по\sинформации|згідно\sз|согласно))\s+(?:the\s)?["“«]?([^,.;:!?"”»()]{2,40}?)["”»]?(?=[,.;:!?()]|\s(?:as\sof|станом|по\sсостоянию))/iu;

/** What the data sentence says of itself, read once per article: whether it is a bare declaration, and the last word of
 * the source it names (a text of many figures asks for each). */
interface DataStatement {
  bare: boolean;
  source: RegExp | null;
  /** The answer for each sentence asked about, by its start. */
  carries: Map<number, boolean>;
}
const memo = new WeakMap<ClaimContext, DataStatement>();

function dataStatement(ctx: ClaimContext, at: { sentence: Span; phrase: Span }): DataStatement {
  let found = memo.get(ctx);
  if (found) return found;
  const text = ctx.article.text;
  const { sentence: data, phrase } = at;
  const bare = !/\d/u.test(text.slice(data.start, phrase.start) + text.slice(phrase.end, data.end));
  const word = SOURCE.exec(text.slice(data.start, data.end))?.[1]?.trim().split(/\s+/u).pop();
  const source =
    word && word.length >= 3 ? new RegExp(String.raw`(?<!\p{L})${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?!\p{L})`, 'u') : null;
  memo.set(ctx, (found = { bare, source, carries: new Map() }));
  return found;
}

/** True when the figure's `sentence` is dated by the data date `at` gives: the data sentence is a bare declaration
 * with no figure of its own ("The figures are as of March 9", "Дані наведено станом на 9 березня"), which dates the
 * article's figures; else the figure's sentence is the data sentence itself or carries on its statement: it opens by
 * pointing back to it, or it names the data's source again (its last word). */
export function continuesDataStatement(ctx: ClaimContext, at: { sentence: Span; phrase: Span }, sentence: Span): boolean {
  const { bare, source, carries } = dataStatement(ctx, at);
  if (bare || sentence.start === at.sentence.start) return true;
  if (sentence.start < at.sentence.start) return false;
  let yes = carries.get(sentence.start);
  if (yes === undefined) {
    const own = ctx.article.text.slice(sentence.start, sentence.end);
    carries.set(sentence.start, (yes = CARRIES_ON.test(own) || (source !== null && source.test(own))));
  }
  return yes;
}
