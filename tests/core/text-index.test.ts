// claims/text-index.ts answers what reading the slice would (round 47, hostile input): the gap between a figure and a
// phrase is looked up, not read, and must give the same answer at every pair of offsets, edges and surrogates included.
import { describe, expect, it } from 'vitest';
import { NOW } from '../../src/core/claims/kinds.ts';
import { firstFrom, firstMatch, nextIn, prevIn } from '../../src/core/claims/text-index.ts';
import { randomText as randomPieces } from './seeded.ts';

const OF_WHAT =
  /\b(?:that|which|seized|captured|taken|held)\b|(?<!\p{L})(?:котор\p{L}*|який|яких|що|что|захвачен\p{L}*|подконтрольн\p{L}*)(?!\p{L})/iu;
const PART_OF = /(?<!\p{L})(?:з\sяких|із\sяких|з\sних|из\sкоторых|из\sних|of\swhich|of\sthem)(?!\p{L})/iu;
const PIECES = [
  'that',
  'thatch',
  'which',
  ' ',
  ', ',
  ';',
  'котор',
  'ых',
  'який',
  'якийсь',
  'із них',
  'з них',
  'of which',
  'of them',
  'подконтрольн',
  'ой',
  '(',
  ')',
  '12',
  'x',
  '𝐀',
  '\n',
  'Held',
  'захвачен',
];

/** A text of random pieces, the same for a seed. */
const randomText = (seed: number, n: number): string => randomPieces(PIECES, seed, n);

describe('text-index', () => {
  it('firstMatch gives the slice’s first match at every pair of offsets', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const text = randomText(seed, 60);
      const owner = {};
      for (const re of [OF_WHAT, PART_OF])
        for (let a = 0; a <= text.length; a += 3)
          for (let b = a; b <= text.length; b += 2) {
            const m = re.exec(text.slice(a, b));
            expect(firstMatch(owner, text, re, 32, a, b), `${re.source.slice(0, 10)} ${a} ${b}`).toBe(m ? a + m.index : -1);
          }
    }
  });
  it('firstFrom gives the first match of the rest of the text at every offset', () => {
    // round 48, second stint: a pattern of any length (words of any length), one code point read behind
    const ANY_LENGTH = /(?<!\p{L})(?:котор\p{L}*|захвачен\p{L}*)\s(?:\p{L}+\s){0,2}(?:ых|held)(?!\p{L})|\bthat\b[^;]{0,30}\bheld\b/iu;
    for (let seed = 1; seed <= 12; seed++) {
      const text = randomText(seed, 80) + ' now сейчас';
      const owner = {};
      for (const re of [OF_WHAT, PART_OF, NOW, ANY_LENGTH])
        for (let i = 0; i <= text.length; i++) {
          const m = re.exec(text.slice(i));
          expect(firstFrom(owner, text, re, i), `${re.source.slice(0, 10)} ${seed} ${i}`).toBe(m ? i + m.index : -1);
        }
    }
  });
  it('nextIn and prevIn find the nearest character of a class', () => {
    const text = randomText(7, 80);
    const owner = {};
    for (let i = 0; i <= text.length; i++) {
      const next = text.slice(i).search(/[,;]/u);
      expect(nextIn(owner, text, ',;', i)).toBe(next < 0 ? text.length : i + next);
      expect(prevIn(owner, text, '(', i)).toBe(text.lastIndexOf('(', i - 1));
      expect(nextIn(owner, text, 'nonspace', i)).toBe(i + (/\S/u.exec(text.slice(i))?.index ?? text.length - i));
    }
  });
});
