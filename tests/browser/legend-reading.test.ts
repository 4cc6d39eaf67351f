// The legend follows the timeline's reading. Before round 25, ticking "as described at this date" (hindsight) redrew
// the map, the chart and the table but left the legend saying "Claims shown: as reported up to D (only articles
// published by then)", and listing the symbols of the reported reading only (a figure published later but describing
// D, drawn on the hindsight map, was missing from it).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openViewer } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the legend under each reading', () => {
  it('says which reading the map shows and lists what that reading draws', async () => {
    const v = await openViewer(browser, '#date=2024-08-20&legend=open');
    const { page } = v;
    const heading = page.locator('.map-legend .legend-heading');
    await expect(heading.textContent()).resolves.toBe('Claims shown: as reported up to 20 Aug 2024 (only articles published by then)');
    const reported = await page.locator('.map-legend .legend-list li').allTextContents();

    await page.locator('#timeline-hindsight').check();
    await idle(page);
    await expect
      .poll(() => heading.textContent())
      .toBe('Claims shown: as described at 20 Aug 2024 (hindsight: includes articles published later)');
    // The claims the hindsight map draws at that date (published later, describing August) are in its legend.
    const described = await page.locator('.map-legend .legend-list li').allTextContents();
    const drawn = await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const s = store.get();
      return s.dataset.claims.features.filter((f) => f.properties.asOf.start <= s.date && f.properties.published > s.date).length;
    });
    expect(drawn).toBeGreaterThan(0);
    expect(described).not.toEqual(reported);

    await page.locator('#timeline-hindsight').uncheck();
    await expect.poll(() => heading.textContent()).toContain('as reported up to 20 Aug 2024');
    expect(await page.locator('.map-legend .legend-list li').allTextContents()).toEqual(reported);
    expect(v.errors).toEqual([]);
    await page.close();
  });
});
