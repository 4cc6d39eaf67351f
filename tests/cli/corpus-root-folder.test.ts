// A corpus folder whose real path is the file system's root: its files lie inside it. The check compared them with
// "//" and named every one a link outside the folder.
import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/core/corpus.ts';
import { inspectCorpusFile } from '../../src/cli/safe-read.ts';

const limit = { maxBytes: 1 << 20, tooLarge: (n: number, file: string) => new CorpusError(file, null, `${n} bytes`) };

describe('a corpus folder at the root', () => {
  it('holds its own entries: a folder in it is refused as a folder, not as outside', () => {
    expect(() => inspectCorpusFile('/', '/', 'etc', limit)).toThrow('/etc: a folder, not a regular file: refused without reading');
  });
});
