import { describe, expect, it } from 'vitest';
import { dayToIso, parseDay } from '../../src/core/days.ts';

describe('parseDay', () => {
  it('gives whole UTC days, the same on a repeated date, and NaN for a malformed one', () => {
    expect(parseDay('1970-01-02')).toBe(1);
    expect(parseDay('2024-08-06')).toBe(parseDay('2024-08-06'));
    expect(dayToIso(parseDay('2024-08-06'))).toBe('2024-08-06');
    expect(parseDay('2024-02-29') - parseDay('2024-02-28')).toBe(1);
    expect(parseDay('not a date')).toBeNaN();
    expect(parseDay('not a date')).toBeNaN();
  });
});
