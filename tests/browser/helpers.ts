// Shared browser-test plumbing: one headless Chromium per test file, every request that is not to the
// local test server aborted (and recorded, so a test can assert the viewer stayed offline).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { serveStatic } from '../../src/cli/static-server.ts';
import { inject } from 'vitest';
import { withData } from '../../bench/viewer/build.ts';
import type { BriefmapDebug } from '../../src/viewer/app/main.ts';

export const launch = (): Promise<Browser> => launchChromium();

/** Geocodes `corpus` with the real CLI into `work`/data and returns a viewer build (in `work`/dist) serving it. */
export function viewerOnCorpus(corpus: string, work: string): string {
  const root = resolve(import.meta.dirname, '..', '..');
  const dataDir = join(work, 'data');
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'geocode', corpus, '--out', dataDir, '--quiet'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const dist = join(work, 'dist');
  withData(inject('distDir'), dataDir, dist);
  return dist;
}

/** A headless Chromium and a static server on a viewer built from `corpus` with the real CLI (viewerOnCorpus) in a
 * temporary folder named after `prefix`; close() stops both and removes the folder. */
export interface CorpusViewer {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function serveCorpus(corpus: string, prefix: string): Promise<CorpusViewer> {
  const work = mkdtempSync(join(tmpdir(), `briefmap-${prefix}-`));
  const removeWork = (): void => rmSync(work, { recursive: true, force: true });
  let server: Awaited<ReturnType<typeof serveStatic>>;
  try {
    server = await serveStatic(viewerOnCorpus(corpus, work));
  } catch (e) {
    removeWork();
    throw e;
  }
  let browser: Browser;
  try {
    browser = await launch();
  } catch (e) {
    await server.close();
    removeWork();
    throw e;
  }
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      removeWork();
    },
  };
}

export interface Opened {
  page: Page;
  /** URLs the page tried to fetch from anywhere but the test server. */
  blocked: string[];
  errors: string[];
}

export async function openViewer(
  browser: Browser,
  hash = '',
  viewport = { width: 1400, height: 900 },
  baseUrl = inject('baseUrl'),
): Promise<Opened> {
  const page = await browser.newPage({ viewport });
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  await page.goto(baseUrl + hash);
  await page.waitForFunction(() => window.__briefmap?.firstIdleMs != null, null, { timeout: 90_000 });
  return { page, blocked, errors };
}

/** Twelve reports about Plekhovo (the seeds' one and eleven copies dated 17–27 Dec 2024), and its popup opened: a
 * place with a long history, for the popup's layout and its accessibility. */
export async function plekhovoHistory(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { store } = window.__briefmap!;
    const ds = store.get().dataset;
    const base = ds.events.features.find((e) => e.properties.settlementName === 'Plekhovo')!;
    const copies = Array.from({ length: 11 }, (_, i) => {
      const day = `2024-12-${String(17 + i).padStart(2, '0')}`;
      return {
        ...base,
        properties: { ...base.properties, id: `${base.properties.id}#${i}`, published: day, asOf: { start: day, end: day } },
      };
    });
    store.update({ dataset: { ...ds, events: { ...ds.events, features: [...ds.events.features, ...copies] } } });
    store.update({ selection: { kind: 'place', id: 'ru-plekhovo' } });
  });
}

/** Waits for the map to settle after a change (MapLibre's `idle`: everything loaded and drawn). */
export function idle(page: Page): Promise<void> {
  return page.evaluate(() => (window.__briefmap as BriefmapDebug).idle());
}

export async function jumpTo(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
  await page.evaluate(([x, y, z]) => window.__briefmap!.map.jumpTo({ center: [x!, y!], zoom: z! }), [lon, lat, zoom]);
  await idle(page);
}

/** Property values of the features a layer has actually drawn in the viewport. */
export function rendered(page: Page, layer: string, prop: string): Promise<unknown[]> {
  return page.evaluate(
    ([l, p]) => window.__briefmap!.map.queryRenderedFeatures({ layers: [l!] }).map((f) => f.properties[p!]),
    [layer, prop],
  );
}

/** A made-up test overlay (not a real front line): a box over the Sudzha area, dropped as a GeoJSON file. */
export const FRONT = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'front line' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [35.0, 51.1],
            [35.4, 51.1],
            [35.4, 51.35],
            [35.0, 51.35],
            [35.0, 51.1],
          ],
        ],
      },
    },
  ],
};

export async function dropOverlay(page: import('playwright-core').Page, geojson: unknown = FRONT): Promise<void> {
  await page
    .locator('#upload-input')
    .setInputFiles({ name: 'front.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(geojson)) });
}
