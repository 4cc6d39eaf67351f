// Runs a command in a child process and reports its wall time and peak resident memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const preload = join(import.meta.dirname, 'peak-rss.mjs');

export interface ChildRun {
  seconds: number;
  peakRssMB: number;
  stdout: string;
  stderr: string;
}

/** `node --import peak-rss.mjs ...args`; throws with the child's stderr if it fails. */
export function measureNode(args: readonly string[], cwd: string): ChildRun {
  const work = mkdtempSync(join(tmpdir(), 'briefmap-bench-usage-'));
  const usageFile = join(work, 'usage.json');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--import', preload, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, BRIEFMAP_BENCH_USAGE: usageFile },
      maxBuffer: 64 << 20,
    });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stderr}`);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
    return { seconds, peakRssMB: usage.maxRSS / 1024, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
