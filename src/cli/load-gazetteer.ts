// The gazetteer from data/gazetteer/ on disk: the core's loader with a file-system reader (the core itself never
// touches the file system). A user's own layers are found in the imported-layers folder and applied too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORTED_DIR, loadGazetteerSync } from '../core/gazetteer/layers.ts';
import type { Gazetteer } from '../core/gazetteer/gazetteer.ts';

export const gazetteerDir = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');

/** Where `briefmap gazetteer import` writes and `briefmap geocode` reads a user's layers: $BRIEFMAP_GAZETTEER (or
 * `--gazetteer <dir>`, which sets it for the run and its worker threads), else data/gazetteer/imported/ of this
 * installation, which the viewer build also ships to the browser. */
export function importedLayersDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BRIEFMAP_GAZETTEER || join(gazetteerDir, IMPORTED_DIR);
}

/** Names of the imported layers in `folder`, sorted so every run applies them in the same order. index.json is the
 * list the viewer build writes for the browser, not a layer. */
export function importedLayers(folder: string = importedLayersDir()): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => n.endsWith('.json') && n !== 'index.json')
    .map((n) => n.slice(0, -'.json'.length))
    .sort();
}

/** The shipped layers from `dir`, the user's from `imported` (null: none). */
export function loadGazetteer(dir: string = gazetteerDir, imported: string | null = importedLayersDir()): Gazetteer {
  const read = (file: string): unknown => {
    const path = imported && file.startsWith(`${IMPORTED_DIR}/`) ? join(imported, file.slice(IMPORTED_DIR.length + 1)) : join(dir, file);
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (err) {
      throw new Error(`${path}: cannot read gazetteer layer (${(err as Error).message})`);
    }
  };
  return loadGazetteerSync(read, { imported: imported ? importedLayers(imported) : [] });
}
