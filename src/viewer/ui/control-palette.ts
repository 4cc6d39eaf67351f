// The control palette as CSS custom properties on the page root (--control-UA, --control-contested …), set once at
// startup from the one symbol table (print/control-symbols.ts): the stylesheets name a status, never its hex, so a
// palette change reaches the timeline ticks and the popup's words too (the ticks kept the replaced amber #d97706).
import { CONTROL_SYMBOLS, type ControlStatus } from '../../print/control-symbols.ts';

/** The custom property holding a status's colour ("--control-contested"). */
export function controlColourProperty(status: ControlStatus): string {
  return `--control-${status}`;
}

export function applyControlPalette(root: HTMLElement): void {
  for (const [status, symbol] of Object.entries(CONTROL_SYMBOLS)) {
    root.style.setProperty(controlColourProperty(status as ControlStatus), symbol.color);
  }
}
