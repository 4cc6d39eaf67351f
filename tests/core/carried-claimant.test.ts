// The attributionCarried flag (claims/carried-claimant.ts, schema.ts): set only on a source carried from the report
// around the figure's sentence, never on a document the sentence itself cites, so merging groups the latter by it.
import { describe, expect, it } from 'vitest';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { gazetteer } from './gazetteer-cache.ts';

const claimsOf = (text: string) =>
  geoparseCorpus([{ file: 'a.txt', title: 'a', outlet: 'o', published: '2025-03-12', text }], gazetteer()).claims.features.map(
    (f) => f.properties,
  );

describe('withCarriedClaimants', () => {
  it("gives a figure the document its own sentence cites, unflagged ('йдеться у зведенні')", () => {
    const [p] = claimsOf('За добу окупанти втратили 1 250 військових, — йдеться у зведенні Генштабу ЗСУ.');
    expect(p?.attributedTo).toMatch(/Генштаб/u);
    expect(p && 'attributionCarried' in p).toBe(false);
  });

  it('flags a source carried from the sentence before ("It said …")', () => {
    const ps = claimsOf(
      'The Russian Defence Ministry said on Tuesday its forces had taken control of 120 square kilometres in the Donetsk region over the past week. It said Ukraine had lost some 9,000 troops in that time.',
    );
    const troops = ps.find((p) => p.type === 'count');
    expect(troops?.attributedTo).toMatch(/ministry/iu);
    expect(troops?.attributionCarried).toBe(true);
  });
});
