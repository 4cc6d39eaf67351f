// A districts-layer row as its builders (scripts/build-theatre-layers.ts, scripts/build-ua-raions.ts) assemble it before
// `toPlacesLayer` packs it: the entry, its own ref and its source split into the layer's source and the row's reference.
import type { GazetteerEntry } from '../src/core/gazetteer/entry.ts';
import { latinFromUkrainian } from '../src/cli/gazetteer/cyrillic-names.ts';

export type Draft = Omit<GazetteerEntry, 'id' | 'source'> & { ref: string; source: [string, string] };

/** Coordinates kept to five decimals (about a metre), so rebuilding gives the same file. */
export const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** A ref from a Ukrainian name: its Latin form in lower case, words joined by "-". */
export const slug = (s: string): string =>
  latinFromUkrainian(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
