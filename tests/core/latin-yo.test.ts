import { describe, expect, it } from 'vitest';
import { yoFolded } from '../../src/core/text/latin-yo.ts';
import { latinSpellings } from '../../src/core/text/translit.ts';

describe('Latin ё and ї', () => {
  it('folds yo/io between consonants to e, as the Cyrillic normal form folds ё', () => {
    expect(yoFolded('novosyolovka')).toBe('novoselovka');
    expect(yoFolded('novosiolovka')).toBe('novoselovka');
    expect(yoFolded('artyomovsk')).toBe('artemovsk');
    expect(yoFolded('yorkshire')).toBeNull(); // word-initial yo is no ё after a consonant
    expect(yoFolded('ohio')).toBeNull();
    expect(yoFolded('новосёловка')).toBeNull(); // Cyrillic: the normal form already folds it
  });
  it('spells Ukrainian ї after an apostrophe as yi, and the glide as i before i', () => {
    expect(latinSpellings("Мар'їнка", 'uk')).toEqual(expect.arrayContaining(['marinka', 'maryinka', 'mariinka']));
    expect(latinSpellings('Великий Бурлук', 'uk')).not.toContain('velykii burluk'); // a final -yi stays
  });
});
