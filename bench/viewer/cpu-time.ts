// CPU time of the browser this process launched (all its processes: renderer, GPU with SwiftShader's threads,
// utilities), read from /proc. Under a machine shared with other jobs wall times swing by 2× while CPU time
// swings far less: a before/after comparison of work done reads better in it. Linux only (null elsewhere).
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: number): { ppid: number; ticks: number; cmd: string } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = s.lastIndexOf(')');
    const f = s.slice(close + 2).split(' ');
    // fields after the name: state ppid ... utime(14th overall → index 11 here) stime(12)
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), cmd: s.slice(s.indexOf('(') + 1, close) };
  } catch {
    return null;
  }
}

/** Descendant processes of `root` with their CPU ticks (user + system, children reaped not included). */
function descendants(root: number): Map<number, { ticks: number; cmd: string }> {
  const all = new Map<number, { ppid: number; ticks: number; cmd: string }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = stat(Number(d));
    if (s) all.set(Number(d), s);
  }
  const out = new Map<number, { ticks: number; cmd: string }>();
  const walk = (pid: number) => {
    for (const [p, s] of all)
      if (s.ppid === pid && !out.has(p)) {
        out.set(p, { ticks: s.ticks, cmd: s.cmd });
        walk(p);
      }
  };
  walk(root);
  return out;
}

export type CpuSnapshot = Map<number, number>;

/** CPU ticks of each process this one started (the browser's), or null off Linux. */
export function cpuSnapshot(): CpuSnapshot | null {
  if (process.platform !== 'linux') return null;
  return new Map([...descendants(process.pid)].map(([pid, s]) => [pid, s.ticks]));
}

/** ms of CPU the browser's processes used between two snapshots (those alive at the second; new ones from 0). */
export function cpuMsBetween(a: CpuSnapshot | null, b: CpuSnapshot | null): number | null {
  if (!a || !b) return null;
  let ticks = 0;
  for (const [pid, t] of b) ticks += t - (a.get(pid) ?? 0);
  return ticks * TICK_MS;
}
