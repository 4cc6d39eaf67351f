// A denial that names the act it denies as a change of hands ("поширена інформація про нібито окупацію цих двох
// населених пунктів не відповідає дійсності", "information about Russia's control of the two settlements is not true",
// "Заяви Кремля про «захоплення» населених пунктів … є недостовірними") denies that taking, not the fighting the denier
// reports beside it: in a clause of its own before the denial ("… також активні бої тривають у районі села Y, однак …")
// or in the sentence before ("Також тривають активні бойові дії в районі села Y … «Інформація про окупацію … не
// відповідає дійсності», – наголосили у Генштабі").
import type { ControlEventFeature, Side } from '../schema.ts';
import { allegedBefore } from './alleged.ts';
import { DENIALS } from './lexicon.ts';

/** A change of hands named in a denial's clause: the noun of taking, occupying, liberating or controlling (or its verb). */
const CHANGE_OF_HANDS = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing|ure)|occup(?:ation|y|ies|ied|ying)|takeover|liberat(?:e|es|ed|ing|ion)|fall\s+of|control\s+(?:of|over))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:окупац|окупува|окупова|захопл|захопи|взятт|звільненн|падінн|оккупац|оккупир|захват|взяти|освобожд|падени|контрол)\p{L}*`,
  ].join('|'),
  'iu',
);
/** Where a clause ends: a comma, semicolon, colon or dash. */
const BOUNDARY = /[,;:—–]/u;

interface Clause {
  start: number;
  end: number;
}

/** The clause each denial of the sentence stands in (sentence offsets), from the boundary before the denying word to
 * the one after it. */
function denialClauses(sentence: string): Clause[] {
  return [...sentence.matchAll(DENIALS)].map((m) => {
    const head = sentence.slice(0, m.index);
    let start = 0;
    for (let i = head.length - 1; i >= 0; i--)
      if (BOUNDARY.test(head[i]!)) {
        start = i + 1;
        break;
      }
    const tail = sentence.slice(m.index + m[0].length);
    const cut = tail.search(BOUNDARY);
    return { start, end: cut < 0 ? sentence.length : m.index + m[0].length + cut };
  });
}

/** The denials' clauses when every denial of the sentence names a change of hands (null otherwise: a bare "denied
 * this" may deny anything told beside it). */
function changeOfHandsDenials(sentence: string): Clause[] | null {
  const clauses = denialClauses(sentence);
  if (!clauses.length) return null;
  return clauses.every((c) => CHANGE_OF_HANDS.test(sentence.slice(c.start, c.end))) ? clauses : null;
}

/** Affirms again the denier's own reports among a sentence's denied events (`events`, article offsets; `sentence`
 * its span) when every denial of the sentence names a change of hands: fighting told outside the denials' clauses, and
 * a hold there by a side other than `deniedSide` (the side whose claim is denied). A report told as alleged ("нібито",
 * "allegedly") stays denied. */
export function affirmBesideNamedDenial(
  text: string,
  sentence: { start: number; end: number },
  events: readonly ControlEventFeature[],
  deniedSide: Side | null,
): void {
  const said = text.slice(sentence.start, sentence.end);
  const clauses = changeOfHandsDenials(said);
  if (!clauses) return;
  for (const e of events) {
    const p = e.properties;
    if (!p.denied) continue;
    const at = p.start - sentence.start;
    if (clauses.some((c) => at >= c.start && at < c.end)) continue;
    const own = p.action === 'fighting' || (p.action === 'controls' && p.actor !== null && p.actor !== deniedSide);
    if (own && !allegedBefore(said.slice(Math.max(0, at - 60), at))) p.denied = false;
  }
}

/** Whether a sentence's denials all name a change of hands, so they deny no fighting told in the sentence before. */
export function deniesChangeOfHands(sentence: string): boolean {
  return changeOfHandsDenials(sentence) !== null;
}
