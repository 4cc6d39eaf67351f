// Warm, single-threaded timing: untimed warm-up runs first (JIT, inline caches, lazily built tables), then timed
// rounds. Always at least `minRounds`; more while they fit in the time budget, so slow subjects are still measured
// on the whole input at least once without blowing the section's run time.
export interface RoundsOptions {
  /** Untimed runs before timing; may be a cheaper run (a slice of the corpus) that exercises the same code. */
  warmup: { runs: number; run?: () => unknown };
  minRounds: number;
  maxRounds: number;
  /** Stop adding rounds once another one would take the timed total past this. */
  budgetMs: number;
  /** A round repeats the run until it lasts about this long: a run of 1 ms is at the mercy of the scheduler's time
   * slices on a busy machine, a round of 50 ms averages them out. 0 (the default) = one run per round, no
   * calibration run (which would cost a whole run of a slow subject). */
  minRoundMs?: number;
}

export interface Rounds {
  /** Time per run, ms, one entry per round. */
  ms: number[];
  /** Runs per round. */
  repeat: number;
  /** What the last run returned, so the caller uses the result and the work cannot be optimised away. */
  last: unknown;
}

export function timeRounds(run: () => unknown, o: RoundsOptions): Rounds {
  for (let i = 0; i < o.warmup.runs; i++) (o.warmup.run ?? run)();
  let repeat = 1;
  if (o.minRoundMs) {
    const t0 = performance.now();
    run();
    repeat = Math.max(1, Math.ceil(o.minRoundMs / (performance.now() - t0)));
  }
  const ms: number[] = [];
  let last: unknown;
  let total = 0;
  while (ms.length < o.minRounds || (ms.length < o.maxRounds && total + Math.max(...ms) * repeat <= o.budgetMs)) {
    const t0 = performance.now();
    for (let i = 0; i < repeat; i++) last = run();
    const dt = performance.now() - t0;
    ms.push(dt / repeat);
    total += dt;
  }
  return { ms, repeat, last };
}
