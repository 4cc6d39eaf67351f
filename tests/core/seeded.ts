// A fixed sample for the property tests written by hand (no fast-check shrinking needed): the same seed gives the same
// draws on every machine, so a failure names its seed and offsets and reproduces.

/** Whole numbers below `k`, drawn by a linear congruential generator (glibc's constants; the low bits, which cycle
 * fast, dropped). */
export function seededInts(seed: number): (k: number) => number {
  let s = seed;
  return (k) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return (s >> 4) % k;
  };
}

/** Numbers in [0, 1), drawn as `seededInts` draws (2^27 steps). */
export function seededUnit(seed: number): () => number {
  const next = seededInts(seed);
  return () => next(2 ** 27) / 2 ** 27;
}

/** A text of `n` pieces drawn from `pieces`, the same for a seed. */
export function randomText(pieces: readonly string[], seed: number, n: number): string {
  const next = seededInts(seed);
  let text = '';
  for (let i = 0; i < n; i++) text += pieces[next(pieces.length)]!;
  return text;
}
