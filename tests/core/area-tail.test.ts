// claims/area.ts reads the patterns anchored right before a figure in the last words of its clause only (round 48,
// hostile input, second stint: text-index.ts `tailStart`): the cut must give what the whole clause up to the figure does.
import { describe, expect, it } from 'vitest';
import {
  ABOUT_IDIOM,
  BEFORE_SPACES,
  CHANGED_BY,
  FROM_BEFORE,
  GAPPED,
  PLACE_OF,
  TOTAL_BEFORE,
  TOTAL_REACH,
} from '../../src/core/claims/area.ts';
import { firstMatch, tailStart } from '../../src/core/claims/text-index.ts';
import { seededInts } from './seeded.ts';

/** comparedEarlier's "from" right before the figure (inline there). */
const FROM_RIGHT_BEFORE = /(?:^|\s)(?:from|з|із|с|від|от)\s$/iu;
/** Words, mostly joined by one space, so that matches of many words come up. */
const WORDS = [
  'increased',
  'grew',
  'shrank',
  'збільшилася',
  'сократилась',
  'зменшилась',
  'by',
  'by',
  'на',
  'на',
  'about',
  'no fewer than',
  'не менее',
  'down',
  'sharply',
  'from',
  'from',
  'the',
  'peak',
  'of',
  'з',
  'region',
  'in the',
  'land',
  'площа',
  'x',
  '12',
  'km²',
  '—',
  '-',
];
const JOINS = [' ', ' ', ' ', ' ', ' ', ' ', ' ', '\u00a0', '\n', ', ', '. ', ';', '', '  '];

/** A text of random words and joins, the same for a seed. */
function randomText(seed: number, n: number): string {
  const next = seededInts(seed);
  let text = '';
  for (let i = 0; i < n; i++) text += WORDS[next(WORDS.length)]! + JOINS[next(JOINS.length)]!;
  return text;
}

describe('area.ts: the patterns before a figure, read in the clause’s last words', () => {
  it('match in the cut end as in the whole clause up to the figure', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const text = randomText(seed, 60);
      const owner = {};
      for (let a = 0; a <= text.length; a += 13)
        for (let b = a; b <= text.length; b++) {
          const whole = text.slice(a, b);
          const cut = text.slice(tailStart(owner, text, 'space', BEFORE_SPACES, a, b), b);
          for (const re of [CHANGED_BY, GAPPED, FROM_BEFORE, PLACE_OF, ABOUT_IDIOM, FROM_RIGHT_BEFORE]) {
            const m = re.exec(whole);
            const c = re.exec(cut);
            expect(c && [c[0], c[1]], `${re.source.slice(0, 12)} ${seed} ${a} ${b}`).toEqual(m && [m[0], m[1]]);
          }
        }
    }
  });
  it('finds a word for a total in the clause up to the figure as reading it does', () => {
    const words = ['in total', 'total', 'totally', 'so far', 'всього', 'всьогож', 'в общей сложности', 'загалом', 'x', '𝐀', 'to date'];
    for (let seed = 1; seed <= 8; seed++) {
      const next = seededInts(seed);
      let text = '';
      for (let i = 0; i < 40; i++) text += words[next(words.length)]! + (next(3) ? ' ' : '');
      const owner = {};
      for (let a = 0; a <= text.length; a += 5)
        for (let b = a; b <= text.length; b++)
          expect(firstMatch(owner, text, TOTAL_BEFORE, TOTAL_REACH, a, b) >= 0, `${seed} ${a} ${b}`).toBe(
            TOTAL_BEFORE.test(text.slice(a, b)),
          );
    }
  });
  it('cuts a long clause', () => {
    const text = 'grew by 12 km² and '.repeat(200);
    expect(text.length - tailStart({}, text, 'space', BEFORE_SPACES, 0, text.length)).toBeLessThan(120);
  });
});
