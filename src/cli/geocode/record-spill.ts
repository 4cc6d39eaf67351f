// Records written to a spill file as they arrive and read back one at a time by position, so a run holds only where
// each one is, not the records themselves (the geocoder's claims, kept until every article is read so copies merge).
import { closeSync, openSync, readSync } from 'node:fs';
import { FileStream } from './file-stream.ts';

export class RecordSpill {
  readonly #file: FileStream;
  #bytes = 0;
  #fd: number | null = null;

  constructor(file: FileStream) {
    this.#file = file;
  }

  /** Writes `text`; the function returned reads it back (after close()). */
  add(text: string): () => string {
    const start = this.#bytes;
    const length = Buffer.byteLength(text);
    this.#file.write(text);
    this.#bytes += length;
    return () => this.#read(start, length);
  }

  /** Ends writing; records can be read from now on. */
  close(): void {
    this.#file.close();
    this.#fd = openSync(this.#file.path, 'r');
  }

  #read(start: number, length: number): string {
    if (this.#fd === null) throw new Error(`${this.#file.path}: read before close`);
    const buffer = Buffer.allocUnsafe(length);
    for (let off = 0; off < length;) {
      const n = readSync(this.#fd, buffer, off, length - off, start + off);
      if (n === 0) throw new Error(`${this.#file.path}: ended at ${start + off} of a record to ${start + length}`);
      off += n;
    }
    return buffer.toString('utf8');
  }

  /** Closes and deletes the file; safe to call at any time. */
  abort(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
    this.#file.abort();
  }
}
