// Time to the first map `idle` (everything requested loaded and drawn), as performance.now() in the page at
// that event: ms since navigation start, the same definition for the viewer and the bare page.
import type { Browser } from 'playwright-core';
import { freshPage, type BenchPage } from './chrome.ts';

const LOAD_TIMEOUT_MS = 180_000;

export interface ViewerLoad {
  /** First idle, ms since navigation start. */
  idleAt: number;
  /** The viewer's performance marks: data fetched and validated, panels built. */
  dataAt: number | null;
  uiAt: number | null;
  errors: string[];
  offline: string[];
}

/** Opens the viewer in `p` and waits for its first idle; the page stays open for more measurements. */
export async function loadViewer(p: BenchPage, url: string): Promise<ViewerLoad> {
  await p.page.goto(url);
  await p.page.waitForFunction(() => window.__briefmap?.firstIdleAt != null || document.querySelector('.fatal'), null, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 100,
  });
  const load = await p.page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
    return { idleAt: window.__briefmap?.firstIdleAt ?? null, dataAt: at('briefmap:data'), uiAt: at('briefmap:ui') };
  });
  if (load.idleAt == null) throw new Error(`the viewer at ${url} did not load: ${p.errors.join('; ') || 'fatal error shown'}`);
  return { ...load, idleAt: load.idleAt, errors: p.errors, offline: p.offline };
}

export async function viewerFirstIdle(browser: Browser, url: string): Promise<ViewerLoad> {
  const p = await freshPage(browser);
  try {
    return await loadViewer(p, url);
  } finally {
    await p.context.close();
  }
}

export async function bareFirstIdle(browser: Browser, url: string): Promise<{ idleAt: number; errors: string[]; offline: string[] }> {
  const p = await freshPage(browser);
  try {
    await p.page.goto(url);
    await p.page.waitForFunction(() => window.__bareIdleAt != null, null, { timeout: LOAD_TIMEOUT_MS, polling: 100 });
    return { idleAt: await p.page.evaluate(() => window.__bareIdleAt!), errors: p.errors, offline: p.offline };
  } finally {
    await p.context.close();
  }
}
