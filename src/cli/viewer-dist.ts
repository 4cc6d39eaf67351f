// The built viewer (dist/) the `view` and `snapshot` commands serve: used as it is when newer than its sources,
// else rebuilt with Vite. The data is served from a folder of its own (see static-server.ts), so one build serves
// any corpus's output.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildViewer } from './build-viewer.ts';
import { UserError } from './user-error.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const SEED_DATA = join(ROOT, 'data', 'generated');

export class DistError extends UserError {}

/** The newest modification time among the files a build is made from, so a stale dist/ is rebuilt, not used. */
function newestInput(withSeedData: boolean): number {
  let newest = 0;
  const walk = (path: string): void => {
    if (!existsSync(path)) return;
    const st = statSync(path);
    if (st.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  const inputs = ['src/viewer', 'src/print', 'src/core', 'data/basemap', 'data/gazetteer', 'index.html', 'vite.config.ts'];
  if (withSeedData) inputs.push('data/generated');
  for (const p of inputs) walk(join(ROOT, p));
  return newest;
}

/**
 * The folder of a built viewer: `dist` when given (it must hold index.html), else ./dist, (re)built when missing
 * or older than the sources. `dataDir`, when given, is the data the viewer will be served with: the build then
 * does not depend on data/generated (the seeds' output), and uses `dataDir` if data/generated does not exist.
 */
export async function ensureDist(dist: string | undefined, log: (s: string) => void, dataDir?: string): Promise<string> {
  if (dist) {
    const dir = resolve(dist);
    if (!existsSync(join(dir, 'index.html')))
      throw new DistError(`--dist ${dir} has no index.html: build the viewer with \`npm run build\``);
    return dir;
  }
  const dir = join(ROOT, 'dist');
  const built = existsSync(join(dir, 'index.html')) ? statSync(join(dir, 'index.html')).mtimeMs : 0;
  if (built > 0 && built >= newestInput(!dataDir)) return dir;
  const buildData = existsSync(join(SEED_DATA, 'places.geojson')) ? SEED_DATA : dataDir;
  if (!buildData) throw new DistError('data/generated is missing: run `npm run geocode` first (or pass --dist DIR)');
  log(built ? 'dist/ is older than the sources: rebuilding the viewer with Vite…' : 'dist/ is missing: building the viewer with Vite…');
  await buildViewer(buildData, dir);
  if (!existsSync(join(dir, 'index.html'))) throw new DistError('the Vite build did not produce dist/index.html');
  return dir;
}
