// The streaming geocoder: worker threads, place writing in ranges and the in-memory pipeline all give the same
// bytes; a failure part-way leaves nothing behind; a very large article is parsed, an oversized one refused.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geocode } from '../../src/cli/geocode/geocode.ts';
import { VIEWER_FILES } from '../../src/cli/geocode/corpus-writer.ts';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import { gazetteer } from '../core/gazetteer-cache.ts';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const FILES = ['places.geojson', 'claims.geojson', 'events.geojson', 'report.json'];
const serialize = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The seeds `copies` times over, each copy under its own file names and dates. */
function repeatedSeeds(name: string, copies: number): string {
  const seeds = JSON.parse(readFileSync(join(root, 'seeds', 'manifest.json'), 'utf8')) as {
    articles: { file: string; published: string }[];
  };
  const dir = join(tmp, name);
  mkdirSync(dir);
  const articles = [];
  for (let c = 0; c < copies; c++)
    for (const a of seeds.articles) {
      const file = `${String(c).padStart(3, '0')}-${a.file}`;
      cpSync(join(root, 'seeds', a.file), join(dir, file));
      articles.push({ ...a, file });
    }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles }));
  return dir;
}

const read = (dir: string): string[] => FILES.map((f) => readFileSync(join(dir, f), 'utf8'));

describe('streaming geocode', { timeout: 600_000 }, () => {
  const corpus = repeatedSeeds('repeated', 8); // 40 articles

  it('gives the in-memory pipeline’s bytes, in this thread, with workers and with many place ranges', async () => {
    const memory = geoparseCorpus(readCorpus(corpus), gazetteer());
    const expected = [serialize(memory.places), serialize(memory.claims), serialize(memory.events), serialize(memory.report)];
    const one = await geocode(corpus, join(tmp, 'one'), undefined, { jobs: 1 });
    const two = await geocode(corpus, join(tmp, 'two'), undefined, { jobs: 2, passBudgetChars: 4000 });
    expect(one.jobs).toBe(1);
    expect(two.jobs).toBe(2);
    expect(one.placeRanges).toBe(1);
    expect(two.placeRanges).toBeGreaterThan(3);
    expect(read(join(tmp, 'one'))).toEqual(expected);
    expect(read(join(tmp, 'two'))).toEqual(expected);
    expect(one.totals).toEqual(memory.report.totals);
  });

  it('leaves no output folder and no temporary files when an article fails part-way (workers)', async () => {
    const dir = repeatedSeeds('broken', 6);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    writeFileSync(join(dir, files[22]!), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const out = join(tmp, 'broken-out', 'nested');
    await expect(geocode(dir, out, undefined, { jobs: 2 })).rejects.toThrow(new RegExp(`${files[22]}: contains NUL bytes`));
    expect(existsSync(join(tmp, 'broken-out'))).toBe(false);
  });

  it('keeps earlier output untouched when a run fails', async () => {
    const out = join(tmp, 'kept');
    await geocode(join(root, 'seeds'), out);
    const before = read(out);
    const dir = repeatedSeeds('broken-later', 2);
    writeFileSync(
      join(
        dir,
        readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()[7]!,
      ),
      '   ',
    );
    await expect(geocode(dir, out)).rejects.toThrow(/the article is empty/);
    expect(read(out)).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['.briefmap', ...FILES, ...VIEWER_FILES].sort());
    expect(readdirSync(join(out, '.briefmap')).filter((n) => n.startsWith('gen-'))).toHaveLength(1); // the failed run's generation is gone
  });

  it('parses a 1 MB article', async () => {
    const dir = join(tmp, 'large');
    mkdirSync(dir);
    const seeds = readCorpus(join(root, 'seeds'));
    let text = '';
    while (text.length < 1_000_000) for (const a of seeds) text += `${a.text}\n\n`;
    writeFileSync(join(dir, 'large.txt'), text);
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ articles: [{ file: 'large.txt', title: 'All seeds, again and again', outlet: 'test', published: '2024-12-16' }] }),
    );
    const run = await geocode(dir, join(tmp, 'large-out'));
    expect(run.totals.articles).toBe(1);
    const report = JSON.parse(readFileSync(join(tmp, 'large-out', 'report.json'), 'utf8')) as { articles: { characters: number }[] };
    expect(report.articles[0]!.characters).toBe(text.length);
    expect(run.totals.mentions).toBeGreaterThan(30 * 281 * 0.9);
  });

  it('refuses an article over the size limit without reading it', async () => {
    const dir = join(tmp, 'huge');
    mkdirSync(dir);
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(17 * 1024 * 1024, 0x61));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ articles: [{ file: 'huge.txt', title: 'Huge', outlet: 'test', published: '2024-12-16' }] }),
    );
    await expect(geocode(dir, join(tmp, 'huge-out'))).rejects.toThrow(/huge\.txt: 17\.0 MB is too large for an article \(limit 16 MB\)/);
    expect(existsSync(join(tmp, 'huge-out'))).toBe(false);
  });
});
