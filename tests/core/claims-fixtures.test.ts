// Claim fixtures, one per rule: tests/fixtures/claims/in/<case>.json (one or more articles: outlet, published, text)
// → out/<case>.json (the claims the pipeline makes of them: kind, figure as written, km², side, period, sources).
// Goldens are regenerated on purpose only: UPDATE_GOLDENS=1 npx vitest run tests/core/claims-fixtures.test.ts
import { expect } from 'vitest';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { claimsCollectionSchema } from '../../src/core/schema.ts';
import { describeFixtures } from './fixture-runner.ts';
import { gazetteer } from './gazetteer-cache.ts';

interface FixtureIn {
  rule: string; // what the fixture shows, for the reader
  articles: { outlet: string; published: string; text: string }[];
}

function summarize(name: string, input: FixtureIn): unknown {
  const articles = input.articles.map((a, i) => ({ file: `${name}-${i}.txt`, title: name, ...a }));
  const { claims } = geoparseCorpus(articles, gazetteer());
  expect(claimsCollectionSchema.safeParse(claims).success).toBe(true);
  const texts = new Map(articles.map((a) => [a.file, a.text]));
  return claims.features.map(({ geometry, properties: p }) => ({
    type: p.type,
    figure: texts.get(p.article)!.slice(p.start, p.end),
    asOf: p.asOf,
    published: p.published,
    attributedTo: p.attributedTo,
    ...('areaKm2' in p
      ? {
          side: p.side,
          region: p.region,
          areaKm2: p.areaKm2,
          areaKm2Min: p.areaKm2Min,
          areaKm2Max: p.areaKm2Max,
          qualifier: p.qualifier,
          original: p.original,
        }
      : {}),
    ...(p.type === 'share-lost' || p.type === 'share-held'
      ? { side: p.side, region: p.region, anchor: p.anchor, percent: p.percent, original: p.original }
      : {}),
    ...(p.type === 'count'
      ? { value: p.value, counts: p.counts, side: p.side, place: p.place, precision: p.precision, mapped: geometry !== null }
      : {}),
    ...(p.type === 'movement' ? { from: p.from, to: p.to } : {}),
    // An area or share figure about a whole country is listed, not drawn (contract version 4).
    ...(p.type !== 'count' && geometry === null ? { mapped: false } : {}),
    sources: p.sources.map((s) => ({
      article: s.article,
      outlet: s.outlet,
      published: s.published,
      figure: texts.get(s.article)!.slice(s.start, s.end),
    })),
  }));
}

// Loading the gazetteer and the first run's compiles (claim patterns, chrono's Ukrainian and Russian parsers) are the
// slow part: done before the fixtures, outside the first one's time budget.
const warm = (): void =>
  void geoparseCorpus(
    [
      {
        file: 'warm.txt',
        title: 'w',
        outlet: 'o',
        published: '2024-10-24',
        text: 'Україна контролює тисячу кв. км у Курській області. Ukraine holds 1,000 sq km in Kursk region.',
      },
    ],
    gazetteer(),
  );

describeFixtures<FixtureIn>('claim fixtures', 'claims', summarize, warm);
