// Round 30's hostile-input audit of the CLI's corpus boundary: a bad article is refused when the corpus is listed
// (before the gazetteer loads, not hours into a large corpus), a path that is a file is named as not a folder, and a
// corpus refusal keeps its reason when the file name in it holds a line break.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCorpus } from '../../src/cli/corpus-dir.ts';
import { errorLine } from '../../src/cli/messages.ts';
import { CorpusError } from '../../src/core/corpus.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefmap-boundary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A corpus of `count` articles whose last article file is made by `makeLast`. */
function corpus(count: number, makeLast: (path: string) => void): string {
  const dir = join(tmp, `c${n++}`);
  mkdirSync(dir);
  const articles = Array.from({ length: count }, (_, i) => ({ file: `${i}.txt`, title: 'T', outlet: 'O', published: '2024-12-16' }));
  articles.forEach((a, i) => (i === count - 1 ? makeLast(join(dir, a.file)) : writeFileSync(join(dir, a.file), 'Fighting near Sudzha.')));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles }));
  return dir;
}

function listingRefusal(dir: string): string | null {
  try {
    listCorpus(dir, { today: '2026-12-05' });
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(CorpusError);
    return (err as Error).message;
  }
}

describe('every article is checked when the corpus is listed', () => {
  it('refuses a link out of the folder in the last of many articles before any is read', () => {
    expect(listingRefusal(corpus(50, (p) => symlinkSync('/etc/passwd', p)))).toMatch(
      /49\.txt: a symbolic link to \/etc\/passwd, outside the corpus folder/,
    );
  });

  it('refuses an oversized article and a folder named .txt up front', () => {
    expect(
      listingRefusal(
        corpus(3, (p) => {
          writeFileSync(p, '');
          truncateSync(p, 50 * 1024 * 1024);
        }),
      ),
    ).toMatch(/2\.txt: 50\.0 MB is too large for an article \(limit 16 MB\)/);
    expect(listingRefusal(corpus(3, (p) => mkdirSync(p)))).toMatch(/2\.txt: a folder, not a regular file/);
  });

  it('still lists a good corpus', () => {
    expect(listingRefusal(corpus(3, (p) => writeFileSync(p, 'Fighting near Sudzha.')))).toBeNull();
  });
});

describe('the corpus path', () => {
  it('names a file given as the corpus as not a folder, and a missing path as not found', () => {
    const file = join(tmp, 'file.txt');
    writeFileSync(file, 'x');
    expect(listingRefusal(file)).toBe(`${file}: not a folder: give the corpus folder that holds manifest.json`);
    expect(listingRefusal(join(tmp, 'nothing-here'))).toMatch(/nothing-here: corpus folder not found$/);
  });
});

describe('errorLine', () => {
  it('keeps the whole refusal when a file name holds a line break, escaped', () => {
    const err = new CorpusError('evil\nbriefmap: all good.txt', null, 'article file is not listed in manifest.json');
    expect(errorLine(err)).toBe('evil\\nbriefmap: all good.txt: article file is not listed in manifest.json');
  });

  it('still cuts other errors at their first line', () => {
    expect(errorLine(new Error('first\n    at stack'))).toBe('first');
  });
});

describe('a file the manifest does not list', () => {
  it('is named by its path in the corpus folder, like every other refusal', () => {
    const dir = corpus(1, (p) => writeFileSync(p, 'Fighting near Sudzha.'));
    writeFileSync(join(dir, 'extra.txt'), 'x');
    expect(listingRefusal(dir)).toBe(`${dir}/extra.txt: article file is not listed in ${dir}/manifest.json`);
  });
});
