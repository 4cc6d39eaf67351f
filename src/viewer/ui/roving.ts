// Where a list's one tab stop (a roving tabindex) goes on a key. The claims chart, the articles list and the map's
// place keys each hold one tab stop and let the arrow keys walk it; they computed the move three times. Pure (no DOM):
// the caller moves the tabindex and the focus.

/** Which arrow keys walk the list: all four (a chart, the map), or only Up and Down (a column of rows). */
export type RovingAxes = 'both' | 'vertical';

// Maps, not object literals: a key name is not looked up among an object's inherited properties.
const STEP: Record<RovingAxes, ReadonlyMap<string, number>> = {
  both: new Map([
    ['ArrowRight', 1],
    ['ArrowDown', 1],
    ['ArrowLeft', -1],
    ['ArrowUp', -1],
  ]),
  vertical: new Map([
    ['ArrowDown', 1],
    ['ArrowUp', -1],
  ]),
};

/**
 * The index the tab stop moves to when `key` is pressed on item `index` of `count`: one on or back for an arrow key,
 * the first for Home, the last for End, held at the ends (no wrapping). Undefined for any other key, or an empty list:
 * the caller leaves the event alone then (Tab, Enter, typing go on as usual).
 */
export function rovingIndex(key: string, index: number, count: number, axes: RovingAxes = 'both'): number | undefined {
  if (count <= 0) return undefined;
  const step = STEP[axes].get(key);
  const to = key === 'Home' ? 0 : key === 'End' ? count - 1 : step === undefined ? undefined : index + step;
  return to === undefined ? undefined : Math.max(0, Math.min(count - 1, to));
}
