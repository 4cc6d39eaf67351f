// Where the viewer opens without a view in the link, on data built by the real CLI from fixture articles
// (tests/browser/fixtures/donbas-corpus): four of the five control reports are in Donbas, one in Sudzha. The default
// Kursk view showed none of the four; the viewer opens where they are. A link's view is kept as it is.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, serveCorpus, type CorpusViewer } from './helpers.ts';

const corpus = join(import.meta.dirname, 'fixtures', 'donbas-corpus');
const DONBAS: Record<string, [number, number]> = {
  Soledar: [38.089, 48.6793],
  Klishchiivka: [37.9605, 48.53],
  Krasnohorivka: [37.5097, 48.006],
};

let cv: CorpusViewer;

beforeAll(async () => {
  cv = await serveCorpus(corpus, 'opening');
});
afterAll(async () => {
  await cv?.close();
});

/** Which of the Donbas settlements the map shows, and the view the permalink holds. */
async function inView(page: Page): Promise<{ names: string[]; hash: string }> {
  return page.evaluate((places) => {
    const b = window.__briefmap!.map.getBounds();
    const names = Object.entries(places)
      .filter(([, at]) => b.contains(at))
      .map(([name]) => name);
    return { names, hash: window.__briefmap!.hash() };
  }, DONBAS);
}

describe('opening view', () => {
  it('opens on the reports when most lie outside the default view', async () => {
    const v = await openViewer(cv.browser, '', { width: 1200, height: 800 }, cv.url);
    const { names, hash } = await inView(v.page);
    expect(names.sort()).toEqual(['Klishchiivka', 'Krasnohorivka', 'Soledar']);
    // The permalink names the view the map shows, not the default one.
    expect(hash).not.toContain('map=7.5/51.35/35.55');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('keeps the view a link names', async () => {
    const v = await openViewer(cv.browser, '#map=8/51.2/35.3/0/0', { width: 1200, height: 800 }, cv.url);
    const { names, hash } = await inView(v.page);
    expect(names).toEqual([]);
    expect(hash).toContain('map=8/51.2/35.3/0/0');
    await v.page.close();
  });
});
