// A corpus of hundreds of articles reports control changes on hundreds of dates: on the events dev corpus (729
// articles) the timeline drew 402 ticks of 3 px on an 820 px track, one solid bar in which no tick could be told apart
// or clicked, and a keyboard met 402 tab stops. Ticks too close to tell apart are one button at the group's latest
// date, named with its count and span.
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

describe('control-change ticks on a long, busy timeline', () => {
  it('merge dates too close to tell apart into one tick that names them and goes to the latest', async () => {
    const v = await openViewer(browser);
    const { page } = v;
    // 150 reports on consecutive days (1 Sep 2024 – 28 Jan 2025), each a change date.
    await page.evaluate(() => {
      const { store } = window.__briefmap!;
      const ds = store.get().dataset;
      const base = ds.events.features[0]!;
      const copies = Array.from({ length: 150 }, (_, i) => {
        const day = new Date(Date.UTC(2024, 8, 1 + i)).toISOString().slice(0, 10);
        return {
          ...base,
          properties: { ...base.properties, id: `${base.properties.id}#${i}`, published: day, asOf: { start: day, end: day } },
        };
      });
      store.update({ dataset: { ...ds, events: { ...ds.events, features: [...ds.events.features, ...copies] } } });
    });
    const ticks = page.locator('#control-ticks .control-tick');
    await expect.poll(() => ticks.count()).toBeGreaterThan(1);
    const shown = await ticks.evaluateAll((els) =>
      els.map((e) => ({ x: e.getBoundingClientRect().left, date: e.getAttribute('data-date')!, label: e.getAttribute('aria-label')! })),
    );
    // No two ticks overlap: each can be seen and clicked.
    for (let i = 1; i < shown.length; i++) expect(shown[i]!.x - shown[i - 1]!.x).toBeGreaterThanOrEqual(5.5);
    expect(shown.length).toBeLessThan(150);
    const merged = shown.find((t) => /^\d+ control changes reported /.test(t.label))!;
    expect(merged.label).toMatch(/^\d+ control changes reported \d+ \w+ 20\d\d – \d+ \w+ 20\d\d$/);
    await page.locator(`#control-ticks .control-tick[data-date="${merged.date}"]`).click();
    expect(await page.evaluate(() => window.__briefmap!.store.get().date)).toBe(merged.date);
    expect(v.errors).toEqual([]);
    await page.close();
  });
});
