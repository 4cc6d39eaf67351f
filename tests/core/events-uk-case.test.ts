// The Ukrainian case and attribute checks the event rules use (src/core/events/triggers/uk.ts).
import { describe, expect, it } from 'vitest';
import { LIBERATED_ATTRIBUTE, ukrainianLocative } from '../../src/core/events/triggers/uk.ts';

describe('ukrainianLocative', () => {
  it('reads the locative of masculine, feminine, neuter and plural names', () => {
    expect(ukrainianLocative('Шевченку', 'Шевченко')).toBe(true);
    expect(ukrainianLocative('Покровську', 'Покровськ')).toBe(true);
    expect(ukrainianLocative('Романівці', 'Романівка')).toBe(true);
    expect(ukrainianLocative('Благодатному', 'Благодатне')).toBe(true);
    expect(ukrainianLocative('Сухих Ялах', 'Сухі Яли')).toBe(true);
  });
  it('reads the accusative of motion as no locative', () => {
    expect(ukrainianLocative('Романівку', 'Романівка')).toBe(false);
    expect(ukrainianLocative('Благодатне', 'Благодатне')).toBe(false);
    expect(ukrainianLocative('Покровськ', 'Покровськ')).toBe(false);
    expect(ukrainianLocative('Шевченко', 'Шевченко')).toBe(false);
  });
  it('trusts only unambiguous endings without the nominative', () => {
    expect(ukrainianLocative('Романівці', null)).toBe(true);
    expect(ukrainianLocative('Романівку', null)).toBe(false);
  });
});

describe('LIBERATED_ATTRIBUTE', () => {
  it('matches a liberation participle standing before its noun', () => {
    expect(LIBERATED_ATTRIBUTE.test('звільненого раніше села Андріївка')).toBe(true);
    expect(LIBERATED_ATTRIBUTE.test('звільненому селі Гракове')).toBe(true);
    expect(LIBERATED_ATTRIBUTE.test('деокупованої цього тижня Балаклії')).toBe(true);
  });
  it('leaves the predicate and the verb alone', () => {
    expect(LIBERATED_ATTRIBUTE.test('звільнили село Андріївка')).toBe(false);
    expect(LIBERATED_ATTRIBUTE.test('звільнено три села')).toBe(false);
  });
});
