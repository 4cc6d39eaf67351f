// A popup's box on the map: it stays on the map when its content grows after it opens (a place's mentions load
// later), and its close button (×) has a column of its own, clear of the focus outline and the heading.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openViewer, type Opened } from './helpers.ts';

let browser: Browser;
let v: Opened;

beforeAll(async () => {
  browser = await launch();
  v = await openViewer(browser); // the seeds' default view: Kursk sits near the map's top
});
afterAll(async () => {
  await browser?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Opens the popup of the place whose keyboard stop's label starts with `name`, once its mentions are listed. */
async function openPopup(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Escape');
  const keys = page.locator('.place-key');
  const labels = await keys.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? ''));
  const i = labels.findIndex((l) => l.startsWith(`${name},`));
  expect(i, labels.join(' | ')).toBeGreaterThanOrEqual(0);
  await keys.nth(i).focus();
  await page.keyboard.press('Enter');
  await page.locator('.maplibregl-popup .mentions li').first().waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe('popup layout', () => {
  it('a popup near the map top whose mentions load after it opens stays on the map', async () => {
    await openPopup(v.page, 'Kursk');
    const map = (await v.page.locator('#map').boundingBox())!;
    const box = (await v.page.locator('.maplibregl-popup-content').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    await expect(v.page.locator('.maplibregl-popup-close-button').isVisible()).resolves.toBe(true);
  });

  it('the close button overlaps neither the focused content (its outline) nor the heading', async () => {
    await openPopup(v.page, 'Sumy');
    expect(await v.page.evaluate(() => document.activeElement?.classList.contains('popup'))).toBe(true);
    const close = (await v.page.locator('.maplibregl-popup-close-button').boundingBox())!;
    const content = (await v.page.locator('.maplibregl-popup-content > .popup').boundingBox())!;
    const heading = (await v.page.locator('.maplibregl-popup h2').boundingBox())!;
    expect(overlap(close, content)).toBe(false);
    expect(overlap(close, heading)).toBe(false);
    expect(close.width).toBeGreaterThanOrEqual(24); // a target big enough to hit (WCAG 2.5.8)
  });
});

// A small window (700 × 500): a popup may be as wide as the window. Opened near the map's left edge with its heading
// only, it was centred on its point; its mentions arriving made it full width, and it was not placed again (only a new
// height was watched): it ran off the window's left, the place's name cut.
describe('popup layout in a small window', () => {
  it('a popup near the left edge that widens as its mentions load stays inside the window', async () => {
    const small = await openViewer(browser, '', { width: 700, height: 500 });
    const { page } = small;
    const id = await page.evaluate(() => {
      const { map, store } = window.__briefmap!;
      const f = store.get().dataset.places.features.find((p) => p.properties.name === 'Sumy')!;
      const [lon, lat] = f.geometry!.coordinates as [number, number];
      const at = map.project([lon, lat]);
      map.panBy([at.x - 40, 0], { animate: false });
      return f.properties.id;
    });
    await page.evaluate((id) => window.__briefmap!.store.update({ selection: { kind: 'place', id } }), id);
    await page.locator('.maplibregl-popup .mentions li').first().waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const box = (await page.locator('.maplibregl-popup-content').boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(700);
    expect(small.errors).toEqual([]);
    await page.close();
  });
});
