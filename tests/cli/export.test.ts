// briefmap export on a geocode output folder: the files of each format, byte-identical across runs, written
// atomically; bad input is one line naming the file and field, exit 1, and the output folder is left as it was.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { exportFiles } from '../../src/export/export-data.ts';
import { runExport } from '../../src/cli/export.ts';
import { fixtureInput } from '../core/export-formats.fixture.ts';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'briefmap.js');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const input = fixtureInput();
let n = 0;
/** A geocode-like output folder with the fixture, altered by `change`. */
function dataDir(change: (dir: string) => void = () => {}): string {
  const dir = join(tmp, `data-${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'places.geojson'), JSON.stringify(input.places));
  writeFileSync(join(dir, 'claims.geojson'), JSON.stringify(input.claims));
  writeFileSync(join(dir, 'events.geojson'), JSON.stringify(input.events));
  const report = {
    generator: 'briefmap test',
    articles: input.report!.articles,
    totals: { articles: 2, mentions: 5, places: 3, unresolved: 0, lowConfidence: 1, claims: 3, events: 2 },
    issues: [],
  };
  writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
  change(dir);
  return dir;
}

/** The command in a child process, as users run it (slow on a loaded machine: used twice). */
function spawn(args: string[]): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [bin, 'export', ...args], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** The same command in this process: same argument parsing, reading, validation, writing and messages. */
function run(args: string[]): { status: number; stderr: string; stdout: string } {
  let stdout = '';
  let stderr = '';
  const status = runExport(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { status, stderr, stdout };
}

describe('briefmap export', { timeout: 180_000 }, () => {
  it('writes every format by default, the same bytes as the library, and nothing else (no temporaries)', () => {
    const out = join(tmp, `out-${n++}`);
    const r = spawn(['--data', dataDir(), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const expected = exportFiles(input, ['csv', 'kml', 'kmz', 'fgb']);
    expect(readdirSync(out).sort()).toEqual(expected.map((f) => f.name));
    for (const f of expected) expect(new Uint8Array(readFileSync(join(out, f.name))), f.name).toEqual(f.bytes);
    expect(r.stderr).toMatch(/wrote .*places\.csv \(\d+ bytes\)/);
  });

  it('writes only the formats asked for, with a BOM on request, and runs are byte-identical', () => {
    const data = dataDir();
    const a = join(tmp, `out-${n++}`);
    const b = join(tmp, `out-${n++}`);
    expect(run(['--data', data, '--out', a, '--format', 'csv', '--bom', '--quiet']).status).toBe(0);
    expect(run(['--data', data, '--out', b, '--format', 'csv', '--bom', '--quiet']).status).toBe(0);
    expect(readdirSync(a).sort()).toEqual(['claims.csv', 'events.csv', 'places.csv']);
    for (const f of readdirSync(a)) expect(readFileSync(join(a, f))).toEqual(readFileSync(join(b, f)));
    const places = readFileSync(join(a, 'places.csv'));
    expect([...places.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(places, { columns: true, bom: true })).toHaveLength(input.places.features.length);
  });

  it('exports without events.geojson and report.json (output of older versions)', () => {
    const out = join(tmp, `out-${n++}`);
    const r = run([
      '--data',
      dataDir((d) => (rmSync(join(d, 'events.geojson')), rmSync(join(d, 'report.json')))),
      '--out',
      out,
      '--format',
      'csv,fgb',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'claims-lines.fgb',
      'claims-points.fgb',
      'claims-polygons.fgb',
      'claims.csv',
      'places.csv',
      'places.fgb',
    ]);
  });

  const edit = (file: string, change: (json: { features: { properties: Record<string, unknown> }[] }) => void) => (dir: string) => {
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    change(json);
    writeFileSync(join(dir, file), JSON.stringify(json));
  };
  const bad: [string, string[], (dir: string) => void, RegExp][] = [
    ['a missing places.geojson', [], (d) => rmSync(join(d, 'places.geojson')), /places\.geojson: missing \(run briefmap geocode first\)$/],
    [
      'claims.geojson that is not JSON',
      [],
      (d) => writeFileSync(join(d, 'claims.geojson'), '{"type": "FeatureCollection", "features": ['),
      /claims\.geojson: not valid JSON/,
    ],
    [
      'a place confidence above 1',
      [],
      edit('places.geojson', (j) => (j.features[1]!.properties.confidence = 2)),
      /places\.geojson \(features\[1\]\.properties\.confidence\): /,
    ],
    [
      'an event with an unknown action',
      [],
      edit('events.geojson', (j) => (j.features[0]!.properties.action = 'annexed')),
      /events\.geojson \(features\[0\]\.properties\.action\): /,
    ],
    [
      'a report with a bad date',
      [],
      (d) => writeFileSync(join(d, 'report.json'), readFileSync(join(d, 'report.json'), 'utf8').replace('2025-03-13', '2025-02-30')),
      /report\.json \(articles\[1\]\.published\): not a real calendar date/,
    ],
    ['an unknown format', ['--format', 'csv,gpkg'], () => {}, /unknown format "gpkg" \(known: csv, kml, kmz, fgb\)/],
    [
      // an output folder from someone else: its report must not be read from outside it, nor echoed in the error
      'a report.json linked to a file outside the folder',
      [],
      (d) => {
        const secret = join(tmp, `secret-${n++}.txt`);
        writeFileSync(secret, 'root:x:0:0:private');
        rmSync(join(d, 'report.json'));
        symlinkSync(secret, join(d, 'report.json'));
      },
      /report\.json: a symbolic link to .*secret-\d+\.txt, outside the output folder: only files inside it are read$/,
    ],
    [
      // a named pipe would block the read forever
      'a places.geojson that is a named pipe',
      [],
      (d) => {
        rmSync(join(d, 'places.geojson'));
        execFileSync('mkfifo', [join(d, 'places.geojson')]);
      },
      /places\.geojson: a named pipe \(FIFO\), not a regular file: refused without reading$/,
    ],
    [
      'a claims.geojson linked to /dev/zero',
      [],
      (d) => {
        rmSync(join(d, 'claims.geojson'));
        symlinkSync('/dev/zero', join(d, 'claims.geojson'));
      },
      /claims\.geojson: a symbolic link to \/dev\/zero, outside the output folder/,
    ],
  ];
  for (const [label, extra, change, message] of bad) {
    it(`refuses ${label}: one line, exit 1, the output folder untouched`, () => {
      const out = join(tmp, `out-${n++}`);
      mkdirSync(out);
      writeFileSync(join(out, 'places.csv'), 'old');
      const r = run(['--data', dataDir(change), '--out', out, ...extra]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^briefmap: /);
      expect(r.stderr.trim()).toMatch(message);
      expect(readdirSync(out)).toEqual(['places.csv']);
      expect(readFileSync(join(out, 'places.csv'), 'utf8')).toBe('old');
    });
  }

  it('needs --data and --out, and explains itself', () => {
    expect(run(['--out', join(tmp, 'x')]).stderr).toMatch(/export needs --data <outDir>/);
    expect(run(['--data', dataDir()]).stderr).toMatch(/export needs --out <dir>/);
    expect(existsSync(join(tmp, 'x'))).toBe(false);
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/briefmap export --data <outDir> --out <dir> \[--format csv,kml,kmz,fgb\]/);
  });

  it('is dispatched and listed by the briefmap command', () => {
    const r = spawn(['--format', 'gpkg', '--data', dataDir(), '--out', join(tmp, `out-${n++}`)]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('briefmap: unknown format "gpkg" (known: csv, kml, kmz, fgb)');
    expect(spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout).toMatch(/briefmap export --data <outDir>/);
  });
});
