// Hostile corpus folders (issue 14): only regular files inside the folder are read, by type before opening and
// bounded by the bytes actually read; the manifest is strict UTF-8 with plausible values; --jobs is capped.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { geocode } from '../../src/cli/geocode/geocode.ts';
import { readCorpusFile } from '../../src/cli/safe-read.ts';
import { CorpusError, parseManifest } from '../../src/core/corpus.ts';
import { gazetteer } from '../core/gazetteer-cache.ts';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A one-article corpus whose article file is made by `make(path)`. */
function corpusWith(make: (path: string, dir: string) => void, manifest?: unknown): string {
  const dir = join(tmp, `c${n++}`);
  mkdirSync(dir);
  make(join(dir, 'a.txt'), dir);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify(manifest ?? { articles: [{ file: 'a.txt', title: 'T', outlet: 'O', published: '2024-12-16' }] }),
  );
  return dir;
}

/** The one-line refusal reading the corpus gives, or null when it is read. */
function refusal(dir: string): string | null {
  try {
    readCorpus(dir, { today: '2026-11-30' });
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(CorpusError);
    const message = (err as Error).message;
    expect(message).not.toMatch(/\n/);
    return message;
  }
}

describe('reading only what the corpus holds', { timeout: 30_000 }, () => {
  it('refuses a symlink to a file outside the corpus (/etc/passwd) without reading it', () => {
    expect(refusal(corpusWith((p) => symlinkSync('/etc/passwd', p)))).toMatch(
      /a\.txt: a symbolic link to \/etc\/passwd, outside the corpus folder/,
    );
  });

  it('reads a symlink to another file inside the corpus', () => {
    const dir = corpusWith((p, d) => {
      mkdirSync(join(d, 'texts'));
      writeFileSync(join(d, 'texts', 'real'), 'Fighting near Sudzha.');
      symlinkSync('texts/real', p);
    });
    expect(refusal(dir)).toBeNull();
    expect(readCorpus(dir)[0]!.text).toBe('Fighting near Sudzha.');
  });

  it('refuses a symlink to /dev/zero by type: it cannot grow past the cap', () => {
    const dir = corpusWith((p, d) => {
      symlinkSync('/dev/zero', p);
    });
    expect(refusal(dir)).toMatch(/a\.txt: a symbolic link to \/dev\/zero, outside/);
  });

  it('refuses a device inside the corpus by type', () => {
    const dir = join(tmp, `dev${n++}`);
    mkdirSync(dir);
    execFileSync('mknod', [join(dir, 'a.txt'), 'c', '1', '5']); // /dev/zero's device numbers
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ articles: [{ file: 'a.txt', title: 'T', outlet: 'O', published: '2024-12-16' }] }),
    );
    expect(refusal(dir)).toMatch(/a\.txt: a character device, not a regular file: refused without reading/);
  });

  it('refuses a FIFO without hanging', () => {
    const dir = corpusWith((p) => execFileSync('mkfifo', [p]));
    expect(refusal(dir)).toMatch(/a\.txt: a named pipe \(FIFO\), not a regular file/);
  });

  it('refuses a socket and a folder named .txt', async () => {
    const sockDir = corpusWith(() => {});
    rmSync(join(sockDir, 'a.txt'), { force: true });
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(sockDir, 'a.txt'), resolve));
    try {
      expect(refusal(sockDir)).toMatch(/a\.txt: a socket, not a regular file/);
    } finally {
      server.close();
    }
    expect(refusal(corpusWith((p) => mkdirSync(p)))).toMatch(/a\.txt: a folder, not a regular file/);
  });

  it('bounds reading by the bytes actually read, not the size stat reports (a /proc file says 0 bytes)', () => {
    const dir = '/proc/self';
    let message = '';
    try {
      readCorpusFile(dir, realpathSync(dir), 'maps', {
        maxBytes: 64,
        tooLarge: (bytes, file, exact) => new CorpusError(file, null, `${bytes} ${exact}`),
      });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('/proc/self/maps: 65 false');
  });

  it('refuses an oversized article and manifest without reading them (sparse files)', () => {
    expect(
      refusal(
        corpusWith((p) => {
          writeFileSync(p, '');
          truncateSync(p, 17 * 1024 * 1024);
        }),
      ),
    ).toMatch(/a\.txt: 17\.0 MB is too large for an article \(limit 16 MB\)/);
    const dir = corpusWith((p) => writeFileSync(p, 'Sudzha.'));
    truncateSync(join(dir, 'manifest.json'), 600 * 1024 * 1024);
    expect(refusal(dir)).toMatch(/manifest\.json: 600\.0 MB is too large for a manifest \(limit 64 MB\)/);
  });

  it('reports a folder named manifest.json as a folder, not as missing', () => {
    const dir = corpusWith((p) => writeFileSync(p, 'Sudzha.'));
    rmSync(join(dir, 'manifest.json'));
    mkdirSync(join(dir, 'manifest.json'));
    expect(refusal(dir)).toMatch(/manifest\.json: a folder, not a regular file/);
    rmSync(join(dir, 'manifest.json'), { recursive: true });
    expect(refusal(dir)).toMatch(/manifest\.json: missing/);
  });
});

describe('manifest validation', () => {
  const entry = { file: 'a.txt', title: 'T', outlet: 'O', published: '2024-12-16' };
  const parse = (m: unknown, today = '2026-11-30'): string => {
    try {
      parseManifest(typeof m === 'string' ? m : JSON.stringify(m), 'manifest.json', { today });
      return 'ok';
    } catch (err) {
      return (err as Error).message;
    }
  };

  it('accepts a manifest with a BOM', () => {
    const dir = corpusWith((p) => writeFileSync(p, 'Sudzha.'));
    writeFileSync(join(dir, 'manifest.json'), `\ufeff${JSON.stringify({ articles: [entry] })}`);
    expect(refusal(dir)).toBeNull();
  });

  it('refuses invalid UTF-8 instead of turning it into U+FFFD', () => {
    const dir = corpusWith((p) => writeFileSync(p, 'Sudzha.'));
    const json = Buffer.from(JSON.stringify({ articles: [{ ...entry, title: 'Kursk XX' }] }));
    json[json.indexOf('XX')] = 0xff;
    writeFileSync(join(dir, 'manifest.json'), json);
    expect(refusal(dir)).toMatch(/manifest\.json: not valid UTF-8 text/);
  });

  it('refuses blank titles and outlets', () => {
    expect(parse({ articles: [{ ...entry, title: ' \t ' }] })).toMatch(/\(articles\[0\]\.title\): must not be empty or blank/);
    expect(parse({ articles: [{ ...entry, outlet: '\u3000' }] })).toMatch(/\(articles\[0\]\.outlet\): must not be empty or blank/);
  });

  it("refuses dates before 1900 or after the run's date (a day ahead allowed for time zones)", () => {
    expect(parse({ articles: [{ ...entry, published: '0000-01-01' }] })).toMatch(
      /\(articles\[0\]\.published\): 0000-01-01 is before 1900-01-01: not a date of war reporting/,
    );
    expect(parse({ articles: [{ ...entry, published: '1899-12-31' }] })).toMatch(/is before 1900-01-01/);
    expect(parse({ articles: [{ ...entry, published: '2026-12-02' }] })).toMatch(/is after the run's date 2026-11-30/);
    expect(parse({ articles: [{ ...entry, published: '2026-12-01' }] })).toBe('ok');
    expect(parse({ articles: [{ ...entry, published: '1900-01-01' }] })).toBe('ok');
  });

  it('refuses non-web URLs', () => {
    expect(parse({ articles: [{ ...entry, url: 'javascript:alert(1)' }] })).toMatch(/\(articles\[0\]\.url\): must be an http\(s\) URL/);
    expect(parse({ articles: [{ ...entry, url: 'https://example.org/a' }] })).toBe('ok');
  });
});

describe('--jobs', { timeout: 300_000 }, () => {
  it('is capped at the cores available, with a message', async () => {
    const dir = join(tmp, 'jobs');
    cpSync(join(root, 'seeds'), dir, { recursive: true });
    const lines: string[] = [];
    const run = await geocode(dir, join(tmp, 'jobs-out'), (l) => lines.push(l), { jobs: 1000, gazetteer: gazetteer() });
    expect(run.jobs).toBeLessThanOrEqual(availableParallelism());
    expect(lines[0]).toBe(
      `--jobs 1000 lowered to ${availableParallelism()}: this machine has ${availableParallelism()} core${availableParallelism() === 1 ? '' : 's'} available`,
    );
    expect(JSON.parse(readFileSync(join(tmp, 'jobs-out', 'report.json'), 'utf8')).totals.articles).toBe(5);
  });
});
