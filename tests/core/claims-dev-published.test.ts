// Nothing is shown as known before it was published: over the claims dev set (tests/eval/dev/claims), no gold figure and
// no claim the pipeline makes describes a period that ends after its article's publication date, and no claim is
// published before the earliest of its sources. The property test in claims-visibility.test.ts covers any periods;
// this covers the periods the rules actually read from real reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { gazetteer } from './gazetteer-cache.ts';

const dir = join(import.meta.dirname, '../eval/dev/claims');
const articles = readCorpus(dir);
const published = new Map(articles.map((a) => [a.file, a.published]));

describe('claims dev set: no period ends after publication', () => {
  it('gold periods end on or before their article is published', () => {
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, { figure: string; asOf: [string, string] }[]>;
    const late: string[] = [];
    for (const [file, claims] of Object.entries(gold))
      for (const c of claims)
        if (c.asOf[1] > published.get(file)! || c.asOf[0] > c.asOf[1]) late.push(`${file} "${c.figure}" ${c.asOf.join('..')}`);
    expect(late).toEqual([]);
  });

  it('claims the pipeline makes end on or before the publication of every source', { timeout: 600_000 }, () => {
    const { claims } = geoparseCorpus(articles, gazetteer());
    expect(claims.features.length).toBeGreaterThan(500);
    const late: string[] = [];
    for (const { properties: p } of claims.features) {
      const first = [...p.sources.map((s) => s.published)].sort()[0]!;
      if (p.asOf.end > first || p.asOf.start > p.asOf.end || p.published !== first)
        late.push(`${p.article} ${p.type} ${p.asOf.start}..${p.asOf.end} published ${p.published}`);
    }
    expect(late).toEqual([]);
  });
});
