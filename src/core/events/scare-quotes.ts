// Scare quotes: wires set a side's own word in quotation marks inside their sentence (its troops "liberated" X, forces
// “repelled” attacks, “in the vicinity” of Y, was "holding back enemy forces" in Z). The marks distance the outlet from
// the word; they do not end the clause, so the event rules read the sentence as if they were not there.

/** A quoted run of one to six words that opens with a lower-case Latin letter and stands inside a clause: a word or
 * phrase quoted, not a statement (which opens with a capital) or a name. Each opening mark pairs with its own closing
 * one. A quoted noun after a determiner ('a "breach"', 'a "key factor"') is a term the outlet names: its marks stay.
 * English only: blanking Cyrillic quoted words gave more extra events than hits in Russian and Ukrainian copy. */
const SCARE_QUOTED =
  /(?<=^|[\s(—–-])(?<!(?<![\p{L}])(?:a|an|the|its|their|this|that|his|her)\s)(?:"([a-z][\p{L}\p{N}'’ ,-]{0,60}?)"|“([a-z][\p{L}\p{N}'’ ,-]{0,60}?)”|‘([a-z][\p{L}\p{N} ,-]{0,60}?)’)(?![\p{L}\p{N}])/gu;
const WORDS_AT_MOST = 6;

/** The text with each scare quote's two marks blanked to spaces (same length, so every offset stays valid). */
export function withoutScareQuotes(text: string): string {
  return text.replace(SCARE_QUOTED, (whole: string, ...groups: (string | undefined)[]) => {
    const inner = groups.slice(0, 3).find((g) => g !== undefined) ?? '';
    if (inner.trim().split(/\s+/u).length > WORDS_AT_MOST || /[,]\s*$/u.test(inner)) return whole;
    return ` ${inner} `;
  });
}
