// The placed Ukrainian mentions of a sentence, gathered once per sentence for the root-vowel reader. Filtering every
// placed mention for each word read made a long run of names with no sentence end quadratic (the sentence is the
// whole text); each query here gives exactly what that filter, minus the word's own mentions, gave.
import { isLocated, type IndexedEntry } from '../gazetteer/gazetteer.ts';

type Located = Extract<IndexedEntry, { lon: number }>;
import { firstStartingAtOrAfter } from '../partition-point.ts';
import type { Span } from '../text/sentences.ts';
import type { ParsedMention } from './geoparse.ts';

interface OneSentence {
  /** The mentions inside the sentence, in their order. */
  list: ParsedMention[];
  /** For each index of `list`, the first index at or after it whose entry is a region (list.length if none). */
  nextRegion: Int32Array;
  /** How many mentions of the list lie in each oblast. */
  oblasts: Map<string | null, number>;
  /** Each located non-region entry of the list by id, with how many mentions name it. */
  points: Map<string, { entry: Located; count: number }>;
}

export class SentencePlaces {
  private readonly bySentence = new Map<string, OneSentence>();
  private readonly members: ReadonlySet<ParsedMention>;
  private readonly ukrainian: ParsedMention[];
  /** Whether the mentions are in text order (as the geoparser gives them): then found by binary search. */
  private readonly inOrder: boolean;

  /** `placed`: mentions with an entry. Only Ukrainian ones are kept. */
  constructor(placed: readonly ParsedMention[]) {
    this.ukrainian = placed.filter((m) => m.entry!.country === 'UA');
    this.members = new Set(this.ukrainian);
    this.inOrder = this.ukrainian.every((m, i) => i === 0 || this.ukrainian[i - 1]!.start <= m.start);
  }

  private of(sentence: Span): OneSentence {
    const key = `${sentence.start}:${sentence.end}`;
    const cached = this.bySentence.get(key);
    if (cached) return cached;
    const inside = (m: ParsedMention): boolean => m.start >= sentence.start && m.end <= sentence.end;
    const list: ParsedMention[] = [];
    if (!this.inOrder) list.push(...this.ukrainian.filter(inside));
    else
      for (let i = firstStartingAtOrAfter(this.ukrainian, sentence.start); i < this.ukrainian.length; i++) {
        const m = this.ukrainian[i]!;
        if (m.start > sentence.end) break; // it and all after it end past the sentence
        if (inside(m)) list.push(m);
      }
    const nextRegion = new Int32Array(list.length + 1);
    nextRegion[list.length] = list.length;
    for (let i = list.length - 1; i >= 0; i--) nextRegion[i] = list[i]!.entry!.kind === 'region' ? i : nextRegion[i + 1]!;
    const oblasts = new Map<string | null, number>();
    const points = new Map<string, { entry: Located; count: number }>();
    for (const m of list) {
      const e = m.entry!;
      oblasts.set(e.admin1, (oblasts.get(e.admin1) ?? 0) + 1);
      if (isLocated(e) && e.kind !== 'region') {
        const p = points.get(e.id);
        if (p) p.count++;
        else points.set(e.id, { entry: e, count: 1 });
      }
    }
    const one = { list, nextRegion, oblasts, points };
    this.bySentence.set(key, one);
    return one;
  }

  /** The sentence's mentions among `here` (the word's own, left out of every answer). */
  private own(sentence: Span, here: readonly ParsedMention[]): ParsedMention[] {
    return [...new Set(here)].filter((m) => this.members.has(m) && m.start >= sentence.start && m.end <= sentence.end);
  }

  /** The first region mention of the sentence starting at or after `at` (none of `here` can: they overlap the word). */
  regionAfter(sentence: Span, at: number): ParsedMention | undefined {
    const { list, nextRegion } = this.of(sentence);
    if (!this.inOrder) return list.find((m) => m.start >= at && m.entry!.kind === 'region');
    return list[nextRegion[firstStartingAtOrAfter(list, at)]!];
  }

  /** The oblasts the sentence's mentions, but for `here`, lie in. */
  oblasts(sentence: Span, here: readonly ParsedMention[]): Set<string | null> {
    const { oblasts } = this.of(sentence);
    const own = this.own(sentence, here);
    if (own.length === 0) return new Set(oblasts.keys());
    const left = new Map(oblasts);
    for (const m of own) left.set(m.entry!.admin1, left.get(m.entry!.admin1)! - 1);
    return new Set([...left].filter(([, n]) => n > 0).map(([a]) => a));
  }

  /** The distinct located non-region entries of the sentence's mentions but for `here`: the points a candidate's
   * distance is taken to (the nearest of repeated points is the same point). */
  points(sentence: Span, here: readonly ParsedMention[]): Located[] {
    const { points } = this.of(sentence);
    const own = new Map<string, number>();
    for (const { entry: e } of this.own(sentence, here)) if (isLocated(e!) && e.kind !== 'region') own.set(e.id, (own.get(e.id) ?? 0) + 1);
    return [...points.values()].filter((p) => p.count > (own.get(p.entry.id) ?? 0)).map((p) => p.entry);
  }
}
