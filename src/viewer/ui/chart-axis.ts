// The chart's time axis: a tick per month, labelled only as densely as the labels fit. A corpus spanning years
// gives a month 15 px of axis; labelling each one ("Sep", "Jan 2023") printed the words over each other.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;
/** Pixels a label needs at the chart's 11 px font: Noto Sans advances about 6.3 px a character, plus a gap. */
const CHAR_PX = 6.3;
const GAP_PX = 8;
/** Months between labels, tried in order; all divide a year, so January is always among the labelled months. */
const MONTH_STEPS = [1, 2, 3, 6, 12];
/** Below this many pixels a month, the unlabelled months get no tick either (a comb, not a scale). */
const MIN_TICK_PX = 4;

export interface AxisTick {
  day: number;
  /** The words under the tick, or null for a tick without a label. */
  label: string | null;
}

export const labelWidth = (text: string): number => text.length * CHAR_PX + GAP_PX;

/** Month ticks from day d0 to d1 (days since 1970) over `plotWidth` pixels, at most `maxTicks` of them. Months are
 * labelled every 1, 2, 3, 6 or 12 months (every few years beyond): the smallest step whose widest label fits. A year
 * is named on January and on the first label, so a range inside one year still says which. */
export function monthTicks(d0: number, d1: number, plotWidth: number, maxTicks: number): AxisTick[] {
  const pxPerMonth = (plotWidth * 30.44) / Math.max(1, d1 - d0);
  const monthStep = MONTH_STEPS.find((k) => k < 12 && k * pxPerMonth >= labelWidth('Jan 2024'));
  const yearStep = monthStep ? 1 : Math.max(1, Math.ceil(labelWidth('2024') / (12 * pxPerMonth)));
  const first = new Date(d0 * DAY_MS);
  const ticks: AxisTick[] = [];
  let named = false;
  for (
    let m = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
    m.getTime() / DAY_MS <= d1 && ticks.length < maxTicks;
    m.setUTCMonth(m.getUTCMonth() + 1)
  ) {
    const day = m.getTime() / DAY_MS;
    if (day < d0) continue;
    const month = m.getUTCMonth();
    const year = m.getUTCFullYear();
    const labelled = monthStep ? month % monthStep === 0 : month === 0 && year % yearStep === 0;
    let label: string | null = null;
    if (labelled) {
      label = !monthStep ? String(year) : month === 0 || !named ? `${MONTHS[month]} ${year}` : MONTHS[month]!;
      named = true;
    }
    if (label !== null || pxPerMonth >= MIN_TICK_PX) ticks.push({ day, label });
  }
  return ticks;
}

/** How far past the plot's right end a label may run: the chart's right padding (8 px) less the label's offset from its
 * tick (3 px). */
const END_ROOM_PX = 5;

/** Month ticks along a timeline scale with breaks: each day-per-step stretch gets its own ticks (its first label names
 * its year), and a label that would overlap the one before it (two stretches either side of a narrow break) is left
 * unlabelled, as is one that would run past the chart's right edge (a small window printed "Jan 202"). */
export function scaleTicks(
  stretches: readonly { d0: number; d1: number; p0: number; p1: number }[],
  length: number,
  plotWidth: number,
  maxTicks: number,
): AxisTick[] {
  const out: AxisTick[] = [];
  let labelEnd = -Infinity;
  const pxOf = (pos: number) => (pos / Math.max(1, length)) * plotWidth;
  for (const st of stretches) {
    const width = pxOf(st.p1) - pxOf(st.p0);
    for (const t of monthTicks(st.d0, st.d1, width, maxTicks - out.length)) {
      const px = pxOf(st.p0 + (t.day - st.d0));
      const fits = t.label !== null && px >= labelEnd && px + labelWidth(t.label) - GAP_PX <= plotWidth + END_ROOM_PX;
      out.push(fits || t.label === null ? t : { day: t.day, label: null });
      if (fits) labelEnd = px + labelWidth(t.label!);
    }
  }
  return out;
}
