// Where and when a benchmark ran: figures mean little without the machine, the date and the commit.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem, platform, release, arch } from 'node:os';

export interface RunInfo {
  date: string;
  commit: string;
  dirty: boolean;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string | null };
}

const git = (args: string[]): string => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

function chromiumVersion(): string | null {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

export function runInfo(): RunInfo {
  return {
    date: new Date().toISOString(),
    commit: git(['rev-parse', 'HEAD']) || 'unknown',
    // The bench's own outputs do not count: a rerun after `--readme` is still a run of the committed code.
    dirty: git(['status', '--porcelain', '--untracked-files=no', '--', '.', ':!README.md', ':!bench/results.json']) !== '',
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: availableParallelism(),
      memoryGB: Math.round(totalmem() / 2 ** 30),
      os: `${platform()} ${release()} ${arch()}`,
      node: process.version,
      chromium: chromiumVersion(),
    },
  };
}
