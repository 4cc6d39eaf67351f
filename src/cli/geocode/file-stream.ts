// A file written piece by piece, buffered and synchronous: the geocoder's main thread does little else, and sync
// writes keep back-pressure trivial. Files are written inside a fresh generation folder (src/cli/output-set.ts),
// so a file is never visible half-written; close(true) fsyncs it before the set is committed.
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';

/** Characters buffered before a write, by default. A geocode run has about fifteen of these files open, and what a
 * buffer holds costs more heap than its characters (pieces of larger strings keep those alive): at 1 Mi characters
 * the buffers alone held 15-20 MB of a 1,000-article run; 64 Ki characters still writes in large blocks. */
const FLUSH_AT = 1 << 16;

export class FileStream {
  #fd: number | null;
  #buffer: string[] = [];
  #buffered = 0;
  #bytes = 0;

  constructor(
    readonly path: string,
    private readonly flushAt = FLUSH_AT,
  ) {
    this.#fd = openSync(path, 'wx');
  }

  write(chunk: string): void {
    this.#buffer.push(chunk);
    this.#buffered += chunk.length;
    if (this.#buffered >= this.flushAt) this.flush();
  }

  flush(): void {
    if (this.#fd === null) throw new Error(`${this.path}: written after close`);
    if (this.#buffered === 0) return;
    const data = Buffer.from(this.#buffer.join(''));
    this.#buffer = [];
    this.#buffered = 0;
    try {
      for (let off = 0; off < data.length;) off += writeSync(this.#fd, data, off); // writeSync may write less than asked
    } catch (err) {
      throw this.#named(err);
    }
    this.#bytes += data.length;
  }

  /** Bytes written so far (after the last flush). */
  get bytes(): number {
    return this.#bytes;
  }

  /** Flushes and closes the file; `durable` also fsyncs it (outputs, before their commit; not spill files). */
  close(durable = false): void {
    this.flush();
    if (this.#fd !== null) {
      try {
        if (durable) fsyncSync(this.#fd);
        closeSync(this.#fd);
      } catch (err) {
        throw this.#named(err);
      }
    }
    this.#fd = null;
  }

  /** Descriptor-based calls (write, fsync) do not say which file failed: messages must (ENOSPC, EFBIG, EIO). */
  #named(err: unknown): unknown {
    if (err instanceof Error && !('path' in err)) Object.assign(err, { path: this.path });
    return err;
  }

  /** Closes and deletes the file; safe to call at any time. */
  abort(): void {
    if (this.#fd !== null) {
      try {
        closeSync(this.#fd);
      } catch {
        /* already failing: the first error is the one to report */
      }
      this.#fd = null;
    }
    rmSync(this.path, { force: true });
  }
}
