// The timeline sheet on a short window (a 1024 × 600 laptop, a phone held sideways): the chart folds away so the map
// keeps most of the height, the slider still moves the date, and the fold button works from the keyboard. Before,
// the sheet kept its 196 px chart on every window: a third of 1024 × 600, most of a 600 × 400 one (map 248 px).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openViewer } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const heights = (page: Page) =>
  page.evaluate(() => {
    const h = (s: string) => document.querySelector(s)!.getBoundingClientRect();
    const map = h('#map');
    const sheet = h('#timeline');
    // What of the map is not under the sheet (on phones the sheet is sticky over the map).
    const visibleMap = Math.min(map.bottom, sheet.top, window.innerHeight) - Math.max(0, map.top);
    return { window: window.innerHeight, map: visibleMap, sheet: sheet.height, chart: h('.chart').height };
  });

describe('timeline on a short window', () => {
  for (const viewport of [
    { width: 1024, height: 600 },
    { width: 600, height: 400 },
  ])
    it(`${viewport.width} × ${viewport.height}: the chart folds, the map keeps at least half the height, the slider still works`, async () => {
      const { page, errors } = await openViewer(browser, '', viewport);
      const folded = await heights(page);
      expect(folded.chart).toBe(0);
      expect(folded.map).toBeGreaterThanOrEqual(folded.window / 2);
      const toggle = page.getByRole('button', { name: 'Show chart' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');

      // The slider: keyboard and pointer both move the date.
      const slider = page.locator('#timeline-slider');
      await slider.focus();
      await page.keyboard.press('End');
      const end = await page.evaluate(() => window.__briefmap!.store.get().date);
      await page.keyboard.press('Home');
      const start = await page.evaluate(() => window.__briefmap!.store.get().date);
      expect(start < end).toBe(true);
      const box = (await slider.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const middle = await page.evaluate(() => window.__briefmap!.store.get().date);
      expect(middle > start && middle < end).toBe(true);
      expect(await page.locator('#timeline-date').textContent()).not.toBe('');

      // The fold button from the keyboard: Tab reaches it, Enter unfolds the chart, Space folds it again.
      await toggle.focus();
      await page.keyboard.press('Enter');
      const open = page.getByRole('button', { name: 'Hide chart' });
      expect(await open.getAttribute('aria-expanded')).toBe('true');
      expect((await heights(page)).chart).toBeGreaterThan(100);
      await idle(page);
      await open.focus();
      await page.keyboard.press('Space');
      expect((await heights(page)).chart).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

  it("a phone (375 × 740): the map's bottom controls, the legend's toggle and the scale, are not under the sheet", async () => {
    // With a 62vh map the sticky sheet lay over its bottom 49 px: a tap on 'Legend' pressed 'Play'.
    const { page, errors } = await openViewer(browser, '', { width: 375, height: 740 });
    const hidden = await page.evaluate(() =>
      ['.map-legend', '.maplibregl-ctrl-scale'].filter((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !top || !document.querySelector(s)!.contains(top);
      }),
    );
    expect(hidden).toEqual([]);
    const map = await page.evaluate(() => document.querySelector('#map')!.getBoundingClientRect().height);
    expect(map).toBeGreaterThanOrEqual(740 / 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a phone (390 × 844): the sheet holds its controls, chart and slider, above the panel', async () => {
    const { page, errors } = await openViewer(browser, '', { width: 390, height: 844 });
    const boxes = () =>
      page.evaluate(() => {
        const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        return { sheet: r('#timeline'), chart: r('.chart'), slider: r('#timeline-slider'), panel: r('#panel') };
      });
    const top = await boxes();
    expect(top.chart.height).toBeGreaterThan(100);
    // Before, the sheet kept the desktop's 196 px: its chart and slider (about 330 px stacked) lay over the panel.
    expect(top.slider.bottom).toBeLessThanOrEqual(top.sheet.bottom + 0.5);
    expect(top.panel.top).toBeGreaterThanOrEqual(top.sheet.bottom - 0.5);
    expect(top.slider.bottom).toBeLessThanOrEqual(844); // on screen as the page opens
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a tall window keeps the chart open, with the button to fold it', async () => {
    const { page } = await openViewer(browser, '', { width: 1400, height: 900 });
    const h = await heights(page);
    expect(h.chart).toBeGreaterThan(100);
    expect(await page.getByRole('button', { name: 'Hide chart' }).getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });
});

describe('map controls on a phone', () => {
  it('the basemap picker is one line, its label beside the select (390 × 844)', async () => {
    const { page, errors } = await openViewer(browser, '', { width: 390, height: 844 });
    const box = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { ctrl: r('.basemap-switcher'), label: r('.basemap-switcher label'), select: r('#basemap-select'), map: r('#map') };
    });
    // Stacked, the label over the select made a 165 × 55 px box over the map's top right corner.
    expect(box.ctrl.height).toBeLessThanOrEqual(34);
    expect(box.label.width).toBeGreaterThan(0);
    expect(Math.abs(box.label.top + box.label.height / 2 - (box.select.top + box.select.height / 2))).toBeLessThan(4);
    expect(box.ctrl.width * box.ctrl.height).toBeLessThan(0.035 * box.map.width * box.map.height);
    expect(await page.getByRole('combobox', { name: 'Basemap' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
