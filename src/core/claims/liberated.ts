// Who "liberated" a share of a place. Russian reporting "liberates" Ukrainian ground it takes ("освобождено 99%
// территории ЛНР"): a share freed by the side that does not own the region is a share that side holds, not one lost.
import { CLAIMANT_SIDE } from '../sides.ts';
import { opposite, sideOrEnemyBefore, subjectSide } from './sides.ts';

/** After the verb, the side the ground was freed from: "освобождено от ВСУ", "звільнено від окупантів", "from Russian
 * forces". */
const FROM_AGENT = /^[^,;]{0,40}?(?:(?<!\p{L})(?:от|від)|\bfrom)\s((?:[\p{L}-]+\s?){1,3})/iu;

/** The side that liberated what the verb `marker` of `clause` speaks of: its subject, else the other side than the one
 * the ground was freed from, else the one side the sentence's speaker is of ("заявил Герасимов"); null if none. */
export function liberatorOf(clause: string, marker: string, sentence: string): string | null {
  const subject = subjectSide(clause, marker);
  if (subject) return subject;
  const from = FROM_AGENT.exec(clause.slice(clause.indexOf(marker) + marker.length));
  const freedFrom = from ? sideOrEnemyBefore(from[1]!, from[1]!.length, null) : null;
  if (freedFrom) return opposite(freedFrom);
  const speakers = (['UA', 'RU'] as const).filter((s) => CLAIMANT_SIDE[s].test(sentence));
  return speakers.length === 1 ? speakers[0]! : null;
}
