// Word gaps shared by the trigger files (which must not import lexicon.ts, see ru.ts).

/** Up to two words between a verb and its preposition, but no conjunction: in "прорватися і закріпитися в X",
 * "прорвались и закрепились в X" the preposition belongs to the second verb. */
export const NO_SECOND_VERB = String.raw`(?:(?!(?:і|й|та|и|а)\s)\p{L}+\s+){0,2}?`;
