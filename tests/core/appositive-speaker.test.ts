// The appositive speaker reader (events/appositive-speaker.ts): a name with any description set off by commas before
// its verb of saying is who says, and the reader stays linear on a long line with no verb (hostile input).
import { describe, expect, it } from 'vitest';
import { appositiveSpeakerIn } from '../../src/core/events/appositive-speaker.ts';

describe('appositiveSpeakerIn', () => {
  it('reads a name with a description, a relative clause or a title before the verb', () => {
    expect(appositiveSpeakerIn('DeepState, a group of analysts, has reported that X fell.')?.who).toBe('DeepState');
    expect(appositiveSpeakerIn('Andrii Kovalov, who speaks for the army, said X fell.')?.who).toBe('Andrii Kovalov');
    expect(appositiveSpeakerIn('Hanna Maliar, Deputy Minister of Defence, also announced it.')?.who).toBe('Hanna Maliar');
  });
  it('does not read a place after a preposition', () => {
    expect(appositiveSpeakerIn('Residents of Vovchansk, a town near the border, said it fell.')).toBeNull();
  });
  it('stays fast on a long line of names and asides with no verb', () => {
    const line = 'Name Surname, a member of the group, '.repeat(20_000);
    const t0 = performance.now();
    expect(appositiveSpeakerIn(line)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
