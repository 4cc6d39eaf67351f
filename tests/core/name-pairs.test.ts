// The gazetteer's weaker-reading marks: a pair is known once added, under its name only, whatever the number of ids.
import { describe, expect, it } from 'vitest';
import { NamePairs } from '../../src/core/gazetteer/name-pairs.ts';

describe('NamePairs', () => {
  it('answers like a set of name|id strings', () => {
    const pairs = new NamePairs();
    const joined = new Set<string>();
    const add = (n: string, id: string): void => (pairs.add(n, id), void joined.add(`${n}|${id}`));
    add('суджа', 'ru-sudzha');
    add('суджа', 'ru-sudzha'); // twice: still one
    add('суджа', 'gn-1');
    add('суджа', 'gn-2');
    add('kursk', 'ne-ru-krs');
    for (const n of ['суджа', 'kursk', 'sudzha', ''])
      for (const id of ['ru-sudzha', 'gn-1', 'gn-2', 'ne-ru-krs', 'gn-3']) expect(pairs.has(n, id)).toBe(joined.has(`${n}|${id}`));
  });
});
