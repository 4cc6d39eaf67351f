import { describe, expect, it } from 'vitest';
import { latinRootVowelRespellings, rootVowelRespellings } from '../../src/core/text/root-vowel.ts';
import { isRussianCopy } from '../../src/core/text/russian-copy.ts';

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
  it('in Russian copy also reads one а as о and one ы after ц as и', () => {
    expect(rootVowelRespellings('работино', true)).toContain('роботино');
    expect(rootVowelRespellings('галицыновка', true)).toContain('галициновка');
    expect(rootVowelRespellings('работино')).not.toContain('роботино');
    expect(rootVowelRespellings('суджа', true)).toEqual([]);
  });
});

describe('latinRootVowelRespellings', () => {
  it('reads one Latin a as o, not the first letter nor the ending', () => {
    expect(latinRootVowelRespellings('rabotino')).toEqual(['robotino']);
    expect(latinRootVowelRespellings('novoaleksandrivka')).toContain('novooleksandrivka');
    expect(latinRootVowelRespellings('avdiivka')).toEqual([]);
    expect(latinRootVowelRespellings('mala tokmachka')).toEqual([]);
  });
});

describe('isRussianCopy', () => {
  it('tells Russian copy from Ukrainian copy by the letters only each writes', () => {
    expect(isRussianCopy('Российский флаг был поднят над Работино еще 1 мая.')).toBe(true);
    expect(isRussianCopy('Російський прапор підняли над Роботиним, повідомили військові.')).toBe(false);
  });
});
