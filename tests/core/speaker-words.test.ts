// The shared tail of the English speaker readers (text/speaker-words.ts): the same strings as the patterns it replaced.
import { describe, expect, it } from 'vitest';
import { SAYING_EN } from '../../src/core/text/saying.ts';
import { BEFORE_SAYING_EN, sayingAfterSubjectEn } from '../../src/core/text/speaker-words.ts';

const TAILS = [
  ' said',
  ' also said',
  ' has also later said',
  ', said',
  ' also',
  ' saidx',
  ' then said',
  ' have said',
  '  had  reported',
  ' previously said',
];

describe('sayingAfterSubjectEn', () => {
  it('matches what body-head-speaker.ts and force-speaker.ts matched before', () => {
    const star = new RegExp(`^x${sayingAfterSubjectEn(`${BEFORE_SAYING_EN}|then`, '*')}`, 'u');
    const oldStar = new RegExp(String.raw`^x(?:\s+(?:also|later|earlier|has|had|then))*\s+(?:${SAYING_EN})(?![\p{L}])`, 'u');
    const opt = new RegExp(`^x${sayingAfterSubjectEn(`${BEFORE_SAYING_EN}|have`, '?')}`, 'u');
    const oldOpt = new RegExp(String.raw`^x(?:\s+(?:also|later|earlier|has|had|have))?\s+(?:${SAYING_EN})(?![\p{L}])`, 'u');
    for (const t of TAILS) {
      expect(star.exec(`x${t}`)?.[0], t).toBe(oldStar.exec(`x${t}`)?.[0]);
      expect(opt.exec(`x${t}`)?.[0], t).toBe(oldOpt.exec(`x${t}`)?.[0]);
    }
  });
  it('matches what appositive-speaker.ts matched before, with its own verbs', () => {
    const TELLING = `${SAYING_EN}|saying|telling`;
    const now = new RegExp(`^x,${sayingAfterSubjectEn(`${BEFORE_SAYING_EN}|then|previously|have`, '*', TELLING)}`, 'u');
    const old = new RegExp(String.raw`^x,\s+(?:(?:also|later|earlier|then|previously|has|had|have)\s+)*(?:${TELLING})(?![\p{L}])`, 'u');
    for (const t of [...TAILS, ' telling', ' also saying'].map((t) => t.replace(/^,/u, '')))
      expect(now.test(`x,${t}`), t).toBe(old.test(`x,${t}`));
  });
});
