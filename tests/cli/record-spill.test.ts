// The geocoder's claim spill: records come back byte for byte (multi-byte text included), in any order, only after
// writing ends; abort removes the file. The merger fetches a stored claim only when it merges its group.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStream } from '../../src/cli/geocode/file-stream.ts';
import { RecordSpill } from '../../src/cli/geocode/record-spill.ts';
import { ClaimMerger } from '../../src/core/claims/merge.ts';
import type { ClaimFeature } from '../../src/core/schema.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefmap-spill-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('RecordSpill', () => {
  it('gives every record back as written, in any order, after close', () => {
    const path = join(tmp, 'records');
    const spill = new RecordSpill(new FileStream(path, 16)); // flushed every 16 characters: records straddle writes
    const records = ['{"quote": "Суджа"}', '', 'x'.repeat(100), '«Курахове» — 20 км²\n', '{}'];
    const reads = records.map((r) => spill.add(r));
    expect(() => reads[0]!()).toThrow(/before close/);
    spill.close();
    expect([...reads].reverse().map((read) => read())).toEqual([...records].reverse());
    expect(reads[1]!()).toBe(''); // read twice, same answer
    spill.abort();
    expect(existsSync(path)).toBe(false);
  });
});

describe('ClaimMerger.addStored', () => {
  const claim = (article: string, quote: string): ClaimFeature =>
    ({
      type: 'Feature',
      geometry: null,
      properties: {
        type: 'count',
        counts: 'settlements',
        valueMin: 28,
        valueMax: 28,
        place: null,
        side: 'RU',
        asOf: { start: '2024-08-10', end: '2024-08-10' },
        attributedTo: null,
        article,
        published: '2024-08-10',
        quote,
        start: 0,
        end: quote.length,
        sources: [{ article, published: '2024-08-10', quote, start: 0, end: quote.length }],
      },
    }) as unknown as ClaimFeature;

  it('loads a claim only to merge its group, and merges as add() does', () => {
    const features = [claim('a.txt', 'took 28 villages'), claim('b.txt', 'took 28 villages, it said')];
    const loads: string[] = [];
    const stored = new ClaimMerger();
    for (const f of features)
      stored.addStored(JSON.parse(JSON.stringify(f.properties)), () => (loads.push(f.properties.article), JSON.parse(JSON.stringify(f))));
    expect(loads).toEqual([]);
    const inMemory = new ClaimMerger();
    inMemory.add(features);
    expect(stored.features()).toEqual(inMemory.features());
    expect(loads).toEqual(['a.txt', 'b.txt']);
    expect(inMemory.features()).toHaveLength(1);
  });
});
