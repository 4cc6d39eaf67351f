// Whose "enemy": English wire copy carries neither side's terms, so perspectiveOf gives it no side, yet a quoted
// "the enemy lost 9,000 servicemen" is the enemy of whoever is quoted. When the copy cites one side's military body
// as its speaker ("the Russian Defense Ministry said", "Russian Defence Minister … said", "Ukraine's General Staff
// reported"), "the enemy" in it is that body's enemy.
import type { Perspective } from '../events/perspective.ts';
import { SAYING_EN } from '../text/saying.ts';

const BODY = String.raw`(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|Defen[cs]e\s+Minister|General\s+Staff|Armed\s+Forces)`;
/** A side's military body, then within the same sentence a verb of saying. */
const cited = (side: string): RegExp => new RegExp(String.raw`\b${side}\s+${BODY}\b[^.!?\n"“”]{0,60}?\b(?:${SAYING_EN})\b`, 'g');
const CITED: Record<'UA' | 'RU', RegExp> = {
  RU: cited(String.raw`(?:Russian|Russia['’]s)`),
  UA: cited(String.raw`(?:Ukrainian|Ukraine['’]s)`),
};

/** The side whose military body the copy cites, when only one side's is; null otherwise. */
export function citedMilitaryPerspective(text: string): Perspective {
  const ru = CITED.RU.test(text);
  CITED.RU.lastIndex = 0;
  const ua = CITED.UA.test(text);
  CITED.UA.lastIndex = 0;
  if (ru === ua) return null;
  return ru ? 'RU' : 'UA';
}
