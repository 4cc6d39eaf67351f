// "After liberating X, Russian forces advanced …", "…, after taking X, our troops moved on": an English gerund governed
// by a preposition that opens its sentence or clause has no subject of its own before it; it shares the subject of the
// clause that follows its comma (as the Cyrillic adverbial participle does: "увійшовши у X, росіяни потрапили …").
// Only at a clause's opening: in "Russian forces withdrew from X after taking Y" the subject stands before.

/** The words read before the trigger end in a preposition that opens the sentence or follows a clause break. */
const OPENING_PREPOSITION = /(?:^|[,;:"“«(]|\.\s)\s*(?:after|since|upon|on|before|while|when|by|following)\s+$/iu;
/** An English gerund (the trigger's first word). */
const GERUND = /^\p{L}+ing(?!\p{L})/u;

/** Whether the trigger is a gerund opening its clause after a preposition, its subject to be read after the comma. */
export function openingGerundAdjunct(left: string, trigger: string): boolean {
  return GERUND.test(trigger) && OPENING_PREPOSITION.test(left);
}
