// Settlements still held by the side that took them: "another 2,603 need to be liberated", "ще 2603 належить звільнити",
// "осталось деоккупировать 29 населенных пунктов" (a liberation still to come: held now by the side to be driven out),
// and "2603 населені пункти … перебувають під російською окупацією", "трьох тис. населених пунктів України перебувають у
// тимчасовій окупації" (held by the occupier, not by the country whose settlements they are).
import { opposite, SIDES } from './sides.ts';

/** A word of need or of what remains: the liberation it governs has not happened. */
const STILL = String.raw`(?:\b(?:need|needs|remain|remains|have|has|yet|still)\sto\sbe|(?<!\p{L})(?:належить|треба|потрібно|необхідно|ще\sмають|залишилос[ья]|залишається|лишилос[ья]|осталось|остаётся|остается|предстоит|нужно|надо|необходимо)(?:\s(?:ще|еще|ещё))?)`;
/** The word right before the verb of liberating. */
const STILL_TO = new RegExp(`${STILL}\\s$`, 'iu');
/** Right after the figure, before its verb of liberating: "ще 1200 належить звільнити", "another 2,603 need to be liberated". */
const STILL_AFTER = new RegExp(String.raw`^\s(?:[^\s,.;]+\s){0,2}?${STILL}\s(?:liberat|freed|звільн|визвол|деокуп|освобо|деоккуп)`, 'iu');

/** Whether the liberation a clause tells of a figure is one still to come: the word of need right before its verb of
 * liberating (at `at`), or right after the figure (ending at `figEnd`). */
export const freedLater = (clause: string, at: number, figEnd: number): boolean =>
  STILL_TO.test(clause.slice(Math.max(0, at - 30), at)) || STILL_AFTER.test(clause.slice(figEnd, figEnd + 60));

/** The noun of occupation as the word of holding. */
const OCCUPATION = /^(?:окупац|оккупац|occupation)/iu;

/** The side holding settlements the clause says are still to be freed or under occupation; undefined when it says
 * neither. `at` is where the clause's word of holding or retaking (`marker`) stands, `figEnd` where the figure ends; `subject` is the side named before
 * it; `regionCountry` the country of the ground. */
export function stillHeldBy(
  clause: string,
  at: number,
  figEnd: number,
  marker: string,
  by: string,
  subject: string | null,
  regionCountry: string | undefined,
): string | null | undefined {
  if (by === 'retaken' && freedLater(clause, at, figEnd)) {
    const freer = subject ?? regionCountry;
    return freer ? opposite(freer) : null;
  }
  if (by === 'held' && OCCUPATION.test(marker)) {
    // ("під російською окупацією", "under Russian occupation": the occupier named with the noun)
    const lead = clause.slice(Math.max(0, at - 24), at);
    const named = SIDES.find(([re]) => new RegExp(`${re.source}\\s$`, re.flags.replace('g', '')).test(lead));
    if (named) return named[1];
    if (regionCountry) return opposite(regionCountry);
    // (else the settlements' country, named as their owner: "населених пунктів України")
    const owners = [...new Set(SIDES.filter(([re]) => re.test(clause)).map(([, side]) => side))];
    return owners.length === 1 ? opposite(owners[0]) : null;
  }
  return undefined;
}
