// A public repository's snapshot brought by the search tool's `fetch` (a bare git mirror under `mirrors`), read with
// git and never committed: the layer builds read their sources' files from it and name each as repo@commit:path.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface Mirror {
  dir: string;
  commit: string;
  repo: string;
}

/** The mirror of `repo` ("owner/name") under `mirrors`, at the commit it holds. */
export function mirror(mirrors: string, repo: string): Mirror {
  const dir = join(mirrors, repo.replace('/', '+'), 'repo');
  const commit = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  return { dir, commit, repo };
}

/** A file of the mirror's commit, as bytes. */
export const blob = (m: Mirror, path: string): Buffer => execFileSync('git', ['-C', m.dir, 'show', `HEAD:${path}`], { maxBuffer: 1 << 28 });

/** Where a value came from, as the layers record it: `repo:owner/name@commit:path`. */
export const provenance = (m: Mirror, path: string): string => `repo:${m.repo}@${m.commit}:${path}`;
