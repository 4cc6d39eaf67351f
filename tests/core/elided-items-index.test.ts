import { describe, expect, it } from 'vitest';
import { elidedItems } from '../../src/core/geoparse/spot.ts';
import { isCapitalized, tokenize, type Token } from '../../src/core/text/tokens.ts';
import { seededInts } from './seeded.ts';

/** The scan elidedItems replaced: every later token of the sentence, for each head. */
function* scannedElidedItems(text: string, tokens: readonly Token[], h: number, stop: (k: number) => boolean): Generator<number> {
  const adjective = tokens[h - 1];
  if (!adjective || !isCapitalized(adjective.text) || text.slice(adjective.end, tokens[h]!.start) !== ' ') return;
  const ending = /(ому|ого|ім|ій|ої|ом|ой)$/u.exec(adjective.text.toLowerCase())?.[1];
  if (!ending) return;
  for (let k = h + 1; k < tokens.length; k++) {
    if (/[.!?\n]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return;
    const t = tokens[k]!;
    if (stop(k) || !isCapitalized(t.text) || !t.text.toLowerCase().endsWith(ending) || t.text.length < ending.length + 4) continue;
    if (!/^(в|у|на|во|по|з|із|зі|из|с|со)$/iu.test(tokens[k - 1]?.text ?? '')) continue;
    const after = text.slice(t.end, tokens[k + 1]?.start ?? text.length);
    if (/^\s*([-–—,:;]|\.(\s|$))/u.test(after)) yield k;
  }
}

const PIECES = [
  'у Куп’янському районі пошкоджено будинок,',
  'в Ізюмському - автомобіль,',
  'у Чугуївському – ліцей.',
  'з Краснопільської громади 43 людини,',
  'з Миропільської - двох',
  'из Курской области — трое, из Брянской — двое',
  'в Запорожской области и Андреевки в Днепропетровской.',
  'Покровського району',
  'Донецької області',
  'села Лиман',
  'на Харківському: ',
  '\n',
  'по Сумській;',
];

describe('elidedItems with its per-text index gives what the per-head scan gave, in order', () => {
  for (const seed of [3, 11, 29]) {
    it(`seed ${seed}`, () => {
      const next = seededInts(seed);
      const text = Array.from({ length: 120 }, () => PIECES[next(PIECES.length)]).join(' ');
      const tokens = tokenize(text);
      const stop = (k: number): boolean => k % 7 === 0;
      for (let h = 1; h < tokens.length; h++) {
        expect([...elidedItems(text, tokens, h)]).toEqual([...scannedElidedItems(text, tokens, h, () => false)]);
        expect([...elidedItems(text, tokens, h, stop)]).toEqual([...scannedElidedItems(text, tokens, h, stop)]);
      }
    });
  }
});
