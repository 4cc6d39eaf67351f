// Round 48 (hostile input): the compared term, a record's point of comparison and the year "that year" refers to are
// read from per-article indexes and memos on the claim context, not by reading the text before each phrase again. The
// answers must be those of reading the text, at every phrase start of random texts (brackets, breaks, astral letters).
import { describe, expect, it } from 'vitest';
import { isComparisonTerm } from '../../src/core/claims/comparison-term.ts';
import { lastYearBefore, type ClaimContext } from '../../src/core/claims/context.ts';
import type { TimePhrase } from '../../src/core/claims/dates.ts';
import { isRecordReference, RECORD } from '../../src/core/claims/record-reference.ts';
import { randomText as randomPieces } from './seeded.ts';

/** The reads as they were (round 47), on the text. */
const MARKER =
  /\b(?:than|after\sthat\sof|compared\s(?:with|to)|(?:drop|fall|decline|rise|increase|up|down)\s(?:\p{L}+\s){0,2}?from)\b|(?<!\p{L})(?:ніж|чем|порівняно\sз|по\sсравнению\sс)(?!\p{L})/giu;
function termOpening(text: string, sentenceStart: number, at: number): number {
  const before = text.slice(sentenceStart, at);
  let found = -1;
  for (const m of before.matchAll(MARKER)) found = m.index;
  if (found >= 0 && /[,;:—–]/u.test(before.slice(found).replace(/\([^()]*\)/gu, ''))) found = -1;
  return found;
}
const SINCE_WORDS = /\bsince\b|(?<!\p{L})(?:со врем[её]н\p{L}*|со времени|с момента|з часів|від часів|з моменту)(?!\p{L})/giu;
const SINCE_BARE = /(?<!\p{L})(?:с|со|з|із|зі|від)\s*$/iu;
const WHOLE_WAR = /^(?:за\s(?:вс[её]\s|весь\s)?(?:время|час)|(?:over|during|throughout|in)\s(?:the\s)?(?:entire|whole))\s/iu;
function recordReference(text: string, sentenceStart: number, p: { start: number; text: string }): boolean {
  const before = text.slice(sentenceStart, p.start);
  const own = /^(?:since|с|со|з|із|зі|від)\s/iu.test(p.text) || WHOLE_WAR.test(p.text) || SINCE_BARE.test(before);
  let at = own ? p.start : -1;
  if (!own) {
    let cut = p.start - 1;
    while (cut >= sentenceStart && !',;:()—–'.includes(text[cut]!)) cut--;
    for (const m of text.slice(cut + 1, p.start).matchAll(SINCE_WORDS)) at = cut + 1 + m.index;
  }
  if (at < 0) return false;
  return RECORD.test(text.slice(Math.max(sentenceStart, at - 120), at));
}
function lastYear(text: string, end: number): string | null {
  const years = [...text.slice(0, end).matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)];
  return years.length ? years[years.length - 1]![0] : null;
}

const PIECES = [
  'more than ',
  'than',
  'compared with ',
  'drop ',
  'rise of it from ',
  'чем ',
  'the largest ',
  'since ',
  'с ',
  ', ',
  ';',
  ':',
  ' — ',
  '(',
  ')',
  'in May ',
  ' ',
  'x',
  '2023',
  '5',
  ' 1999 ',
  '𝐀',
];

/** A text of random pieces, the same for a seed. */
const randomText = (seed: number, n: number): string => randomPieces(PIECES, seed, n);

const contextOf = (text: string): ClaimContext =>
  ({ article: { text }, parsed: { mentions: [], sentences: [] } }) as unknown as ClaimContext;
const phraseAt = (text: string, start: number): TimePhrase => ({ start, end: start, text: text.slice(start, start + 7) }) as TimePhrase;

describe('claims: memos and indexes on the context read as the text does', () => {
  it('isComparisonTerm opens the term where reading the sentence up to the phrase does', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const text = randomText(seed, 50);
      const ctx = contextOf(text);
      for (const sentenceStart of [0, 7, 31])
        for (let at = sentenceStart; at <= text.length; at++) {
          const p = phraseAt(text, at);
          const opening = termOpening(text, sentenceStart, at);
          const where = `${seed} ${sentenceStart} ${at}`;
          if (opening < 0) expect(isComparisonTerm(ctx, sentenceStart, p, { start: 0, end: 0 }), where).toBe(false);
          else {
            expect(isComparisonTerm(ctx, sentenceStart, p, { start: 0, end: sentenceStart + opening }), where).toBe(true);
            expect(isComparisonTerm(ctx, sentenceStart, p, { start: 0, end: sentenceStart + opening + 1 }), where).toBe(false);
          }
        }
    }
  });
  it('isRecordReference and the year before a phrase are those of the text before it', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const text = randomText(seed, 50);
      const ctx = contextOf(text);
      for (const sentenceStart of [0, 7, 31])
        for (let at = sentenceStart; at <= text.length; at++) {
          const p = phraseAt(text, at);
          expect(isRecordReference(ctx, sentenceStart, p), `${seed} ${sentenceStart} ${at}`).toBe(recordReference(text, sentenceStart, p));
        }
      for (let end = 0; end <= text.length; end++) expect(lastYearBefore(ctx, end), `${seed} ${end}`).toBe(lastYear(text, end));
    }
  });
});
