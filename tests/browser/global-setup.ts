// Builds the viewer against freshly generated seed data and serves dist/ on 127.0.0.1 for the browser tests.
// Nothing here touches the network: the CLI reads seeds/ and data/gazetteer/, Vite bundles local files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSeedViewer } from '../../src/cli/build-viewer.ts';
import { serveStatic } from '../../src/cli/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    /** The built viewer; tests that need other data serve a copy of it with other data files. */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'briefmap-browser-'));
  // The real CLI on the real seeds: the browser tests see exactly what a user sees.
  const { dataDir, distDir: outDir } = await buildSeedViewer(work);

  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  project.provide('dataDir', dataDir);
  project.provide('distDir', outDir);
  return async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  };
}
