// The latest held-area figure is chosen per holder and country (claims-model's latestAreas), on data built by the real
// CLI from two fixture articles (tests/browser/fixtures/two-sides-corpus): Ukraine says it holds 1,000 km² of Kursk
// (16 Aug 2024), Russia says it holds 4,000 km² of Donetsk (20 Aug). On 20 Aug both are the latest word on their own
// ground: the map emphasises both circles, the chart draws both as latest, the claims table marks both rows. Months
// later both are stale: faded on the map, in the chart and the table, which says how old they are.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, openViewer, rendered, serveCorpus, type CorpusViewer, type Opened } from './helpers.ts';

const corpus = join(import.meta.dirname, 'fixtures', 'two-sides-corpus');

let cv: CorpusViewer;
let v: Opened;

beforeAll(async () => {
  cv = await serveCorpus(corpus, 'two-sides');
  v = await openViewer(cv.browser, '#map=6/49.5/36/0/0&date=2024-08-20', { width: 1400, height: 900 }, cv.url);
});
afterAll(async () => {
  await cv?.close();
});

describe('latest held-area figure per holder and country', () => {
  it('emphasises each side’s own latest figure on the map, the chart and the table', async () => {
    const { page } = v;
    const drawn = (await page.evaluate(() =>
      window
        .__briefmap!.map.querySourceFeatures('claims')
        .flatMap((f) => (f.properties.role === 'area' ? [[f.properties.label, f.properties.latest]] : [])),
    )) as [string, boolean][];
    const latestLabels = [...new Set(drawn.filter(([, latest]) => latest).map(([label]) => label))];
    expect(latestLabels.some((l) => l.includes('1,000 km²'))).toBe(true);
    expect(latestLabels.some((l) => l.includes('4,000 km²'))).toBe(true);
    expect(await rendered(page, 'claims-area-fill', 'latest')).not.toContain(false);

    const chartLatest = await page.$$eval('.chart-svg .point.latest', (gs) => gs.map((g) => g.getAttribute('aria-label') ?? ''));
    expect(chartLatest).toHaveLength(2);
    // One trend per holder and country: two single claims draw no line.
    expect(await page.$$eval('.chart-svg polyline.trend', (ls) => ls.length)).toBe(0);

    const rows = await page.$$eval('tr.claim-row.latest', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows).toHaveLength(2);
    expect(v.errors).toEqual([]);
  });

  it('emphasises neither once both are long past, in the table and chart as on the map, and says their age', async () => {
    const { page } = v;
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2025-03-01' }));
    await idle(page);
    expect(await rendered(page, 'claims-area-fill', 'latest')).not.toContain(true);
    expect(await page.locator('.chart-svg .point.latest').count()).toBe(0);
    expect(await page.locator('tr.claim-row.latest').count()).toBe(0);
    const stale = await page.$$eval('tr.claim-row.stale', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(stale).toHaveLength(2);
    for (const row of stale) expect(row).toContain('no newer figure · 6 months before this date');
    expect(v.errors).toEqual([]);
  });
});
