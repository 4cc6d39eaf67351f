// The gazetteer's built name index cached on disk: generating every name's case forms and spellings is a third of a
// geocode run on a few hundred articles, and the same for every run and every worker thread. The cache file is named
// by a hash of the layer files and of the core's sources (which generate the names), so a change to either builds
// afresh; a file that cannot be read or used is ignored. $BRIEFMAP_CACHE sets the folder ("off": no cache).
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { GazetteerIndex } from '../core/gazetteer/gazetteer.ts';

const coreDir = join(import.meta.dirname, '..', 'core');

export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.BRIEFMAP_CACHE === 'off') return null;
  return env.BRIEFMAP_CACHE || join(homedir(), '.cache', 'briefmap');
}

/** A hash started with the core's sources, for the caller to add the layer files to. */
export function sourcesHash(): Hash {
  const hash = createHash('sha256');
  const files = readdirSync(coreDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const f of files)
    hash
      .update(`${f}\0`)
      .update(readFileSync(join(coreDir, f)))
      .update('\0');
  return hash;
}

export const indexFile = (folder: string, hash: Hash): string => join(folder, `gazetteer-${hash.digest('hex').slice(0, 32)}.json`);

export function readIndex(file: string): GazetteerIndex | undefined {
  try {
    const index = JSON.parse(readFileSync(file, 'utf8')) as GazetteerIndex;
    return index.version === 1 && Array.isArray(index.names) && Array.isArray(index.lists) ? index : undefined;
  } catch {
    return undefined; // absent or unreadable: built afresh
  }
}

/** Written to a temporary name and renamed, so a concurrent run reads a whole file or none. */
export function writeIndex(file: string, index: GazetteerIndex): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(index));
    renameSync(tmp, file);
  } catch {
    /* a cache that cannot be written only costs the next run the build */
  }
}
