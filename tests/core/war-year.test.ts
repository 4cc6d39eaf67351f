// The war's start inside a period: one test (holdsWarStart) for the war's year (fromWarStart) and for a year named
// after a "since" that names the war (period.ts).
import { describe, expect, it } from 'vitest';
import { fromWarStart, holdsWarStart } from '../../src/core/claims/war-year.ts';
import type { TimePhrase } from '../../src/core/claims/dates.ts';

const INVASION = '2022-02-24';
const phrase = (start: string, end: string, since = false): TimePhrase => ({
  start: 0,
  end: 7,
  text: 'in 2022',
  period: { start, end },
  ...(since ? { since } : {}),
});

describe('holdsWarStart', () => {
  it.each([
    [{ start: '2022-01-01', end: '2022-12-31' }, true], // the war's first calendar year
    [{ start: '2021-12-17', end: '2023-12-17' }, true], // a span opening before the war and running past it
    [{ start: '2022-02-23', end: '2022-02-24' }, true], // ends on the day itself
    [{ start: '2022-02-24', end: '2022-12-31' }, false], // already opens on the day: nothing to move
    [{ start: '2022-02-25', end: '2022-12-31' }, false], // opens after it
    [{ start: '2021-01-01', end: '2021-12-31' }, false], // ends before it
  ])('%o → %s', (period, holds) => expect(holdsWarStart(period, INVASION)).toBe(holds));
});

describe('fromWarStart', () => {
  it('starts the war’s calendar year on the invasion’s day', () =>
    expect(fromWarStart({ start: '2022-01-01', end: '2022-12-31' }, phrase('2022-01-01', '2022-12-31'), INVASION)).toEqual({
      start: INVASION,
      end: '2022-12-31',
    }));
  it('keeps other years, "since" phrases and periods the phrase does not open', () => {
    const y2023 = { start: '2023-01-01', end: '2023-12-31' };
    expect(fromWarStart(y2023, phrase('2023-01-01', '2023-12-31'), INVASION)).toBe(y2023);
    const since = { start: '2022-01-01', end: '2023-05-01' };
    expect(fromWarStart(since, phrase('2022-01-01', '2022-12-31', true), INVASION)).toBe(since);
    const other = { start: '2021-06-01', end: '2022-12-31' };
    expect(fromWarStart(other, phrase('2022-01-01', '2022-12-31'), INVASION)).toBe(other);
  });
});
