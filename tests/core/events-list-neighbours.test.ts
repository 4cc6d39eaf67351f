// A mention's possible list mates are found by offset, not by testing every mention of the article: in a long run of
// names (a hostile article with no sentence end) each has at most its two neighbours, and every mention a list joint
// (", ", " and ", ", or ") links to it is among them.
import { describe, expect, it } from 'vitest';
import type { LocatedMention } from '../../src/core/claims/context.ts';
import { listNeighbours } from '../../src/core/events/list-neighbours.ts';

/** Mentions of every word of `text` (a stand-in: listNeighbours reads only offsets). */
function mentionsOf(text: string, words: RegExp): LocatedMention[] {
  return [...text.matchAll(words)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }) as unknown as LocatedMention);
}

describe('listNeighbours', () => {
  it('gives at most the two neighbours of a name in a long run of names', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `Place${i}`).join(' ');
    const mentions = mentionsOf(text, /Place\d+/gu);
    for (const m of mentions) expect(listNeighbours(m, text, mentions).length).toBeLessThanOrEqual(2);
  });

  it('keeps every mate a list joint links to, and none a word separates', () => {
    const text = 'Avdiivka, Pokrovsk and Toretsk, or  Lyman near Siversk';
    const mentions = mentionsOf(text, /\p{Lu}\p{L}+/gu);
    const at = (name: string): LocatedMention => mentions.find((m) => m.text === name)!;
    const names = (m: LocatedMention): string[] => listNeighbours(m, text, mentions).map((o) => o.text);
    expect(names(at('Pokrovsk'))).toEqual(['Avdiivka', 'Toretsk']);
    expect(names(at('Toretsk'))).toEqual(['Pokrovsk', 'Lyman']);
    expect(names(at('Lyman'))).toEqual(['Toretsk']);
    expect(names(at('Siversk'))).toEqual([]);
  });
});
