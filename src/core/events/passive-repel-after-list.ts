// "В районах населенных пунктов A, B и C отражены 12 контратак штурмовых групп … бригад ВСУ", "у районах A та B
// відбито атаки окупантів": a passive of beating back right after a list of places has the list for its place. The
// attacks it names are the side whose units or forces follow the attack noun; the side beating them back is the other.
import type { Side } from '../schema.ts';
import { ENEMY_WORDS, SIDE_WORDS } from '../sides.ts';
import { otherSide, type Perspective } from './perspective.ts';

/** The passive verb and its attack noun right after the list, then the words naming whose attacks they were. */
const PASSIVE_REPEL_AFTER_LIST =
  /^\s*(?:(?:был[аио]?|були|було)\s+)?(?:отражен\p{L}*|отбит\p{L}*|відбит\p{L}*)\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:атак|контратак|штурм|наступ)\p{L}*([^.;!?]{0,140})/iu;

/** The side beating back the attacks a passive after the list names, or null where the passive is absent or names no
 * attacker. */
export function passiveRepelDefender(after: string, perspective: Perspective): Side | null {
  const m = PASSIVE_REPEL_AFTER_LIST.exec(after);
  if (!m) return null;
  const named = (['UA', 'RU'] as const).filter((side) => SIDE_WORDS[side].test(m[1]!));
  if (named.length === 1) return otherSide(named[0]!);
  if (named.length === 0 && perspective && ENEMY_WORDS.test(m[1]!)) return perspective;
  return null;
}
