// Background work (the chart's footprint series, built a slice at a time after the first idle) gives way to what the
// user is waiting for: while a popup reads its first page of mentions, no new slice starts, so the page's response and
// rendering are not queued behind a slice of polygon unions.
let pending = 0;
let resume: Promise<void> = Promise.resolve();
let release: () => void = () => {};

/** Holds background work until `p` settles; returns `p`. */
export function foreground<T>(p: Promise<T>): Promise<T> {
  if (pending++ === 0) resume = new Promise<void>((r) => (release = r));
  const done = () => {
    if (--pending === 0) release();
  };
  p.then(done, done);
  return p;
}

/** Runs `step` in a task of its own once nothing the user waits for is in flight (a task, so that what was waited
 * for is painted first). */
export function inBackground(step: () => void): void {
  setTimeout(() => {
    if (pending === 0) step();
    else void resume.then(() => inBackground(step));
  }, 0);
}
