// Round 31's audit of the corpus boundary. A hard link inside the corpus to a file elsewhere is read like any regular
// file: every name of an inode is equally its own, so no check can tell an "outside" one, and it gives only bytes the
// user running briefmap can read already (Linux's protected_hardlinks stops others from linking files they cannot read).
// The run's date the CLI checks publication dates against can be fixed with BRIEFMAP_TODAY.
import { linkSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { listCorpus, readCorpus, todayFromEnv } from '../../src/cli/corpus-dir.ts';
import { UserError } from '../../src/cli/user-error.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefmap-links-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const saved = process.env.BRIEFMAP_TODAY;
afterEach(() => {
  if (saved === undefined) delete process.env.BRIEFMAP_TODAY;
  else process.env.BRIEFMAP_TODAY = saved;
});

let n = 0;
function corpus(published = '2024-12-16'): string {
  const dir = join(tmp, `c${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ articles: [{ file: 'a.txt', title: 'T', outlet: 'O', published }] }));
  return dir;
}

describe('hard links in a corpus', () => {
  it('reads a hard link to a file outside the folder as the regular file it is', () => {
    const outside = join(tmp, 'outside.txt');
    writeFileSync(outside, 'Fighting near Sudzha.');
    const dir = corpus();
    linkSync(outside, join(dir, 'a.txt'));
    expect(statSync(join(dir, 'a.txt')).nlink).toBe(2);
    expect(readCorpus(dir, { today: '2026-12-05' }).map((a) => a.text)).toEqual(['Fighting near Sudzha.']);
  });
});

describe('BRIEFMAP_TODAY', () => {
  it('fixes the run date the CLI checks publication dates against', () => {
    const dir = corpus('2030-06-01');
    writeFileSync(join(dir, 'a.txt'), 'Fighting near Sudzha.');
    process.env.BRIEFMAP_TODAY = '2026-12-05';
    expect(() => listCorpus(dir)).toThrow(/\(articles\[0\]\.published\): 2030-06-01 is after the run's date 2026-12-05/);
    process.env.BRIEFMAP_TODAY = '2030-06-01';
    expect(listCorpus(dir).entries).toHaveLength(1);
    expect(() => listCorpus(dir, { today: '2026-12-05' })).toThrow(/after the run's date 2026-12-05/); // the caller's date wins
  });

  it('refuses a value that is not a date in one line', () => {
    expect(todayFromEnv({})).toBeUndefined();
    expect(todayFromEnv({ BRIEFMAP_TODAY: '2026-02-28' })).toBe('2026-02-28');
    expect(() => todayFromEnv({ BRIEFMAP_TODAY: '2026-02-30' })).toThrow(UserError);
    expect(() => todayFromEnv({ BRIEFMAP_TODAY: 'tomorrow\n' })).toThrow(
      'BRIEFMAP_TODAY: "tomorrow\\n" is not a date: give YYYY-MM-DD or unset it',
    );
  });
});
