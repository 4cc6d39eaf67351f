// Who is writing: "the enemy" is Russia in Ukrainian reporting and Ukraine in Russian official reporting, and "our
// troops" the other way round. The language alone does not tell (Ukrainian outlets also publish in Russian); the terms
// each side's reporting uses do.
import type { Side } from '../schema.ts';
import { PERSPECTIVE_MARKERS, PERSPECTIVE_TIEBREAK_RU } from '../sides.ts';

export type Perspective = 'UA' | 'RU' | null;

const count = (re: RegExp, text: string): number => {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let n = 0;
  for (const _ of text.matchAll(g)) n++;
  return n;
};

/** The side whose terms dominate the article; null when neither does (English wire copy, mixed quotes). */
export function perspectiveOf(text: string): Perspective {
  const ua = count(PERSPECTIVE_MARKERS.UA, text);
  const ru = count(PERSPECTIVE_MARKERS.RU, text);
  if (ua > ru) return 'UA';
  if (ru > ua) return 'RU';
  if (PERSPECTIVE_TIEBREAK_RU.test(text)) return 'RU';
  // Ukrainian-language copy with no markers either way is, in practice, Ukrainian reporting.
  return /[іїєґ]/iu.test(text) ? 'UA' : null;
}

export const otherSide = (side: Side): Side => (side === 'UA' ? 'RU' : 'UA');
