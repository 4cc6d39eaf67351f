// Fixture tests in the Turf manner: tests/fixtures/<extractor>/in/*.json (article text + publication date) →
// out/*.json (what the geoparser and the claim extractors make of it). Goldens are regenerated on purpose only:
//   UPDATE_GOLDENS=1 npx vitest run tests/core/fixtures.test.ts   (or: npm run goldens)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { gazetteer } from './gazetteer-cache.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'geoparse');
const update = process.env.UPDATE_GOLDENS === '1';

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

describe('geoparse fixtures', () => {
  beforeAll(() => void gazetteer(), 60_000); // load the gazetteer outside the first fixture's time budget
  for (const f of readdirSync(join(root, 'in'))
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const name = f.replace(/\.json$/, '');
    it(name, () => {
      const actual = summarize(name, JSON.parse(readFileSync(join(root, 'in', f), 'utf8')) as { published: string; text: string });
      const outPath = join(root, 'out', f);
      if (update) {
        mkdirSync(join(root, 'out'), { recursive: true });
        writeFileSync(outPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
    });
  }
});
