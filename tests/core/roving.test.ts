// The roving tab stop's move (src/viewer/ui/roving.ts), shared by the claims chart, the articles list and the map's
// place keys: arrows step and stop at the ends, Home and End jump, other keys are left to the browser.
import { describe, expect, it } from 'vitest';
import { rovingIndex } from '../../src/viewer/ui/roving.ts';

describe('rovingIndex', () => {
  it('steps with all four arrows by default', () => {
    expect(rovingIndex('ArrowRight', 2, 5)).toBe(3);
    expect(rovingIndex('ArrowDown', 2, 5)).toBe(3);
    expect(rovingIndex('ArrowLeft', 2, 5)).toBe(1);
    expect(rovingIndex('ArrowUp', 2, 5)).toBe(1);
  });

  it('holds at the ends instead of wrapping', () => {
    expect(rovingIndex('ArrowRight', 4, 5)).toBe(4);
    expect(rovingIndex('ArrowUp', 0, 5)).toBe(0);
  });

  it('jumps to the ends on Home and End', () => {
    expect(rovingIndex('Home', 3, 5)).toBe(0);
    expect(rovingIndex('End', 1, 5)).toBe(4);
    expect(rovingIndex('End', 0, 1)).toBe(0);
  });

  it('walks a column with Up and Down only', () => {
    expect(rovingIndex('ArrowDown', 0, 3, 'vertical')).toBe(1);
    expect(rovingIndex('ArrowUp', 1, 3, 'vertical')).toBe(0);
    expect(rovingIndex('ArrowLeft', 1, 3, 'vertical')).toBeUndefined();
    expect(rovingIndex('ArrowRight', 1, 3, 'vertical')).toBeUndefined();
    expect(rovingIndex('Home', 2, 3, 'vertical')).toBe(0);
  });

  it('leaves other keys, inherited property names and empty lists alone', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'constructor', 'toString']) expect(rovingIndex(key, 1, 3)).toBeUndefined();
    expect(rovingIndex('ArrowDown', 0, 0)).toBeUndefined();
    expect(rovingIndex('Home', 0, 0)).toBeUndefined();
  });

  it('brings an index left out of range back into the list', () => {
    // The place keys hold an index across rebuilds; a shorter list must not leave it past the end.
    expect(rovingIndex('ArrowDown', 9, 3)).toBe(2);
  });
});
