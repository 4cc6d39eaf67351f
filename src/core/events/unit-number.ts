// A military unit's number is part of its name: "Ukraine's 24th Separate Mechanized Brigade said", "The third Separate
// Assault Brigade announced". The English capitalised-name reading starts at the first capital after the number and
// reads "Separate Mechanized Brigade", which makes every numbered brigade one speaker (claimant-identity compares the
// words left); the number before the name is put back.
import { escapeRegExp } from '../text/matches.ts';

/** A unit's number, in digits or as a word ("24th", "3rd", "third"): a closed class. */
const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)`;
/** The nouns that end a numbered unit's name. */
const UNIT_NOUN = /(?<![\p{L}])(?:brigade|battalion|regiment|division|corps|army|detachment)$/iu;

/** The claimant with the unit's number that stands right before it in the sentence, if it names a unit. */
export function withUnitNumber(sentence: string, who: string): string {
  if (!UNIT_NOUN.test(who)) return who;
  const m = new RegExp(String.raw`(?<![\p{L}\p{N}])(${ORDINAL})\s+${escapeRegExp(who)}`, 'iu').exec(sentence);
  return m ? `${m[1]} ${who}` : who;
}
