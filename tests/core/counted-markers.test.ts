// Round 49: counts of settlements read their clause's markers once (`clauseMarkers`, handed to `figureKind` and
// `countedSide`) instead of per count. The side a count is given is the same either way, on random sentences of counts,
// verbs of each kind and sides (bench/HISTORY.md, round 49).
import { describe, expect, it } from 'vitest';
import { countedFiguresIn, countedSide } from '../../src/core/claims/counted.ts';
import { clauseMarkers, figureKind } from '../../src/core/claims/kinds.ts';
import { clauseEnd, clauseStart } from '../../src/core/claims/modality.ts';
import { seededInts } from './seeded.ts';

const PIECES = [
  'освобождены 12 населенных пунктов',
  'ВСУ оставили 3 села',
  'российские войска захватили 40 сел',
  'окупанти контролюють 7 населених пунктів',
  'звільнено 5 сіл',
  'Russian forces captured 12 settlements',
  'Ukraine liberated 4 villages',
  'под контролем ВСУ',
  'в Донецкой области',
  'at its peak',
  ', ',
  ' and ',
  ' – ',
  ' ',
];

describe('countedSide with the clause markers kept gives what it gave reading them per count', () => {
  for (const seed of [2, 13, 77, 401]) {
    it(`seed ${seed}`, () => {
      const next = seededInts(seed);
      let settlements = 0;
      for (let t = 0; t < 40; t++) {
        const text = Array.from({ length: 12 }, () => PIECES[next(PIECES.length)]).join(' ');
        const clauseOf = (at: number): [number, number] => [clauseStart(text, at), clauseEnd(text, at)];
        for (const f of countedFiguresIn(text, clauseOf)) {
          if (f.of === 'settlements') settlements++;
          const [cs, ce] = clauseOf(f.start);
          const clause = text.slice(cs, ce);
          const read = clauseMarkers(clause);
          for (const country of [undefined, 'UA', 'RU'])
            expect(countedSide(f, clause, f.start - cs, f.end - cs, country, null, read)).toBe(
              countedSide(f, clause, f.start - cs, f.end - cs, country, null),
            );
          expect(figureKind(clause, f.start - cs, f.end - cs, false, '', [], read)).toEqual(
            figureKind(clause, f.start - cs, f.end - cs, false),
          );
        }
      }
      expect(settlements).toBeGreaterThan(40);
    });
  }
});
