// Reading a file of a corpus folder as an untrusted input: only a regular file whose real path lies inside the
// folder is read (a symlink to /etc/passwd or /dev/zero is refused), its type is checked before it is opened and
// again on the open descriptor (opened non-blocking and without following links, so a FIFO swapped in cannot hang
// the run), and reading stops at the limit counted in bytes actually read, not the size stat reports.
// A hard link (nlink > 1) is read like any regular file: every name of an inode is equally its own, so none is
// "outside", and it yields only bytes the user can read already (README, Untrusted folders).
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { CorpusError } from '../core/corpus.ts';

const CHUNK = 1 << 20;

/** What a non-regular file is, in words, or null for a regular file. */
function wrongType(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

export interface BoundedReadOptions {
  /** Refuse the file past this many bytes. */
  maxBytes: number;
  /** The refusal when it is larger: its size as stat reports it (exact), or the bytes read when reading stopped. */
  tooLarge: (bytes: number, file: string, exact: boolean) => CorpusError;
  /** What the folder is called in refusals (default `corpus folder`; `export` reads a geocode output folder). */
  folderName?: string;
}

/** The real path of a corpus folder: files are checked against it. */
export function realFolder(dir: string): string {
  return realpathSync(dir);
}

/** What a check before opening learned: the path as named, its real path and its status. */
interface Inspected {
  path: string;
  real: string;
  st: Stats;
}

/**
 * Checks `name` in the corpus folder `dir` without opening it: inside the folder (a link may not leave it), a regular
 * file, within the limit by the size stat reports. Throws a one-line CorpusError. Cheap (no read), so a corpus can be
 * checked whole before a long run starts; reading checks again (the folder may change in between).
 */
export function inspectCorpusFile(dir: string, realDir: string, name: string, options: BoundedReadOptions): Inspected {
  const path = join(dir, name);
  const refuse = (detail: string): CorpusError => new CorpusError(path, null, detail);
  let real: string;
  try {
    const link = lstatSync(path);
    real = link.isSymbolicLink() ? realpathSync(path) : join(realDir, name);
  } catch (err) {
    throw refuse(errnoDetail(err));
  }
  // The folder's path with one trailing separator: "/" itself already ends with one ("//" matched nothing).
  if (!real.startsWith(realDir.endsWith(sep) ? realDir : realDir + sep))
    throw refuse(`a symbolic link to ${real}, outside the ${options.folderName ?? 'corpus folder'}: only files inside it are read`);
  let st: Stats;
  try {
    st = statSync(real);
  } catch (err) {
    throw refuse(errnoDetail(err));
  }
  const type = wrongType(st);
  if (type) throw refuse(`${type}, not a regular file: refused without reading`);
  if (st.size > options.maxBytes) throw options.tooLarge(st.size, path, true);
  return { path, real, st };
}

/** The bytes of `name` in the corpus folder `dir` (whose real path is `realDir`); throws a one-line CorpusError. */
export function readCorpusFile(dir: string, realDir: string, name: string, options: BoundedReadOptions): Buffer {
  const { path, real, st } = inspectCorpusFile(dir, realDir, name, options);
  const refuse = (detail: string): CorpusError => new CorpusError(path, null, detail);

  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (err) {
    throw refuse(errnoDetail(err));
  }
  try {
    const opened = fstatSync(fd);
    if (wrongType(opened) || opened.ino !== st.ino || opened.dev !== st.dev) throw refuse('changed while being opened: refused');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, options.maxBytes + 1 - total));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > options.maxBytes) throw options.tooLarge(total, path, false);
      chunks.push(n === buffer.length ? buffer : buffer.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    throw refuse(errnoDetail(err));
  } finally {
    closeSync(fd);
  }
}

/** A system error as a reason in words: `cannot read: permission denied (EACCES)`. */
function errnoDetail(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'a symbolic link loop, or replaced by a link while being opened',
    EIO: 'input/output error',
    EISDIR: 'a folder, not a regular file',
    ENAMETOOLONG: 'name too long',
    ENOTDIR: 'a path component is not a folder',
  };
  return `cannot read: ${(e.code && words[e.code]) ?? e.message?.split('\n')[0] ?? String(err)}${e.code ? ` (${e.code})` : ''}`;
}
