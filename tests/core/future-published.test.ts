// A publication date after the run's date is refused (a typo such as 2205 would stretch the viewer's timeline to
// that year); the run's date comes from one clock, runDate, that every caller can inject, so a verdict never depends
// on the day a test runs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { implausiblePublished, latestPublished, parseManifest, runDate } from '../../src/core/corpus.ts';

const manifest = (published: string): string => JSON.stringify({ articles: [{ file: 'a.txt', title: 'T', outlet: 'O', published }] });
const refusal = (published: string, today: string): string | null => {
  try {
    parseManifest(manifest(published), 'manifest.json', { today });
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

afterEach(() => vi.useRealTimers());

describe('publication dates after the run', () => {
  it('refuses a year typed wrong, naming the file, the field and the run date', () => {
    expect(refusal('2205-03-01', '2026-12-05')).toBe(
      "manifest.json (articles[0].published): 2205-03-01 is after the run's date 2026-12-05 (UTC): an article cannot be published in the future (a typo?)",
    );
  });

  it('allows one day ahead (a site in UTC+14 dates its copy a day ahead of UTC), not two', () => {
    expect(refusal('2026-12-06', '2026-12-05')).toBeNull();
    expect(refusal('2026-12-07', '2026-12-05')).toMatch(/is after the run's date/);
    expect(latestPublished('2024-12-31')).toBe('2025-01-01');
    expect(latestPublished('2024-02-28')).toBe('2024-02-29');
  });

  it('refuses a date before 1900', () => {
    expect(implausiblePublished('1899-12-31', '2026-12-05')).toMatch(/is before 1900-01-01/);
    expect(implausiblePublished('1900-01-01', '2026-12-05')).toBeNull();
  });

  it('reads the run date from one clock: the injected date wins over the system clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2300-01-01T12:00:00Z'));
    expect(runDate()).toBe('2300-01-01');
    expect(runDate({ today: '2026-12-05' })).toBe('2026-12-05');
    expect(refusal('2205-03-01', '2026-12-05')).toMatch(/is after the run's date 2026-12-05/);
    expect(parseManifest(manifest('2205-03-01')).articles[0]!.published).toBe('2205-03-01'); // the system clock says 2300
  });
});
