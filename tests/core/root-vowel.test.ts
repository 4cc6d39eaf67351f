import { describe, expect, it } from 'vitest';
import { rootVowelRespellings } from '../../src/core/text/root-vowel.ts';

describe('rootVowelRespellings', () => {
  it('reads a root е or о as the Ukrainian і and as its Russian cross spelling и', () => {
    expect(rootVowelRespellings('клещеевка')).toContain('клищеевка');
    expect(rootVowelRespellings('клещеївка')).toContain('кліщіївка');
    expect(rootVowelRespellings('спорное')).toContain('спирное');
  });
  it('leaves the first letter, the ending and a word of no е/о alone', () => {
    expect(rootVowelRespellings('орехово').some((r) => r.startsWith('і') || r.startsWith('и'))).toBe(false);
    expect(rootVowelRespellings('суджа')).toEqual([]);
    expect(rootVowelRespellings('стара ворона')).toEqual([]);
  });
});
