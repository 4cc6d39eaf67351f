// Property tests of the whole core pipeline on generated hostile articles (hostile-text.arbitrary.ts): it never
// throws, and every invariant of hostile-text.invariants.ts holds; two runs give byte-identical JSON. Fixed seeds and
// small run counts keep the file a few seconds long; timing belongs in bench/hostile.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import type { Article } from '../../src/core/schema.ts';
import { gazetteer } from './gazetteer-cache.ts';
import { hostileText, longSentence, published } from './hostile-text.arbitrary.ts';
import { corpusProblems } from './hostile-text.invariants.ts';

const article = (text: string, date: string, i = 0): Article => ({ file: `a${i}.txt`, title: 't', outlet: `o${i}`, published: date, text });

function check(articles: Article[]): void {
  const first = geoparseCorpus(articles, gazetteer());
  expect(corpusProblems(articles, first)).toEqual([]);
  expect(JSON.stringify(geoparseCorpus(articles, gazetteer()))).toBe(JSON.stringify(first));
}

describe('the pipeline on hostile text', () => {
  beforeAll(() => void gazetteer(), 180_000); // several times its quiet time when 8 helpers share 2 cores

  it('keeps every invariant on one hostile article', () => {
    fc.assert(
      fc.property(hostileText, published, (text, date) => check([article(text, date)])),
      { numRuns: 120, seed: 33 },
    );
  }, 120_000);

  it('keeps every invariant on a corpus of several articles, syndicated copies among them', () => {
    const corpus = fc
      .array(fc.tuple(hostileText, published), { minLength: 2, maxLength: 4 })
      .chain((as) => fc.tuple(fc.constant(as), fc.nat(as.length - 1), published))
      .map(([as, copied, date]) => [...as, [as[copied]![0], date] as const].map(([t, d], i) => article(t, d, i)));
    fc.assert(
      fc.property(corpus, (articles) => check(articles)),
      { numRuns: 25, seed: 3333 },
    );
  }, 120_000);

  it('keeps every invariant on very long sentences', () => {
    fc.assert(
      fc.property(longSentence, published, (text, date) => check([article(text, date)])),
      { numRuns: 8, seed: 333 },
    );
  }, 120_000);
});
