// How hard the panel summarises to keep every legend row.

import type { SourcesKeep } from './panel-sources.ts';

/** Rows that share a packing caption on run-on lines: 'whole' starts a block the rest of its column cannot hold in
 * the next column, 'split' lets it go on there under its caption marked "(cont.)". */
export type PackRows = false | 'whole' | 'split';

/** The holders' lists of claimants, then the room the sources keep (their list is then summarised to what fits and a
 * count, at last to the count alone). */
export interface PanelFit {
  briefLabels: boolean;
  sources: SourcesKeep;
  /** Rows that share a packing caption (kinds of place dot, place marks, area-figure marks) on run-on lines. */
  packRows: PackRows;
  /** Legend rows in the small type of the notes. */
  smallRows: boolean;
  /** Taken only when it prints every row: a page that must drop rows anyway keeps its sources named and its rows whole
   * (the count-only source list and the packed rows are worth it only for a complete legend). */
  wholeOnly?: boolean;
}

/** Tried in order; the first that prints every legend row wins. A symbol kind is dropped ("… and N more symbols") only
 * when even the last cannot hold them all: on the events dev corpus an A4 page printed three holder rows, each naming
 * four claimants, and dropped the dashed-ring, district-ring and footprint rows its map drew. Round 28: an A4 portrait
 * page of that corpus (1 Mar 2025) still dropped 9 rows with the first three, the kinds of place dot and the place
 * marks, last in legend order: the last four fits pack the rows that share a caption (legend-packing.ts) and keep the
 * sources their heading and count, the last two also set the rows in small type. Of each pair the first keeps a packed
 * block in one column, the second (taken only when that drops rows) lets it go on in the next under its caption
 * "(cont.)": the same page left the second stale held-area figure atop the second column, away from its caption. */
export const PANEL_FITS: readonly PanelFit[] = [
  { briefLabels: false, sources: 'full', packRows: false, smallRows: false },
  { briefLabels: true, sources: 'full', packRows: false, smallRows: false },
  { briefLabels: true, sources: 'summary', packRows: false, smallRows: false },
  { briefLabels: true, sources: 'count', packRows: 'whole', smallRows: false, wholeOnly: true },
  { briefLabels: true, sources: 'count', packRows: 'split', smallRows: false, wholeOnly: true },
  { briefLabels: true, sources: 'count', packRows: 'whole', smallRows: true, wholeOnly: true },
  { briefLabels: true, sources: 'count', packRows: 'split', smallRows: true, wholeOnly: true },
];
