// Voice by form: which words are passives, whose settlement is their subject (before them) rather than their object.
// Read by the object finding (../objects.ts), the general clause reading (../clause/) and the actor rules.

/** Cyrillic short passive participles and impersonal -но/-то forms; English "was/were/been/is/are" + participle. */
export const CYRILLIC_PASSIVE = /(?:ен|ён|ан|ян|ин|ени|ана|ена|ено|ены|ені|ано|ята|ято|яты|ито|ита|иты|ито|то|та|ты|ті|ний|на|не|ні|ний)$/u;
export const ENGLISH_PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|had\s+been|has\s+been|have\s+been)\s+(?:\p{L}+\s+)?$/iu;
/** Ukrainian and Russian short passive participles of the predicate ("звільнена", "освобождён", "зачищено"). */
export const CYRILLIC_SHORT_PASSIVE = /(?:ен|ён|ена|ено|ені|ана|ано|ані|ята|ято|ті|та|то)$/u;
/** The same with the plurals ("освобождены", "захоплені"), for a word read alone (the clause reading's families). */
export const SHORT_PASSIVE_FORM = /(?:ен|ён|ена|ено|ены|ені|ана|ано|аны|ані|ята|ято|яты|ті|та|то|ты)$/u;
/** An English linking verb, not after a modal or "to" (a prospect) nor "not"/"never" (a negation): "has been",
 * "remains", "became", "has emerged as". */
export const LINKING_VERB = String.raw`(?<!(?:will|would|could|may|might|can|should|must|to|not|never)\s+)(?<![\p{L}])(?:is|are|was|were|been|remains?|remained|becomes?|became|become|emerged\s+as|emerges\s+as)`;
/** ... right before a noun phrase ("is at", "is now"): its settlement is the subject before it, as a passive's is ("was
 * once", a past no longer true, does not fit). */
export const ENGLISH_LINKING_BEFORE = new RegExp(
  String.raw`${LINKING_VERB}\s+(?:(?:now|still|also|again|increasingly)\s+)?(?:at\s+)?$`,
  'iu',
);
