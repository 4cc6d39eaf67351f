import { describe, expect, it } from 'vitest';
import { stemIYRespellings } from '../../src/core/geoparse/unit-spelling.ts';

describe('stemIYRespellings', () => {
  it('swaps one и or і of the stem, one at a time, keeping suffix and ending', () => {
    expect(stemIYRespellings('Шалигінська')).toEqual(['Шалігінська', 'Шалигинська']);
    expect(stemIYRespellings('Хотинській')).toEqual(['Хотінській']);
  });
  it('leaves the first letter, й and ї alone', () => {
    expect(stemIYRespellings('Ізюмська')).toEqual([]);
    expect(stemIYRespellings('Гайворонська')).toEqual([]);
    expect(stemIYRespellings('Київська')).toEqual(['Кіївська']);
  });
  it('reads only a unit adjective (-ськ-/-цьк-/-зьк- and an ending)', () => {
    expect(stemIYRespellings('Хотинь')).toEqual([]);
    expect(stemIYRespellings('шалигінська')).toEqual([]);
  });
});
