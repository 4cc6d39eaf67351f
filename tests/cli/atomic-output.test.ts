// The outputs change together or not at all (issue 14): a run killed at any step — including between the commit
// steps — leaves a reader seeing all the old files or all the new ones; a second concurrent run fails with one
// line; what killed runs leave behind is cleaned by the next run. Runs are stopped exactly at a step with
// BRIEFMAP_TEST_PAUSE_AT (src/cli/output-set.ts) and killed with SIGKILL.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NAMES } from './output-set-driver.ts';

const root = join(import.meta.dirname, '..', '..');
const driver = join(import.meta.dirname, 'output-set-driver.ts');
const bin = join(root, 'bin', 'briefmap.js');
const tmp = mkdtempSync(join(tmpdir(), 'briefmap-atomic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs `args` under node; with `pauseAt`, kills it with SIGKILL as soon as it reports pausing there. */
function run(args: string[], pauseAt?: string, command = process.execPath): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...(pauseAt ? { BRIEFMAP_TEST_PAUSE_AT: pauseAt } : {}) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (pauseAt && stderr.includes(`paused at ${pauseAt}\n`)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}
const runDriver = (out: string, label: string, pauseAt?: string): Promise<Run> => run(['--import', 'tsx', driver, out, label], pauseAt);

/** What a reader sees: each output's content, or null where there is none. */
const visible = (out: string): (string | null)[] =>
  NAMES.map((name) => (existsSync(join(out, name)) ? readFileSync(join(out, name), 'utf8') : null));

/** The label every visible file comes from; fails when they come from different runs. */
function generationOf(out: string): string | null {
  const seen = visible(out);
  const labels = seen.map((s) => (s === null ? null : s.slice(0, s.indexOf(':'))));
  expect(new Set(labels).size, `mixed outputs: ${JSON.stringify(seen)}`).toBe(1);
  seen.forEach((s, i) => s !== null && expect(s).toBe(`${labels[0]}:${NAMES[i]}`));
  return labels[0]!;
}

const STEPS = [
  'locked',
  'written',
  'migrated',
  ...NAMES.map((n) => `migrated:${n}`),
  ...NAMES.map((n) => `linked:${n}`),
  'before-swap',
  'swapped',
];

const initialStates: [string, (out: string) => void, string | null][] = [
  ['no folder yet', () => {}, null],
  ['an empty folder', (out) => mkdirSync(out), null],
  [
    'plain files from an older version, with its stale .tmp files',
    (out) => {
      mkdirSync(out);
      for (const name of NAMES) writeFileSync(join(out, name), `old:${name}`);
      writeFileSync(join(out, `.places.geojson.999999.0.tmp`), 'x'.repeat(1 << 20)); // what killed runs left before
      writeFileSync(join(out, `.report.json.999999.2.tmp`), 'x');
    },
    'old',
  ],
];

describe('outputs are atomic as a set', { timeout: 600_000 }, () => {
  it.each(initialStates)(
    'a run killed at every step, starting from %s, leaves all-old or all-new files',
    async (_name, setup, oldLabel) => {
      const out = join(tmp, `out-${Math.random().toString(36).slice(2)}`);
      setup(out);
      expect(generationOf(out)).toBe(oldLabel);
      let committed = oldLabel;
      for (const step of STEPS) {
        const label = `run-${step.replace(/\W/g, '_')}`;
        const r = await runDriver(out, label, step);
        const now = generationOf(out);
        if (r.signal === 'SIGKILL') expect(now === committed || now === label, `after a kill at ${step}: ${now}`).toBe(true);
        else {
          expect(r.code, r.stderr).toBe(0); // the step does not occur in this state: the run completed
          expect(now).toBe(label);
        }
        committed = now;
        if (step === 'swapped' && r.signal === 'SIGKILL') expect(now).toBe(label); // the swap is the commit
        if (step === 'before-swap') expect(now).toBe(committed);
      }
      const last = await runDriver(out, 'final');
      expect(last.code, last.stderr).toBe(0);
      expect(last.stderr).toMatch(/removed \d+ temporary items? left by an interrupted run/);
      expect(generationOf(out)).toBe('final');
      const meta = readdirSync(join(out, '.briefmap')).sort();
      expect(meta.filter((n) => n.startsWith('gen-')).length).toBeLessThanOrEqual(2); // the current and the previous
      expect(meta.filter((n) => !n.startsWith('gen-'))).toEqual(['current']); // no lock, no swap links
      expect(readdirSync(out).sort()).toEqual(['.briefmap', ...NAMES].sort()); // the old .tmp files are gone
    },
  );

  it('a second concurrent run fails with one line and the first is unaffected; a killed run’s lock is taken over', async () => {
    const out = join(tmp, 'concurrent');
    expect((await runDriver(out, 'first')).code).toBe(0);
    const holder = spawn(process.execPath, ['--import', 'tsx', driver, out, 'holder'], {
      env: { ...process.env, BRIEFMAP_TEST_PAUSE_AT: 'locked' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await new Promise<void>((resolve) =>
      holder.stderr.setEncoding('utf8').on('data', (c: string) => c.includes('paused at locked') && resolve()),
    );
    const second = await runDriver(out, 'second');
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `briefmap: ${out}: another briefmap run (pid ${holder.pid}) is writing to this folder; try again when it has finished\n`,
    );
    expect(generationOf(out)).toBe('first');
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.on('close', resolve));
    const third = await runDriver(out, 'third'); // the lock of a dead run is stale
    expect(third.code, third.stderr).toBe(0);
    expect(generationOf(out)).toBe('third');
  });

  it('the geocode command itself, killed between writing and the commit, and after it', { timeout: 600_000 }, async () => {
    const corpus = join(tmp, 'corpus');
    cpSync(join(root, 'seeds'), corpus, { recursive: true });
    const out = join(tmp, 'cli-out');
    mkdirSync(out);
    for (const name of NAMES) writeFileSync(join(out, name), `old:${name}`);
    const [written, beforeSwap] = await Promise.all([
      run([bin, 'geocode', corpus, '--out', out], 'written'),
      run([bin, 'geocode', corpus, '--out', join(tmp, 'cli-out-2')], 'before-swap'),
    ]);
    expect(written.signal).toBe('SIGKILL');
    expect(beforeSwap.signal).toBe('SIGKILL');
    expect(generationOf(out)).toBe('old');
    expect(existsSync(join(tmp, 'cli-out-2', 'places.geojson'))).toBe(false); // links made, but nothing committed
    const swapped = await run([bin, 'geocode', corpus, '--out', out], 'swapped');
    expect(swapped.signal).toBe('SIGKILL');
    const places = JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')) as { features: unknown[] };
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { totals: { places: number } };
    expect(places.features.length).toBe(report.totals.places);
    expect(JSON.parse(readFileSync(join(out, 'claims.geojson'), 'utf8')).type).toBe('FeatureCollection');
  });

  it.skipIf(spawnSync('strace', ['-V']).status !== 0)(
    'fsyncs the three files and the generation folder before the commit rename, and the folders after',
    async () => {
      const out = join(tmp, 'fsync');
      const log = join(tmp, 'strace.log');
      const r = await run(
        ['-f', '-qq', '-e', 'trace=fsync,rename,renameat,renameat2', '-o', log, process.execPath, '--import', 'tsx', driver, out, 'synced'],
        undefined,
        'strace',
      );
      expect(r.code, r.stderr).toBe(0);
      const calls = readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => /\b(fsync|rename\w*)\(/.test(l));
      const commit = calls.findIndex((l) => l.includes('.briefmap/current"'));
      expect(commit).toBeGreaterThan(0);
      expect(calls.slice(0, commit).filter((l) => l.includes('fsync(')).length).toBeGreaterThanOrEqual(NAMES.length + 1); // each file, the generation folder
      expect(calls.slice(commit + 1).some((l) => l.includes('fsync('))).toBe(true); // the folder holding `current`
    },
  );

  it('a folder named like an output is refused before anything is replaced', async () => {
    const out = join(tmp, 'blocked');
    expect((await runDriver(out, 'first')).code).toBe(0);
    rmSync(join(out, 'report.json'));
    mkdirSync(join(out, 'report.json'));
    const r = await runDriver(out, 'second');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`briefmap: ${join(out, 'report.json')}: is a folder, not an output file: move it away first\n`);
    expect(NAMES.slice(0, 2).map((name) => readFileSync(join(out, name), 'utf8'))).toEqual([
      'first:places.geojson',
      'first:claims.geojson',
    ]);
  });
});
