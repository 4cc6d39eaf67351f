import { describe, expect, it } from 'vitest';
import { reportWords } from '../../src/viewer/ui/panels/report-words.ts';
import { statusWords } from '../../src/print/control-symbols.ts';

describe('reportWords (the popup line of a control report)', () => {
  it('names the attacker of fighting as attacking, not as the place', () => {
    expect(reportWords('fighting', 'RU')).toBe('fighting in or near, Russia attacking');
    expect(reportWords('fighting', null)).toBe('fighting in or near');
  });
  it('puts the side that left before a withdrawal and after a change of hands', () => {
    expect(reportWords('withdrew', 'UA')).toBe('Ukraine withdrew');
    expect(reportWords('captured', 'RU')).toBe('captured by Russia');
    expect(reportWords('controls', 'UA')).toBe('under the control of Ukraine');
  });
});

describe('statusWords (a settlement status inside the popup sentence)', () => {
  it('keeps the capitals of side names', () => {
    expect(statusWords('UA')).toBe('reported held by Ukraine');
    expect(statusWords('RU')).toBe('reported held by Russia');
    expect(statusWords('DPRK')).toBe('reported held by North Korean forces');
    expect(statusWords('contested')).toBe('contested');
    expect(statusWords('unknown')).toBe('reported, holder not stated');
  });
});
