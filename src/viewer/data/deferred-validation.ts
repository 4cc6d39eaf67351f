// Full validation of the big collections (claims, control events, the report's articles, the mention index's places)
// after the map's first idle, a slice at a time.
// Checking tens of thousands of features with zod takes seconds in the page (its compiled fast path needs `eval`,
// which the CSP forbids), and nothing needs it to draw: before the first draw each file is checked for its shape
// (a FeatureCollection whose features are objects of a known type), the rest follows here. A failure is the same
// one-line "file → field: reason" as a failure up front, and the viewer then stops as it would have at load.
import type { z } from 'zod';
import { issueList } from '../../core/validation-message.ts';
import { DataError } from './fetch-data.ts';

export interface DeferredCheck {
  file: string;
  /** Checks features until `performance.now()` reaches `until`; true when every feature has been checked. Throws a
   * DataError naming the file and the field at the first feature that fails. */
  step(until: number): boolean;
}

/** The issues of element `i` (of the array or record at `path` in the file) under the schema its type names, with
 * their paths from the file's root ("features[1].properties.asOfBasis"): more precise than a union's "Invalid input"
 * at features[1]. */
export function featureIssues(i: number | string, schema: z.ZodType, f: unknown, path: readonly string[] = ['features']): string[] | null {
  const result = schema.safeParse(f);
  if (result.success) return null;
  return issueList(result.error.issues.map((issue) => ({ ...issue, path: [...path, i, ...issue.path] })));
}

export interface DeferredCheckOptions {
  /** Where the elements are in the file (for messages): ['features'], ['articles'], ['places']. */
  path?: readonly string[];
  /** The elements' keys when they are a record's values (messages name the key, not the position). */
  keys?: readonly string[];
  /** Elements checked between readings of the clock: fewer when each element is large. */
  clockEvery?: number;
}

/**
 * Each feature of `features` checked by the schema `schemaOf` picks for it. On the first failure the message names
 * the field by that schema; a feature no schema fits is judged by the whole `collection`, as an up-front check is.
 */
export function deferredCheck(
  file: string,
  value: unknown,
  features: readonly unknown[],
  schemaOf: (f: unknown) => z.ZodType | null,
  collection: z.ZodType,
  { path = ['features'], keys, clockEvery = 64 }: DeferredCheckOptions = {},
): DeferredCheck {
  let next = 0;
  const fail = (): never => {
    const schema = schemaOf(features[next]);
    const own = schema && featureIssues(keys ? keys[next]! : next, schema, features[next], path);
    if (own) throw new DataError(file, own);
    const result = collection.safeParse(value);
    throw new DataError(file, result.success ? [`features[${next}]: invalid`] : issueList(result.error.issues));
  };
  return {
    file,
    step(until) {
      while (next < features.length) {
        const f = features[next];
        if (schemaOf(f)?.safeParse(f).success !== true) fail();
        next++;
        // The clock is read every `clockEvery` features: reading it is not free either.
        if (next % clockEvery === 0 && performance.now() >= until) break;
      }
      return next >= features.length;
    },
  };
}

/** Runs the checks one slice per task via `schedule` (which may hold them while the user waits for something);
 * `onError` gets the first failure. Resolves to whether every check passed. */
export function runDeferredChecks(
  checks: DeferredCheck[],
  schedule: (step: () => void) => void,
  onError: (e: DataError) => void,
  sliceMs = 30,
): Promise<boolean> {
  return new Promise((resolve) => {
    const queue = [...checks];
    const slice = () => {
      const until = performance.now() + sliceMs;
      try {
        while (queue.length > 0 && performance.now() < until) if (queue[0]!.step(until)) queue.shift();
      } catch (e) {
        onError(e instanceof DataError ? e : new DataError(queue[0]?.file ?? 'data', [String(e)]));
        return resolve(false);
      }
      if (queue.length === 0) resolve(true);
      else schedule(slice);
    };
    schedule(slice);
  });
}
