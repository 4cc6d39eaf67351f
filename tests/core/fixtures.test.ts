// Fixture tests in the Turf manner: tests/fixtures/<extractor>/in/*.json (article text + publication date) →
// out/*.json (what the geoparser and the claim extractors make of it). Goldens are regenerated on purpose only:
//   UPDATE_GOLDENS=1 npx vitest run tests/core/fixtures.test.ts   (or: npm run goldens)
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { describeFixtures } from './fixture-runner.ts';
import { gazetteer } from './gazetteer-cache.ts';

function summarize(name: string, input: { published: string; text: string }): unknown {
  const file = `${name}.txt`;
  const { places, claims, report } = geoparseCorpus(
    [{ file, title: name, outlet: 'fixture', published: input.published, text: input.text }],
    gazetteer(),
  );
  return {
    places: places.features.map((f) => ({
      id: f.properties.id,
      name: f.properties.name,
      kind: f.properties.kind,
      admin1: f.properties.admin1,
      variants: f.properties.variants,
      confidence: f.properties.confidence,
    })),
    issues: report.issues.map((i) => ({ text: i.text, status: i.status, placeId: i.placeId })),
    claims: claims.features.map(({ properties: p }) => ({
      type: p.type,
      figure: input.text.slice(p.start, p.end),
      asOf: p.asOf,
      attributedTo: p.attributedTo,
      ...(p.type === 'area-held'
        ? { side: p.side, region: p.region, anchor: p.anchor, areaKm2Min: p.areaKm2Min, areaKm2Max: p.areaKm2Max, qualifier: p.qualifier }
        : {}),
      ...(p.type === 'count' ? { value: p.value, counts: p.counts, subject: p.subject, place: p.place } : {}),
      ...(p.type === 'movement' ? { from: p.from, to: p.to } : {}),
    })),
  };
}

describeFixtures<{ published: string; text: string }>('geoparse fixtures', 'geoparse', summarize, () => void gazetteer());
