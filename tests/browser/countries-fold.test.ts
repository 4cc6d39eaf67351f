// Round 34, a briefer's pass at 390 × 844 on 30 English wire articles of the events dev corpus naming 8 countries:
// the box of countries named took three lines (57 px) over the top of a 515 px map. On a phone it is folded to its
// count, which opens the list; a wide screen shows the list as before. A country with its count is never split
// across lines.
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

const box = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const root = document.querySelector('.countries-named')!;
    const buttons = [...root.querySelectorAll<HTMLElement>('.countries-list [data-place]')];
    return {
      height: root.getBoundingClientRect().height,
      listShown: (root.querySelector('.countries-list') as HTMLElement).offsetParent !== null,
      // Each country's button on one line: one client rect (a button split over two lines has two).
      split: buttons.filter((b) => b.getClientRects().length > 1 || b.getBoundingClientRect().height > 20).map((b) => b.textContent),
    };
  });

describe('the countries named on a phone', () => {
  it('fold to one line with their count, which opens the list (390 × 844)', async () => {
    const { page, errors } = await openViewer(browser, '', { width: 390, height: 844 });
    const fold = page.locator('.countries-named .countries-fold');
    await expect(fold.isVisible()).resolves.toBe(true);
    const n = await page.evaluate(
      () => window.__briefmap!.store.get().dataset.places.features.filter((f) => f.properties.kind === 'country').length,
    );
    expect(n).toBeGreaterThan(0);
    expect(await fold.textContent()).toMatch(/^\d+ countr(y|ies) named, not drawn$/);
    const folded = await box(page);
    expect(folded.listShown).toBe(false);
    expect(folded.height).toBeLessThanOrEqual(28);
    await fold.click();
    await expect(fold.getAttribute('aria-expanded')).resolves.toBe('true');
    const open = await box(page);
    expect(open.listShown).toBe(true);
    expect(open.split).toEqual([]);
    await expect(page.locator('.countries-named .countries-list button[data-place="ne-ru"]').isVisible()).resolves.toBe(true);
    await fold.click();
    expect((await box(page)).listShown).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('are listed unfolded on a wide screen', async () => {
    const { page, errors } = await openViewer(browser, '', { width: 1400, height: 900 });
    await expect(page.locator('.countries-named .countries-fold').isVisible()).resolves.toBe(false);
    const wide = await box(page);
    expect(wide.listShown).toBe(true);
    expect(wide.split).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
