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

/** "captured by Russia", "Ukraine withdrew", "fighting in or near, Russia attacking" (not "fighting in or near by
 * Russia", which read as if Russia were the place). */
export function reportWords(action: Action, actor: Side | null): string {
  const [alone, withSide] = WORDS[action];
  return actor ? withSide(sideName(actor)) : alone;
}
