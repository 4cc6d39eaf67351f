// The timeline's axis with breaks: a corpus of 2024–2026 reporting with one 2016 article gets a day-per-step axis
// over its reporting and a short marked break over the years between, with every date still on a step of its own.
import { describe, expect, it } from 'vitest';
import { GAP_STEPS, timeScale } from '../../src/viewer/data/time-scale.ts';
import { scaleTicks } from '../../src/viewer/ui/chart-axis.ts';
import { dateRange } from '../../src/viewer/data/claims-model.ts';
import { latestReport } from '../../src/viewer/data/timeline-scale.ts';
import type { Dataset } from '../../src/viewer/data/data.ts';
import { dayToIso, parseDay } from '../../src/core/days.ts';
import { areaHeld } from './area-claim.ts';

const days = (...iso: string[]) => iso.map(parseDay);

describe('timeline scale', () => {
  it('is one step a day when the data leaves no long silence', () => {
    const s = timeScale({ start: '2024-08-01', end: '2024-12-31' }, days('2024-08-10', '2024-10-24', '2024-12-16'));
    expect(s.breaks).toEqual([]);
    expect(s.length).toBe(parseDay('2024-12-31') - parseDay('2024-08-01'));
    expect(dayToIso(s.dayAt(s.posOf(parseDay('2024-10-24'))))).toBe('2024-10-24');
  });

  it('collapses years without reporting to a short break, keeping every date reachable', () => {
    const dates = days('2016-03-10', '2024-02-01', '2024-06-15', '2025-01-20', '2025-11-02', '2026-01-15');
    const s = timeScale({ start: '2016-03-01', end: '2026-01-31' }, dates);
    // 2016-03-10 → 2024-02-01, 2024-06-15 → 2025-01-20 and 2025-01-20 → 2025-11-02 are silences of more than half a
    // year; each keeps two weeks beside its dates.
    expect(s.breaks.map((b) => [dayToIso(b.from), dayToIso(b.to)])).toEqual([
      ['2016-03-24', '2024-01-18'],
      ['2024-06-29', '2025-01-06'],
      ['2025-02-03', '2025-10-19'],
    ]);
    for (const b of s.breaks) expect(b.p1 - b.p0).toBe(GAP_STEPS);
    const linear = parseDay('2026-01-31') - parseDay('2016-03-01');
    expect(s.length).toBeLessThan(linear / 4); // most of the track is reporting, not silence
    // Every date of the data sits on an integer step that reads back as that date (the slider's and arrow keys' steps).
    for (const d of dates) {
      const p = s.posOf(d);
      expect(Number.isInteger(p)).toBe(true);
      expect(s.dayAt(p)).toBe(d);
    }
    // Days on a stretch are one step apart; positions only grow with the date.
    expect(s.posOf(parseDay('2024-06-16')) - s.posOf(parseDay('2024-06-15'))).toBe(1);
    let prev = -1;
    for (let d = parseDay('2016-03-01'); d <= parseDay('2026-01-31'); d += 7) {
      expect(s.posOf(d)).toBeGreaterThan(prev);
      prev = s.posOf(d);
    }
    expect(s.dayAt(0)).toBe(parseDay('2016-03-01'));
    expect(s.dayAt(s.length)).toBe(parseDay('2026-01-31'));
  });

  it('labels each stretch with its year and never prints two labels over each other', () => {
    const s = timeScale({ start: '2016-03-01', end: '2026-01-31' }, days('2016-03-10', '2024-02-01', '2026-01-15'));
    const ticks = scaleTicks(s.stretches, s.length, 900, 600);
    const labels = ticks.filter((t) => t.label !== null);
    expect(labels[0]!.label).toBe('Mar 2016');
    expect(labels.map((t) => t.label)).toEqual(['Mar 2016', 'Feb 2024', 'Jan 2026']);
    const px = (day: number) => (s.posOf(day) / s.length) * 900;
    for (let i = 1; i < labels.length; i++)
      expect(px(labels[i]!.day)).toBeGreaterThanOrEqual(px(labels[i - 1]!.day) + labels[i - 1]!.label!.length * 6.3);
  });

  it('spans every article, also one published before the first claim', () => {
    const claims = [areaHeld('a', '2024-08-01', '2024-12-16', 1400, '2024-12-16')];
    expect(dateRange(claims, ['2016-03-10', '2024-12-16', '2025-02-08'], '2026-12-05')).toEqual({ start: '2016-03-01', end: '2025-02-28' });
  });

  it('opens on the last article, not on the month-end padding after it', () => {
    const dataset = (published: string[]) =>
      ({
        claims: { features: [] },
        events: { features: [] },
        report: { articles: published.map((p) => ({ published: p })) },
      }) as unknown as Dataset;
    expect(latestReport(dataset(['2024-10-24', '2025-02-08', '2024-12-16']))).toBe('2025-02-08');
  });
});
