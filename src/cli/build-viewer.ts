// `vite build` of the viewer against a given data folder into a given output folder (vite.config.ts reads
// BRIEFMAP_DATA/BRIEFMAP_OUT), for the browser tests and the viewer bench. The environment is restored afterwards.
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..', '..');

export async function buildViewer(dataDir: string, outDir: string): Promise<void> {
  const saved = { BRIEFMAP_DATA: process.env.BRIEFMAP_DATA, BRIEFMAP_OUT: process.env.BRIEFMAP_OUT };
  process.env.BRIEFMAP_DATA = dataDir;
  process.env.BRIEFMAP_OUT = outDir;
  try {
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
