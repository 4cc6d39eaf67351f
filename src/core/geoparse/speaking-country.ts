// A country that speaks is no evidence of where the places it speaks of lie: "Russia says its troops have entered
// Pokrovsk" names Russia as the claimant, and the Pokrovsk meant is the one on the front, not the one in Yakutia.
import { SPEAKING_CYR, SPEAKING_EN } from '../text/saying.ts';
import type { Spot } from './spot.ts';

/** A verb of speaking right after the name, with at most a day or a short adverb between ("Russia on Sunday said"). */
const AFTER_EN = new RegExp(
  String.raw`^(?:'s)?\s+(?:(?:on\s+\w+|also|again|earlier|later|now|has|had|have)\s+){0,3}(?:${SPEAKING_EN})\b`,
  'iu',
);
const AFTER_CYR = new RegExp(String.raw`^\s+(?:(?:\p{L}+о|также|також|ранее|раніше|вже|уже)\s+){0,2}(?:${SPEAKING_CYR})`, 'iu');

/** Starts of the spots that name only countries and are the subject of a verb of speaking. */
export function speakingCountries(text: string, spots: readonly Spot[]): Set<number> {
  const out = new Set<number>();
  for (const sp of spots) {
    if (sp.entries.length === 0 || !sp.entries.every((e) => e.kind === 'country')) continue;
    const after = text.slice(sp.end, sp.end + 60);
    if (AFTER_EN.test(after) || AFTER_CYR.test(after)) out.add(sp.start);
  }
  return out;
}
