// The shared verbs of saying: every form a statement is reported with in each language, and not the words around it.
import { describe, expect, it } from 'vitest';
import { REPORTING_CYR, SAYING_CYR, SAYING_EN, SPEAKING_CYR, SPEAKING_EN } from '../../src/core/text/saying.ts';

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

describe('verbs of speaking (the actor reading: who is named before one speaks, not acts)', () => {
  const speakingEn = new RegExp(String.raw`^(?:${SPEAKING_EN})$`, 'iu');
  const speakingCyr = new RegExp(String.raw`^(?:${SPEAKING_CYR})$`, 'iu');
  it('holds every verb of saying', () => {
    for (const w of ['said', 'says', 'told', 'reported', 'claims', 'wrote', 'noted', 'declared', 'announced', 'added'])
      expect(speakingEn.test(w), w).toBe(true);
    for (const w of ['повідомив', 'заявили', 'написав', 'доповів', 'сообщил', 'отметил', 'подтвердили', 'доложил'])
      expect(speakingCyr.test(w), w).toBe(true);
  });
  it('adds the participle, conceding and denying, stressing and explaining, and the nouns of statements', () => {
    for (const w of ['saying', 'acknowledged', 'admits', 'denied', 'confirmation']) expect(speakingEn.test(w), w).toBe(true);
    for (const w of ['наголосив', 'пояснила', 'додали', 'говорить', 'подчеркнул', 'добавил', 'сообщение', 'повідомлення', 'заява'])
      expect(speakingCyr.test(w), w).toBe(true);
    for (const w of ['sad', 'taken', 'tolled']) expect(speakingEn.test(w), w).toBe(false);
    for (const w of ['отмена', 'сказка']) expect(speakingCyr.test(w), w).toBe(false);
  });
});

describe('verbs of reporting (the events claimant: whose subject says so)', () => {
  const reporting = new RegExp(String.raw`^(?:${REPORTING_CYR})$`, 'u');
  it('reads the imperfective past of reporting, as the present', () => {
    for (const w of ['сообщал', 'сообщала', 'сообщали', 'сообщало', 'повідомляв', 'повідомляла', 'повідомляли', 'сообщает'])
      expect(reporting.test(w), w).toBe(true);
  });
  it('not its impersonal form, which names no one', () => {
    for (const w of ['сообщалось', 'повідомлялося', 'повідомлялось']) expect(reporting.test(w), w).toBe(false);
  });
});
