// isNounHeadedCompound (src/core/geoparse/noun-headed-compound.ts): a hyphenated name whose head noun declines.
import { describe, expect, it } from 'vitest';
import { isNounHeadedCompound } from '../../src/core/geoparse/noun-headed-compound.ts';

describe('isNounHeadedCompound', () => {
  it('reads a declined head noun before the hyphen as the name’s own case form', () => {
    for (const w of ['Каменки-Днепровской', 'Каменку-Днепровскую', "Кам'янки-Дніпровської", 'Кам’янкою-Дніпровською'])
      expect(isNounHeadedCompound(w)).toBe(true);
  });

  it('leaves compound adjectives and undeclined first parts to the adjective reading', () => {
    for (const w of ['Каменско-Днепровского', 'Середино-Будської', 'Новгород-Сіверського', 'Зноб-Новгородської', 'Сумской'])
      expect(isNounHeadedCompound(w)).toBe(false);
  });
});
