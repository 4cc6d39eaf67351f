// Load times measured cold: each run in a fresh Node process (cold-load-child.ts), so nothing is cached in-process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from '../lib/section.ts';

const root = join(import.meta.dirname, '..', '..');
const child = join(import.meta.dirname, 'cold-load-child.ts');

/** Median of `runs` fresh-process loads, per field the child reports (importMs, loadMs, …), plus every run. */
export function coldLoad(what: 'gazetteer' | 'naive', runs = 3): { median: Record<string, number>; runs: Record<string, number>[] } {
  const all: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, what], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold load of ${what} failed (exit ${r.status}): ${r.stderr}`);
    all.push(JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, number>);
  }
  const fields = Object.keys(all[0]!);
  return { median: Object.fromEntries(fields.map((f) => [f, median(all.map((r) => r[f]!))])), runs: all };
}
