// A file written piece by piece into a temporary name beside its target, renamed into place only by commit():
// an error part-way leaves the target as it was (or absent), never half-written. Writes are buffered and
// synchronous: the geocoder's main thread does little else, and sync writes keep back-pressure trivial.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const FLUSH_AT = 1 << 20; // characters buffered before a write, by default

let counter = 0;

export class FileStream {
  readonly tmp: string;
  #fd: number | null;
  #buffer: string[] = [];
  #buffered = 0;
  #bytes = 0;

  constructor(
    readonly path: string,
    private readonly flushAt = FLUSH_AT,
  ) {
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
    this.#fd = openSync(this.tmp, 'w');
  }

  write(chunk: string): void {
    this.#buffer.push(chunk);
    this.#buffered += chunk.length;
    if (this.#buffered >= this.flushAt) this.flush();
  }

  flush(): void {
    if (this.#fd === null) throw new Error(`${this.path}: written after close`);
    if (this.#buffered === 0) return;
    this.#bytes += writeSync(this.#fd, this.#buffer.join(''));
    this.#buffer = [];
    this.#buffered = 0;
  }

  /** Bytes written so far (after the last flush). */
  get bytes(): number {
    return this.#bytes;
  }

  /** Flushes and closes the temporary file, leaving it for reading back (spill files). */
  close(): void {
    this.flush();
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }

  /** Moves the finished file into place. */
  commit(): void {
    this.close();
    renameSync(this.tmp, this.path);
  }

  /** Drops the temporary file; safe to call at any time, also after commit. */
  abort(): void {
    if (this.#fd !== null) {
      try {
        closeSync(this.#fd);
      } catch {
        /* already failing: the first error is the one to report */
      }
      this.#fd = null;
    }
    rmSync(this.tmp, { force: true });
  }
}
