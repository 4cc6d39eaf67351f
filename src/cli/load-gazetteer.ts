// The gazetteer from data/gazetteer/ on disk: the core's loader with a file-system reader (the core itself never
// touches the file system). A user's own layers in data/gazetteer/imported/*.json are found here and applied too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMPORTED_DIR, loadGazetteerSync } from '../core/gazetteer/layers.ts';
import type { Gazetteer } from '../core/gazetteer/gazetteer.ts';

export const gazetteerDir = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');

/** Names of the imported layers in `dir`, sorted so every run applies them in the same order. index.json is the
 * list the viewer build writes for the browser, not a layer. */
export function importedLayers(dir: string = gazetteerDir): string[] {
  const folder = join(dir, IMPORTED_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((n) => n.endsWith('.json') && n !== 'index.json')
    .map((n) => n.slice(0, -'.json'.length))
    .sort();
}

export function loadGazetteer(dir: string = gazetteerDir): Gazetteer {
  const read = (file: string): unknown => {
    const path = join(dir, file);
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (err) {
      throw new Error(`${path}: cannot read gazetteer layer (${(err as Error).message})`);
    }
  };
  return loadGazetteerSync(read, { imported: importedLayers(dir) });
}
