// "После прорыва обороны российские войска захватили X", "Після прориву оборони окупанти захопили X": a Cyrillic noun of
// fighting opens a phrase the extractor joins with the taking after it. A side standing between them, in no visibly
// oblique case, cannot hang on the noun (a noun governs the genitive: "прорыва обороны российских войск" is the
// defence's owner, the side acted on): it is the subject of the taking verb, so its agent.
import { ENEMY_WORDS, OWN_WORDS, SIDE_WORDS } from '../sides.ts';
import type { Side } from '../schema.ts';
import { CYRILLIC_INFINITIVE } from './lexicon.ts';
import { FINITE_VERB, OBLIQUE_SIDE_WORD } from './oblique-side.ts';
import { CYRILLIC_SHORT_PASSIVE } from './triggers/voice.ts';
import { otherSide, type Perspective } from './perspective.ts';
import { globalOf } from '../text/matches.ts';

/** An abbreviation (ВСУ, ЗСУ, ЗС РФ) shows no case: "прорыва обороны ВСУ" is the genitive as readily as a subject. */
const INDECLINABLE = /^\p{Lu}{2,}/u;
/** A country's name is a subject in -а/-я ("Россия", "Україна"); any other ending is an oblique case ("обороны Украины"). */
const OBLIQUE_NAME = /^\p{Lu}\p{Ll}+[^ая]$/u;

/** The side named as the subject inside a joined trigger, between its first (fighting) part and the verb joined at
 * `joinedAt`; null when none stands there, when its case shows it is no subject, or when a verb before it makes it
 * that verb's object ("атаковали российские войска и захватили X"). */
export function joinedSubjectSide(trigText: string, joinedAt: number, perspective: Perspective): Side | null {
  const head = trigText.slice(0, joinedAt);
  if (!/^\p{Script=Cyrillic}/u.test(head)) return null;
  // only a phrase a noun opens: one a verb opens has its own subject or object ("нанесено поражение … бригады ВСУ")
  const opener = /^\p{L}+/u.exec(head)?.[0] ?? '';
  if (FINITE_VERB.test(opener) || CYRILLIC_INFINITIVE.test(opener) || CYRILLIC_SHORT_PASSIVE.test(opener)) return null;
  let last: { side: Side; at: number; word: string } | null = null;
  const consider = (side: Side | null, re: RegExp): void => {
    if (!side) return;
    for (const m of head.matchAll(globalOf(re))) if (!last || m.index > last.at) last = { side, at: m.index, word: m[0] };
  };
  for (const side of ['UA', 'RU', 'DPRK'] as const) consider(side, SIDE_WORDS[side]);
  consider(perspective ? otherSide(perspective) : null, ENEMY_WORDS);
  consider(perspective, OWN_WORDS);
  if (!last) return null;
  const found = last as { side: Side; at: number; word: string };
  const word = found.word.trim();
  if (OBLIQUE_SIDE_WORD.test(word) || OBLIQUE_SIDE_WORD.test(word.split(/\s+/u)[0]!) || INDECLINABLE.test(word) || OBLIQUE_NAME.test(word))
    return null;
  const before = head.slice(0, found.at).match(/\p{L}+/gu) ?? [];
  if (before.some((w) => FINITE_VERB.test(w) || CYRILLIC_INFINITIVE.test(w))) return null;
  return found.side;
}
