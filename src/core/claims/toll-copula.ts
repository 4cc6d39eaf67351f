// A toll named by its noun of losses, the number after a copula with no noun of its own: "втрати РФ становлять
// приблизно 418 тисяч", "загальні втрати убитими й пораненими становили приблизно 418 тисяч", "Втрати росіян загиблими
// … наразі становлять 180 000", "Russia's total irretrievable losses … may amount to 203,000", "put Russian casualties at
// over 10,000". The count rules read a number by the people it counts ("418 тисяч осіб"); here the losses are the
// sentence's subject and the number stands alone. A running total is told so too: "Russian casualties totaled 41,980",
// "taking Moscow's total losses since the start of the invasion to 154,830", "raised its estimate of the total combat
// losses … to 326,400".
import type { Qualifier } from '../schema.ts';
import { casualtyUnit, type CountedUnit } from './counted.ts';
import { DIGITS_PATTERN, parseNumber } from './numbers.ts';
import { QUALIFIER_PATTERN, qualifierOf } from './qualifiers.ts';
import { TOTAL_VERB } from './running-total.ts';

export interface TollCopula {
  start: number; // offsets within the sentence: the number with its qualifier
  end: number;
  min: number;
  max: number;
  qualifier: Qualifier;
  counts: CountedUnit;
  /** Where the noun of losses starts (the side is read before the number from there). */
  noun: number;
}

/** The noun of losses: "втрати", "потери", "losses", "casualties", "casualty count". */
const LOSS_NOUN = String.raw`(?:втрат\p{L}*|потер[ьияею]\p{L}*|losses|casualties|casualty\s(?:count|toll|figures?)|death\stoll)`;
/** The copula or verb joining the losses to their number (or a dash standing for it): "становлять", "составили", "сягнули", "достигли",
 * "перевищили", "amount to", "reached", "stand at", "at" (after "put … losses", "estimated … losses"). */
const COPULA = String.raw`(?:становл\p{L}*|станов\p{L}*|складають|склали|состав\p{L}*|сягну\p{L}*|сягають|досягл\p{L}*|достиг\p{L}*|перевищ\p{L}*|превыс\p{L}*|(?:may\s|could\s|would\s)?amount(?:s|ed)?\sto|(?:have\s|has\s)?reached|stand(?:s)?\sat|stood\sat|(?:is|are|was|were)(?:\s(?:now|estimated|put))?\sat|totall?ed|totals|numbered|at|to|[—–])`;
/** Between the noun and the copula: the side, the kind of losses, a time or a speaker; no other number, no clause end
 * (years may stand there: "потери за 2022 и 2023 годы"). */
const BETWEEN = String.raw`(?:[^.;:!?«»"“”\d]|(?:19|20)\d\d){0,80}?`;
const QUALIFIER = String.raw`(?:${QUALIFIER_PATTERN}|більш\sніж|більше\sніж|более\sчем|до)`;
/** A time or place phrase right after the number ("at about 9,000 since the start of March", "418 тисяч у 2025 році"). */
const TIME_AFTER = String.raw`since|in|over|during|from|until|by|as\sof|за|с|со|з|із|від|от|у|в|во|станом|по`;
/** After the number: the end of the clause, or the people it counts; never a noun of something else ("становлять
 * 13%", "180 танків", "35 кв. км"). */
const ITEM_END = String.raw`(?=\s?[,.;:)–—-]|\s?$|\s(?:осіб|особи|чоловік|человек|людей|people|та|і|й|и|а|and|—|–|${TIME_AFTER})(?!\p{L}))`;
const TOLL_COPULA = new RegExp(
  String.raw`(?<!\p{L})(${LOSS_NOUN})(?!\p{L})(${BETWEEN})(?<!\p{L})${COPULA}(?!\p{L})\s(?:(${QUALIFIER})\s)?(${DIGITS_PATTERN})${ITEM_END}`,
  'giu',
);
const BOTH_SIDES = /\b(?:both\ssides|combined)\b|(?<!\p{L})(?:обеих|обоих|обох|обидвох)(?!\p{L})/iu;
/** "at" alone joins only an estimate's losses: "put Russian losses at", "estimated Russian losses at". */
const ESTIMATE_BEFORE = /\b(?:put|puts|putting|estimated?|estimates|estimating|placed?|places)\b[^.;]{0,60}$/iu;
/** "to" alone joins only losses a verb brings to a total: "taking Moscow's total losses … to", "raised its estimate of
 * the total combat losses … to", "bringing Russia's total casualties to". */
const TOTAL_BEFORE = new RegExp(String.raw`\b${TOTAL_VERB}\b[^.;]{0,40}\btotal\s(?:\p{L}+\s){0,2}$`, 'iu');

/** Every toll in `sentence` (offsets within it) stated by its noun of losses and a copula, the number standing alone. */
export function tollCopulasIn(sentence: string): TollCopula[] {
  const out: TollCopula[] = [];
  for (const m of sentence.matchAll(TOLL_COPULA)) {
    const raw = m[4]!;
    const value = parseNumber(raw);
    // (a few hundred at least: "втрати становлять 13" is no count of people; not a year)
    if (value === null || value < 100 || /^(?:19|20)\d\d$/u.test(raw)) continue;
    // (both sides' losses together are no side's toll: "потерь с обеих сторон … достигло 1.8 миллиона")
    if (BOTH_SIDES.test(m[2]!)) continue;
    const copula = m[0].slice(m[1]!.length + m[2]!.length);
    // (windows before the noun, not the whole sentence: a long line of such tolls stays linear; ESTIMATE_BEFORE reads
    // at most its verb and 60 characters, so 80 give the same answer)
    const noun = m.index + m[1]!.length;
    if (/^at\s/iu.test(copula) && !ESTIMATE_BEFORE.test(sentence.slice(Math.max(0, noun - 80), noun))) continue;
    if (/^to\s/iu.test(copula) && !TOTAL_BEFORE.test(sentence.slice(Math.max(0, m.index - 100), m.index))) continue;
    const end = m.index + m[0].length;
    const start = end - raw.length - (m[3] ? m[3].length + 1 : 0);
    out.push({
      start,
      end,
      min: value,
      max: value,
      qualifier: qualifierOf(m[3]),
      counts: casualtyUnit(`${m[1]} ${m[2]}`, '') ?? 'casualties',
      noun: m.index,
    });
  }
  return out;
}
