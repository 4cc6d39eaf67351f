// A manifest (on disk or dropped on the viewer) with a key twice in one object is refused in one line naming the file
// and the key: JSON.parse would keep the last value and drop the other without a word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/core/corpus.ts';
import { firstDuplicateKey } from '../../src/core/json-duplicate-key.ts';

const entry = '{"file":"a.txt","title":"T","outlet":"O","published":"2024-12-16"}';
const refusal = (json: string): string | null => {
  try {
    parseManifest(json, 'manifest.json', { today: '2026-12-05' });
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

describe('duplicate keys in a manifest', () => {
  it('refuses an article with "published" twice, naming the file and the field', () => {
    const twice = '{"file":"b.txt","title":"T","outlet":"O","published":"2024-12-16","published":"2025-01-02"}';
    expect(refusal(`{"articles":[${entry},${twice}]}`)).toBe(
      'manifest.json (articles[1].published): "published" is given twice in one object (JSON keeps the last and drops the other without a word): give it once',
    );
  });

  it('refuses a top-level key twice, and a key written once plainly and once with escapes', () => {
    expect(refusal(`{"title":"A","articles":[${entry}],"title":"B"}`)).toMatch(/^manifest\.json \(title\): "title" is given twice/);
    expect(
      refusal(`{"articles":[{"file":"a.txt","title":"T","outlet":"O","publi\\u0073hed":"2024-12-16","published":"2024-12-17"}]}`),
    ).toMatch(/\(articles\[0\]\.published\): "published" is given twice/);
  });

  it('accepts the same key in different objects, and key-like text inside a value', () => {
    expect(
      refusal(`{"articles":[${entry},{"file":"b.txt","title":"\\"published\\": {\\"x\\",","outlet":"O","published":"2024-12-16"}]}`),
    ).toBeNull();
  });

  it('names the nested object holding the duplicate', () => {
    expect(firstDuplicateKey('{"a":[1,{"b":{"c":1}},{"b":2,"d":{"e":1,"e":2}}]}')).toEqual({ path: ['a', 2, 'd'], key: 'e' });
    expect(firstDuplicateKey('[{"x":1},{"x":1}]')).toBeNull();
    expect(firstDuplicateKey('"just a string"')).toBeNull();
  });

  it('finds none in any JSON that JSON.stringify writes (each object has each key once)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => firstDuplicateKey(JSON.stringify(v)) === null),
      { numRuns: 300 },
    );
  });
});
