// The gazetteer from data/gazetteer/ on disk: the core's loader with a file-system reader (the core itself never
// touches the file system). A user's own layers are found in the imported-layers folder and applied too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORTED_DIR, loadGazetteerSync } from '../core/gazetteer/layers.ts';
import type { Gazetteer, GazetteerIndex } from '../core/gazetteer/gazetteer.ts';
import { cacheFolder, indexFile, readIndex, sourcesHash, writeIndex } from './gazetteer-index-cache.ts';

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

/** The shipped layers from `dir`, the user's from `imported` (null: none). The name index comes from the cache folder
 * when it holds one built from the same files and sources (gazetteer-index-cache.ts), and is put there otherwise. */
export function loadGazetteer(
  dir: string = gazetteerDir,
  imported: string | null = importedLayersDir(),
  cache: string | null = cacheFolder(),
): Gazetteer {
  let hash = cache ? sourcesHash() : null;
  const read = (file: string): unknown => {
    const path = imported && file.startsWith(`${IMPORTED_DIR}/`) ? join(imported, file.slice(IMPORTED_DIR.length + 1)) : join(dir, file);
    try {
      const text = readFileSync(path, 'utf8');
      hash?.update(`${file}\0`).update(text).update('\0');
      return JSON.parse(text) as unknown;
    } catch (err) {
      throw new Error(`${path}: cannot read gazetteer layer (${(err as Error).message})`);
    }
  };
  const layers = { imported: imported ? importedLayers(imported) : [] };
  let file: string | null = null;
  let cached = false;
  const prebuilt = (): GazetteerIndex | undefined => {
    if (!cache || !hash) return undefined;
    file = indexFile(cache, hash);
    hash = null; // digested: a second reading of the layers (below) is not hashed
    const index = readIndex(file);
    cached = index !== undefined;
    return index;
  };
  let gazetteer: Gazetteer;
  try {
    gazetteer = loadGazetteerSync(read, { ...layers, prebuilt });
  } catch (err) {
    if (!cached) throw err;
    cached = false; // a cached index that does not fit: built afresh
    gazetteer = loadGazetteerSync(read, layers);
  }
  if (file && !cached && gazetteer.dumpIndex) writeIndex(file, gazetteer.dumpIndex());
  return gazetteer;
}
