// Every refusal and environment error is one line naming the file and the reason, with exit ≠ 0 (issue 14): no
// stack traces, no class names, control characters in names escaped. Environment errors are made for real: a
// read-only bind mount and a tiny tmpfs in a private mount namespace (unshare), a file size limit (ulimit -f), an
// unprivileged user (setpriv).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'briefmap.js');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-messages-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const corpus = join(tmp, 'corpus');
cpSync(join(root, 'seeds'), corpus, { recursive: true });

const canUnshare = spawnSync('unshare', ['-m', 'true']).status === 0;
const isRoot = process.getuid?.() === 0;
const canSetpriv = isRoot && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;

interface Result {
  status: number | null;
  stderr: string;
}

/** Runs `briefmap args…`, optionally through a shell prefix that sets up the environment (`$BRIEFMAP` is the command). */
function cli(args: string[], shell?: string): Promise<Result> {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const [cmd, argv] = shell ? ['sh', ['-c', shell.replace('$BRIEFMAP', quoted)]] : [process.execPath, [bin, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd as string, argv as string[], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** The run failed with exactly one line, free of control characters, matching `message`. */
function expectOneLine(r: Result, message: RegExp): void {
  expect(r.status, r.stderr).not.toBe(0);
  const lines = r.stderr.split('\n').filter((l) => l && !l.startsWith('gazetteer:'));
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^briefmap: /);
  expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]|\bat .*:\d+:\d+|Error:/);
  expect(lines[0]).toMatch(message);
}

describe.concurrent('one-line messages', { timeout: 300_000 }, () => {
  it('--out is a file', async () => {
    writeFileSync(join(tmp, 'a-file'), 'x');
    expectOneLine(
      await cli(['geocode', corpus, '--out', join(tmp, 'a-file')]),
      /a-file: exists and is not a folder: --out must name a folder$/,
    );
    expectOneLine(
      await cli(['geocode', corpus, '--out', join(tmp, 'a-file', 'sub')]),
      /a-file\/sub: a path component is a file, not a folder \(ENOTDIR\)$/,
    );
  });

  it('the folder briefmap keeps its generations in is a file', async () => {
    mkdirSync(join(tmp, 'meta-file'));
    writeFileSync(join(tmp, 'meta-file', '.briefmap'), 'x');
    expectOneLine(await cli(['geocode', corpus, '--out', join(tmp, 'meta-file')]), /meta-file\/\.briefmap: exists and is not a folder/);
  });

  it.skipIf(!canUnshare)('a read-only file system (EROFS)', async () => {
    const ro = join(tmp, 'ro');
    mkdirSync(ro);
    const r = await cli(
      ['geocode', corpus, '--out', join(ro, 'out')],
      `unshare -m sh -c "mount --bind '${ro}' '${ro}' && mount -o remount,bind,ro '${ro}' && exec $BRIEFMAP"`,
    );
    expectOneLine(r, /ro\/out: read-only file system \(EROFS\)$/);
  });

  it.skipIf(!canUnshare)('no space left on the device (ENOSPC)', async () => {
    const small = join(tmp, 'small');
    mkdirSync(small);
    const r = await cli(
      ['geocode', corpus, '--out', join(small, 'out')],
      `unshare -m sh -c "mount -t tmpfs -o size=16k tmpfs '${small}' && exec $BRIEFMAP"`,
    );
    expectOneLine(r, /small\/out\/\.briefmap\/gen-[\w-]+\/[\w.]+: no space left on the device \(ENOSPC\)$/);
  });

  it('a file size limit (EFBIG)', async () => {
    const out = join(tmp, 'efbig');
    const r = await cli(['geocode', corpus, '--out', out], 'ulimit -f 16 && exec $BRIEFMAP');
    expectOneLine(
      r,
      /efbig\/\.briefmap\/gen-[\w-]+\/[\w.]+: file too large for this file system or the file size limit \(ulimit -f\) \(EFBIG\)$/,
    );
    expect(() => readFileSync(join(out, 'places.geojson'))).toThrow(); // nothing committed; the folder it made is gone
  });

  it.skipIf(!canSetpriv)('permission denied (EACCES)', async () => {
    const locked = join(tmp, 'root-only');
    mkdirSync(locked, { mode: 0o755 });
    const r = await cli(
      ['geocode', corpus, '--out', join(locked, 'out')],
      'exec setpriv --reuid=65534 --regid=65534 --clear-groups $BRIEFMAP',
    );
    expectOneLine(r, /root-only\/out: permission denied \(EACCES\)$/);
  });

  it('line breaks and ANSI escapes in file names are escaped', async () => {
    const dir = join(tmp, 'evil-names');
    cpSync(corpus, dir, { recursive: true });
    writeFileSync(join(dir, 'x\nbriefmap: all good\u001b[2J\u009b31m.txt'), 'Sudzha.');
    const r = await cli(['geocode', dir, '--out', join(tmp, 'evil-out')]);
    expectOneLine(r, /x\\nbriefmap: all good\\x1b\[2J\\x9b31m\.txt: article file is not listed/);
  });

  it('argument errors', async () => {
    const results = await Promise.all([
      cli(['geocode', corpus, '--out', join(tmp, 'o1'), '--jobs', 'abc']),
      cli(['geocode', corpus, '--out', join(tmp, 'o2'), '--jobs', '1e3']),
      cli(['geocode', corpus, '--frobnicate']),
      cli(['geocode', corpus]),
      cli(['geocode', corpus, corpus, '--out', join(tmp, 'o3')]),
      cli(['\u001b[31mgeocode']),
    ]);
    const expected = [
      /--jobs must be a whole number ≥ 1, not "abc"/,
      /--jobs must be a whole number ≥ 1, not "1e3"/,
      /Unknown option '--frobnicate'/,
      /geocode needs --out <dir>/,
      /exactly one corpus folder/,
      /unknown command "\\x1b\[31mgeocode"/,
    ];
    results.forEach((r, i) => expectOneLine(r, expected[i]!));
  });

  it('an implausible date', async () => {
    const dir = join(tmp, 'year-zero');
    cpSync(corpus, dir, { recursive: true });
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { articles: { published: string }[] };
    m.articles[1]!.published = '0000-01-01';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    expectOneLine(
      await cli(['geocode', dir, '--out', join(tmp, 'o4')]),
      /manifest\.json \(articles\[1\]\.published\): 0000-01-01 is before 1900-01-01: not a date of war reporting \(a typo\?\)$/,
    );
  });
});
