// The gazetteer's built name index cached on disk: generating every name's case forms and spellings is a third of a
// geocode run on a few hundred articles, and the same for every run and every worker thread. The cache file is named
// by a hash of the layer files, the core's sources and package-lock.json (what generates the names), so a change builds
// afresh; a file that cannot be read or used is ignored. $BRIEFMAP_CACHE sets the folder ("off": no cache).
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { GazetteerIndex } from '../core/gazetteer/gazetteer.ts';

const coreDir = join(import.meta.dirname, '..', 'core');

export function cacheFolder(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.BRIEFMAP_CACHE === 'off') return null;
  return env.BRIEFMAP_CACHE || join(homedir(), '.cache', 'briefmap');
}

/** A hash started with the core's sources and the locked dependency versions (transliteration comes from packages),
 * for the caller to add the layer files to. */
export function sourcesHash(): Hash {
  const hash = createHash('sha256');
  try {
    hash.update(readFileSync(join(coreDir, '..', '..', 'package-lock.json'))).update('\0');
  } catch {
    /* an installation without a lock file: the sources still key the cache */
  }
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

/** Written to a temporary name of its own (worker threads of one run may write at once) and renamed, so a concurrent
 * run reads a whole file or none. */
export function writeIndex(file: string, index: GazetteerIndex): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, JSON.stringify(index));
    renameSync(tmp, file);
    pruneIndexes(dirname(file), basename(file));
  } catch {
    /* a cache that cannot be written only costs the next run the build */
  }
}

/** Keeps the newest few indexes (each about 19 MB): every change to the core's sources makes a new one, and a few
 * checkouts of different versions may share the folder. */
const KEEP = 4;
function pruneIndexes(folder: string, written: string): void {
  const others = readdirSync(folder)
    .filter((f) => /^gazetteer-[0-9a-f]+\.json$/.test(f) && f !== written)
    .map((f) => ({ f, at: statSync(join(folder, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of others.slice(KEEP - 1)) rmSync(join(folder, f), { force: true });
}
