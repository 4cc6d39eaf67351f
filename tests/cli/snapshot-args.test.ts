import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parseSnapshotArgs, UsageError, type SnapshotPlan } from '../../src/cli/snapshot-args.ts';

const root = resolve(import.meta.dirname, '..', '..');
const env = { CHROME_PATH: '/opt/chrome' };
const plan = (argv: string[]) => parseSnapshotArgs(argv, env) as SnapshotPlan;

describe('snapshot arguments', () => {
  it('reads a permalink, sets the date in the hash and the options, and picks the format from --out', () => {
    const p = plan([
      '--view',
      'http://host/index.html#map=8/51.2/35.3/0/0&date=2024-09-01&basemap=embedded',
      '--date',
      '2024-10-01',
      '--size',
      'a4-landscape',
      '--dpi',
      '200',
      '--out',
      'x.pdf',
    ]);
    expect(p.format).toBe('pdf');
    expect(p.hash).toBe('#map=8/51.2/35.3/0/0&date=2024-10-01&basemap=embedded');
    expect(p.options).toMatchObject({ size: 'a4-landscape', dpi: 200, date: '2024-10-01', format: 'pdf', legend: true });
    expect(p.args.chrome).toBe('/opt/chrome');
  });
  it('reads a bbox as bounds', () => {
    const p = plan(['--view', '34.9,51.0,35.8,51.6', '--out', 'a.png', '--no-legend', '--chrome', '/x/chromium']);
    expect(p.options.bounds).toEqual([34.9, 51.0, 35.8, 51.6]);
    expect(p.options.legend).toBe(false);
    expect(p.hash).toBe('');
    expect(p.args.chrome).toBe('/x/chromium');
  });
  it('refuses bad values with a message naming the option', () => {
    expect(() => plan(['--out', 'a.png', '--dpi', '600'])).toThrow('--dpi: 96–300 dots per inch (screen 96, print 200–300)');
    expect(() => plan(['--out', 'a.png', '--dpi', 'high'])).toThrow('--dpi: a number of dots per inch, 96–300');
    expect(() => plan(['--out', 'a.png', '--dpi', '150.5'])).toThrow('--dpi: a whole number of dots per inch, 96–300');
    expect(() => plan(['--out', 'a.png', '--date', '2024-02-30'])).toThrow(/--date/);
    expect(() => plan(['--out', 'a.png', '--size', 'letter'])).toThrow(
      '--size: one of slide | a4-portrait | a4-landscape | a3-portrait | a3-landscape | custom',
    );
    expect(() => plan(['--out', 'a.png', '--view', '36,51,35,52'])).toThrow(UsageError);
    expect(() => plan(['--out', 'a.png', '--view', 'somewhere'])).toThrow(/permalink/);
    expect(() => plan(['--out', 'a.png', '--size', 'custom'])).toThrow(/--width and --height/);
    expect(() => plan(['--out', 'a.png', '--every', '7'])).toThrow(/--series/);
    expect(() => plan(['--dpi', '200'])).toThrow(/--out/);
  });
  it('refuses an --out name that would not say what the file holds', () => {
    expect(() => plan(['--out', 'map.gif'])).toThrow(/does not write \.gif/);
    expect(() => plan(['--out', 'map.png', '--format', 'pdf'])).toThrow(/ends in \.png but --format is pdf/);
    expect(() => plan(['--out', 'frames.png', '--series'])).toThrow(/--series writes a ZIP file; name it \.zip/);
    expect(() => plan(['--out', 'brief.pdf', '--bundle'])).toThrow(/--bundle writes a ZIP file/);
    expect(() => plan(['--out', 'map.zip'])).toThrow(/\.zip is for --series or --bundle/);
    // What the help promises still works: the extension or --format decides, ZIPs for series and bundles.
    expect(plan(['--out', 'map.JPG']).format).toBe('jpeg');
    expect(plan(['--out', 'map', '--format', 'pdf']).format).toBe('pdf');
    expect(plan(['--out', 'map.jpeg', '--format', 'jpg']).format).toBe('jpeg');
    expect(plan(['--out', 'frames.zip', '--series', '--format', 'jpeg']).format).toBe('jpeg');
    expect(plan(['--out', 'frames.pdf', '--series']).format).toBe('pdf');
    expect(plan(['--out', 'frames.pdf', '--series', '--format', 'pdf']).format).toBe('pdf');
    expect(plan(['--out', 'brief.zip', '--bundle']).format).toBe('png');
    expect(plan(['--out', '/tmp/my.maps/brief.png']).format).toBe('png');
  });
  it('returns help for --help', () => {
    expect(parseSnapshotArgs(['--help'], env)).toBe('help');
  });
});

describe('snapshot command', { timeout: 60_000 }, () => {
  const cli = (args: string[], extraEnv: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(root, 'bin', 'briefmap.js'), 'snapshot', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...extraEnv },
      timeout: 60_000,
    });

  it('fails with a clear message and a non-zero exit when Chromium is missing', () => {
    const r = cli(['--out', join(tmpdir(), 'never-written.png'), '--chrome', '/nonexistent/chromium']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Chromium not found at \/nonexistent\/chromium/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
  it('prints its help', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--series/);
    expect(r.stdout).toMatch(/--dpi/);
  });
  it('exits non-zero on a bad option value', () => {
    const r = cli(['--out', 'x.png', '--dpi', '20']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--dpi/);
  });
});
