// SentencePlaces answers what the root-vowel reader's per-word filter of every placed mention answered (the mentions
// inside the sentence, Ukrainian, but for the word's own), from one pass per sentence: random mentions and sentences,
// both ways, same answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocated, type IndexedEntry } from '../../src/core/gazetteer/gazetteer.ts';
import type { ParsedMention } from '../../src/core/geoparse/geoparse.ts';
import { SentencePlaces } from '../../src/core/geoparse/sentence-places.ts';

/** One entry per id, as in the gazetteer: the first mention's draw of it. */
const entries = new Map<number, IndexedEntry>();
const entry = (id: number, admin1: number, kind: number, located: boolean, ua: boolean): IndexedEntry =>
  entries.get(id) ??
  ({
    id: `e${id}`,
    name: `e${id}`,
    aliases: [],
    kind: (['village', 'town', 'region'] as const)[kind]!,
    country: ua ? 'UA' : 'RU',
    admin1: `a${admin1}`,
    lon: located ? id : null,
    lat: located ? admin1 : null,
  } as unknown as IndexedEntry);
const entryOf = (id: number, admin1: number, kind: number, located: boolean, ua: boolean): IndexedEntry => {
  const e = entry(id, admin1, kind, located, ua);
  entries.set(id, e);
  return e;
};

const mentionArb = fc.record({
  start: fc.integer({ min: 0, max: 60 }),
  length: fc.integer({ min: 1, max: 6 }),
  id: fc.integer({ min: 0, max: 5 }),
  admin1: fc.integer({ min: 0, max: 2 }),
  kind: fc.integer({ min: 0, max: 2 }),
  located: fc.boolean(),
  ua: fc.boolean(),
});

describe('SentencePlaces', () => {
  it('gives the per-word filter answers, mentions in text order or not', () => {
    fc.assert(
      fc.property(
        fc.array(mentionArb, { maxLength: 25 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 70 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.boolean(),
        (raw, a, len, at, hereIdx, sort) => {
          entries.clear();
          let taken: ParsedMention[] = raw.map(
            (r) =>
              ({
                start: r.start,
                end: r.start + r.length,
                entry: entryOf(r.id, r.admin1, r.kind, r.located, r.ua),
              }) as unknown as ParsedMention,
          );
          if (sort) taken = [...taken].sort((x, y) => x.start - y.start);
          const sentence = { start: a, end: a + len };
          const here = taken.length ? hereIdx.map((i) => taken[i % taken.length]!) : [];
          const inSentence = taken.filter(
            (m) => m.start >= sentence.start && m.end <= sentence.end && m.entry!.country === 'UA' && !here.includes(m),
          );
          const places = new SentencePlaces(taken);
          const after = inSentence.find((m) => m.start >= at && m.entry!.kind === 'region');
          // `here` mentions overlap the word, which ends at `at`: only then is the region search theirs to skip.
          if (here.every((m) => m.start < at)) expect(places.regionAfter(sentence, at)).toBe(after);
          expect(places.oblasts(sentence, here)).toEqual(new Set(inSentence.map((m) => m.entry!.admin1)));
          const points = inSentence
            .map((m) => m.entry!)
            .filter(isLocated)
            .filter((e) => e.kind !== 'region');
          expect(new Set(places.points(sentence, here))).toEqual(new Set(points));
        },
      ),
      { numRuns: 500 },
    );
  });
});
