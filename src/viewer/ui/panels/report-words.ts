// What a control report says happened, in the popup's words: the action and the side that acted.
import type { ControlEventFeature, Side } from '../../../core/schema.ts';
import { sideName } from '../../../print/control-symbols.ts';

type Action = ControlEventFeature['properties']['action'];

/** Each action alone, and with its side (a fighting report's side is the attacker, a withdrawal's the side leaving). */
const WORDS: Record<Action, [alone: string, withSide: (side: string) => string]> = {
  captured: ['captured', (s) => `captured by ${s}`],
  liberated: ['liberated / retaken', (s) => `liberated / retaken by ${s}`],
  entered: ['entered', (s) => `entered by ${s}`],
  cleared: ['cleared', (s) => `cleared by ${s}`],
  withdrew: ['withdrawal', (s) => `${s} withdrew`],
  fighting: ['fighting in or near', (s) => `fighting in or near, ${s} attacking`],
  controls: ['under control', (s) => `under the control of ${s}`],
};

/** The same for a report on only part of the settlement (`part`): "part of it captured by Russia", "Ukraine withdrew
 * from part of it". The map shows such a settlement contested, so the line must not read as the whole place's. */
const PART_WORDS: Record<Action, [alone: string, withSide: (side: string) => string]> = {
  captured: ['part of it captured', (s) => `part of it captured by ${s}`],
  liberated: ['part of it liberated / retaken', (s) => `part of it liberated / retaken by ${s}`],
  entered: ['part of it entered', (s) => `part of it entered by ${s}`],
  cleared: ['part of it cleared', (s) => `part of it cleared by ${s}`],
  withdrew: ['withdrawal from part of it', (s) => `${s} withdrew from part of it`],
  fighting: ['fighting in part of it', (s) => `fighting in part of it, ${s} attacking`],
  controls: ['part of it under control', (s) => `part of it under the control of ${s}`],
};

/** "captured by Russia", "Ukraine withdrew", "fighting in or near, Russia attacking" (not "fighting in or near by
 * Russia", which read as if Russia were the place); with `part`, "part of it captured by Russia". */
export function reportWords(action: Action, actor: Side | null, part = false): string {
  const [alone, withSide] = (part ? PART_WORDS : WORDS)[action];
  return actor ? withSide(sideName(actor)) : alone;
}
