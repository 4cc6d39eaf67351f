// Packed legend rows: a run of rows that share a caption, printed as the caption once and then each symbol with its
// short label on run-on lines, for a page too short for a row per symbol. Pure layout against a Measure.
import type { LegendEntry } from './page-content.ts';
import type { Measure } from './text-wrap.ts';
import { wrap } from './text-wrap.ts';

/** The legend as blocks: one row each, or with `pack` a run of rows sharing a caption as one block (a run of one
 * prints as its ordinary row). */
export function legendBlocks(entries: readonly LegendEntry[], pack: boolean): LegendEntry[][] {
  const blocks: LegendEntry[][] = [];
  for (const e of entries) {
    const last = blocks[blocks.length - 1];
    const caption = e.packed?.caption;
    if (pack && caption && last && last[0]!.packed?.caption === caption) last.push(e);
    else blocks.push([e]);
  }
  return blocks;
}

export interface PackedPlacement {
  /** Caption lines, each on its own line of the block. */
  caption: string[];
  /** Each symbol: its line in the block and its left edge (px from the column's left). */
  items: { entry: LegendEntry; line: number; x: number }[];
  lines: number;
  /** False when a symbol with its short label is wider than the column on a line of its own. */
  fits: boolean;
}

/**
 * Where a packed block's parts go in a column `width` px wide: the caption wrapped, then each symbol (swatch `sw` px,
 * then its short label) run on after it, a new line when the next does not fit; `caption` replaces the block's own
 * (its continuation in the next column).
 */
export function placePacked(
  block: readonly LegendEntry[],
  measure: Measure,
  size: number,
  width: number,
  u: number,
  sw: number,
  caption: string = block[0]!.packed!.caption,
): PackedPlacement {
  const lines = wrap(measure, caption, size, 400, width);
  let line = Math.max(lines.length - 1, 0);
  let x = lines.length ? measure(lines[lines.length - 1]!, size, 400) + 8 * u : 0;
  const items: PackedPlacement['items'] = [];
  let fits = true;
  for (const entry of block) {
    const w = sw + measure(entry.packed!.short, size, 400);
    if (w > width) fits = false;
    if (x > 0 && x + w > width) {
      line++;
      x = 0;
    }
    items.push({ entry, line, x });
    x += w + 10 * u;
  }
  return { caption: lines, items, lines: line + 1, fits };
}
