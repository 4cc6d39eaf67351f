// Every page shape shows the same part of the live view: the central 90 %. A portrait page (or a paper page, whose
// panel leaves a squarish map) below a wide view shows more map above and below, and never cuts the view's sides.
import type { Browser, Page } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openViewer, type Opened } from './helpers.ts';
import { readPngInfo } from '../../src/print/png-phys.ts';

let browser: Browser;
let v: Opened;

beforeAll(async () => {
  browser = await launch();
  v = await openViewer(browser, '', { width: 1400, height: 900 });
});
afterAll(async () => {
  await browser?.close();
});

/** Puts the place named `name` at `share` of the live map's width from its left edge, half-way down. */
async function placeAt(page: Page, name: string, share: number): Promise<string> {
  return page.evaluate(
    async ([n, k]) => {
      const b = window.__briefmap!;
      const f = b.store.get().dataset.places.features.find((p) => p.properties.name === n)!;
      const m = b.map;
      m.jumpTo({ center: f.geometry.coordinates as [number, number], zoom: 8 });
      m.panBy([m.getContainer().clientWidth * (0.5 - (k as number)), 0], { animate: false });
      await b.idle();
      return f.properties.id;
    },
    [name, share] as const,
  );
}

async function placesInBundle(page: Page, size: string): Promise<{ ids: string[]; png: ReturnType<typeof readPngInfo> }> {
  const r = await page.evaluate((s) => window.__briefmapExport!.bundle({ size: s as 'a4-portrait', dpi: 96, format: 'png' }), size);
  const files = unzipSync(new Uint8Array(Buffer.from(r.base64, 'base64')));
  const geo = JSON.parse(strFromU8(files['visible.geojson']!)) as { features: { properties: Record<string, unknown> }[] };
  const ids = geo.features.filter((f) => f.properties.layer === 'place').map((f) => String(f.properties.id));
  return { ids, png: readPngInfo(files[r.image.filename]!) };
}

describe('export extent', () => {
  it('a place at 10 % of a wide view from its left edge is on the A4 portrait and landscape pages', async () => {
    const id = await placeAt(v.page, 'Sumy', 0.1);
    for (const size of ['a4-portrait', 'a4-landscape']) {
      const r = await placesInBundle(v.page, size);
      expect(r.ids, size).toContain(id);
      expect(r.png.width / r.png.height > 1, size).toBe(size !== 'a4-portrait');
    }
  });

  it('the preview frame of a portrait page holds the central 90 % of the view and keeps its label in sight', async () => {
    await v.page.locator('#export-open').click();
    await v.page.locator('#export-size').selectOption('a4-portrait');
    const map = (await v.page.locator('#map').boundingBox())!;
    const frame = (await v.page.locator('.export-frame').boundingBox())!;
    expect(frame.x).toBeLessThanOrEqual(map.x + map.width * 0.05 + 1);
    expect(frame.x + frame.width).toBeGreaterThanOrEqual(map.x + map.width * 0.95 - 1);
    expect(frame.height).toBeGreaterThan(map.height); // a taller page than the view: more map above and below
    const label = (await v.page.locator('.export-frame-label').boundingBox())!;
    expect(label.y).toBeGreaterThanOrEqual(map.y);
    await v.page.keyboard.press('Escape');
  });

  it("the preview frame's label covers no map control (it hid the countries card's links)", async () => {
    for (const size of ['a4-landscape', 'a4-portrait']) {
      await v.page.locator('#export-open').click();
      await v.page.locator('#export-size').selectOption(size);
      const covered = await v.page.evaluate(() => {
        const t = document.querySelector('.export-frame-label')!.getBoundingClientRect();
        return [...document.querySelectorAll('#map .maplibregl-ctrl')]
          .filter((c) => {
            const r = c.getBoundingClientRect();
            return r.width > 0 && r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom;
          })
          .map((c) => c.className);
      });
      expect(await v.page.locator('.countries-named').count()).toBe(1);
      expect(covered, size).toEqual([]);
      await v.page.keyboard.press('Escape');
    }
  });

  it('an A4 portrait page names every source of the opening view, the rest by outlet and date (round 20: 2 of 5)', async () => {
    await v.page.evaluate(() => window.__briefmap!.map.jumpTo({ center: [35.2, 51.2], zoom: 8 }));
    const r = await v.page.evaluate(() => window.__briefmapExport!.render({ size: 'a4-portrait', dpi: 96, format: 'png' }));
    expect(r.sources.length).toBeGreaterThanOrEqual(5);
    expect(r.sourcesNamed).toBe(r.sources.length);
  });

  it("the export dialog's result line says how many sources the page names", async () => {
    const page = v.page;
    await page.locator('#export-open').click();
    await page.locator('#export-size').selectOption('a4-portrait');
    await page.locator('#export-dpi').fill('96');
    await page.locator('#export-dialog button[type="submit"]').click();
    await expect
      .poll(() => page.locator('#export-status').textContent(), { timeout: 120_000 })
      .toMatch(/^Saved briefmap-.*\.png: .*; \d+ sources?, all named on the page/);
    await page.keyboard.press('Escape');
  });
});
