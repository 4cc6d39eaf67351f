// A counter-statement (English): the other side's word set against a claim with "but" or "however", with no verb of
// denying — "Wagner said it had taken Bakhmut, but Kyiv's military said fighting continues", "… had taken control of
// Lysychansk, but Zelensky said … the battle for Lysychansk was still on", "However, the Ukrainian army explained that
// the village was by no means fully controlled by the Russians", "seized X in an attack Ukraine said it had repelled".
// What separates it from the everyday "fighting continues" is the contrast: a side's statement that the place is still
// fought over or held, joined to a claim of its taking by "but"/"however".
import type { ControlEventFeature, Side } from '../schema.ts';

const L = String.raw`(?<![\p{L}])`;
const R = String.raw`(?![\p{L}])`;
/** The contrast opening the counter-statement: mid-sentence "but"/"however", or a sentence opened by one. */
const CONTRAST = String.raw`(?:${L}but|${L}however|${L}yet|${L}though)${R},?\s+`;
/** The speaker and the verb of saying, up to the statement ("Kyiv's military said", "Ukrainian President Volodymyr
 * Zelensky said at a press conference with … that", "reports from the ground suggest that"). */
const SAYING = String.raw`[^.;:!?]{0,140}?${L}(?:said|says|say|explained|insisted|stated|maintained|added|told|suggests?|suggested|indicates?|indicated)${R}[^.;!?]{0,120}?`;
/** The statement: the place still fought over or held. */
const STILL = String.raw`(?:(?:fighting|the\s+(?:battle|fight|fighting|defen[cs]e)\s+(?:for|of|in)\s+[^.;!?]{1,40}?)\s+(?:continues|continued|(?:is|was)\s+(?:still\s+)?(?:on|continuing|ongoing|raging|going\s+on))${R}|${L}(?:still|continues?\s+to|continued\s+to)\s+(?:controls?|holds?|held)${R}|${L}(?:is|was|are|were)\s+(?:by\s+no\s+means|not|far\s+from)\s+(?:fully\s+|completely\s+|entirely\s+)?(?:controlled|held|captured|taken)${R}|${L}maintains?\s+(?:[\p{L}-]+\s+){0,4}?presence${R})`;
const COUNTER = new RegExp(`${CONTRAST}(${SAYING}${STILL})`, 'iu');
/** "seized X in an attack Ukraine said it had repelled": the claim's own attack, said to have failed. */
const REPELLED = new RegExp(
  `${L}(?:an?|the)\\s+(?:attack|assault|offensive)\\s+(?:that\\s+|which\\s+)?([^.;!?,]{1,40}?\\s+said\\s+(?:it|its\\s+(?:forces|troops)|they)\\s+(?:had\\s+)?(?:repelled|repulsed|fought\\s+off|beat\\s+back))${R}`,
  'iu',
);

/** A counter-statement in a sentence: where it starts (offset in the sentence) and its words (where the speaking side
 * is named), or null. */
export function counterStatement(sentence: string): { at: number; words: string } | null {
  const m = COUNTER.exec(sentence) ?? REPELLED.exec(sentence);
  return m ? { at: m.index, words: m[1]! } : null;
}

/** A sentence opened by the contrast: it answers a claim told before it. */
export const opensWithContrast = (sentence: string, counter: { at: number }): boolean => /^\s*$/u.test(sentence.slice(0, counter.at));

const CHANGES_OF_HANDS: ReadonlySet<string> = new Set(['captured', 'liberated', 'entered', 'cleared', 'withdrew']);

/** Marks denied the claims a counter-statement answers within its own sentence: the other side's changes of hands told
 * before the contrast (`before`: the sentence's offset of the contrast in the article), on the settlements the
 * statement names when it names any. Returns whether any was marked. */
export function markCountered(events: readonly ControlEventFeature[], before: number, denier: Side, named: ReadonlySet<string>): boolean {
  let marked = false;
  for (const e of events) {
    const p = e.properties;
    if (p.start >= before || p.actor === denier || p.actor === null || !CHANGES_OF_HANDS.has(p.action)) continue;
    if (named.size && !named.has(p.settlement)) continue;
    p.denied = true;
    marked = true;
  }
  return marked;
}
