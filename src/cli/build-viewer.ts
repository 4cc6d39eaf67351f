// `vite build` of the viewer against a given data folder into a given output folder (vite.config.ts reads
// BRIEFMAP_DATA/BRIEFMAP_OUT), for the browser tests and the viewer bench. The environment is restored afterwards.
// Also the seed viewer both of them start from: the real CLI on seeds/, then that build.
import { execFileSync } from 'node:child_process';
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

/** `briefmap geocode seeds --out <outDir>` in a child process: exactly what a user's command writes. */
export function geocodeSeeds(outDir: string): void {
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'geocode', join(root, 'seeds'), '--out', outDir, '--quiet'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** The seeds geocoded into <work>/generated and the viewer built on them into <work>/dist. */
export async function buildSeedViewer(work: string): Promise<{ dataDir: string; distDir: string }> {
  const dataDir = join(work, 'generated');
  const distDir = join(work, 'dist');
  geocodeSeeds(dataDir);
  await buildViewer(dataDir, distDir);
  return { dataDir, distDir };
}
