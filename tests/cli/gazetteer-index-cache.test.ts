// The gazetteer's name index cached on disk: a gazetteer restored from the index answers as the one built (before and
// after the deferred Latin spellings), the cache is written once and then read, and a broken cache file is ignored.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { gazetteerDir, loadGazetteer } from '../../src/cli/load-gazetteer.ts';
import type { Gazetteer, GazetteerIndex } from '../../src/core/gazetteer/gazetteer.ts';
import { loadGazetteerSync } from '../../src/core/gazetteer/layers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'briefmap-gazetteer-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ONLY_CYRILLIC = /^[\u0400-\u052f ]*$/;
/** What the geoparser can ask of one name. */
const answers = (g: Gazetteer, n: string): string => {
  const ids = g.lookup(n).map((e) => e.id);
  const prefix = g.lookupPrefix(n);
  return JSON.stringify([
    ids,
    prefix.entries.length,
    prefix.continues,
    ids.map((id) => [g.isCrossReading?.(n, id), g.isVariantReading(n, id)]),
  ]);
};

describe('gazetteer index cache', { timeout: 600_000 }, () => {
  it('restores the built index: same dump, same answers, Cyrillic names the same before the deferred spellings', () => {
    const cache = join(tmp, 'a');
    const fresh = loadGazetteer(gazetteerDir, null, null); // built, no cache, deferred spellings not yet added
    const writes = loadGazetteer(gazetteerDir, null, cache); // built, and its index written
    expect(readdirSync(cache)).toHaveLength(1);
    const restored = loadGazetteer(gazetteerDir, null, cache);
    const dump = writes.dumpIndex!();
    const names = dump.names.filter((_, i) => i % 97 === 0);
    const cyrillic = names.filter((n) => ONLY_CYRILLIC.test(n));
    expect(cyrillic.length).toBeGreaterThan(100);
    expect(cyrillic.map((n) => answers(fresh, n))).toEqual(cyrillic.map((n) => answers(restored, n))); // fresh: no Latin lookup yet
    expect(JSON.stringify(restored.dumpIndex!())).toBe(JSON.stringify(dump));
    expect(names.map((n) => answers(fresh, n))).toEqual(names.map((n) => answers(restored, n)));
    expect([...restored.stopwordPlaces]).toEqual([...fresh.stopwordPlaces]);
    expect([restored.names, restored.maxTokens, restored.collisions]).toEqual([fresh.names, fresh.maxTokens, fresh.collisions]);
  });

  // The parsed index is 330,000 names and lists: kept alive by the gazetteer's closures it cost 41 MB of heap, and a
  // geocode run of 10,000 articles no longer fitted in the bench's 256 MB heap cap.
  it('does not keep the parsed index alive once the gazetteer is built from it', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const read = (file: string): unknown => JSON.parse(readFileSync(join(gazetteerDir, file), 'utf8'));
    let index: GazetteerIndex | undefined = JSON.parse(
      JSON.stringify(loadGazetteer(gazetteerDir, null, null).dumpIndex!()),
    ) as GazetteerIndex;
    const ref = new WeakRef(index);
    const g = loadGazetteerSync(read, { prebuilt: () => index });
    index = undefined;
    await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef's target is kept to the end of the current job
    gc();
    expect(g.lookup('kursk').length).toBeGreaterThan(0);
    expect(ref.deref()).toBeUndefined();
  });

  it('keeps the newest few indexes when it writes one', () => {
    const cache = join(tmp, 'c');
    mkdirSync(cache);
    const old = ['0', '1', '2', '3', '4'].map((d) => join(cache, `gazetteer-${d.repeat(32)}.json`));
    old.forEach((f, i) => (writeFileSync(f, '{}'), utimesSync(f, 1000 + i, 1000 + i)));
    writeFileSync(join(cache, 'notes.txt'), 'not ours');
    loadGazetteer(gazetteerDir, null, cache);
    const left = readdirSync(cache).sort();
    expect(left).toHaveLength(5); // the new one, the three newest old ones, notes.txt
    expect(left).toEqual(expect.arrayContaining(['notes.txt', ...old.slice(2).map((f) => basename(f))]));
  });

  it('ignores a cache file it cannot use and writes a good one', () => {
    const cache = join(tmp, 'b');
    loadGazetteer(gazetteerDir, null, cache);
    const [file] = readdirSync(cache);
    writeFileSync(join(cache, file!), '{"version": 1, "names": [], "lists": [], "entries": 3}');
    const g = loadGazetteer(gazetteerDir, null, cache);
    expect(g.lookup('kursk').length).toBeGreaterThan(0);
    expect(JSON.stringify(loadGazetteer(gazetteerDir, null, cache).dumpIndex!())).toBe(JSON.stringify(g.dumpIndex!()));
  });
});
