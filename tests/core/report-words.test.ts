import { describe, expect, it } from 'vitest';
import { reportWords } from '../../src/viewer/ui/panels/report-words.ts';

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
