// claims/liberated.ts reads the side an earlier sentence named as liberating from a per-article list of the verbs, not
// by reading the text before each figure again (round 48, hostile input): the answer must be the one reading the text
// before the sentence gives, wherever the sentence starts, a word cut by it and a text with no full stop included.
import { describe, expect, it } from 'vitest';
import type { ClaimContext } from '../../src/core/claims/context.ts';
import { LIBERATING_STEMS } from '../../src/core/claims/kinds.ts';
import { unnamedLiberator } from '../../src/core/claims/liberated.ts';
import { subjectSide } from '../../src/core/claims/sides.ts';
import { randomText as randomPieces } from './seeded.ts';

/** The walk as it was: every verb of liberating in the text before the sentence, its subject in its own sentence. */
function readBefore(before: string): string | null {
  let side: string | null = null;
  for (const m of before.matchAll(new RegExp(`(?<!\\p{L})(?:${LIBERATING_STEMS})`, 'giu'))) {
    const sentenceStart = Math.max(before.lastIndexOf('.', m.index), before.lastIndexOf('\n', m.index)) + 1;
    side = subjectSide(before.slice(sentenceStart, m.index + m[0].length), m[0]) ?? side;
  }
  return side;
}

const PIECES = [
  'ВСУ ',
  'российские войска ',
  'освободили ',
  'освобождено',
  'freed',
  'om ',
  'Ukrainian troops ',
  '. ',
  '! ',
  '\n',
  ' ',
  'x',
  '𝐀',
  'liberated ',
];

/** A text of random pieces, the same for a seed. */
const randomText = (seed: number, n: number): string => randomPieces(PIECES, seed, n);

describe('unnamedLiberator: the side named liberating earlier', () => {
  it('is what reading the text before the sentence gives, at every sentence start', () => {
    const clause = 'освобождено 4 кв. км';
    for (let seed = 1; seed <= 24; seed++) {
      const text = randomText(seed, 40);
      const ctx = { article: { text } } as unknown as ClaimContext;
      for (let start = 0; start <= text.length; start++)
        expect(unnamedLiberator(clause, 'освобождено', clause, null, ctx, null, start), `${seed} ${start}`).toBe(
          readBefore(text.slice(0, start)),
        );
    }
  });
  it('reads an earlier sentence’s subject', () => {
    const text = 'Российские войска освободили Работино. Еще четыре кв. км освобождено.';
    const ctx = { article: { text } } as unknown as ClaimContext;
    const start = text.indexOf('Еще');
    expect(unnamedLiberator('четыре кв. км освобождено', 'освобождено', text.slice(start), null, ctx, 'UA', start)).toBe('RU');
    expect(unnamedLiberator('четыре кв. км освобождено', 'освобождено', text.slice(start), null, ctx, 'UA', 0)).toBe('UA');
  });
});
