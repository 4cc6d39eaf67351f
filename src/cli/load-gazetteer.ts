// Reads the gazetteer layers shipped in data/gazetteer/ (the core itself never touches the file system).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGazetteer, parseGazetteerData, type Gazetteer, type GazetteerData } from '../core/gazetteer/gazetteer.ts';

export const gazetteerDir = join(import.meta.dirname, '..', '..', 'data', 'gazetteer');
const layers = ['theatre', 'countries', 'admin1', 'cities', 'unlocated', 'anchors'] as const satisfies readonly (keyof GazetteerData)[];

export function loadGazetteer(dir: string = gazetteerDir): Gazetteer {
  const raw = Object.fromEntries(
    layers.map((name) => {
      const path = join(dir, `${name}.json`);
      try {
        return [name, JSON.parse(readFileSync(path, 'utf8')) as unknown];
      } catch (err) {
        throw new Error(`${path}: cannot read gazetteer layer (${(err as Error).message})`);
      }
    }),
  ) as Record<keyof GazetteerData, unknown>;
  return createGazetteer(parseGazetteerData(raw));
}
