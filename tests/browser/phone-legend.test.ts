// Round 33, a briefer's pass on 30 articles of the events dev corpus at 390 × 844: the map's attribution, two lines
// across the whole width of the phone's map, lay over the legend. The folded toggle lost its top edge; opened and
// scrolled to its end, the legend's last rows (the settlement footprint) sat under the attribution and the scale
// bar and could not be read at all. Every point of the legend must now be the legend's own.
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

/** Points of a grid over the legend's box (inset 2 px) where something else is on top, as "x,y: what". */
const covered = (page: Page) =>
  page.evaluate(() => {
    const legend = document.querySelector('details.map-legend')!;
    const r = legend.getBoundingClientRect();
    const out: string[] = [];
    for (let y = r.top + 2; y <= r.bottom - 2; y += Math.max(1, (r.height - 4) / 12))
      for (let x = r.left + 2; x <= r.right - 2; x += Math.max(1, (r.width - 4) / 8)) {
        const top = document.elementFromPoint(x, y);
        if (top && !legend.contains(top)) out.push(`${Math.round(x)},${Math.round(y)}: ${top.className || top.tagName}`);
      }
    return out;
  });

describe('the legend on a phone', () => {
  it('is not under the attribution or the scale bar, folded or open and scrolled to its end (390 × 844)', async () => {
    const { page, errors } = await openViewer(browser, '', { width: 390, height: 844 });
    // The attribution does span the map here (the case this is about), and wraps.
    const attribution = await page.locator('.briefmap-attribution').evaluate((e) => e.getBoundingClientRect().width);
    expect(attribution).toBeGreaterThan(300);
    expect(await covered(page)).toEqual([]);
    await page.locator('details.map-legend summary').click();
    expect(await page.locator('details.map-legend').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.locator('details.map-legend').evaluate((d) => (d.scrollTop = d.scrollHeight));
    expect(await covered(page)).toEqual([]);
    // Still inside the map, below its top-left panel.
    const box = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { legend: r('details.map-legend'), map: r('#map'), countries: r('.countries-named') };
    });
    expect(box.legend.top).toBeGreaterThanOrEqual(box.countries.bottom);
    expect(box.legend.bottom).toBeLessThanOrEqual(box.map.bottom);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays at the bottom corner on a wide map, where the attribution keeps to the right', async () => {
    const { page, errors } = await openViewer(browser, '#legend=open', { width: 1400, height: 900 });
    const gap = await page.evaluate(() => {
      const map = document.querySelector('#map')!.getBoundingClientRect();
      return map.bottom - document.querySelector('details.map-legend')!.getBoundingClientRect().bottom;
    });
    expect(gap).toBeLessThanOrEqual(10.5);
    expect(await covered(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
