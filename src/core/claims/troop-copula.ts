// A troop strength named by its noun of forces, the number after a copula with no noun of its own: "Russia's army in
// Ukraine is estimated at around 600,000", "the number of Russian troops … was 617,000", "The total number of our
// military personnel … is over 700,000", "російський контингент … складав близько 600 000", "угруповання російської
// армії довели до 713 тисяч", "Россия увеличила войска в Украине до 710 тысяч". The count rules read a number by the
// people it counts ("600,000 troops"); here the forces are the sentence's subject and the number stands alone
// (toll-copula.ts reads losses the same way).
import type { Qualifier } from '../schema.ts';
import { DIGITS_PATTERN, parseNumber } from './numbers.ts';
import { QUALIFIER_PATTERN, qualifierOf } from './qualifiers.ts';
import { SPEAKING_CYR, SPEAKING_EN } from '../text/saying.ts';

export interface TroopCopula {
  start: number; // offsets within the sentence: the number with its qualifier
  end: number;
  min: number;
  max: number;
  qualifier: Qualifier;
  /** Where the noun of forces starts and ends (the side is read around it). */
  noun: number;
  nounEnd: number;
}

/** The noun of forces: an army, a grouping, a contingent, troops, and "the number of" them. */
const FORCE_NOUN = String.raw`(?:army|armed\sforces|troops|forces|grouping|contingent|military\spersonnel|armi[їяіюей]\p{L}*|угрупован\p{L}*|угрупуван\p{L}*|группировк\p{L}*|контингент\p{L}*|війська|військ|войска|войск|чисельн\p{L}*|численност\p{L}*)`;
/** The copula or verb joining the forces to their number: "is (estimated) at", "was", "totals", "numbers", "stands
 * at", "становить", "складав", "нараховує", "налічує", "составляет", "насчитывает", and "до" after a verb of growing
 * ("довели до", "увеличила … до"; see GROWN). */
const COPULA = String.raw`(?:(?:is|was|are|were)(?:\snow)?(?:\s(?:estimated|put|believed\sto\sbe))?(?:\sat)?|(?:has\s|have\s)?(?:reached|grown\sto|risen\sto|increased\sto)|totals?|totall?ed|numbers?|numbered|stands?\sat|stood\sat|estimated\sat|станов\p{L}*|складає|складав|складала|складали|складають|нарахову\p{L}*|наліч\p{L}*|сяга\p{L}*|сягну\p{L}*|состав\p{L}*|насчитыва\p{L}*|достига\p{L}*|достиг\p{L}*|до)`;
/** Between the noun and the copula: where, whose, which, a time; no other number, no clause end, no noun of losses
 * (losses are toll-copula.ts's). */
const BETWEEN = String.raw`(?:[^.;:!?«»"“”\d]|(?:19|20)\d\d){0,80}?`;
const QUALIFIER = String.raw`(?:${QUALIFIER_PATTERN}|більш\sніж|більше\sніж|более\sчем)`;
/** After the number: the end of the clause, or the people it counts; never a noun of something else ("до 30 км",
 * "700 танків", "20%"). */
const ITEM_END = String.raw`(?=\s?[,.;:)–—-]|\s?$|\s(?:осіб|особи|чоловік|человек|людей|people|men|та|і|й|и|а|and|—|–)(?!\p{L}))`;
const TROOP_COPULA = new RegExp(
  String.raw`(?<!\p{L})(${FORCE_NOUN})(?!\p{L})(${BETWEEN})(?<!\p{L})(${COPULA})(?!\p{L})\s(?:(${QUALIFIER})\s)?(${DIGITS_PATTERN})${ITEM_END}`,
  'giu',
);
/** A verb of growing, before the noun or between it and "до": "довели до", "наростили … до", "увеличила … до". */
const GROWN =
  /(?<!\p{L})(?:довел\p{L}*|довели|довів|наростил\p{L}*|наростив|нарастил\p{L}*|збільши\p{L}*|увеличи\p{L}*|increased|grew|expanded)(?!\p{L})/iu;
/** Losses, deaths and the like: a number joined to them is a toll, not a strength. */
const LOSSES =
  /(?<!\p{L})(?:losses|casualties|killed|dead|deaths|втрат\p{L}*|потер\p{L}*|загибл\p{L}*|погибш\p{L}*|вбит\p{L}*|убит\p{L}*)(?!\p{L})/iu;

/** A new clause between the noun and the number, whose subject is another ("Ukraine's forces said the number of attacks
 * was …"): a verb of saying, "that", "which", "що", "який", "что", "который". */
const OTHER_CLAUSE = new RegExp(
  String.raw`\b(?:${SPEAKING_EN}|that|which|who)\b|(?<!\p{L})(?:${SPEAKING_CYR}|що|який|яка|яке|які|что|который|которая|которое|которые)(?!\p{L})`,
  'iu',
);
/** "the number of …", "кількість …", "количество …": what is numbered must be people under arms. */
const NUMBER_OF =
  /(?:\b(?:number|count)\sof\s(?:the\s|our\s|their\s|its\s)?|(?<!\p{L})(?:кількість|количество)\s)([\p{L}-]+)(?:\s([\p{L}-]+))?/iu;
const PEOPLE_UNDER_ARMS =
  /^(?:troops|soldiers|servicemen|personnel|forces|fighters|військових|військовослужбовців|бійців|солдат|военных|военнослужащих|бойцов|войск|військ)$/iu;

/** Every troop strength in `sentence` (offsets within it) stated by its noun of forces and a copula, the number
 * standing alone. */
export function troopCopulasIn(sentence: string): TroopCopula[] {
  const out: TroopCopula[] = [];
  for (const m of sentence.matchAll(TROOP_COPULA)) {
    const raw = m[5]!;
    const value = parseNumber(raw);
    // (a strength is thousands: "the army is 30" or a year is no count of people)
    if (value === null || value < 1000 || /^(?:19|20)\d\d$/u.test(raw)) continue;
    const between = m[2]!;
    const copula = m[3]!;
    if (LOSSES.test(between) || LOSSES.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (OTHER_CLAUSE.test(between)) continue;
    const numbered = NUMBER_OF.exec(`${sentence.slice(Math.max(0, m.index - 30), m.index)}${m[1]}${between}`);
    if (numbered && !PEOPLE_UNDER_ARMS.test(numbered[1]!) && !PEOPLE_UNDER_ARMS.test(numbered[2] ?? '')) continue;
    // (a bare "до" is "up to" unless a verb of growing leads to it: "довели до 713 тисяч")
    if (/^до$/iu.test(copula) && !GROWN.test(`${sentence.slice(Math.max(0, m.index - 30), m.index)} ${between}`)) continue;
    const end = m.index + m[0].length;
    const start = end - raw.length - (m[4] ? m[4].length + 1 : 0);
    out.push({
      start,
      end,
      min: value,
      max: value,
      qualifier: qualifierOf(m[4]),
      noun: m.index,
      nounEnd: m.index + m[1]!.length,
    });
  }
  return out;
}
