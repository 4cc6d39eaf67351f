// An article that names neither country but speaks of the war's sides ("Украинские военные вышли из Авдеевки, сообщил
// главком ВСУ Сырский") is still about the war: its places lie in Ukraine or Russia. Without this, a one-paragraph
// report on a front town names no country at all, and a town of 35,000 with namesakes elsewhere (Авдеевка) is too
// weak a reading to map. Both countries count, never one: "Russian troops entered Pokrovsk" does not make the
// Pokrovsk meant a Russian one (the side named is the actor, not the place's country).
import { CLAIM_SIDES } from '../sides.ts';

/** The two countries the war is fought in, when the text names either side of it and no country itself. */
export const WAR_COUNTRIES: readonly string[] = ['UA', 'RU'];

/** Whether the text names a side of the war (its country, people, seat of power or armed forces). */
export function namesWarSide(text: string): boolean {
  return CLAIM_SIDES.some(([re, side]) => side !== 'DPRK' && re.test(text));
}
