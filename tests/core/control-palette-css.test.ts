// The control palette has one home (print/control-symbols.ts); the viewer's control stylesheet takes its status
// colours from it through custom properties set at startup (viewer/ui/control-palette.ts). Round 26 changed contested
// to #ad5f00 in the table, but the timeline's ticks kept the replaced #d97706 written in control.css (3.19:1 on white).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROL_SYMBOLS } from '../../src/print/control-symbols.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONTROL_CSS = readFileSync(resolve(ROOT, 'src/viewer/ui/control.css'), 'utf8');

/** A colour is neutral (a grey for rules and borders, carrying no status) when its channels are within this of each
 * other; a hue in control.css is a status colour and must be a palette property. */
const NEUTRAL_SPREAD = 24;

describe('control.css status colours', () => {
  it('writes no hue of its own: literal colours are neutral greys', () => {
    const hues = [...CONTROL_CSS.matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi)]
      .map((m) => (m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!))
      .filter((hex) => {
        const ch = [0, 2, 4].map((k) => parseInt(hex.slice(k, k + 2), 16));
        return Math.max(...ch) - Math.min(...ch) > NEUTRAL_SPREAD;
      })
      .map((hex) => `#${hex}`);
    expect(hues).toEqual([]);
  });

  it('names only statuses the palette has, and defines none of them itself', () => {
    const used = [...CONTROL_CSS.matchAll(/var\(--control-([\w-]+)\)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((s) => !Object.hasOwn(CONTROL_SYMBOLS, s))).toEqual([]);
    expect(CONTROL_CSS).not.toMatch(/--control-[\w-]+\s*:/);
  });
});
