// The benchmark corpus generator: deterministic, and its output is a valid corpus by the core's own checks.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, MAX_BYTES, writeCorpus } from '../../bench/generate-corpus.ts';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { checkCorpusFiles, parseManifest, validateArticleText } from '../../src/core/corpus.ts';

const root = join(import.meta.dirname, '..', '..');
const ARTICLES = 120;
const corpus = generateCorpus({ articles: ARTICLES, seed: 7 });
const serialise = (c: ReturnType<typeof generateCorpus>): string => JSON.stringify(c);
const encoder = new TextEncoder();
const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('generateCorpus', () => {
  it('gives byte-identical output for the same arguments, other output for another seed', () => {
    expect(serialise(generateCorpus({ articles: ARTICLES, seed: 7 }))).toBe(serialise(corpus));
    expect(serialise(generateCorpus({ articles: ARTICLES, seed: 8 }))).not.toBe(serialise(corpus));
  });

  it('is a prefix-stable stream: fewer articles are the first articles of a larger corpus', () => {
    const small = generateCorpus({ articles: 10, seed: 7 });
    expect(small.files).toEqual(corpus.files.slice(0, 10));
    expect(small.manifest.articles).toEqual(corpus.manifest.articles.slice(0, 10));
  });

  it('passes the corpus validation: manifest schema, file listing, article text', () => {
    const manifest = parseManifest(JSON.stringify(corpus.manifest));
    checkCorpusFiles(
      manifest,
      corpus.files.map((f) => f.file),
    );
    for (const f of corpus.files) expect(validateArticleText(encoder.encode(f.text), f.file)).toBe(f.text);
    expect(new Set(corpus.manifest.articles.map((a) => a.title)).size).toBeGreaterThan(ARTICLES / 4);
    expect(new Set(corpus.manifest.articles.map((a) => a.outlet)).size).toBeGreaterThan(5);
  });

  it('writes articles of 3–7 kB that vary, and a folder the CLI reader accepts', () => {
    const sizes = corpus.files.map((f) => encoder.encode(f.text).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BYTES);
    expect(new Set(sizes).size).toBeGreaterThan(ARTICLES / 2);
    const dir = mkdtempSync(join(tmpdir(), 'briefmap-gen-'));
    tmp.push(dir);
    writeCorpus(dir, corpus, { articles: ARTICLES, seed: 7 });
    expect(readCorpus(dir).map((a) => a.text)).toEqual(corpus.files.map((f) => f.text));
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(`${JSON.stringify(corpus.manifest, null, 2)}\n`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.txt'))).toHaveLength(ARTICLES);
  });

  it('substitutes theatre places, figures and dates rather than copying the seeds', () => {
    const seedText = readCorpus(join(root, 'seeds'))
      .map((a) => a.text)
      .join('\n');
    const theatre = (
      JSON.parse(readFileSync(join(root, 'data', 'gazetteer', 'theatre.json'), 'utf8')) as { entries: { name: string }[] }
    ).entries.map((e) => e.name);
    const text = corpus.files.map((f) => f.text).join('\n');
    // Theatre places the seeds never name appear: the generator spreads the curated places through the corpus.
    expect(theatre.filter((name) => !seedText.includes(name) && text.includes(name)).length).toBeGreaterThan(10);
    expect(text).toMatch(/\d[\d,]* (square kilometers|sq km)/);
  });
});
