// Reads the gazetteer layers shipped in data/gazetteer/ plus the user's imported layers (the core itself never touches
// the file system).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createGazetteer, parseGazetteerData, type Gazetteer, type GazetteerData } from '../core/gazetteer/gazetteer.ts';

export const gazetteerDir = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
const layers = ['theatre', 'countries', 'admin1', 'cities', 'unlocated', 'anchors'] as const satisfies readonly (keyof GazetteerData)[];
/** Compact place layers shipped with briefmap, in priority order (data/gazetteer/<name>.json). */
export const SHIPPED_PLACE_LAYERS = ['districts', 'ua-settlements', 'ru-border-villages'] as const;

/** Where `briefmap gazetteer import` writes and `briefmap geocode` reads imported layers: $BRIEFMAP_GAZETTEER, else
 * $XDG_DATA_HOME/briefmap/gazetteer, else ~/.local/share/briefmap/gazetteer (per user, shared by all corpora). */
export function importedLayersDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BRIEFMAP_GAZETTEER) return env.BRIEFMAP_GAZETTEER;
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'briefmap', 'gazetteer');
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    throw new Error(`${path}: cannot read gazetteer layer (${(err as Error).message})`);
  }
}

/** Imported layers: every *.json in the folder, by name (deterministic order); none if the folder does not exist. */
export function readImportedLayers(dir: string): Record<string, unknown> {
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return Object.fromEntries(files.map((f) => [join(dir, f), readJson(join(dir, f))]));
}

export function loadGazetteer(dir: string = gazetteerDir, imported: string | null = importedLayersDir()): Gazetteer {
  const raw = Object.fromEntries(layers.map((name) => [name, readJson(join(dir, `${name}.json`))])) as Omit<Record<keyof GazetteerData, unknown>, 'places'>;
  const places: Record<string, unknown> = {};
  for (const name of SHIPPED_PLACE_LAYERS) {
    const path = join(dir, `${name}.json`);
    if (existsSync(path)) places[name] = readJson(path);
  }
  Object.assign(places, imported ? readImportedLayers(imported) : {});
  return createGazetteer(parseGazetteerData({ ...raw, places }));
}
