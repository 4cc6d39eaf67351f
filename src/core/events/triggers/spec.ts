// A trigger as the per-language lists write it: an action and a pattern string. lexicon.ts builds the RegExps (a letter
// or digit barred before a match, capital letters checked) and spreads the lists into TRIGGERS; the lists must not
// import lexicon.ts, which imports them while it is being built.
import type { ControlAction } from '../../schema.ts';

export interface TriggerSpec {
  action: ControlAction;
  pattern: string;
  /** The subject defends: the actor is the side it holds off. */
  repelled?: boolean;
  /** A capitalised name (maybe after a noun of settlement) must follow: "вернули Суджу", not "вернули деньги". The
   * lexicon's patterns are case-insensitive, so this is checked after the match. */
  name?: boolean;
}
