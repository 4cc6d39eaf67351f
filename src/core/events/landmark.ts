// A settlement named only as the landmark of another: "recaptured a village close to the eastern city of X", "three
// other small villages clustered together south of the town of X … had been liberated", "Withdraws from Village Near
// X", "the village of Y, located between X and Z". The change of hands is the unnamed (or first) village's; the
// landmark is where it lies, not what was taken, left or freed.
import type { Span } from '../text/sentences.ts';

/** A noun of a settlement, maybe with its own name ("the village of Y,"), and a few words before the landmark's
 * preposition. */
const SETTLEMENT_NOUN = String.raw`(?<![\p{L}])(?:[Vv]illages?|[Ss]ettlements?|[Tt]owns?|[Hh]amlets?|[Ll]ocalit(?:y|ies))(?:\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?,?\s+(?:[\p{Ll}-]+\s+){0,3}?`;
/** The prepositions of a landmark: near, beside, outside, a compass side of ("south of", "to the north-east of"). */
const LANDMARK_PREPOSITION = String.raw`(?:[Nn]ear|[Cc]lose\s+to|[Nn]ext\s+to|[Bb]eside|[Oo]utside|[Nn]ot\s+far\s+from|(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)`;
/** What may stand between the preposition and the name: lower-case words and side adjectives ("the main southern road
 * towards the eastern Ukrainian city of"), no other name. */
const LANDMARK_NOUN_PHRASE = String.raw`(?:(?:[\p{Ll}-]+|Ukrainian|Russian)\s+){0,8}?`;
const LANDMARK_BEFORE = new RegExp(`${SETTLEMENT_NOUN}${LANDMARK_PREPOSITION}\\s+${LANDMARK_NOUN_PHRASE}$`, 'u');
/** "located between X and Z": the second of two landmarks. */
const BETWEEN_BEFORE = new RegExp(`${SETTLEMENT_NOUN}between\\s+[^.;]{1,60}?\\s+and\\s+${LANDMARK_NOUN_PHRASE}$`, 'u');
const FIRST_BETWEEN_BEFORE = new RegExp(`${SETTLEMENT_NOUN}between\\s+$`, 'u');

/** "between X, captured in February, and Z": a participle of taking right after the name is the name's own event. */
const OWN_PARTICIPLE_AFTER =
  /^\s*,\s*(?:\p{Ll}+ly\s+)?(?:captured|taken|seized|occupied|liberated|retaken|recaptured|freed|abandoned)(?![\p{L}])/u;

/** Whether the settlement `m` is only the landmark of a settlement noun in the trigger's clause: the noun stands after
 * the trigger (or opens the passive's subject before it), and a participle right after the name ("X, captured in
 * February") is the name's own event. */
export function isLandmark(text: string, trig: Span, m: Span, sentenceStart: number): boolean {
  const from = m.start >= trig.end ? trig.end : Math.max(sentenceStart, m.start - 140);
  if (m.start < trig.start && /^\s*,?\s*$/u.test(text.slice(m.end, trig.start))) return false;
  if (OWN_PARTICIPLE_AFTER.test(text.slice(m.end, m.end + 40))) return false;
  const before = text.slice(from, m.start);
  // ("captured the village of Y, located between X, captured in February, and Z": the pair of landmarks may hold a
  // trigger of its own, so the whole clause before the name is read)
  const clause = text.slice(Math.max(sentenceStart, m.start - 140), m.start);
  return LANDMARK_BEFORE.test(before) || BETWEEN_BEFORE.test(clause) || FIRST_BETWEEN_BEFORE.test(before);
}
