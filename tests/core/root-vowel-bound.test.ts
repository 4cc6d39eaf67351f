// The root-vowel reader respells no word longer than any word of any indexed name: a respelling keeps its word's
// length, so such a word has no respelling the gazetteer knows, and respelling it cost the square of its vowels in
// strings of its length (a 400-letter capitalised "word" took 26 s). No timing here: the bound and its reason.
import { describe, expect, it } from 'vitest';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import { MAX_RESPELLED_LETTERS } from '../../src/core/geoparse/root-vowel-reading.ts';
import { gazetteer } from './gazetteer-cache.ts';

describe('the root-vowel reader on a very long word', () => {
  it('respells no word longer than any word of a name the shipped gazetteer indexes', () => {
    const index = gazetteer().dumpIndex!();
    let longest = 0;
    for (const name of index.names) for (const word of name.split(' ')) longest = Math.max(longest, word.length);
    expect(longest).toBeLessThanOrEqual(MAX_RESPELLED_LETTERS);
  });

  it('still reads the names around a 4,000-letter word', () => {
    const word = `Б${'ео'.repeat(2000)}ка`;
    const parsed = geoparseArticle(`Войска вошли в Клещеевку, ${word} и Спорное Донецкой области.`, gazetteer());
    const placed = parsed.mentions.filter((m) => m.status === 'resolved').map((m) => m.entry!.name);
    expect(placed).toEqual(expect.arrayContaining(['Klishchiivka', 'Spirne']));
    expect(parsed.mentions.some((m) => m.text.includes('еоео') && m.status === 'resolved')).toBe(false);
  });
});
