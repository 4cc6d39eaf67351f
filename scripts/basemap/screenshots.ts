// Screenshots of the built viewer over Sudzha (51.19 N, 35.27 E) at a few zooms, for looking at.
// npm run build first; then: npx tsx scripts/basemap/screenshots.ts [zoom ...]   (SHOTS_DIR=… to write elsewhere
// than test-artifacts/shots/)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../src/cli/chromium.ts';
import { serveStatic } from '../../src/cli/static-server.ts';

const root = join(import.meta.dirname, '..', '..');
const out = process.env.SHOTS_DIR ?? join(root, 'test-artifacts', 'shots');
mkdirSync(out, { recursive: true });
const zooms = process.argv.slice(2).map(Number);
const server = await serveStatic(join(root, 'dist'));
const browser = await launchChromium();
try {
  for (const zoom of zooms.length ? zooms : [6, 9, 12]) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t = Date.now();
    await page.goto(`${server.url}#map=${zoom}/51.19/35.27/0/0&date=2024-12-16`);
    await page.waitForFunction(() => window.__briefmap?.firstIdleMs != null, null, { timeout: 180_000 });
    await page.evaluate(() => window.__briefmap!.idle());
    const info = await page.evaluate(() => ({
      firstIdleMs: Math.round(window.__briefmap!.firstIdleMs!),
      claims: window.__briefmap!.map.queryRenderedFeatures({ layers: ['claims-area-line'] }).map((f) => f.geometry.type),
    }));
    await page.screenshot({ path: join(out, `viewer-z${zoom}.png`) });
    console.log(`z${zoom}: first idle ${info.firstIdleMs} ms (load ${Date.now() - t} ms); claim outlines ${info.claims.join(',')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
