// The report's issues when the viewer opened report.summary.json (the report with `"issues": []`): on a large corpus
// they are most of report.json's bytes and nothing before the first idle shows them. They are fetched after the first
// idle, or as soon as something needs them (the list of names not on the map, an upload merging into the report),
// and then written into the same report object.
import type { Report, ReportIssue } from '../../core/schema.ts';

interface Deferred {
  start(): Promise<void>;
  loaded: Promise<void>;
}

const deferred = new WeakMap<Report, Deferred>();

/** Marks `report` as a summary whose issues `fetchIssues` reads. */
export function deferIssues(report: Report, fetchIssues: () => Promise<ReportIssue[]>): void {
  let started: Promise<void> | null = null;
  let resolveLoaded!: () => void;
  const loaded = new Promise<void>((resolve) => (resolveLoaded = resolve));
  deferred.set(report, {
    loaded,
    start: () =>
      (started ??= fetchIssues().then(
        (issues) => {
          report.issues = issues;
          deferred.delete(report);
          resolveLoaded();
        },
        (e: unknown) => {
          started = null; // a failed read may be retried
          throw e;
        },
      )),
  });
}

/** Whether the report's issues are still to be fetched. */
export function issuesPending(report: Report): boolean {
  return deferred.has(report);
}

/** Fetches the issues if they are still missing; resolves once `report.issues` holds them. */
export function loadIssues(report: Report): Promise<void> {
  return deferred.get(report)?.start() ?? Promise.resolve();
}

/** Resolves once the issues are there, without starting their download. */
export function issuesLoaded(report: Report): Promise<void> {
  return deferred.get(report)?.loaded ?? Promise.resolve();
}
