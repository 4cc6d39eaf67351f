// Renders the embedded basemap at a few views into test-artifacts/preview/ (for looking at, not a test).
// npx tsx scripts/basemap/preview.ts [zoom ...]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRenderer, ROOT } from '../../tests/render/harness.ts';
import { basemapStyle } from '../../src/viewer/map/basemap/vector-style.ts';

const zooms = process.argv.slice(2).map(Number);
const r = await openRenderer();
const out = join(ROOT, 'test-artifacts', 'preview');
mkdirSync(out, { recursive: true });
try {
  for (const zoom of zooms.length ? zooms : [6, 9, 12]) {
    const t = Date.now();
    const png = await r.render(basemapStyle(r.base), { width: 1000, height: 700, center: [35.3, 51.25], zoom });
    writeFileSync(join(out, `basemap-z${zoom}.png`), png);
    console.log(`z${zoom}: ${Date.now() - t} ms`);
  }
} finally {
  await r.close();
}
