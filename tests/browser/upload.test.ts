// A dropped GeoJSON overlay shows its turf.area beside the claims for the date, and the difference.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import { dropOverlay, FRONT, idle, launch, openViewer, rendered } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('bring your own overlay', () => {
  it('draws an overlay polygon and compares its area with the latest claim', async () => {
    const v = await openViewer(browser);
    await dropOverlay(v.page);
    await v.page.waitForFunction(() => window.__briefmap!.store.get().overlays.length === 1);
    const expected = Math.round(area(FRONT as Parameters<typeof area>[0]) / 1e6);
    const text = await v.page.locator('.overlay-area').textContent();
    expect(text).toContain(`${expected.toLocaleString('en-GB')} km²`);
    // In the seed data, the newest figure reported by 24 Oct 2024 is the FT's "600–700 km² in October" (upper bound 700),
    // published that day.
    await v.page.evaluate(() => window.__briefmap!.store.update({ date: '2024-10-24' }));
    const at = await v.page.locator('.overlay-area').textContent();
    expect(at).toContain('600–700 km²');
    expect(at).toMatch(new RegExp(`difference [+−]${Math.abs(expected - 700).toLocaleString('en-GB')} km²`));
    await v.page.evaluate(() => window.__briefmap!.store.update({ date: '2024-12-20' }));
    const dec = await v.page.locator('.overlay-area').textContent();
    expect(dec).toMatch(new RegExp(`800 km² · difference [+−]${Math.abs(expected - 800).toLocaleString('en-GB')} km²`));
    await v.page.evaluate(() => window.__briefmap!.map.jumpTo({ center: [35.2, 51.22], zoom: 8 }));
    await idle(v.page);
    expect((await rendered(v.page, 'overlays-fill', 'overlay')).length).toBeGreaterThan(0);
    await expect(v.page.locator('.chart .overlay-label').textContent()).resolves.toContain('front.geojson');
    await v.page.close();
  });

  it('rejects a file that is not GeoJSON with a message', async () => {
    const v = await openViewer(browser);
    await v.page
      .locator('#upload-input')
      .setInputFiles({ name: 'bad.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type":"Point","coordinates":[1,2]}') });
    await v.page.waitForFunction(() => window.__briefmap!.store.get().notice !== null);
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().notice?.tone)).toBe('error');
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().overlays.length)).toBe(0);
    await v.page.close();
  });
});
