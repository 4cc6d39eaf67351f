// One-line messages for the terminal. Everything the CLI prints about a file passes through here: names come from
// untrusted folders, so a line break in a name must not split (or forge) a log line and an ANSI escape must not
// reach the terminal; environment errors become a reason in words, never a stack trace.
import { CorpusError } from '../core/corpus.ts';

/** Control characters (C0, DEL, C1), line and paragraph separators and bidi overrides, written as escapes. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function oneLine(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** What an errno code means for the user, in words. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large for this file system or the file size limit (ulimit -f)',
  EEXIST: 'already exists',
  ENOTDIR: 'a path component is a file, not a folder',
  EISDIR: 'is a folder, not a file',
  ENOENT: 'no such file or folder',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on the system',
  EIO: 'input/output error',
  ENOTEMPTY: 'folder not empty',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  EXDEV: 'on another file system',
  EINVAL: 'invalid argument',
  ENXIO: 'no such device',
};

export interface ErrnoLike {
  code?: unknown;
  path?: unknown;
  dest?: unknown;
  syscall?: unknown;
  message?: unknown;
}

/** Whether `err` is a Node system error (errno code such as ENOSPC). */
export function isErrno(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as ErrnoLike).code === 'string' && /^E[A-Z0-9]+$/.test((err as ErrnoLike).code as string);
}

/** `path: reason (CODE)` for a system error; `fallbackPath` when the error does not say which file. */
export function describeErrno(err: NodeJS.ErrnoException, fallbackPath?: string): string {
  const code = err.code ?? 'E?';
  const path = typeof err.path === 'string' ? err.path : fallbackPath;
  const reason = REASONS[code] ?? (err.message.replace(/^[A-Z0-9]+: /, '').split(',')[0] || 'system error');
  return `${path ?? 'briefmap'}: ${reason} (${code})`;
}

/** The one line to print for any error: a system error in words, a corpus refusal whole (its message is one line by
 * construction, but a file name in it may hold a line break: cutting there would lose the reason), else the error's
 * own message's first line. */
export function errorLine(err: unknown, fallbackPath?: string): string {
  if (isErrno(err)) return oneLine(describeErrno(err, fallbackPath));
  if (err instanceof CorpusError) return oneLine(err.message);
  const message = err instanceof Error ? err.message : String(err);
  return oneLine(message.split('\n')[0] || 'unknown error');
}
