// The viewer with 10,000 synthetic places (bench/viewer/synthetic.ts): it loads without errors, clusters, keeps
// its lists short (a page of rows and "Show more") and its search, highlight, popup and export working.
// Timing is measured in bench/viewer, not asserted here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../src/cli/static-server.ts';
import { withData } from '../../bench/viewer/build.ts';
import { writeSyntheticDataset, type SyntheticDataset } from '../../bench/viewer/synthetic.ts';
import { idle, jumpTo, launch, openViewer, rendered, type Opened } from './helpers.ts';

const PLACES = 10_000;
const PAGE = 100; // rows per "Show more" page in the viewer's lists
// A smaller window than the other tests: software WebGL cost grows with pixels, and this test is about data size.
const VIEWPORT = { width: 1000, height: 700 };

let work: string;
let server: { url: string; close(): Promise<void> };
let data: SyntheticDataset;
let browser: Browser;
let v: Opened;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'briefmap-scale-'));
  data = writeSyntheticDataset(join(work, 'data'), PLACES);
  // The already-built viewer with other data files: the bundle is the same bytes.
  withData(inject('distDir'), join(work, 'data'), join(work, 'dist'));
  server = await serveStatic(join(work, 'dist'));
  browser = await launch();
  v = await openViewer(browser, '', VIEWPORT, server.url);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Synthetic output has no compact viewer files (places.compact.geojson, claims.compact.geojson, mentions.index.json,
 * report.summary.json, events.compact.geojson), as output written before they existed: the viewer's probe for each is
 * a 404 the browser logs, then it loads the full files. Any other error counts. */
const OPTIONAL_FILE_PROBES = 5;
function unexpected(errors: readonly string[]): string[] {
  let probes = 0;
  return errors.filter((e) => !(/status of 404/.test(e) && ++probes <= OPTIONAL_FILE_PROBES));
}

describe(`viewer with ${PLACES.toLocaleString('en-GB')} places`, () => {
  it('loads all of them, reaches idle and stays offline without errors', async () => {
    expect(await v.page.evaluate(() => window.__briefmap!.store.get().dataset.places.features.length)).toBe(PLACES);
    expect(await v.page.evaluate(() => window.__briefmap!.firstIdleMs)).toBeGreaterThan(0);
    expect(unexpected(v.errors)).toEqual([]);
    expect(v.blocked).toEqual([]);
  });

  it('still clusters dense places at the opening zoom (7.5), and clusters the whole theatre at zoom 5', async () => {
    // The opening view is on the densest synthetic hub (Kursk).
    expect((await rendered(v.page, 'places-clusters', 'point_count')).length).toBeGreaterThan(0);
    expect((await rendered(v.page, 'places-circle', 'id')).length).toBeGreaterThan(0);
    await jumpTo(v.page, 36, 50, 5);
    const counts = (await rendered(v.page, 'places-clusters', 'point_count')) as number[];
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(PLACES / 2);
  });

  it('lists places, articles and unresolved names a page at a time', async () => {
    const page = v.page;
    await page.locator('.places-section summary').click();
    await expect.poll(() => page.locator('#places-list li').count()).toBe(PAGE);
    expect(await page.locator('.places-section summary').textContent()).toContain('10,000');
    // Most-mentioned first.
    const first = await page.locator('#places-list .place-button').first().getAttribute('data-place');
    const top = [...data.places.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount)[0]!;
    expect(first).toBe(top.properties.id);
    await page.locator('.places-section .more-button').click();
    await expect.poll(() => page.locator('#places-list li').count()).toBe(2 * PAGE);
    // Keyboard users land on the first new row.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#places-list li')[100])).toBe(
      true,
    );

    expect(await page.locator('#articles-list li').count()).toBe(PAGE);
    await expect(page.locator('#articles-list + .more-button').isVisible()).resolves.toBe(true);
    expect(await page.locator('#unresolved-list li').count()).toBe(PAGE);
    expect(await page.locator('#claims-table tbody tr').count()).toBe(12);
    expect(unexpected(v.errors)).toEqual([]);
  });

  it('searches, highlights an article and opens a busy popup', async () => {
    const page = v.page;
    const name = data.places.features[123]!.properties.name;
    await page.fill('#place-search', name);
    const results = page.locator('#search-results button.result');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    expect(await results.count()).toBeLessThanOrEqual(8);
    for (const text of await results.allTextContents()) expect(text.toLowerCase()).toContain(name.toLowerCase());
    await page.fill('#place-search', '');

    const article = page.locator('#articles-list .article-button').first();
    await article.click();
    await expect(article.getAttribute('aria-pressed')).resolves.toBe('true');
    await idle(page);
    expect((await rendered(page, 'places-highlight', 'id')).length).toBeGreaterThan(0);
    await article.click();
    await idle(page);
    expect(await rendered(page, 'places-highlight', 'id')).toEqual([]);

    const hub = [...data.places.features].sort((a, b) => b.properties.mentionCount - a.properties.mentionCount)[0]!;
    await idle(page);
    // Selecting a place changes nothing drawn by the map (its ring is a DOM element): no frame delays the popup.
    const frames = await page.evaluate(async (id) => {
      const { map, store } = window.__briefmap!;
      let n = 0;
      const count = () => n++;
      map.on('render', count);
      store.update({ selection: { kind: 'place', id } });
      await new Promise((r) => setTimeout(r, 500));
      map.off('render', count);
      return n;
    }, hub.properties.id);
    expect(frames).toBe(0);
    await expect(page.locator('.place-selected-ring').count()).resolves.toBe(1);
    const popup = page.locator('.place-popup');
    await expect.poll(() => popup.locator('.mentions li').count()).toBe(50);
    await popup.locator('.more-button').click();
    await expect.poll(() => popup.locator('.mentions li').count()).toBe(Math.min(100, hub.properties.mentionCount));
    await page.evaluate(() => window.__briefmap!.store.update({ selection: null }));
    await expect(page.locator('.place-selected-ring').count()).resolves.toBe(0);
    expect(unexpected(v.errors)).toEqual([]);
  });

  it('exports the whole theatre (thousands of places in view) with its source list', async () => {
    const r = await v.page.evaluate(() => window.__briefmapExport!.render({ size: 'current', dpi: 96, format: 'png' }));
    expect(r.sources.length).toBeGreaterThan(0);
    expect(r.widthPx).toBeGreaterThan(0);
    expect(unexpected(v.errors)).toEqual([]);
  });
});
