// One production build of the viewer for the whole benchmark, plus the bare MapLibre page built into the same
// dist (own Vite config object; vite.config.ts is untouched), plus copies of that dist with other data files.
import { cpSync, copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { OUTPUT_FILES, VIEWER_FILES } from '../../src/core/output-files.ts';
export { buildSeedViewer, buildViewer, geocodeSeeds } from '../../src/cli/build-viewer.ts';

// VIEWER_FILES are written by `briefmap geocode` for the viewer; a hand-made dataset (synthetic.ts) has none, and must
// not inherit the build's own (the viewer would load those instead of its places.geojson).

/** bench/viewer/bare.html → <outDir>/bare.html: same origin and the same data/basemap files as the viewer. */
export async function buildBare(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: import.meta.dirname,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: false, // the viewer is already there
      assetsDir: 'bare-assets',
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: join(import.meta.dirname, 'bare.html') },
    },
  });
}

/** A copy of a built dist serving other data: the bundle is the same bytes, only data/generated differs. */
export function withData(distDir: string, dataDir: string, outDir: string): void {
  cpSync(distDir, outDir, { recursive: true });
  for (const name of OUTPUT_FILES) copyFileSync(join(dataDir, name), join(outDir, 'data', 'generated', name));
  for (const name of VIEWER_FILES) {
    const target = join(outDir, 'data', 'generated', name);
    if (existsSync(join(dataDir, name))) copyFileSync(join(dataDir, name), target);
    else rmSync(target, { force: true });
  }
}
