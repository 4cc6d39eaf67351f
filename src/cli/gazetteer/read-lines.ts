// Lines of a text file, plain or zipped, read in chunks: memory stays flat however large the file (a 1.5 GB
// allCountries.txt, or its zip, is never held whole). A zip's text members are read in turn (readme.txt skipped).
import { createReadStream } from 'node:fs';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

export interface Line {
  /** The zip member the line comes from, or '' for a plain file. */
  member: string;
  /** 1-based line number within its member or file. */
  number: number;
  text: string;
}

const isZip = (path: string): boolean => /\.zip$/i.test(path);
const SKIPPED_MEMBER = /(^|\/)(readme|license|licence)[^/]*$|\/$/i;

export async function* readLines(path: string): AsyncGenerator<Line> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!isZip(path)) {
    const split = new LineSplitter('');
    for await (const chunk of stream) yield* split.push(chunk as Buffer);
    yield* split.end();
    return;
  }
  // fflate calls back synchronously while a chunk is pushed; lines wait in `ready` until the consumer takes them.
  const ready: Line[] = [];
  const unzip = new Unzip((file) => {
    if (SKIPPED_MEMBER.test(file.name)) return;
    const split = new LineSplitter(file.name);
    file.ondata = (err, data, final) => {
      if (err) throw new Error(`${path}: ${file.name}: ${err.message}`);
      for (const l of split.push(data)) ready.push(l);
      if (final) for (const l of split.end()) ready.push(l);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  for await (const chunk of stream) {
    unzip.push(chunk as Buffer);
    yield* ready.splice(0);
  }
  unzip.push(new Uint8Array(0), true);
  yield* ready.splice(0);
}

/** UTF-8 bytes in, whole lines out (a multi-byte character or a line may straddle two chunks). */
class LineSplitter {
  private readonly decoder = new TextDecoder('utf-8');
  private rest = '';
  private number = 0;

  constructor(private readonly member: string) {}

  *push(bytes: Uint8Array): Generator<Line> {
    const text = this.rest + this.decoder.decode(bytes, { stream: true });
    let from = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
      yield this.line(text.slice(from, at));
      from = at + 1;
    }
    this.rest = text.slice(from);
  }

  *end(): Generator<Line> {
    const text = this.rest + this.decoder.decode();
    this.rest = '';
    if (text) yield this.line(text);
  }

  private line(text: string): Line {
    this.number++;
    if (this.number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark
    return { member: this.member, number: this.number, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  }
}
