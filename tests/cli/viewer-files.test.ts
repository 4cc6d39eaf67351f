// The viewer's form of the places (issue 13): places.compact.geojson is places.geojson without the mentions, and
// mentions.json read at the byte offsets of mentions.index.json gives back every place's mentions, in order, a page at
// a time; likewise the compact claims (expanded as the viewer does) and claims.quotes.json, and the report's summary. Deterministic like the rest of
// the output, whatever the threads and place ranges.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geocode } from '../../src/cli/geocode/geocode.ts';
import { MENTION_PAGE, VIEWER_FILES } from '../../src/cli/geocode/corpus-writer.ts';
import { claimQuoteIndexSchema, mentionIndexSchema } from '../../src/core/mention-index.ts';
import {
  claimsCollectionSchema,
  placesCollectionSchema,
  reportSchema,
  type ClaimsCollection,
  type Mention,
} from '../../src/core/schema.ts';
import { expandCompactClaims } from '../../src/core/compact-claims.ts';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-viewer-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('viewer files', { timeout: 300_000 }, () => {
  it('compact places + paged mentions = places.geojson, byte-identical across threads and place ranges', async () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    await geocode(join(root, 'seeds'), a, undefined, { jobs: 1 });
    await geocode(join(root, 'seeds'), b, undefined, { jobs: 2, passBudgetChars: 2000 });
    for (const f of VIEWER_FILES) expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));

    const places = placesCollectionSchema.parse(JSON.parse(readFileSync(join(a, 'places.geojson'), 'utf8')));
    const compact = placesCollectionSchema.parse(JSON.parse(readFileSync(join(a, 'places.compact.geojson'), 'utf8')));
    const report = reportSchema.parse(JSON.parse(readFileSync(join(a, 'report.json'), 'utf8')));
    const index = mentionIndexSchema.parse(JSON.parse(readFileSync(join(a, 'mentions.index.json'), 'utf8')));
    const pages = readFileSync(join(a, 'mentions.json'));

    expect(compact.features).toEqual(places.features.map((f) => ({ ...f, properties: { ...f.properties, mentions: [] } })));
    // Compact claims have empty quotes; the quotes file, read at the index's offsets, gives them back.
    const claims = claimsCollectionSchema.parse(JSON.parse(readFileSync(join(a, 'claims.geojson'), 'utf8')));
    // Held areas may come as their circle's centre, movements as their two ends and a claim published once without its
    // source: expanded (as the viewer does) they are the claims of claims.geojson.
    const compactRaw = JSON.parse(readFileSync(join(a, 'claims.compact.geojson'), 'utf8')) as ClaimsCollection;
    const centres = compactRaw.features.filter((f) => f.properties.type === 'area-held' && f.geometry?.type === 'Point');
    const ends = compactRaw.features.filter((f) => f.properties.type === 'movement' && (f.geometry?.type as string) === 'MultiPoint');
    const ownSource = compactRaw.features.filter((f) => f.properties.sources.length === 0);
    expect(centres.length).toBeGreaterThan(0);
    expect(ends.length).toBeGreaterThan(0);
    expect(ownSource.length).toBeGreaterThan(0);
    expect(ownSource.length).toBeLessThan(compactRaw.features.length); // syndicated claims keep their sources
    const outlets = new Map(report.articles.map((r) => [r.file, r.outlet]));
    expandCompactClaims(compactRaw, (file) => outlets.get(file));
    const compactClaims = claimsCollectionSchema.parse(compactRaw);
    const quoteIndex = claimQuoteIndexSchema.parse(JSON.parse(readFileSync(join(a, 'claims.quotes.index.json'), 'utf8')));
    const quotes = readFileSync(join(a, quoteIndex.file));
    expect(claims.features.length).toBeGreaterThan(0);
    expect(Object.keys(quoteIndex.claims)).toEqual(claims.features.map((f) => f.properties.id));
    for (const f of compactClaims.features) {
      expect([f.properties.quote, ...f.properties.sources.map((x) => x.quote)].every((q) => q === '')).toBe(true);
      const [from, to] = quoteIndex.claims[f.properties.id]!;
      const [quote, ...sourceQuotes] = JSON.parse(quotes.subarray(from, to).toString('utf8')) as string[];
      f.properties.quote = quote!;
      f.properties.sources.forEach((x, i) => (x.quote = sourceQuotes[i]!));
    }
    expect(compactClaims).toEqual(claims);
    expect(JSON.parse(readFileSync(join(a, 'events.compact.geojson'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(a, 'events.geojson'), 'utf8')),
    );
    // The report without its issues (the viewer reads those after its first idle), unindented, an article per line.
    const summary = readFileSync(join(a, 'report.summary.json'), 'utf8');
    expect(JSON.parse(summary)).toEqual({ ...report, issues: [] });
    expect(summary.split('\n').length).toBe(report.articles.length + 3); // the head, the articles, the totals, ''
    expect(report.issues.length).toBeGreaterThan(0);
    expect(index.pageSize).toBe(MENTION_PAGE);
    expect(index.articles).toEqual(report.articles.map((r) => r.file));
    expect(Object.keys(index.places)).toEqual(places.features.map((f) => f.properties.id));
    for (const f of places.features) {
      const entry = index.places[f.properties.id]!;
      const read: Mention[] = [];
      for (let i = 0; i + 1 < entry.pages.length; i++)
        read.push(...(JSON.parse(pages.subarray(entry.pages[i], entry.pages[i + 1]!).toString('utf8')) as Mention[]));
      expect(read).toEqual(f.properties.mentions);
      expect(entry.pages.length - 1).toBe(Math.ceil(f.properties.mentionCount / MENTION_PAGE));
      expect(entry.articles.map((i) => index.articles[i])).toEqual([...new Set(f.properties.mentions.map((m) => m.article))]);
    }
  });
});
