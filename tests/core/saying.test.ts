// The shared verbs of saying: every form a statement is reported with in each language, and not the words around it.
import { describe, expect, it } from 'vitest';
import { SAYING_CYR, SAYING_EN } from '../../src/core/text/saying.ts';

const en = new RegExp(String.raw`^(?:${SAYING_EN})$`, 'iu');
const cyr = new RegExp(String.raw`^(?:${SAYING_CYR})$`, 'iu');

describe('verbs of saying', () => {
  it('reads English past and present forms', () => {
    for (const w of ['said', 'says', 'told', 'reported', 'claims', 'wrote', 'noted', 'declared']) expect(en.test(w)).toBe(true);
    for (const w of ['sad', 'taken', 'report', 'tolled']) expect(en.test(w)).toBe(false);
  });
  it('reads Ukrainian stems in every ending', () => {
    for (const w of ['повідомив', 'повідомила', 'заявили', 'сказав', 'зазначив', 'підтвердив', 'доповів', 'уточнила'])
      expect(cyr.test(w)).toBe(true);
  });
  it('reads Russian stems in every ending', () => {
    for (const w of ['сообщил', 'сообщило', 'заявил', 'сказала', 'отметил', 'подтвердили', 'доложил', 'докладывал'])
      expect(cyr.test(w)).toBe(true);
    for (const w of ['заявка', 'сообщение', 'отмена']) expect(cyr.test(w)).toBe(false);
  });
});
