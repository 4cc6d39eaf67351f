// A linked style the user agreed to load is still checked before MapLibre sees it (style-check.ts): one whose tiles
// come over http is refused with one line naming the style's URL and the field, nothing is fetched from the http
// host, and the map goes back to the embedded basemap. A good linked style still loads through the same path.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idle, launch } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const STYLE_URL = 'https://styles.test/style.json';

async function openWithStyle(tiles: string) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const outside: string[] = [];
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    if (url.href === STYLE_URL)
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          version: 8,
          sources: { relief: { type: 'raster', tiles: [tiles], tileSize: 256 } },
          layers: [
            { id: 'bg', type: 'background', paint: { 'background-color': '#eee' } },
            { id: 'relief', type: 'raster', source: 'relief' },
          ],
        }),
      });
    return route.abort('blockedbyclient');
  });
  await page.goto(`${inject('baseUrl')}#basemap=${encodeURIComponent(STYLE_URL)}`);
  await page.waitForFunction(() => window.__briefmap?.firstIdleMs != null, null, { timeout: 90_000 });
  await idle(page);
  await page.locator('.basemap-confirm-load').click();
  return { page, outside };
}

describe('a linked style', { timeout: 240_000 }, () => {
  it('whose tiles come over http is refused after consent, naming the URL and the field, and nothing is fetched from there', async () => {
    const { page, outside } = await openWithStyle('http://tiles.test/{z}/{x}/{y}.png');
    await page.waitForFunction(() => window.__briefmap!.store.get().notice?.tone === 'error', null, { timeout: 60_000 });
    const notice = await page.evaluate(() => window.__briefmap!.store.get().notice!.text);
    expect(notice).toBe(
      `Could not load the “${STYLE_URL}” basemap (sources.relief.tiles[0]: "http://tiles.test/{z}/{x}/{y}.png" is not an https URL without a user name: a style may load only over https); showing the embedded offline basemap.`,
    );
    expect(await page.evaluate(() => window.__briefmap!.store.get().basemap)).toBe('embedded');
    expect(outside).toEqual([STYLE_URL]);
    await page.close();
  });

  it('whose resources are all https loads', async () => {
    const { page, outside } = await openWithStyle('https://tiles.test/{z}/{x}/{y}.png');
    await page.waitForFunction(() => window.__briefmap!.map.getStyle()?.sources?.relief !== undefined, null, { timeout: 60_000 });
    expect(await page.evaluate(() => window.__briefmap!.store.get().basemap)).toBe(STYLE_URL);
    expect(await page.evaluate(() => window.__briefmap!.store.get().notice?.tone)).not.toBe('error');
    expect(outside[0]).toBe(STYLE_URL);
    await page.close();
  });
});
