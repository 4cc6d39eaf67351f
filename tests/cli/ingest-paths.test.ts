// The same articles give the same map whichever way they come in: `briefmap geocode` (streamed to files) and the
// viewer's upload (core addArticles, what src/viewer/data/geoparse.ts calls), whether dropped on an empty map or on
// top of a corpus already built.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geocode } from '../../src/cli/geocode/geocode.ts';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { addArticles, GENERATOR, geoparseCorpus, type CorpusResult } from '../../src/core/pipeline.ts';
import { claimsCollectionSchema, eventsCollectionSchema, placesCollectionSchema, reportSchema } from '../../src/core/schema.ts';
import { gazetteer } from '../core/gazetteer-cache.ts';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const empty: CorpusResult = {
  places: { type: 'FeatureCollection', features: [] },
  claims: { type: 'FeatureCollection', features: [] },
  events: { type: 'FeatureCollection', features: [] },
  report: {
    generator: GENERATOR,
    articles: [],
    totals: { articles: 0, mentions: 0, places: 0, unresolved: 0, lowConfidence: 0, claims: 0, events: 0 },
    issues: [],
  },
};

async function viaCli(name: string, corpusDir: string, only?: (file: string) => boolean): Promise<CorpusResult> {
  let dir = corpusDir;
  if (only) {
    // A corpus folder holding only some of the seeds.
    const { cpSync, mkdirSync, writeFileSync } = await import('node:fs');
    dir = join(tmp, `${name}-in`);
    mkdirSync(dir);
    const manifest = JSON.parse(readFileSync(join(corpusDir, 'manifest.json'), 'utf8')) as { articles: { file: string }[] };
    const articles = manifest.articles.filter((a) => only(a.file));
    for (const a of articles) cpSync(join(corpusDir, a.file), join(dir, a.file));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles }));
  }
  const out = join(tmp, name);
  await geocode(dir, out);
  const json = (f: string): unknown => JSON.parse(readFileSync(join(out, f), 'utf8'));
  return {
    places: placesCollectionSchema.parse(json('places.geojson')),
    claims: claimsCollectionSchema.parse(json('claims.geojson')),
    events: eventsCollectionSchema.parse(json('events.geojson')),
    report: reportSchema.parse(json('report.json')),
  };
}

describe('one corpus model, two ingest paths', { timeout: 120_000 }, () => {
  const seeds = join(root, 'seeds');
  const articles = readCorpus(seeds);

  it('the seeds dropped on an empty map give exactly the CLI’s places, claims and report', async () => {
    const cli = await viaCli('all', seeds);
    const dropped = addArticles(empty, articles, gazetteer());
    expect(cli.places.features.length).toBeGreaterThan(5);
    expect(dropped.places).toEqual(cli.places);
    expect(dropped.claims).toEqual(cli.claims);
    expect(dropped.report).toEqual(cli.report);
  });

  it('articles dropped on a corpus already built merge into the same result (confidence, candidates, variants, counts)', async () => {
    const cli = await viaCli('all-again', seeds);
    const firstTwo = new Set(articles.slice(0, 2).map((a) => a.file));
    const opened = await viaCli('first-two', seeds, (f) => firstTwo.has(f));
    const merged = addArticles(
      opened,
      articles.filter((a) => !firstTwo.has(a.file)),
      gazetteer(),
    );
    expect(merged.places).toEqual(cli.places);
    expect(merged.claims).toEqual(cli.claims);
    expect(merged.report).toEqual(cli.report);
  });

  it('a manifest title and subtitle reach report.json the same way streamed and in memory', async () => {
    const { cpSync, writeFileSync } = await import('node:fs');
    const dir = join(tmp, 'titled');
    cpSync(seeds, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(seeds, 'manifest.json'), 'utf8')) as object;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ title: 'Seeds', subtitle: 'five articles', ...manifest }));
    await geocode(dir, join(tmp, 'titled-out'));
    const streamed = readFileSync(join(tmp, 'titled-out', 'report.json'), 'utf8');
    const memory = geoparseCorpus(readCorpus(dir), gazetteer(), {}, undefined, { title: 'Seeds', subtitle: 'five articles' });
    expect(streamed).toBe(`${JSON.stringify(memory.report, null, 2)}\n`);
    expect(JSON.parse(streamed)).toMatchObject({ title: 'Seeds', subtitle: 'five articles' });
  });

  it('a dropped file named like one already open is renamed, not merged into it', () => {
    const once = addArticles(empty, articles.slice(0, 1), gazetteer());
    const twice = addArticles(once, articles.slice(0, 1), gazetteer());
    expect(twice.report.articles.map((a) => a.file)).toEqual([articles[0]!.file, articles[0]!.file.replace(/\.txt$/, '-2.txt')]);
    expect(twice.report.totals.mentions).toBe(2 * once.report.totals.mentions);
  });
});
