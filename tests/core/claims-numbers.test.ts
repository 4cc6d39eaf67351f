// Numbers as reporters write them, in English, Ukrainian and Russian.
import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN, parseNumber } from '../../src/core/claims/numbers.ts';

describe('parseNumber', () => {
  it.each([
    ['1,400', 1400],
    ['1 000', 1000],
    ['12,000', 12000],
    ['a thousand', 1000],
    ['two hundred', 200],
    ['1.4 thousand', 1400],
    ['1\u202f376,5', 1376.5],
    ['1\u00a0376,5', 1376.5],
    ['1 376,5', 1376.5],
    ['288,8', 288.8],
    ['1,263', 1263],
    ['0,5', 0.5],
    // A group separator needs a nonzero leading group: after a lone zero the comma is decimal.
    ['0,039', 0.039],
    ['0.039', 0.039],
    ['00,5', 0.5],
    ['0,039 тис.', 39],
    ['12 тис.', 12000],
    ['1 мільйона 137 тисяч', 1137000],
    ['1 млн 137 тыс.', 1137000],
    ['1 million 137 thousand', 1137000],
    ['1,2 тыс.', 1200],
    ['3 млн', 3_000_000],
    ['12 тисяч', 12000],
    ['1,5 тысячи', 1500],
    ['two thousand five hundred', 2500],
    ['one thousand three hundred', 1300],
    ['forty', null],
    ['тисяча', 1000],
    ['тисяча триста', 1300],
    ['тысяча триста семьдесят шесть', 1376],
    ['двох тисяч', 2000],
    ['двумя тысячами', 2000],
    ['півтори тисячі', 1500],
    ['полторы тысячи', 1500],
    ['п’ятсот', 500],
    ['пятисот', 500],
    ['вісімсот', 800],
    ['восемьсот', 800],
    ['одинадцять тисяч', 11000],
    ['одиннадцать тысяч', 11000],
    ['сорок', 40],
    ['дев’ятсот', 900],
    ['шестьдесят', 60],
    ['двісті п’ятдесят', 250],
    ['трьохсот', 300],
  ])('%s → %s', (raw, value) => {
    // English words alone ("forty") are not figures; they never reach parseNumber through NUMBER_PATTERN.
    if (value === null) expect(new RegExp(`^(?:${NUMBER_PATTERN})$`, 'iu').test(raw)).toBe(false);
    else expect(parseNumber(raw)).toBe(value);
  });

  it('finds the whole figure in running text', () => {
    const find = (text: string): string | undefined => new RegExp(NUMBER_PATTERN, 'iu').exec(text)?.[0];
    expect(find('площею 1 376,5 кв. км')).toBe('1 376,5');
    expect(find('понад тисячу триста квадратних кілометрів')).toBe('тисячу триста');
    expect(find('about a thousand square kilometres')).toBe('a thousand');
    expect(find('около 1,2 тыс. кв. км')).toBe('1,2 тыс.');
    expect(find('що еквівалентно 0,039% території')).toBe('0,039');
    expect(find('столица')).toBeUndefined();
  });
});
