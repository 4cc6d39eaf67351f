// `briefmap view`: serves a built viewer with the data of any output folder, geocoding a corpus folder first.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startView, ViewError, type ViewServer } from '../../src/cli/view.ts';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-view-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A stand-in for dist/: the server, not the viewer, is under test here.
const dist = join(tmp, 'dist');
mkdirSync(join(dist, 'data', 'generated'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>viewer</title>');
writeFileSync(join(dist, 'data', 'generated', 'report.json'), '{"built-in":true}');

const quiet = (): void => {};
const open = async (argv: string[]): Promise<ViewServer> => {
  const s = await startView([...argv, '--dist', dist, '--port', '0', '--quiet'], quiet);
  if (s === 'help') throw new Error('help');
  return s;
};

describe('briefmap view', { timeout: 120_000 }, () => {
  it('geocodes a corpus folder into --out and serves that output in place of the built-in data', async () => {
    const out = join(tmp, 'seeds-out');
    const s = await open([join(root, 'seeds'), '--out', out]);
    try {
      expect(s.dataDir).toBe(out);
      expect(await (await fetch(`${s.url}index.html`)).text()).toContain('viewer');
      const report = await (await fetch(`${s.url}data/generated/report.json`)).text();
      expect(report).toBe(readFileSync(join(out, 'report.json'), 'utf8'));
      expect(JSON.parse(report).totals.articles).toBe(5);
      // Byte ranges: how the viewer reads one place's mentions out of a large file.
      const part = await fetch(`${s.url}data/generated/report.json`, { headers: { Range: 'bytes=0-9' } });
      expect(part.status).toBe(206);
      expect(await part.text()).toBe(report.slice(0, 10));
      expect((await fetch(`${s.url}data/generated/../../../etc/passwd`)).status).toBeGreaterThanOrEqual(400);
    } finally {
      await s.close();
    }
  });

  it('serves an output folder as it is, and a temporary geocode is removed on close', async () => {
    const s = await open([join(tmp, 'seeds-out')]);
    expect(JSON.parse(await (await fetch(`${s.url}data/generated/report.json`)).text()).totals.articles).toBe(5);
    await s.close();
    const t = await open([join(root, 'seeds')]);
    expect(existsSync(join(t.dataDir, 'places.geojson'))).toBe(true);
    await t.close();
    expect(existsSync(t.dataDir)).toBe(false);
  });

  it('removes its temporary geocode when stopped with Ctrl-C while geocoding', async () => {
    const own = join(tmp, 'own-tmp');
    mkdirSync(own);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'view', join(root, 'seeds'), '--dist', dist, '--port', '0'],
      { cwd: root, env: { ...process.env, TMPDIR: own }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Signalled as soon as it says it is geocoding: the temporary folder exists from then on.
    await new Promise<void>((started) => child.stderr.on('data', (d: Buffer) => /geocoding the corpus/.test(String(d)) && started()));
    expect(readdirSync(own).filter((n) => n.startsWith('briefmap-view-'))).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(readdirSync(own).filter((n) => n.startsWith('briefmap-view-'))).toEqual([]);
  });

  it('refuses a folder that is neither an output nor a corpus, and bad options, in one line', async () => {
    await expect(open([tmp])).rejects.toThrow(/places\.geojson is missing/);
    await expect(open([join(tmp, 'nope')])).rejects.toThrow(ViewError);
    await expect(startView([join(tmp, 'seeds-out'), '--port', 'x'], quiet)).rejects.toThrow(/--port/);
  });
});
