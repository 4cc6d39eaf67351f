// The order of legend rows, for the viewer's legend and the export's alike: what the frame is about comes first.
// An export's panel cuts a long legend with "… and N more symbols"; when the place kinds came first, a busy frame
// printed kinds of dots and cut the settlement-control rows (and the stale-ring row) that the briefing was about.

/** Row groups, in the order a legend lists them. */
export const LEGEND_GROUPS = [
  'control-status', // settlements held / contested, per holder
  'control-stale', // dashed ring: no report describes the last days
  'control-district', // ring at the district's centre
  'control-footprint', // reported footprint of a holder
  'area', // held-area figures, current and earlier
  'area-stale', // "no held-area figure describes the 60 days before this date"
  'figure', // area figures marked at their place (peak, lost, retaken …)
  'count',
  'movement',
  'overlay', // user-supplied layers
  'region',
  'place-kind', // kinds of place dots, the kind the frame draws most first
  'place-modifier', // approximate, low confidence, clusters, highlight
] as const;
export type LegendGroup = (typeof LEGEND_GROUPS)[number];

export interface RankedRow<T> {
  group: LegendGroup;
  /** Within a group, more first (e.g. how many places of a kind the frame draws); ties keep their given order. */
  weight?: number;
  row: T;
}

/** The rows in legend order: by group, then weight (more first), then as given. Deterministic (a stable sort). */
export function orderLegend<T>(rows: readonly RankedRow<T>[]): T[] {
  const rank = (g: LegendGroup) => LEGEND_GROUPS.indexOf(g);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r.group) - rank(b.r.group) || (b.r.weight ?? 0) - (a.r.weight ?? 0) || a.i - b.i)
    .map(({ r }) => r.row);
}
