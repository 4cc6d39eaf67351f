// Which point labels the area chart prints: a dozen claims a few pixels apart (a multi-year corpus) printed their
// figures over each other. Labels are placed greedily in order of importance (the selected claim, the latest, those
// shown at the date, then those not yet published; later periods first) and one that would cover a placed label is
// left out: its point keeps its tooltip and accessible name.
/** Width of a character of a point label (11 px, semibold Noto Sans), to keep labels apart without measuring. */
export const LABEL_CHAR_PX = 6.6;

export interface LabelBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LabelCandidate {
  box: LabelBox;
  /** -1 off the value scale (its height does not say its value), 0 selected, 1 latest, 2 shown at the date, 3 not
   * yet published. */
  tier: number;
  /** The middle of the period described (days): later first within a tier. */
  periodMid: number;
}

const intersects = (a: LabelBox, b: LabelBox): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The candidates that get their label, in placement order; `taken` are boxes already drawn (the footprint's). */
export function placeLabels<T extends LabelCandidate>(candidates: readonly T[], taken: readonly LabelBox[] = []): T[] {
  const order = [...candidates].sort((a, b) => a.tier - b.tier || b.periodMid - a.periodMid);
  const boxes = [...taken];
  const kept: T[] = [];
  for (const c of order)
    if (!boxes.some((b) => intersects(b, c.box))) {
      kept.push(c);
      boxes.push(c.box);
    }
  return kept;
}
