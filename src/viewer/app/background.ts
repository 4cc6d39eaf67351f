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

/** Runs `step` at the browser's next idle moment (at the latest after `timeoutMs`), in its background turn: for work
 * that starts after the first idle but is shown nowhere yet (a closed panel's list), so that a click made as the map
 * appears is served first. */
export function whenBrowserIdle(step: () => void, timeoutMs = 2_000): void {
  const run = () => inBackground(step);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 0);
}
