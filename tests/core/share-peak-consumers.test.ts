// A peak written as a share ("control peaked at 40 per cent of the Kharkiv region") is an `area-held-peak` with a
// share's fields: every consumer must treat it as a percentage at its peak, never as km² or as ground held.
import { describe, expect, it } from 'vitest';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { claimFeatureSchema, isShareFigure } from '../../src/core/schema.ts';
import { claimsTable } from '../../src/export/claims-table.ts';
import { articleIndex } from '../../src/export/articles.ts';
import { CLAIM_SYMBOLS, FIGURE_MARKER_KINDS, claimSymbolKey } from '../../src/print/claim-symbols.ts';
import { claimHeadline } from '../../src/viewer/ui/format.ts';
import { gazetteer } from './gazetteer-cache.ts';

const result = geoparseCorpus(
  [
    {
      file: 'peak-share.txt',
      title: 'Peak share',
      outlet: 'Example Daily',
      published: '2023-06-10',
      text: 'Front line analysis.\n\nRussian control peaked at 40 per cent of the Kharkiv region in April 2022, the analysts said.',
    },
  ],
  gazetteer(),
);
const peak = result.claims.features.find((f) => f.properties.type === 'area-held-peak');

describe('a peak share', () => {
  it('is read as area-held-peak in percent, dated by the peak, marked as a point (never a held-area circle)', () => {
    expect(peak).toBeDefined();
    const p = peak!.properties;
    if (!isShareFigure(p)) throw new Error('not read as a share');
    expect(p.original.unit).toBe('percent');
    expect('areaKm2' in p).toBe(false);
    expect(p.asOf).toEqual({ start: '2022-04-01', end: '2022-04-30' });
    expect(peak!.geometry?.type ?? 'Point').toBe('Point');
    expect(claimFeatureSchema.safeParse(peak).success).toBe(true);
  });

  it('has a legend entry of its own, as a share at its peak', () => {
    const key = claimSymbolKey(peak!.properties);
    expect(key).toBe('share-held-peak');
    expect(FIGURE_MARKER_KINDS).toContain(key);
    expect(CLAIM_SYMBOLS[key].label).toMatch(/peak/);
    expect(CLAIM_SYMBOLS[key].label).toMatch(/%/);
    expect(CLAIM_SYMBOLS[key].shape).toBe('marker');
  });

  it('is headlined and exported in percent, labelled as a peak', () => {
    const p = peak!.properties;
    if (!isShareFigure(p)) throw new Error('not read as a share');
    expect(claimHeadline(p)).toMatch(/^40 % held at the peak by RU$/);
    const table = claimsTable({ type: 'FeatureCollection', features: [peak!] }, result.places, articleIndex(result.report));
    const row = table.rows[0]!;
    expect([row.values.type, row.values.value, row.values.unit]).toEqual(['area-held-peak', 40, 'percent']);
    expect(row.label).toMatch(/^40% held-peak \(RU\)/);
  });
});
