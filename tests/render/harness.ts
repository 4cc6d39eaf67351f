// Renders a MapLibre style in headless Chromium (SwiftShader, the flags of src/cli/chromium.ts) and compares the
// PNG with an expected image within a pixel tolerance (pixelmatch), as MapLibre's render tests do.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import type { StyleSpecification } from 'maplibre-gl';
import { launchChromium } from '../../src/cli/chromium.ts';
import { serveStatic } from '../../src/cli/static-server.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface RenderOptions {
  width: number;
  height: number;
  center: [number, number];
  zoom: number;
  pixelRatio?: number;
}

/** Images a style's layers use beyond its sprite, by id (RGBA pixels), supplied when a layer first needs them. */
export type RenderImages = Record<string, { width: number; height: number; pixelRatio: number; data: Uint8Array }>;

export interface LabelProbe {
  layer: string;
  /** The circles no label may cover: centre and drawn radius in CSS px. */
  circles: { id: string; name: string; lng: number; lat: number; r: number }[];
}

export interface LabelMeasure {
  png: Buffer;
  /** Names of the labels drawn. */
  drawn: string[];
  /** "A / B" for each pair of labels whose boxes share a point. */
  overlaps: string[];
  /** "A on B" for each label whose box reaches into circle B. */
  covered: string[];
}

export interface Renderer {
  base: string;
  render(style: StyleSpecification, o: RenderOptions, images?: RenderImages): Promise<Buffer>;
  /** Renders, then measures the placed labels of `probe.layer` (page.html's measure). */
  renderProbe(style: StyleSpecification, o: RenderOptions, probe: LabelProbe, images?: RenderImages): Promise<LabelMeasure>;
  close(): Promise<void>;
}

/** One browser and one static server over the repository for a test file. */
export async function openRenderer(): Promise<Renderer> {
  const server = await serveStatic(ROOT);
  const browser: Browser = await launchChromium();
  const page: Page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  // Render tests never touch the network.
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(`${server.url}tests/render/page.html`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  const pngOf = (url: string) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  const run = (style: StyleSpecification, o: RenderOptions, images: RenderImages, probe: LabelProbe | null): Promise<string> => {
    // The style goes as JSON text: playwright's argument typing recurses too deep on a style object.
    const imgs = Object.fromEntries(
      Object.entries(images).map(([id, im]) => [id, { ...im, data: Buffer.from(im.data).toString('base64') }]),
    );
    const arg = JSON.stringify({ style, o, imgs, probe });
    return page.evaluate((json: string) => {
      const { style: s, o: opts, imgs: i, probe: p } = JSON.parse(json) as { style: unknown; o: unknown; imgs: unknown; probe: unknown };
      return (window as unknown as { renderStyle(s: unknown, o: unknown, i: unknown, p: unknown): Promise<string> }).renderStyle(
        s,
        opts,
        i,
        p,
      );
    }, arg);
  };
  return {
    base: server.url,
    async render(style, o, images = {}) {
      return pngOf(await run(style, o, images, null));
    },
    async renderProbe(style, o, probe, images = {}) {
      const m = JSON.parse(await run(style, o, images, probe)) as Omit<LabelMeasure, 'png'> & { url: string };
      return { png: pngOf(m.url), drawn: m.drawn, overlaps: m.overlaps, covered: m.covered };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface Comparison {
  diffPixels: number;
  ratio: number;
  expectedPath: string;
}

/**
 * Compares an image with tests/render/expected/<name>.png (written on the first run or with UPDATE_RENDER=1),
 * leaving actual and diff PNGs in test-artifacts/render/ when they differ.
 */
export function compareWithExpected(name: string, actual: Buffer, threshold = 0.15): Comparison {
  const expectedPath = join(ROOT, 'tests', 'render', 'expected', `${name}.png`);
  if (!existsSync(expectedPath) || process.env.UPDATE_RENDER === '1') {
    mkdirSync(dirname(expectedPath), { recursive: true });
    writeFileSync(expectedPath, actual);
  }
  const a = PNG.sync.read(actual);
  const e = PNG.sync.read(readFileSync(expectedPath));
  if (a.width !== e.width || a.height !== e.height) return { diffPixels: a.width * a.height, ratio: 1, expectedPath };
  const diff = new PNG({ width: a.width, height: a.height });
  const diffPixels = pixelmatch(a.data, e.data, diff.data, a.width, a.height, { threshold });
  if (diffPixels > 0) {
    const dir = join(ROOT, 'test-artifacts', 'render');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.actual.png`), actual);
    writeFileSync(join(dir, `${name}.diff.png`), PNG.sync.write(diff));
  }
  return { diffPixels, ratio: diffPixels / (a.width * a.height), expectedPath };
}
