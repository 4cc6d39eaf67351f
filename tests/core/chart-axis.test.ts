// The area chart's time axis (src/viewer/ui/chart-axis.ts): a corpus spanning four years must not print fifty month
// names over each other; a few months keep every month named, with the year on the first label.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/days.ts';
import { labelWidth, monthTicks, scaleTicks, type AxisTick } from '../../src/viewer/ui/chart-axis.ts';

/** Pairs of neighbouring labels whose estimated boxes overlap, at the chart's x scale. */
function overlaps(ticks: AxisTick[], d0: number, d1: number, width: number): string[] {
  const x = (day: number) => ((day - d0) / (d1 - d0)) * width;
  const labelled = ticks.filter((t) => t.label !== null);
  const bad: string[] = [];
  for (let i = 1; i < labelled.length; i++) {
    const a = labelled[i - 1]!;
    const b = labelled[i]!;
    if (x(a.day) + labelWidth(a.label!) > x(b.day)) bad.push(`${a.label} / ${b.label}`);
  }
  return bad;
}

describe('chart month axis', () => {
  it('labels a four-year corpus sparsely enough to read, naming each year', () => {
    const d0 = parseDay('2022-03-24');
    const d1 = parseDay('2026-03-31');
    const ticks = monthTicks(d0, d1, 820, 600);
    expect(overlaps(ticks, d0, d1, 820)).toEqual([]);
    const labels = ticks.flatMap((t) => (t.label ? [t.label] : []));
    for (const year of ['2023', '2024', '2025', '2026']) expect(labels.some((l) => l.includes(year))).toBe(true);
    expect(labels.length).toBeLessThan(20);
    // Every month keeps its tick (15 px apart): the scale stays readable without its words.
    expect(ticks.length).toBe(48);
  });

  it('names every month of a half-year corpus, with the year on the first', () => {
    const d0 = parseDay('2024-08-06');
    const d1 = parseDay('2025-02-20');
    const ticks = monthTicks(d0, d1, 820, 600);
    expect(ticks.map((t) => t.label)).toEqual(['Sep 2024', 'Oct', 'Nov', 'Dec', 'Jan 2025', 'Feb']);
  });

  it('names years only, and drops the month ticks, over decades in a narrow chart', () => {
    const d0 = parseDay('1995-01-01');
    const d1 = parseDay('2025-01-01');
    const ticks = monthTicks(d0, d1, 300, 600);
    expect(overlaps(ticks, d0, d1, 300)).toEqual([]);
    expect(ticks.every((t) => t.label !== null && /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('stops at the tick bound whatever the range', () => {
    expect(monthTicks(0, parseDay('2025-01-01'), 100_000, 600).length).toBe(600);
  });

  // The events dev set in a 700 px window: the chart's last label, January of the last year, sat 30 px from the plot's
  // end and printed "Jan 202" (the rest cut by the chart's edge).
  it("leaves unlabelled a month whose label would run past the chart's right edge", () => {
    const d0 = parseDay('2025-07-01');
    const d1 = parseDay('2026-01-10');
    const width = 600;
    const ticks = scaleTicks([{ d0, d1, p0: 0, p1: d1 - d0 }], d1 - d0, width, 600);
    const x = (day: number) => ((day - d0) / (d1 - d0)) * width;
    const jan = ticks.find((t) => t.day === parseDay('2026-01-01'))!;
    expect(x(jan.day) + labelWidth('Jan 2026') - 8).toBeGreaterThan(width + 5);
    expect(jan.label).toBeNull();
    for (const t of ticks) if (t.label !== null) expect(x(t.day) + t.label.length * 6.3).toBeLessThanOrEqual(width + 5);
    expect(ticks.filter((t) => t.label !== null).length).toBeGreaterThan(3);
  });
});
