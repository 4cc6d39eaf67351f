// Control events, fixture by fixture (Turf manner): tests/fixtures/events/in/*.json (an article) →
// out/*.json (the events read from it). Regenerate on purpose only: UPDATE_GOLDENS=1 npx vitest run tests/core/events-fixtures.test.ts
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractControlEvents } from '../../src/core/events/extract.ts';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import { gazetteer } from './gazetteer-cache.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'events');
const update = process.env.UPDATE_GOLDENS === '1';

function summarize(name: string, input: { published: string; text: string }): unknown {
  const article = { file: `${name}.txt`, title: name, outlet: 'fixture', published: input.published, text: input.text };
  const parsed = geoparseArticle(article.text, gazetteer());
  return extractControlEvents({ article, parsed, gazetteer: gazetteer() }).map(({ properties: p }) => ({
    settlement: p.settlement,
    name: input.text.slice(p.start, p.end),
    action: p.action,
    actor: p.actor,
    holder: p.holder,
    claimant: p.claimant,
    denied: p.denied,
    precision: p.precision,
    asOf: p.asOf,
    trigger: p.trigger,
  }));
}

describe('control event fixtures', () => {
  beforeAll(() => void gazetteer(), 60_000); // loading it is the slow part, not the fixtures
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
