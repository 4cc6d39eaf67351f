// One sense per article (one-sense.ts): a name written again in another case form names the same place.
import { describe, expect, it } from 'vitest';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import { nameStem } from '../../src/core/geoparse/one-sense.ts';
import { gazetteer } from './gazetteer-cache.ts';

describe('one sense per article', () => {
  it('cuts case endings from every word of a name', () => {
    expect(nameStem('Артемовку')).toBe(nameStem('Артемовка'));
    expect(nameStem('Золотой Нивы')).toBe(nameStem('Золотая Нива'));
    expect(nameStem('Ивановка')).not.toBe(nameStem('Ивановское'));
  });

  it('reads an unresolved mention as the other mention of its name was read', () => {
    // Ivanivka has namesakes in every oblast: the bare second mention is unresolved on its own. (Artemivka was the case
    // until round 22's OpenStreetMap villages gave the bare mention a Donetsk reading of its own.)
    const text =
      'ВС России освободили Ивановку и Вольное в ДНР, сообщило Минобороны РФ.\n\n' +
      'Подразделения освободили населенные пункты Ивановка и Вольное.';
    const found = geoparseArticle(text, gazetteer()).mentions.filter((m) => m.text.startsWith('Ивановк'));
    expect(found).toHaveLength(2);
    expect(found.every((m) => m.entry !== null)).toBe(true);
    expect(new Set(found.map((m) => m.entry!.id)).size).toBe(1);
    expect(found[1]!.reason).toContain('the same name as "Ивановку"');
  });
});
