// Headless Chromium for the benchmark, with the flags the browser tests and `briefmap snapshot` use.
// SwiftShader means WebGL is rendered on the CPU: frame times are a software-rendering floor, not a GPU's.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium.ts';
import { VIEWER_FILES } from '../../src/core/output-files.ts';

export const VIEWPORT = { width: 1400, height: 900 };

export const launch = (): Promise<Browser> => launchChromium();

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors: a run with any is reported, not silently timed. */
  errors: string[];
  /** Requests to anywhere but the local server. Watched, not intercepted: routing would slow every request. */
  offline: string[];
}

/** The viewer asks for each optional viewer file (VIEWER_FILES) first; a hand-made dataset (synthetic.ts) has only
 * the contract's files, so those 404s, which Chromium logs as console errors, are expected there, not a fault. */
export function optionalFileMissing(text: string, url: string): boolean {
  return /status of 404/.test(text) && VIEWER_FILES.some((f) => url.split(/[?#]/)[0]!.endsWith(`/${f}`));
}

/** A fresh context (no cache, no storage) and page. */
export async function freshPage(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx (esbuild keepNames) wraps named functions inside our page.evaluate callbacks in __name(...), which
  // does not exist in the page: an identity stand-in lets them run unchanged.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  const errors: string[] = [];
  const offline: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !optionalFileMissing(m.text(), m.location().url)) errors.push(m.text());
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.hostname !== '127.0.0.1' && u.protocol !== 'data:' && u.protocol !== 'blob:') offline.push(u.href);
  });
  return { context, page, errors, offline };
}
