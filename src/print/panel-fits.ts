// How hard the panel summarises to keep every legend row.

/** The holders' lists of claimants, then the room the sources keep (their list is then summarised to what fits and a
 * count). */
export interface PanelFit {
  briefLabels: boolean;
  sourcesAtLeast: boolean;
}

/** Tried in order; the first that prints every legend row wins. A symbol kind is dropped ("… and N more symbols") only
 * when even the last cannot hold them all: on the events dev corpus an A4 page printed three holder rows, each naming
 * four claimants, and dropped the dashed-ring, district-ring and footprint rows its map drew. */
export const PANEL_FITS: readonly PanelFit[] = [
  { briefLabels: false, sourcesAtLeast: false },
  { briefLabels: true, sourcesAtLeast: false },
  { briefLabels: true, sourcesAtLeast: true },
];
