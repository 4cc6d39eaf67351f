// The CLI on good and bad corpora: clear messages naming file and field, exit code ≠ 0, nothing written;
// two runs on the same input are byte-identical.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTPUT_FILES, VIEWER_FILES } from '../../src/core/output-files.ts';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'briefmap.js');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A copy of the seed corpus, altered by `change`. */
function corpus(change: (dir: string) => void = () => {}): string {
  const dir = join(tmp, `corpus-${n++}`);
  cpSync(join(root, 'seeds'), dir, { recursive: true });
  change(dir);
  return dir;
}
const manifestPath = (dir: string): string => join(dir, 'manifest.json');
const editManifest = (dir: string, edit: (m: { articles: Record<string, unknown>[] }) => void): void => {
  const m = JSON.parse(readFileSync(manifestPath(dir), 'utf8')) as { articles: Record<string, unknown>[] };
  edit(m);
  writeFileSync(manifestPath(dir), JSON.stringify(m));
};

function run(dir: string): { status: number | null; stderr: string; out: string } {
  const out = join(tmp, `out-${n++}`);
  const r = spawnSync(process.execPath, [bin, 'geocode', dir, '--out', out], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, out };
}

describe('briefmap geocode', { timeout: 240_000 }, () => {
  it('writes the four files for the seeds, and the viewer’s compact places and mention pages', () => {
    const r = run(corpus());
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(r.out).sort()).toEqual([
      '.briefmap',
      'claims.compact.geojson',
      'claims.geojson',
      'claims.quotes.index.json',
      'claims.quotes.json',
      'events.compact.geojson',
      'events.geojson',
      'mentions.index.json',
      'mentions.json',
      'places.compact.geojson',
      'places.geojson',
      'report.json',
      'report.summary.json',
    ]);
    expect(r.stderr).toMatch(/5 articles, \d+ mentions, \d+ places/);
    // The summary names every total the report holds: the control events, the most numerous, were left out.
    const totals = (JSON.parse(readFileSync(join(r.out, 'report.json'), 'utf8')) as { totals: { claims: number; events: number } }).totals;
    expect(totals.events).toBeGreaterThan(0);
    expect(r.stderr).toContain(`${totals.claims} claims, ${totals.events} control events in `);
  });

  it('is deterministic: two runs give byte-identical output', () => {
    const dir = corpus();
    const a = run(dir);
    const b = run(dir);
    for (const f of [...OUTPUT_FILES, ...VIEWER_FILES]) expect(readFileSync(join(a.out, f)), f).toEqual(readFileSync(join(b.out, f)));
  });

  it('prints help', () => {
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toMatch(/briefmap geocode <corpusDir> --out <dir>/);
  });

  const bad: [string, (dir: string) => void, RegExp][] = [
    ['a missing manifest', (d) => rmSync(manifestPath(d)), /manifest\.json: missing/],
    ['a malformed manifest', (d) => writeFileSync(manifestPath(d), '{"articles": ['), /manifest\.json: not valid JSON/],
    [
      'an entry without its file',
      (d) => rmSync(join(d, '001_0810691180e48862.txt')),
      /manifest\.json \(articles\[1\]\.file\): "001_0810691180e48862\.txt" is listed but there is no such file/,
    ],
    [
      'a file without an entry',
      (d) => writeFileSync(join(d, 'extra.txt'), 'Fighting near Sudzha.'),
      /extra\.txt: article file is not listed in .*manifest\.json/,
    ],
    [
      'a bad date',
      (d) => editManifest(d, (m) => (m.articles[2]!.published = '2024-02-30')),
      /manifest\.json \(articles\[2\]\.published\): not a real calendar date/,
    ],
    ['a missing title', (d) => editManifest(d, (m) => delete m.articles[0]!.title), /manifest\.json \(articles\[0\]\.title\)/],
    [
      'a duplicate entry',
      (d) => editManifest(d, (m) => m.articles.push({ ...m.articles[0]! })),
      /articles\[5\]\.file\): "000_f156c713e6be4d9d\.txt" is listed twice/,
    ],
    ['an empty file', (d) => writeFileSync(join(d, '004_2e16585a3c7cb60c.txt'), '  \n'), /004_2e16585a3c7cb60c\.txt: the article is empty/],
    [
      'a non-UTF-8 file',
      (d) => writeFileSync(join(d, '003_0bbff3ab38a749b9.txt'), Buffer.from([0x4b, 0x75, 0x72, 0x73, 0x6b, 0xe9, 0x20, 0xff])),
      /003_0bbff3ab38a749b9\.txt: not valid UTF-8/,
    ],
    [
      'a binary file',
      (d) => writeFileSync(join(d, '003_0bbff3ab38a749b9.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])),
      /003_0bbff3ab38a749b9\.txt: contains NUL bytes/,
    ],
  ];
  it.each(bad)('rejects %s with a clear message and writes nothing', (_name, change, message) => {
    const r = run(corpus(change));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(existsSync(r.out)).toBe(false);
  });

  it('names a missing corpus folder', () => {
    const r = run(join(tmp, 'no-such-folder'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no-such-folder: corpus folder not found/);
  });
});
