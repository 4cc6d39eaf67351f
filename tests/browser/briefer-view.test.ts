// What a briefer sees on a laptop-sized screen (1400 × 900, the map 1040 × 704 beside the side panel), on the seeds:
// the legend starts folded and its state travels in the link; a popup never runs past the map, and a settlement
// reported on many times opens on its latest reports with a button for the whole history.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openViewer, plekhovoHistory } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });

describe('legend', () => {
  it('is folded on a laptop-sized map, opens on request and keeps that state in the link', async () => {
    const v = await openViewer(browser, '#date=2024-12-16');
    const { page } = v;
    expect(await page.locator('details.map-legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const map = await box(page, '.maplibregl-map');
    const folded = await box(page, 'details.map-legend');
    expect((folded.w * folded.h) / (map.w * map.h)).toBeLessThan(0.01);
    expect(page.url()).not.toContain('legend=');

    await page.locator('details.map-legend > summary').click();
    await expect.poll(() => page.url()).toContain('legend=open');
    const hash = new URL(page.url()).hash;
    await page.close();

    const again = await openViewer(browser, hash);
    expect(await again.page.locator('details.map-legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await again.page.locator('details.map-legend > summary').click();
    await expect.poll(() => again.page.url()).toContain('legend=closed');
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  it('is open on a wide map, where it leaves the reports room', async () => {
    const v = await openViewer(browser, '#date=2024-12-16', { width: 1920, height: 1080 });
    expect(await v.page.locator('details.map-legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(v.page.url()).not.toContain('legend=');
    await v.page.close();
  });
});

describe('a popup with a long history', () => {
  it('stays inside the map and opens on the latest reports, with the whole history on request', async () => {
    const v = await openViewer(browser, '#map=10/51.1/35.333/0/0&date=2025-01-31');
    const { page } = v;
    await plekhovoHistory(page);
    await idle(page);
    const items = page.locator('.maplibregl-popup .control-history-list li');
    await expect.poll(() => items.count()).toBe(5);
    expect(await items.last().textContent()).toContain('published 27 Dec 2024');
    const map = await box(page, '.maplibregl-map');
    const popup = await box(page, '.maplibregl-popup');
    expect(popup.y).toBeGreaterThanOrEqual(map.y);
    expect(popup.y + popup.h).toBeLessThanOrEqual(map.y + map.h);
    expect(popup.h).toBeLessThanOrEqual(map.h / 2);

    await page.locator('.maplibregl-popup .show-all-reports').click();
    await expect.poll(() => items.count()).toBe(12);
    expect(await page.locator('.maplibregl-popup .control-history').textContent()).toContain('All 12 reports');
    expect(v.errors).toEqual([]);
    await page.close();
  });

  it('counts the reports known at its date, and follows the timeline while open', async () => {
    const v = await openViewer(browser, '#map=10/51.1/35.333/0/0&date=2024-12-20');
    const { page } = v;
    await plekhovoHistory(page);
    await idle(page);
    const section = page.locator('.maplibregl-popup .control-history');
    // Round 20 said "The latest 5 of 12 reports" on 20 Dec, when 8 of them were still to be published.
    await expect.poll(() => section.textContent()).toMatch(/The latest \d+ of the \d+ reports published by 20 Dec 2024 \(12 in all\)/);
    expect(await section.locator('.control-status').textContent()).toContain('As reported up to 20 Dec 2024');
    // The timeline moves with the popup open: its status line and counts follow (they stayed at 20 Dec).
    await page.evaluate(() => window.__briefmap!.store.update({ date: '2025-01-31' }));
    await expect.poll(() => section.locator('.control-status').textContent()).toContain('As reported up to 31 Jan 2025');
    expect(await section.textContent()).toContain('The latest 5 of 12 reports:');
    expect(await section.locator('.later').count()).toBe(0);
    expect(v.errors).toEqual([]);
    await page.close();
  });

  it('keeps the whole history and its scroll while the timeline moves, and a new selection starts collapsed', async () => {
    const v = await openViewer(browser, '#map=10/51.1/35.333/0/0&date=2024-12-20', { width: 1400, height: 700 });
    const { page } = v;
    await plekhovoHistory(page);
    await idle(page);
    const items = page.locator('.maplibregl-popup .control-history-list li');
    const body = page.locator('.maplibregl-popup-content > .popup');
    await page.locator('.maplibregl-popup .show-all-reports').click();
    await expect.poll(() => items.count()).toBe(12);
    const scrolled = await body.evaluate((b) => {
      b.scrollTop = 200;
      return b.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    // Play steps the date under the open popup: round 21's first rebuild folded it back to the latest 5 at each step.
    for (const date of ['2024-12-24', '2025-01-31']) {
      await page.evaluate((d) => window.__briefmap!.store.update({ date: d }), date);
      await expect
        .poll(() => page.locator('.maplibregl-popup .control-status').textContent())
        .toContain(date === '2024-12-24' ? '24 Dec 2024' : '31 Jan 2025');
      expect(await items.count()).toBe(12);
      expect(await page.locator('.maplibregl-popup .control-history').textContent()).toContain('All 12 reports');
      expect(await page.locator('.maplibregl-popup .show-all-reports').count()).toBe(0);
      expect(Math.abs((await body.evaluate((b) => b.scrollTop)) - scrolled)).toBeLessThanOrEqual(1);
    }
    // Selecting it anew is a new popup: the latest reports only, at its top.
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null }));
    await page.evaluate(() => window.__briefmap!.store.update({ selection: { kind: 'place', id: 'ru-plekhovo' } }));
    await expect.poll(() => items.count()).toBe(5);
    expect(await body.evaluate((b) => b.scrollTop)).toBe(0);
    expect(v.errors).toEqual([]);
    await page.close();
  });
});
