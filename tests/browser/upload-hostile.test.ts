// A drop as the CLI sees a corpus folder: a file dropped twice is geoparsed once, a name with a bidi override is
// refused in one escaped line naming it, and an overlay nested far too deep is refused before it is parsed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openViewer } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const article = Buffer.from('Front update\n\nKYIV, 30 November 2024 (Wire) - Fighting continued near Sudzha in the Kursk region.\n');

const manifest = (outlet: string) =>
  Buffer.from(JSON.stringify({ articles: [{ file: 'front.txt', title: 'Front update', outlet, published: '2024-11-30' }] }));

describe('a hostile drop', { timeout: 240_000 }, () => {
  it('reads a file dropped twice once, and refuses a bidi-override name, a second manifest and a deep overlay in one line each', async () => {
    const v = await openViewer(browser);
    const before = await v.page.evaluate(() => window.__briefmap!.store.get().dataset.report.articles.length);
    await v.page.locator('#upload-input').setInputFiles([
      { name: 'front.txt', mimeType: 'text/plain', buffer: article },
      { name: 'front copy.txt', mimeType: 'text/plain', buffer: article },
      { name: 'x\u202Etxt.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"FeatureCollection","features":[]}') },
      { name: 'manifest.json', mimeType: 'application/json', buffer: manifest('Wire') },
      { name: 'manifest.json', mimeType: 'application/json', buffer: manifest('Other wire') },
      { name: 'deep.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('['.repeat(200_000) + ']'.repeat(200_000)) },
    ]);
    await v.page.waitForFunction(() => window.__briefmap!.store.get().notice !== null, null, { timeout: 120_000 });
    const notice = await v.page.evaluate(() => window.__briefmap!.store.get().notice!);
    expect(notice.tone).toBe('error');
    const lines = notice.text.split(' · ');
    expect(lines).toContain('front copy.txt: the same bytes as front.txt in this drop, read once');
    expect(lines).toContain('x\\u202etxt.geojson: the file name contains a bidi control character (U+202E) at index 1: rename the file');
    expect(lines).toContain('deep.geojson: nested deeper than 64 levels at character 64: not GeoJSON, refused');
    expect(lines).toContain('manifest.json: a second manifest in this drop, not read: drop one corpus at a time');
    expect(notice.text).not.toContain('\u202E');
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().dataset.report.articles.length)).toBe(before + 1);
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().overlays.length)).toBe(0);
    const added = await v.page.evaluate(() =>
      window.__briefmap!.store.get().dataset.report.articles.find((a) => a.title === 'Front update'),
    );
    expect(added).toMatchObject({ file: 'front.txt', outlet: 'Wire', published: '2024-11-30' }); // the first manifest
    await v.page.close();
  });
});
