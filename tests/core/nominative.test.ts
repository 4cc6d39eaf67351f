// The nominative a settlement no layer knows is shown by, read back from the case its spellings are in.
import { describe, expect, it } from 'vitest';
import { lemmaOf, nominativesOf } from '../../src/core/text/nominative.ts';

describe('nominativesOf', () => {
  it.each([
    ['Тихоплинного', 'uk', 'Тихоплинне'], // uk neuter adjective, genitive
    ['Тихоплинного', 'ru', 'Тихоплинное'], // ru neuter adjective, genitive
    ['Тихоплинному', 'uk', 'Тихоплинне'], // uk dative/locative
    ['Заречновку', 'ru', 'Заречновка'], // ru noun in -а, accusative
    ['Заречновки', 'ru', 'Заречновки'], // a spelling that may be its own nominative stays
    ['Тихолуківці', 'uk', 'Тихолуківка'], // uk locative with к → ц
    ['Заріченській', 'uk', 'Заріченська'], // uk feminine adjective, locative
    ['Тихоплинное', 'ru', 'Тихоплинное'], // a nominative stays
  ] as const)('%s (%s) → %s', (spelling, lang, lemma) => {
    expect(nominativesOf(spelling, lang)[0]).toBe(lemma);
  });

  it('a name the gazetteer knows comes first', () => {
    expect(nominativesOf('Тихенку', 'uk', (n) => n === 'Тихенко')[0]).toBe('Тихенко');
  });

  it('has none for a Latin spelling', () => {
    expect(nominativesOf('Zhuravli', 'uk')).toEqual([]);
  });
});

describe('lemmaOf', () => {
  it('takes the nominative most spellings decline from', () => {
    expect(lemmaOf(['Заречновку', 'Заречновки'], 'ru')).toBe('Заречновка');
  });
  it('keeps the shortest spelling when none declines', () => {
    expect(lemmaOf(['Zhuravli'], 'uk')).toBe('Zhuravli');
  });
});
