// The corpus title: the manifest's when given (through the report), else said from the data, never fixed text.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { corpusTitle, monthSpan } from '../../src/core/corpus-title.ts';
import { manifestSchema, reportSchema } from '../../src/core/schema.ts';
import { gazetteer } from './gazetteer-cache.ts';

const seeds = readCorpus('seeds');

describe('corpus title', { timeout: 60_000 }, () => {
  it('is said from the data: the region of the area claims and the span of publication', () => {
    const r = geoparseCorpus(seeds, gazetteer());
    expect(r.report.title).toBeUndefined();
    const t = corpusTitle(r);
    expect(t.title).toBe('Kursk Oblast, Oct 2024–Feb 2025');
    expect(t.subtitle).toBe(`5 articles from 5 outlets: ${r.places.features.length} places, ${r.claims.features.length} claims`);
  });
  it('without area claims, from the regions holding most mentions', () => {
    const r = geoparseCorpus(seeds.slice(0, 1), gazetteer());
    const t = corpusTitle({ places: r.places, report: r.report }).title;
    expect(t).toMatch(/Oblast|Kyiv|Moscow|Ukraine|Russia/);
    expect(t).toContain(monthSpan(seeds[0]!.published, seeds[0]!.published));
  });
  it('is the manifest’s title and subtitle when it gives them, carried in report.json', () => {
    const r = geoparseCorpus(seeds, gazetteer(), {}, undefined, { title: 'My corpus', subtitle: 'Test run' });
    expect(reportSchema.parse(r.report)).toMatchObject({ title: 'My corpus', subtitle: 'Test run' });
    expect(Object.keys(r.report).slice(0, 3)).toEqual(['generator', 'title', 'subtitle']);
    expect(corpusTitle(r)).toEqual({ title: 'My corpus', subtitle: 'Test run' });
  });
  it('the manifest keeps its strictness: empty or unknown top-level keys are refused', () => {
    const articles = [{ file: 'a.txt', title: 't', outlet: 'o', published: '2024-01-01' }];
    expect(manifestSchema.safeParse({ title: 'x', articles }).success).toBe(true);
    expect(manifestSchema.safeParse({ title: '  ', articles }).success).toBe(false);
    expect(manifestSchema.safeParse({ name: 'x', articles }).success).toBe(false);
  });
  it('month spans', () => {
    expect(monthSpan('2024-08-06', '2024-12-16')).toBe('Aug–Dec 2024');
    expect(monthSpan('2024-12-01', '2024-12-16')).toBe('Dec 2024');
    expect(monthSpan('2023-11-01', '2024-02-16')).toBe('Nov 2023–Feb 2024');
  });
});
