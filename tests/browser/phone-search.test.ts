// Round 33, a briefer's pass at 390 × 844: the search box sits at the bottom of the phone's first screen (the panel is
// a sheet under the map and the timeline), and its results opened below the screen's edge, where a keyboard opening
// over the lower part of the screen covers them. Typing now brings the box to the top with its results under it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openViewer } from './helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Each result's box, and whether the result itself is what a tap at its centre reaches (not the timeline sheet). */
const resultBoxes = (page: Page) =>
  page.locator('#search-results button.result').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { top: r.top, bottom: r.bottom, own: !!top && e.contains(top) };
    }),
  );

describe('search results on a phone', () => {
  it('open in the upper part of the screen, above where a keyboard opens, the box in sight (390 × 844)', async () => {
    const { page, errors } = await openViewer(browser, '', { width: 390, height: 844 });
    const box = page.locator('#place-search');
    // The case this is about: the box starts in the lowest fifth of the screen.
    expect(await box.evaluate((e) => e.getBoundingClientRect().top)).toBeGreaterThan(844 * 0.8);
    await box.click();
    await page.keyboard.type('k');
    const results = await resultBoxes(page);
    expect(results.length).toBeGreaterThan(2);
    // A phone's keyboard takes about the lower 40 % of a 390 × 844 screen (336 px on an iPhone 12).
    const keyboardTop = 844 - 336;
    for (const r of results) {
      expect(r.top).toBeGreaterThanOrEqual(0);
      expect(r.bottom).toBeLessThanOrEqual(keyboardTop);
      expect(r.own).toBe(true);
    }
    const input = await box.evaluate((e) => e.getBoundingClientRect());
    expect(input.top).toBeGreaterThanOrEqual(0);
    expect(input.bottom).toBeLessThanOrEqual(keyboardTop);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('place-search');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a desktop, moves nothing: the box and its results stay where they were', async () => {
    const { page, errors } = await openViewer(browser, '', { width: 1400, height: 900 });
    const box = page.locator('#place-search');
    const before = await box.evaluate((e) => e.getBoundingClientRect().top);
    await box.click();
    await page.keyboard.type('k');
    expect((await resultBoxes(page)).length).toBeGreaterThan(2);
    const after = await page.evaluate(() => ({
      top: document.querySelector('#place-search')!.getBoundingClientRect().top,
      panel: document.querySelector('#panel')!.scrollTop,
      page: document.scrollingElement!.scrollTop,
    }));
    expect(after).toEqual({ top: before, panel: 0, page: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
