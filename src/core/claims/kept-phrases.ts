// The time phrases period.ts keeps for one figure, read lazily over its sentence's phrases. Filtering every phrase of
// the sentence for every figure (a relative clause, an event followed, a compared term: each a check of the figure
// against the phrase) was quadratic in a sentence of many figures and dates (round 49, bench/HISTORY.md). A phrase is
// tested only when a reader reaches it; the readers find their candidates by binary search over the phrases' starts
// (sorted: claimPhrases sorts them) and over the largest end so far (ends need not be sorted: span-back phrases may
// overlap others).
import { partitionPoint } from '../partition-point.ts';
import type { TimePhrase } from './dates.ts';

const maxEnds = new WeakMap<readonly TimePhrase[], Int32Array>();

/** For each index i, the largest end among phrases 0…i. */
function prefixMaxEnd(all: readonly TimePhrase[]): Int32Array {
  let m = maxEnds.get(all);
  if (!m) {
    m = new Int32Array(all.length);
    let top = -1;
    all.forEach((p, i) => (m![i] = top = Math.max(top, p.end)));
    maxEnds.set(all, m);
  }
  return m;
}

const wheres = new WeakMap<readonly TimePhrase[], Map<string, readonly number[]>>();

/** The indexes of the phrases of `all` meeting `pred` (which must read nothing but the phrase and what `key` names),
 * found once per list. */
export function indexesWhere(all: readonly TimePhrase[], key: string, pred: (p: TimePhrase) => boolean): readonly number[] {
  let memo = wheres.get(all);
  if (!memo) wheres.set(all, (memo = new Map()));
  let found = memo.get(key);
  if (!found) {
    const list: number[] = [];
    all.forEach((p, i) => pred(p) && list.push(i));
    memo.set(key, (found = list));
  }
  return found;
}

/** The phrases of `all` (sorted by start) that `test` keeps, the test run once per phrase and only when read. */
export class KeptPhrases {
  private readonly known: Int8Array;
  private readonly maxEnd: Int32Array;

  constructor(
    readonly all: readonly TimePhrase[],
    private readonly test: (p: TimePhrase, i: number) => boolean,
    /** From i, the first index ≥ i whose phrase `test` may keep (it drops every phrase in between), if known. */
    private readonly skip?: (i: number) => number,
  ) {
    this.known = new Int8Array(all.length);
    this.maxEnd = prefixMaxEnd(all);
  }

  get length(): number {
    return this.all.length;
  }

  kept(i: number): boolean {
    let k = this.known[i]!;
    if (k === 0) this.known[i] = k = this.test(this.all[i]!, i) ? 1 : 2;
    return k === 1;
  }

  /** The first index whose phrase starts at or after `at`. */
  from(at: number): number {
    return partitionPoint(0, this.all.length, (i) => this.all[i]!.start < at);
  }

  /** The first index whose phrase starts after `at`. */
  after(at: number): number {
    return partitionPoint(0, this.all.length, (i) => this.all[i]!.start <= at);
  }

  /** The first index from which a phrase may end at or after `at`: every phrase before it ends before `at`. */
  endingFrom(at: number): number {
    return partitionPoint(0, this.all.length, (i) => this.maxEnd[i]! < at);
  }

  /** The index of `p` (one of `all`). */
  indexOf(p: TimePhrase): number {
    for (let i = this.from(p.start); i < this.all.length && this.all[i]!.start === p.start; i++) if (this.all[i] === p) return i;
    return this.all.indexOf(p);
  }

  /** The first kept phrase of [lo, hi) meeting `pred`; the caller's range must hold every phrase `pred` can meet. */
  find(pred: (p: TimePhrase) => boolean, lo = 0, hi = this.all.length): TimePhrase | undefined {
    const i = this.findIndex(pred, lo, hi);
    return i < 0 ? undefined : this.all[i];
  }

  findIndex(pred: (p: TimePhrase) => boolean, lo = 0, hi = this.all.length): number {
    const end = Math.min(hi, this.all.length);
    for (let i = Math.max(0, lo); i < end; i++) {
      const j = this.skip ? this.skip(i) : i;
      if (j !== i)
        i = j - 1; // (the runs it drops, skipped whole)
      else if (pred(this.all[i]!) && this.kept(i)) return i;
    }
    return -1;
  }

  /** The last kept phrase of [lo, hi) meeting `pred`. */
  findLast(pred: (p: TimePhrase) => boolean, lo = 0, hi = this.all.length): TimePhrase | undefined {
    for (let i = Math.min(hi, this.all.length) - 1; i >= Math.max(0, lo); i--) if (pred(this.all[i]!) && this.kept(i)) return this.all[i];
    return undefined;
  }

  /** The first kept phrase among `indexes` (ascending). */
  firstOf(indexes: readonly number[]): TimePhrase | undefined {
    for (const i of indexes) if (this.kept(i)) return this.all[i];
    return undefined;
  }

  /** The kept phrases of [lo, hi), in order. */
  slice(lo: number, hi: number): TimePhrase[] {
    const out: TimePhrase[] = [];
    for (let i = Math.max(0, lo); i < Math.min(hi, this.all.length); i++) if (this.kept(i)) out.push(this.all[i]!);
    return out;
  }

  /** What context.ts `nearestPhrase(kept.filter(inside), start, end, window)` answers (`end` ≥ `start`): of the kept
   * phrases `inside` holds for, the last one in order at the least gap from [start, end], if that gap is within
   * `window`. `inside` must hold for no phrase starting before `insideFrom` nor after `insideTo`. */
  nearest(
    start: number,
    end: number,
    window: number,
    inside: (p: TimePhrase) => boolean = () => true,
    insideFrom = -Infinity,
    insideTo = Infinity,
  ): TimePhrase | null {
    const { all, maxEnd } = this;
    const split = this.from(end);
    // From `split` on, the gap is start − end: growing with the index, so the first kept phrase is the nearest, and the
    // last of those starting where it does wins a tie.
    let f = -1;
    for (let i = split; i < all.length && all[i]!.start - end <= window && all[i]!.start <= insideTo; i++) {
      const p = all[i]!;
      if (f >= 0 && p.start !== all[f]!.start) break;
      if (inside(p) && this.kept(i)) f = i;
    }
    const fGap = f >= 0 ? all[f]!.start - end : Infinity;
    // Before `split`, the gap is start − the phrase's end (0 when they overlap): read back until no phrase left can be
    // nearer (the largest end so far bounds it) than the best found; a later phrase wins a tie, so only a nearer one
    // replaces it, and the first after `split` wins a tie with any.
    let b = -1;
    let bGap = Infinity;
    const lo = insideFrom === -Infinity ? 0 : this.from(insideFrom);
    for (let j = split - 1; j >= lo; j--) {
      const cap = Math.min(window + 1, fGap, bGap);
      if (Math.max(0, start - maxEnd[j]!) >= cap) break;
      const p = all[j]!;
      const gap = Math.max(0, start - p.end);
      if (gap < cap && inside(p) && this.kept(j)) [b, bGap] = [j, gap];
    }
    if (b >= 0) return all[b]!;
    return f >= 0 ? all[f]! : null;
  }
}
