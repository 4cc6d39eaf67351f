// Who "liberated" a share of a place. Russian reporting "liberates" Ukrainian ground it takes ("освобождено 99%
// территории ЛНР"): a share freed by the side that does not own the region is a share that side holds, not one lost.
import { speakingSides } from './speaker-sides.ts';
import type { Perspective } from '../events/perspective.ts';
import type { ClaimContext } from './context.ts';
import { LIBERATING_STEMS } from './kinds.ts';
import { opposite, sideOrEnemyBefore, subjectSide } from './sides.ts';
import { prevIn } from './text-index.ts';
import { partitionPoint } from '../partition-point.ts';

/** The verbs of liberating, in the three languages. */
export const LIBERATED = new RegExp(`^(?:${LIBERATING_STEMS})$`, 'iu');

/** Who "liberated" ground or settlements a clause speaks of with no side as its subject ("В ДНР освобождено свыше 3308
 * кв. км", "Еще восемь населенных пунктов были освобождены"): the side of the one who says so (see liberatorOf), else
 * the side an earlier sentence named as liberating (in the article's text before `sentenceStart`), else the side whose
 * terms the article speaks in. Null when `marker` is no verb of liberating or the clause names its
 * subject (then the subject decides, as for any verb). */
export function unnamedLiberator(
  clause: string,
  marker: string,
  sentence: string,
  speaker: string | null,
  ctx: ClaimContext,
  perspective: Perspective,
  sentenceStart: number,
): string | null {
  if (!LIBERATED.test(marker) || subjectSide(clause, marker)) return null;
  const said = liberatorOf(clause, marker, sentence, speaker, ctx);
  if (said) return said;
  // A sentence naming both sides ("Герасимов заявив, що ЗС РФ звільнили …, яку займали ЗСУ") is left to the usual rules.
  if (speakingSides(sentence).length === 2) return null;
  return earlierLiberator(ctx, sentenceStart) ?? perspective;
}

/** A verb of liberating, anywhere in a text. */
const LIBERATING = new RegExp(`(?<!\\p{L})(?:${LIBERATING_STEMS})`, 'giu');

/** What liberated.ts works out once per article: read again for every figure, the text before each one made a text of
 * many such figures with no full stop cubic (round 48, bench/HISTORY.md). */
interface LiberatedMemo {
  /** The article's verbs of liberating (their starts) and the side `earlierLiberator`'s walk has named after each. */
  verbs?: { at: Int32Array; side: (string | null)[] };
  /** `introducedSide`'s answer by the speaker's stem. */
  introduced: Map<string, string | null>;
}

const memos = new WeakMap<ClaimContext, LiberatedMemo>();

function memoOf(ctx: ClaimContext): LiberatedMemo {
  let memo = memos.get(ctx);
  if (!memo) memos.set(ctx, (memo = { introduced: new Map() }));
  return memo;
}

/** The subject side of the verb of liberating `m` (in the article's text, or a cut of it from its start), in its own
 * sentence: from the last full stop or line break. */
function verbSide(ctx: ClaimContext, m: RegExpExecArray): string | null {
  const sentenceStart = prevIn(ctx, ctx.article.text, '.\n', m.index + 1) + 1;
  return subjectSide(ctx.article.text.slice(sentenceStart, m.index + m[0].length), m[0]);
}

/** The side an earlier sentence named as the one liberating ("украинские военнослужащие … освободили 14,2 кв. км. … Еще
 * четыре кв. км освобождено"): the subject of the last verb of liberating in the article's text before `end`, in its
 * own sentence. */
function earlierLiberator(ctx: ClaimContext, end: number): string | null {
  const text = ctx.article.text;
  const memo = memoOf(ctx);
  if (!memo.verbs) {
    const at: number[] = [];
    const side: (string | null)[] = [null];
    for (const m of text.matchAll(LIBERATING)) {
      at.push(m.index);
      side.push(verbSide(ctx, m) ?? side.at(-1)!);
    }
    memo.verbs = { at: Int32Array.from(at), side };
  }
  // The whole text's verbs are the text before `end`'s up to its last non-letter: a verb is letters only, and what it
  // reads ends at the first non-letter after it. Only a word `end` cuts (none, unless a sentence starts inside a word)
  // is read again in the cut text itself.
  const cut = prevIn(ctx, text, 'nonletter', end);
  const { at, side } = memo.verbs;
  let found = side[partitionPoint(0, at.length, (i) => at[i]! <= cut)]!;
  const before = text.slice(0, end);
  const rest = new RegExp(LIBERATING.source, LIBERATING.flags);
  rest.lastIndex = cut + 1;
  for (let m = rest.exec(before); m; m = rest.exec(before)) found = verbSide(ctx, m) ?? found;
  return found;
}

/** After the verb, the side the ground was freed from: "освобождено от ВСУ", "звільнено від окупантів", "from Russian
 * forces". */
const FROM_AGENT = /^[^,;]{0,40}?(?:(?<!\p{L})(?:от|від)|\bfrom)\s((?:[\p{L}-]+\s?){1,3})/iu;

/** The side that liberated what the verb `marker` of `clause` speaks of: its subject, else the other side than the one
 * the ground was freed from, else the one side the sentence's speaker is of ("заявил Герасимов"); null if none. */
export function liberatorOf(clause: string, marker: string, sentence: string, speaker: string | null, ctx: ClaimContext): string | null {
  const subject = subjectSide(clause, marker);
  if (subject) return subject;
  const from = FROM_AGENT.exec(clause.slice(clause.indexOf(marker) + marker.length));
  const freedFrom = from ? sideOrEnemyBefore(from[1]!, from[1]!.length, null) : null;
  if (freedFrom) return opposite(freedFrom);
  return speakerSide(sentence, speaker, ctx);
}

/** The one side the sentence's speaker is of ("заявил Герасимов", "Syrskyi said"), or null. */
export function speakerSide(sentence: string, speaker: string | null, ctx: ClaimContext): string | null {
  // The separatist authorities speak for the Russian side: "…has been liberated," the foreign ministry of the
  // self-proclaimed republic said. (Read in the speaker only: the region itself may be a "people's republic".)
  const who = speaker ?? QUOTE_TAIL.exec(sentence)?.[1] ?? null;
  const separatist = who !== null && SEPARATIST.test(who);
  // (speaksFor keeps its answers for a long sentence, read for each of its figures)
  const named: readonly string[] = speakingSides(sentence);
  const speakers = (['UA', 'RU'] as const).filter((s) => named.includes(s) || (s === 'RU' && separatist));
  if (speakers.length === 1) return speakers[0]!;
  return speakers.length === 0 && who ? introducedSide(who, ctx) : null;
}

/** The side of a speaker the article introduces with a title ("глава ДНР Денис Пушилин", "the Ukrainian commander
 * Oleksandr Syrskyi"): the words before the first mention of the speaker's last name that has a side in them. */
function introducedSide(who: string, ctx: ClaimContext): string | null {
  const name = /(\p{Lu}\p{Ll}{2,})[^\p{L}]*$/u.exec(who)?.[1];
  if (!name) return null;
  const stem = name.slice(0, Math.max(4, name.length - 2)); // any case: "Пушилин", "Пушилина"
  // (the answer is the stem's, kept per article: every figure of a speaker's ran the stem over the whole text)
  const { introduced } = memoOf(ctx);
  let side = introduced.get(stem);
  if (side === undefined) introduced.set(stem, (side = titleSide(stem, ctx.article.text)));
  return side;
}

/** The side of the title before the first mention of `stem` that has a side in it; null if none. */
function titleSide(stem: string, article: string): string | null {
  for (const m of article.matchAll(new RegExp(`(?<!\\p{L})${stem}\\p{L}*`, 'gu'))) {
    const title = article
      .slice(Math.max(0, m.index - 80), m.index)
      .split(/[.!?\n]/u)
      .pop()!;
    if (SEPARATIST.test(title)) return 'RU';
    const sides = speakingSides(title);
    if (sides.length > 0) return sides.length === 1 ? sides[0]! : null;
  }
  return null;
}

/** What follows a quotation's closing mark: its speaker ("…liberated," the foreign ministry … said). */
const QUOTE_TAIL = /["”»]\s*,?\s+([^"”»“«]+)$/u;

/** The separatist authorities and their officials' titles, in the three languages. */
const SEPARATIST =
  /\bseparatists?\b|\bself-(?:proclaimed|declared|styled)\b|\bpeople['’]s republics?\b|(?<!\p{L})(?:ДНР|ЛНР|сепаратист\p{L}*|самопровозглаш\p{L}*|самопроголош\p{L}*|народн\p{L}*\s+республик\p{L}*)(?!\p{L})/iu;
