// The export dialog and the page API (window.__briefmapExport) in the viewer.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { dropOverlay, launch, openViewer } from './helpers.ts';
import { readPngInfo } from '../../src/print/png-phys.ts';
import { pageTexts } from '../pdf-text-extract.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('export dialog', () => {
  it('opens an accessible dialog with a preview frame and the planned pixel size', async () => {
    const v = await openViewer(browser);
    const open = v.page.locator('#export-open');
    await open.click();
    const dialog = v.page.getByRole('dialog', { name: 'Export snapshot' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(v.page.locator('.export-frame').isVisible()).resolves.toBe(true);
    await expect(v.page.locator('#export-summary').textContent()).resolves.toContain('2339 × 1654 px at 200 dpi');
    await v.page.locator('#export-size').selectOption('custom');
    await expect(v.page.locator('#export-custom-w').isVisible()).resolves.toBe(true);
    await v.page.locator('#export-size').selectOption('a3-landscape');
    await v.page.locator('#export-dpi').fill('300');
    await expect(v.page.locator('#export-summary').textContent()).resolves.toContain('4961 × 3508 px at 300 dpi');
    await v.page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    // The preview frame is removed when the dialog's close is handled, which may be a frame after the dialog hides.
    await v.page.locator('.export-frame').waitFor({ state: 'hidden', timeout: 5_000 });
    await expect(v.page.evaluate(() => document.activeElement?.id)).resolves.toBe('export-open');
    expect(v.blocked).toEqual([]);
    await v.page.close();
  });
});

describe('export API', () => {
  it('a bundle of a view with a dropped overlay contains the overlay, the sources and a permalink', async () => {
    const v = await openViewer(browser);
    await dropOverlay(v.page);
    await v.page.waitForFunction(() => window.__briefmap!.store.get().overlays.length === 1);
    await v.page.evaluate(() => window.__briefmap!.map.jumpTo({ center: [35.2, 51.22], zoom: 8 }));
    await v.page.evaluate(() => window.__briefmap!.idle());
    const r = await v.page.evaluate(() => window.__briefmapExport!.bundle({ size: 'slide', dpi: 96, format: 'png' }));
    const files = unzipSync(new Uint8Array(Buffer.from(r.base64, 'base64')));
    expect(Object.keys(files).sort()).toEqual([r.image.filename, 'manifest.json', 'visible.geojson'].sort());
    expect(readPngInfo(files[r.image.filename]!)).toEqual({ width: 1920, height: 1080, dpi: 96 });
    const geo = JSON.parse(strFromU8(files['visible.geojson']!)) as { features: { properties: Record<string, unknown> }[] };
    const overlays = geo.features.filter((f) => f.properties.layer === 'overlay');
    expect(overlays.length).toBe(1);
    expect(overlays[0]!.properties.name).toBe('front.geojson');
    // The places carry their mentions, read from mentions.json when the viewer holds the compact places.
    const places = geo.features.filter((f) => f.properties.layer === 'place');
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect((p.properties.mentions as unknown[]).length).toBe(p.properties.mentionCount);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.overlays.map((o: { name: string }) => o.name)).toEqual(['front.geojson']);
    expect(manifest.permalink).toMatch(/#map=8\/51\.22\/35\.2\//);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.sources.length).toBeGreaterThan(0);
    expect(manifest.sources[0]).toHaveProperty('outlet');
    expect(manifest).not.toHaveProperty('mentions_omitted');
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('a bundle of given bounds links to those bounds, not to the view the page opened on; its sources newest first', async () => {
    const v = await openViewer(browser, '#map=5/48/30/0/0&date=2024-12-16');
    const r = await v.page.evaluate(() =>
      window.__briefmapExport!.bundle({ size: 'slide', dpi: 96, format: 'png', bounds: [34.9, 51.0, 35.8, 51.6] }),
    );
    const files = unzipSync(new Uint8Array(Buffer.from(r.base64, 'base64')));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    const [zoom, lat, lon] = /#map=([^&]+)/.exec(manifest.permalink)![1]!.split('/').map(Number);
    expect(lon).toBeCloseTo(35.35, 1);
    expect(lat).toBeCloseTo(manifest.camera.center[1], 3);
    expect(zoom).toBeCloseTo(manifest.camera.zoom, 1);
    const published = manifest.sources.map((s: { published: string }) => s.published);
    expect(published).toEqual([...published].sort().reverse());
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('renders A3 landscape at 300 dpi at full resolution (4961×3508, map at 300 dpi)', { timeout: 240_000 }, async () => {
    const v = await openViewer(browser);
    const r = await v.page.evaluate(() => window.__briefmapExport!.render({ size: 'a3-landscape', dpi: 300, format: 'png' }));
    expect([r.widthPx, r.heightPx]).toEqual([4961, 3508]);
    expect(r.achievedDpi).toBe(300);
    expect(readPngInfo(new Uint8Array(Buffer.from(r.base64, 'base64')))).toEqual({ width: 4961, height: 3508, dpi: 300 });
    console.log(`A3 landscape 300 dpi: ${r.ms} ms, map ${r.achievedMapPx.width}×${r.achievedMapPx.height} px in ${r.tiles} tile(s)`);
    await v.page.close();
  });

  it("draws the selected place's ring, which the live map shows as a DOM marker the canvas does not hold", async () => {
    const v = await openViewer(browser);
    const id = await v.page.evaluate(() => {
      const { store, map } = window.__briefmap!;
      const f = [...store.get().dataset.places.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount)[0]!;
      map.jumpTo({ center: f.geometry.coordinates as [number, number], zoom: 9 });
      return f.properties.id;
    });
    await v.page.evaluate(() => window.__briefmap!.idle());
    const opts = { size: 'slide', dpi: 96, format: 'png', legend: false, sources: false } as const;
    const plain = await v.page.evaluate((o) => window.__briefmapExport!.render(o), opts);
    await v.page.evaluate((pid) => window.__briefmap!.store.update({ selection: { kind: 'place', id: pid } }), id);
    const ringed = await v.page.evaluate((o) => window.__briefmapExport!.render(o), opts);
    // Pixels dark in the ringed image only: the ring's stroke (#111827), a circle around the place.
    const diff = await v.page.evaluate(
      async ([a, b]) => {
        const pixels = async (b64: string) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const c = new OffscreenCanvas(bmp.width, bmp.height);
          const ctx = c.getContext('2d')!;
          ctx.drawImage(bmp, 0, 0);
          return { w: bmp.width, data: ctx.getImageData(0, 0, bmp.width, bmp.height).data };
        };
        const [p, r] = [await pixels(a!), await pixels(b!)];
        let n = 0;
        let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
        for (let i = 0; i < r.data.length; i += 4) {
          const dark = (d: Uint8ClampedArray) => d[i]! + d[i + 1]! + d[i + 2]! < 200;
          if (!dark(r.data) || dark(p.data)) continue;
          n++;
          const x = (i / 4) % r.w;
          const y = Math.floor(i / 4 / r.w);
          [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
        }
        return { n, w: x1 - x0 + 1, h: y1 - y0 + 1 };
      },
      [plain.base64, ringed.base64],
    );
    expect(diff.n).toBeGreaterThan(50);
    expect(Math.abs(diff.w - diff.h)).toBeLessThanOrEqual(Math.max(4, diff.w * 0.1));
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('a date series as PDF from the page keeps each page’s text as real text', { timeout: 400_000 }, async () => {
    const v = await openViewer(browser, '#map=8/51.3/35.3/0/0');
    const r = await v.page.evaluate(() =>
      window.__briefmapExport!.series({ size: 'slide', dpi: 96, format: 'pdf', title: 'Kursk series' }, { container: 'pdf' }),
    );
    const bytes = Buffer.from(r.base64, 'base64');
    const doc = await PDFDocument.load(bytes);
    // Each frame's map page, then its source pages.
    expect(doc.getPageCount()).toBeGreaterThan(r.dates.length);
    expect(doc.getTitle()).toBe('Kursk series');
    const raw = bytes.toString('latin1');
    const inflated = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(inflated.filter((t) => /BT[\s\S]*Tj[\s\S]*ET/.test(t)).length).toBeGreaterThanOrEqual(r.dates.length);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('a PDF lists every source as text on pages after the map page, same paper', { timeout: 400_000 }, async () => {
    const v = await openViewer(browser, '#map=8/51.3/35.3/0/0');
    const r = await v.page.evaluate(() =>
      window.__briefmapExport!.render({ size: 'a4-landscape', dpi: 96, format: 'pdf', title: 'Kursk' }),
    );
    expect(r.sources.length).toBeGreaterThan(0);
    const bytes = Buffer.from(r.base64, 'base64');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThan(1);
    for (const p of doc.getPages()) expect(p.getSize()).toEqual(doc.getPage(0).getSize());
    // Every source's outlet, title and URL is real text on the pages after the map page (whitespace aside: a wrapped
    // line ends where a space was).
    const squash = (t: string) => t.replace(/\s+/g, '');
    const text = squash(
      doc
        .getPages()
        .slice(1)
        .map((p) => pageTexts(doc, p).join(''))
        .join(''),
    );
    expect(text).toContain(`—${r.sources.length}article`);
    if (r.sourcesNamed < r.sources.length) expect(squash(pageTexts(doc, doc.getPage(0)).join(''))).toContain('(listedonthefollowingpages)');
    for (const s of r.sources) {
      expect(text).toContain(squash(s.outlet));
      expect(text).toContain(squash(s.title));
      if (s.url) expect(text).toContain(squash(s.url));
    }
    expect(v.errors).toEqual([]);
    await v.page.close();
  });
});
