// A set of output files that changes together or not at all, safe against kill -9 and concurrent runs.
//
// Layout of an output folder:
//   places.geojson  -> .briefmap/current/places.geojson     (one symlink per output name, made once)
//   .briefmap/current -> gen-<id>                           (THE commit point: one symlink, replaced by rename)
//   .briefmap/gen-<id>/places.geojson …                     (a complete, fsynced generation)
//   .briefmap/lock                                          (pid of the run writing; O_EXCL)
// A run writes a fresh generation directory, fsyncs its files and the directory, then swaps `current` with one
// rename(2). A reader opening `places.geojson` always resolves through `current`, so every state a kill can leave
// shows all the old files or all the new ones; readers that read several files resolve `current` once
// (resolveOutputs) so a commit between two reads cannot mix them. Output folders written by older versions (plain
// files) are first moved under the scheme without changing what they show: their files are hard-linked into a
// generation, `current` points to it, and each plain file is replaced by its symlink.
import {
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const META = '.briefmap';
const CURRENT = 'current';
const LOCK = 'lock';

/** A refusal about the output folder, printed as one line. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'OutputError';
  }
}

/**
 * Test hook: with BRIEFMAP_TEST_PAUSE_AT=<step> the process announces the step on stderr and blocks there for
 * good, so a test can kill it at exactly that point. A no-op otherwise.
 */
export function pauseAt(step: string): void {
  if (process.env.BRIEFMAP_TEST_PAUSE_AT !== step) return;
  process.stderr.write(`briefmap: paused at ${step}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // blocks this thread until killed
}

const statOrNull = (path: string): Stats | null => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

const lstatOrNull = (path: string): Stats | null => {
  try {
    return lstatSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw err;
  }
};

/** mkdir -p that reports the real reason: Node's recursive mkdir says ENOENT on a read-only mount. Returns the
 * first folder it created (to remove after a failure), or null. */
function makeFolders(path: string): string | null {
  const missing: string[] = [];
  for (let p = resolve(path); !lstatOrNull(p); p = dirname(p)) {
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing) mkdirSync(p);
  return missing[0] ?? null;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, constants.O_RDONLY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const linkTarget = (name: string): string => join(META, CURRENT, name);

/** Replaces (or creates) `path` with a symlink to `target` in one rename. */
function swapSymlink(path: string, target: string): void {
  const tmp = `${path}.${process.pid}.swap`;
  rmSync(tmp, { force: true });
  symlinkSync(target, tmp);
  renameSync(tmp, path);
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The folder holding the committed files of `outDir` (resolved once), or `outDir` itself for plain files. */
export function resolveOutputs(outDir: string): string {
  try {
    return join(outDir, META, readlinkSync(join(outDir, META, CURRENT)));
  } catch {
    return outDir;
  }
}

export interface OutputSetOptions {
  /** One line per notable event (stale temporaries removed). */
  log?: (line: string) => void;
}

export class OutputSet {
  /** Write the files of the new generation here. */
  readonly dir: string;
  readonly #outDir: string;
  readonly #meta: string;
  readonly #names: readonly string[];
  readonly #legacy: string[] = [];
  readonly #madeLinks: string[] = [];
  readonly #createdOut: string | null;
  readonly #createdMeta: boolean;
  #locked = false;
  #done = false;

  /** Locks `outDir` (creating it if needed), removes what killed runs left, checks the output names, and
   * creates an empty generation to write into. Throws OutputError or a system error; nothing visible changes. */
  constructor(outDir: string, names: readonly string[], options: OutputSetOptions = {}) {
    this.#outDir = outDir;
    this.#names = names;
    this.#meta = join(outDir, META);
    const out = lstatOrNull(outDir);
    if (out && !out.isDirectory() && !(out.isSymbolicLink() && statOrNull(outDir)?.isDirectory()))
      throw new OutputError(outDir, 'exists and is not a folder: --out must name a folder');
    this.#createdOut = makeFolders(outDir);
    let createdMeta = false;
    try {
      const meta = lstatOrNull(this.#meta);
      if (meta && !meta.isDirectory())
        throw new OutputError(this.#meta, 'exists and is not a folder: briefmap keeps its generations there');
      if (!meta) {
        mkdirSync(this.#meta);
        createdMeta = true;
      }
    } catch (err) {
      this.#createdMeta = createdMeta;
      this.#release();
      throw err;
    }
    this.#createdMeta = createdMeta;
    try {
      this.#lock();
      pauseAt('locked');
      const removed = this.#cleanStale();
      if (removed > 0)
        options.log?.(`removed ${removed} temporary item${removed === 1 ? '' : 's'} left by an interrupted run in ${outDir}`);
      for (const name of names) this.#checkVisible(name);
      this.dir = join(this.#meta, `gen-${Date.now().toString(36)}-${process.pid}`);
      mkdirSync(this.dir);
    } catch (err) {
      this.#release();
      throw err;
    }
  }

  #lock(): void {
    const path = join(this.#meta, LOCK);
    for (let attempt = 0; attempt < 3; attempt++) {
      let fd: number;
      try {
        fd = openSync(path, 'wx');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        let pid = NaN;
        try {
          pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
        } catch {
          /* removed meanwhile, or unreadable: retried below */
        }
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))
          throw new OutputError(
            this.#outDir,
            `another briefmap run (pid ${pid}) is writing to this folder; try again when it has finished`,
          );
        // The run that held it is gone: move its lock aside under our own name (only one contender can), then retry.
        try {
          renameSync(path, `${path}.stale-${process.pid}`);
          rmSync(`${path}.stale-${process.pid}`, { force: true });
        } catch {
          /* another run took it first */
        }
        continue;
      }
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      this.#locked = true;
      return;
    }
    throw new OutputError(this.#outDir, 'could not take the lock on this folder (another run keeps taking it)');
  }

  /** Removes every generation but the current and the previous one, swap links, stale locks, and the temporary
   * files older versions left beside the outputs. Only ever called with the lock held. Returns how many. */
  #cleanStale(): number {
    const current = this.#currentGeneration();
    const gens = readdirSync(this.#meta)
      .filter((n) => n.startsWith('gen-'))
      .sort((a, b) => genTime(a) - genTime(b));
    const keep = new Set<string>();
    if (current) {
      keep.add(current);
      const previous = gens.filter((g) => g !== current && genTime(g) <= genTime(current)).pop();
      if (previous) keep.add(previous);
    }
    let removed = 0;
    for (const n of readdirSync(this.#meta)) {
      const stale = (n.startsWith('gen-') && !keep.has(n)) || n.endsWith('.swap') || n.startsWith(`${LOCK}.stale-`);
      if (!stale) continue;
      rmSync(join(this.#meta, n), { recursive: true, force: true });
      removed++;
    }
    for (const n of readdirSync(this.#outDir)) {
      const old =
        this.#names.some((name) => n.startsWith(`.${name}.`) && n.endsWith('.tmp')) ||
        this.#names.some((name) => n.startsWith(`${name}.`) && n.endsWith('.swap'));
      if (!old) continue;
      rmSync(join(this.#outDir, n), { recursive: true, force: true });
      removed++;
    }
    return removed;
  }

  #currentGeneration(): string | null {
    try {
      return readlinkSync(join(this.#meta, CURRENT));
    } catch {
      return null;
    }
  }

  /** An output name must be absent, our symlink, or a plain file from an older version (migrated at commit). */
  #checkVisible(name: string): void {
    const path = join(this.#outDir, name);
    const st = lstatOrNull(path);
    if (!st) return;
    if (st.isSymbolicLink()) {
      if (readlinkSync(path) !== linkTarget(name))
        throw new OutputError(path, 'is a symbolic link briefmap did not make: move it away first');
      return;
    }
    if (st.isFile()) {
      this.#legacy.push(name);
      return;
    }
    throw new OutputError(path, `is ${st.isDirectory() ? 'a folder' : 'not a regular file'}, not an output file: move it away first`);
  }

  /** Makes the generation visible: every file in `dir` must be complete and fsynced (FileStream.close(true)). */
  commit(): void {
    if (this.#done) throw new Error('output set committed twice');
    fsyncPath(this.dir);
    pauseAt('written');
    if (this.#legacy.length > 0) this.#migrate();
    const previous = this.#currentGeneration();
    for (const name of this.#names) {
      const path = join(this.#outDir, name);
      if (lstatOrNull(path)) continue;
      swapSymlink(path, linkTarget(name)); // dangles (shows nothing) until `current` names a generation with it
      this.#madeLinks.push(path);
      pauseAt(`linked:${name}`);
    }
    fsyncPath(this.#outDir);
    pauseAt('before-swap');
    swapSymlink(join(this.#meta, CURRENT), this.dir.slice(this.#meta.length + 1));
    fsyncPath(this.#meta);
    pauseAt('swapped');
    this.#done = true;
    // Keep the previous generation for readers still reading it; older ones go.
    const keep = new Set([this.dir.slice(this.#meta.length + 1), previous]);
    for (const n of readdirSync(this.#meta))
      if (n.startsWith('gen-') && !keep.has(n)) rmSync(join(this.#meta, n), { recursive: true, force: true });
    this.#release();
  }

  /** Plain files from an older version: the same content, now shown through `current`. */
  #migrate(): void {
    const legacy = join(this.#meta, `gen-${(Date.now() - 1).toString(36)}-${process.pid}-legacy`);
    mkdirSync(legacy);
    // What every name shows now: the plain files, and for names already migrated (by a run killed part-way), the
    // current generation's file, so pointing `current` at this generation changes nothing a reader sees.
    const current = this.#currentGeneration();
    for (const name of this.#names) {
      const from = this.#legacy.includes(name) ? join(this.#outDir, name) : current ? join(this.#meta, current, name) : null;
      if (from && lstatOrNull(from)) linkSync(from, join(legacy, name));
    }
    fsyncPath(legacy);
    swapSymlink(join(this.#meta, CURRENT), legacy.slice(this.#meta.length + 1));
    fsyncPath(this.#meta);
    pauseAt('migrated');
    for (const name of this.#legacy) {
      swapSymlink(join(this.#outDir, name), linkTarget(name));
      pauseAt(`migrated:${name}`);
    }
  }

  /** Drops the generation; the folder is left as it was (and removed if this run created it). */
  abort(): void {
    if (this.#done) return;
    this.#done = true;
    rmSync(this.dir, { recursive: true, force: true });
    this.#release();
  }

  #release(): void {
    if (this.#locked) rmSync(join(this.#meta, LOCK), { force: true });
    this.#locked = false;
    // Once `current` exists (committed, or an older version's files migrated) the scheme stays.
    if (lstatOrNull(join(this.#meta, CURRENT))) return;
    for (const link of this.#madeLinks) rmSync(link, { force: true });
    if (this.#createdMeta) rmSync(this.#meta, { recursive: true, force: true });
    if (this.#createdOut) rmSync(this.#createdOut, { recursive: true, force: true });
  }
}

/** Generation names carry their creation time (base 36) so "previous" is well defined. */
const genTime = (name: string): number => Number.parseInt(name.slice(4).split('-')[0] ?? '', 36) || 0;
