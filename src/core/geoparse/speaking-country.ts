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

// A country named only as the owner of a ministry or of forces is an actor too ("сообщили в Минобороны России",
// "группировки ВС РФ", "Russia's Defence Ministry"): it says nothing of where the places its forces took lie.
const INSTITUTION_CYR = String.raw`(?:минобороны|міноборони|министр\p{L}*\s+обороны|міністр\p{L}*\s+оборони|вс|зс|вкс|вооруж[её]нн\p{L}+\s+сил\p{L}*|збройн\p{L}+\s+сил\p{L}*|арми\p{L}|армі\p{L}|войск\p{L}*|військ\p{L}*|генштаб\p{L}*|генеральн\p{L}+\s+штаб\p{L}*|мо|мид|мзс|фсб)`;
const INSTITUTION_EN = String.raw`(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|defen[cs]e\s+minist(?:er|ry)|armed\s+forces|army|military|troops|forces|general\s+staff|foreign\s+ministry)`;
const OWNED_CYR = new RegExp(String.raw`(?:^|[^\p{L}])${INSTITUTION_CYR}\s+$`, 'iu');
const OWNED_EN_BEFORE = new RegExp(String.raw`\b${INSTITUTION_EN}\s+of\s+(?:the\s+)?$`, 'iu');
const OWNED_EN_AFTER = new RegExp(String.raw`^'s\s+${INSTITUTION_EN}\b`, 'iu');

/** Starts of the spots that name only countries and are the subject of a verb of speaking or the owner of a ministry
 * or of forces. */
export function speakingCountries(text: string, spots: readonly Spot[]): Set<number> {
  const out = new Set<number>();
  for (const sp of spots) {
    if (sp.entries.length === 0 || !sp.entries.every((e) => e.kind === 'country')) continue;
    const after = text.slice(sp.end, sp.end + 60);
    const before = text.slice(Math.max(0, sp.start - 40), sp.start);
    if (
      AFTER_EN.test(after) ||
      AFTER_CYR.test(after) ||
      OWNED_CYR.test(before) ||
      OWNED_EN_BEFORE.test(before) ||
      OWNED_EN_AFTER.test(after)
    )
      out.add(sp.start);
  }
  return out;
}
