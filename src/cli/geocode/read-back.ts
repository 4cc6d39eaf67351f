// Reading spill files back: line by line, or copied whole into another stream, in fixed-size chunks so memory
// stays flat however large the spill grew.
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const CHUNK = 1 << 20;

function forEachChunk(path: string, fn: (text: string) => void): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder('utf8'); // a multi-byte character may straddle two chunks
    for (let n = readSync(fd, buffer, 0, CHUNK, null); n > 0; n = readSync(fd, buffer, 0, CHUNK, null))
      fn(decoder.write(buffer.subarray(0, n)));
    fn(decoder.end());
  } finally {
    closeSync(fd);
  }
}

/** Calls `fn` with every non-empty line of the file, in order. */
export function forEachLine(path: string, fn: (line: string) => void): void {
  let rest = '';
  forEachChunk(path, (text) => {
    const lines = (rest + text).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line) fn(line);
  });
  if (rest) fn(rest);
}

/** Streams the file's text into `write`. */
export function copyInto(path: string, write: (chunk: string) => void): void {
  forEachChunk(path, (text) => {
    if (text) write(text);
  });
}
