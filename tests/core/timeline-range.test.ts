// The timeline spans the story the articles tell: a period described decades before the first report (a misread
// year, "since 2014") does not stretch it back, so the slider and the chart stay usable.
import { describe, expect, it } from 'vitest';
import { dateRange } from '../../src/viewer/data/claims-model.ts';
import { areaHeld } from './area-claim.ts';

describe('timeline range', () => {
  it('starts at the earliest held-area period when it is within a year of the first report', () => {
    const claims = [
      areaHeld('a', '2024-08-01', '2024-12-16', 1400, '2024-12-16'),
      areaHeld('b', '2024-10-01', '2024-10-24', 650, '2024-10-24'),
    ];
    expect(dateRange(claims, [], '2026-12-05')).toEqual({ start: '2024-08-01', end: '2024-12-31' });
  });

  it('begins no more than a year before the first report, whatever a period says', () => {
    const claims = [
      areaHeld('old', '1941-01-01', '2025-03-15', 1368, '2025-03-15'),
      areaHeld('b', '2024-08-10', '2024-08-12', 1000, '2024-08-13'),
    ];
    expect(dateRange(claims, [], '2026-12-05')).toEqual({ start: '2023-08-01', end: '2025-03-31' });
  });

  it('with no claims and no articles, the month of the run’s date the caller gives (one clock, none read inside)', () => {
    expect(dateRange([], [], '2025-02-14')).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(dateRange([], [], '2031-07-02')).toEqual({ start: '2031-07-01', end: '2031-07-31' });
  });
});
