// Which point labels the area chart prints: a dozen claims a few pixels apart (a multi-year corpus) printed their
// figures over each other. Labels are placed greedily in order of importance (the selected claim, the latest, those
// shown at the date, then those not yet published; later periods first) and one that would cover a placed label, or
// another point's mark (its dot or range: on the events dev corpus a later point's dot was drawn over '880 km²'), tries
// its other side of the point, then is left out: its point keeps its tooltip and accessible name.
/** Width of a character of a point label (11 px, semibold Noto Sans), to keep labels apart without measuring. */
export const LABEL_CHAR_PX = 6.6;

export interface LabelBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface LabelCandidate {
  /** Where the label goes by preference (right of its point)… */
  box: LabelBox;
  /** …and where it may go instead, in order (left of it, then a line higher on either side). */
  alts?: readonly LabelBox[];
  /** The point the label belongs to: its own marks never block it. */
  owner?: number;
  /** -1 off the value scale (its height does not say its value), 0 selected, 1 latest, 2 shown at the date, 3 not
   * yet published. */
  tier: number;
  /** The middle of the period described (days): later first within a tier. */
  periodMid: number;
}

const intersects = (a: LabelBox, b: LabelBox): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Tiers whose label is printed over other points' marks when it fits nowhere else: off-scale, selected, latest. */
const MUST_LABEL_TIER = 1;

/** A point's mark (dot, range) that labels of other points must not cover. */
export interface MarkBox extends LabelBox {
  owner: number;
}

/** The candidates that get their label, in placement order, each with the box it takes; `taken` are boxes already
 * drawn (the footprint's labels, the axis's), `marks` the points' marks. */
export function placeLabels<T extends LabelCandidate>(
  candidates: readonly T[],
  taken: readonly LabelBox[] = [],
  marks: readonly MarkBox[] = [],
): (T & { placed: LabelBox })[] {
  const order = [...candidates].sort((a, b) => a.tier - b.tier || b.periodMid - a.periodMid);
  const boxes = [...taken];
  const kept: (T & { placed: LabelBox })[] = [];
  const clear = (box: LabelBox) => !boxes.some((b) => intersects(b, box));
  const free = (c: T, box: LabelBox) => clear(box) && !marks.some((m) => m.owner !== c.owner && intersects(m, box));
  for (const c of order) {
    const at = [c.box, ...(c.alts ?? [])];
    // The off-scale figure (its height does not say its value), the selected and the latest keep their label where no
    // place is free of marks: at the first place clear of labels.
    const placed = at.find((box) => free(c, box)) ?? (c.tier <= MUST_LABEL_TIER ? at.find(clear) : undefined);
    if (placed) {
      kept.push({ ...c, placed });
      boxes.push(placed);
    }
  }
  return kept;
}

/** Where a footprint's "span N km²" label goes, `w` wide at `x0`, its mark at height `at` over the plot's baseline
 * `base`: below the mark, or above it when that runs into the time axis, and clear of the labels `placed` before it.
 * Both sides' labels sit beside the same date cursor, so two footprints of about the same area printed their figures
 * over each other ("span 270 km²" and "span 283 km²" on a 30-article briefer corpus); the second one now goes on the
 * mark's other side, or past the label it would cover. */
export function footprintLabelBox(x0: number, w: number, at: number, base: number, placed: readonly LabelBox[]): LabelBox {
  const box = (top: number): LabelBox => ({ x0, x1: x0 + w, y0: top, y1: top + FOOTPRINT_LABEL_H });
  const below = at + 1;
  const above = at - 19;
  // The old rule of thumb for the axis: a label's first 13 px above the baseline.
  const fits = (top: number) => top + 13 <= base;
  const first = fits(below) ? [below, above] : [above, below];
  const clear = (b: LabelBox) => !placed.some((p) => intersects(p, b));
  const tries = first.map(box);
  // Past every label in the way, on the preferred side first.
  const inWay = placed.filter((p) => p.x0 < x0 + w && x0 < p.x1);
  tries.push(box(Math.min(...inWay.map((p) => p.y0), first[0]!) - FOOTPRINT_LABEL_H - 1));
  tries.push(box(Math.max(...inWay.map((p) => p.y1), first[0]!) + 1));
  // Not past the baseline into the time axis's labels while another place is clear.
  return tries.find((b) => clear(b) && fits(b.y0)) ?? tries.find(clear) ?? tries[0]!;
}

/** A footprint label's height: its 11 px text as drawn, from the ascender to the descender of "span" (15 px in
 * Chromium; at 13 a label stacked on another overlapped its box by a pixel). */
const FOOTPRINT_LABEL_H = 15;
