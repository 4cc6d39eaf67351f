// Loads the three files the CLI writes and validates them against the data contract.
// A file that does not validate stops the viewer with a message naming the file and the field.
import { z } from 'zod';
import {
  claimFeatureSchema,
  claimsCollectionSchema,
  controlEventFeatureSchema,
  eventsCollectionSchema,
  placesCollectionSchema,
  reportSchema,
  type ClaimsCollection,
  type EventsCollection,
  type PlacesCollection,
  type Report,
} from '../../core/schema.ts';
import { issueList } from '../../core/validation-message.ts';
import { DataError, fetchJson, type Fetched } from './fetch-data.ts';
import { deferIssues } from './report-issues.ts';
import { inBackground } from '../app/background.ts';
import { expandCompactClaims } from '../../core/compact-claims.ts';
import { createClaimQuoteSource, type ClaimQuoteSource } from './claim-quotes.ts';
import { mentionIndexSchema, type MentionIndex } from '../../core/mention-index.ts';
import { createMentionSource, type MentionSource } from './mentions.ts';
import { deferredCheck, type DeferredCheck } from './deferred-validation.ts';

export { DataError };

export interface Dataset {
  places: PlacesCollection;
  claims: ClaimsCollection;
  events: EventsCollection;
  report: Report;
  /** With the compact form: where the places' mentions are (their `mentions` then hold only uploaded ones). */
  mentions?: MentionSource;
  /** With claims.compact.geojson: where the claims' quotes are (the claims hold empty ones until read). */
  claimQuotes?: ClaimQuoteSource;
}

export function validate<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DataError(file, issueList(result.error.issues));
}

const shellSchema = z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });
const claimBranches = claimFeatureSchema.options;
/** The branch of the claim union for a feature's `properties.type` (the union itself tries every branch in turn). */
function claimBranch(f: unknown): (typeof claimBranches)[number] | null {
  const type = (f as { properties?: { type?: unknown } } | null)?.properties?.type;
  for (const b of claimBranches) {
    const t = b.shape.properties.shape.type;
    if (t instanceof z.ZodLiteral ? t.value === type : (t.options as readonly unknown[]).includes(type)) return b;
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What drawing needs before the full check: a FeatureCollection whose features are objects with a geometry and
 * properties (of a known claim type, for claims). Anything else fails at once, worded by the full schema. The full
 * check of each feature follows after the first idle (deferred-validation.ts).
 */
function shellChecked<T>(file: string, value: unknown, collection: z.ZodType<T>, known: (f: unknown) => boolean): T {
  const shell = shellSchema.safeParse(value);
  const ok = shell.success && shell.data.features.every((f) => isRecord(f) && isRecord(f.properties) && 'geometry' in f && known(f));
  return ok ? (value as T) : validate(file, collection, value);
}

/** Each article's outlet in the report as fetched (checked later: anything that is not a string is no outlet). */
async function outletsOf(report: Promise<unknown>): Promise<(file: string) => string | undefined> {
  const articles = await report.then((r) => (r as { articles?: unknown } | null)?.articles).catch(() => undefined);
  const outlets = new Map<string, string>();
  if (Array.isArray(articles))
    for (const a of articles as ({ file?: unknown; outlet?: unknown } | null)[])
      if (typeof a?.file === 'string' && typeof a.outlet === 'string') outlets.set(a.file, a.outlet);
  return (file) => outlets.get(file);
}

const articleSchema = reportSchema.shape.articles.element;
const reportShellSchema = reportSchema.extend({ articles: z.array(z.unknown()) });
/** The report checked in full but for its articles, each of which only needs to be an object before the first draw:
 * zod takes a fifth of a second over 10,000 of them in the page (the rest of their check is deferred). */
function reportChecked(file: string, value: unknown, deferred: DeferredCheck[]): Report {
  const shell = reportShellSchema.safeParse(value);
  if (!shell.success || !shell.data.articles.every(isRecord)) return validate(file, reportSchema, value);
  deferred.push(deferredCheck(file, value, shell.data.articles, () => articleSchema, reportSchema, { path: ['articles'] }));
  return value as Report;
}

const placeEntrySchema = mentionIndexSchema.shape.places.valueType;
const indexShellSchema = mentionIndexSchema.extend({ places: z.record(z.string(), z.unknown()) });
/** Likewise the mention index but for its places' entries (a busy place's lists its thousands of articles). */
function indexChecked(file: string, value: unknown, deferred: DeferredCheck[]): MentionIndex {
  const shell = indexShellSchema.safeParse(value);
  if (!shell.success || !Object.values(shell.data.places).every(isRecord)) return validate(file, mentionIndexSchema, value);
  const places = shell.data.places;
  const check = deferredCheck(file, value, Object.values(places), () => placeEntrySchema, mentionIndexSchema, {
    path: ['places'],
    keys: Object.keys(places),
    clockEvery: 1,
  });
  deferred.push(check);
  return value as MentionIndex;
}

const issueSchema = reportSchema.shape.issues.element;
/** The issues of report.json, read after the first idle (its articles are the summary's, checked already): checked
 * 30 ms at a time in the background turn (held while a popup reads its page of mentions), so that a popup opened
 * meanwhile is not kept waiting behind one long check of tens of thousands of issues. */
async function issuesChecked(file: string, value: unknown): Promise<Report['issues']> {
  const issues = (value as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return validate(file, reportSchema, value).issues;
  const check = deferredCheck(file, value, issues, () => issueSchema, reportSchema, { path: ['issues'] });
  while (!check.step(performance.now() + 30)) await new Promise<void>((next) => inBackground(next));
  return issues as Report['issues'];
}

/** The dataset, and the full checks of its large collections still to run (after the first idle). */
export interface LoadedDataset {
  dataset: Dataset;
  deferred: DeferredCheck[];
}

/** Validates the files (fetched by `fetchAll`, usually already in flight from prefetch.ts): the places in full, the
 * claims and events for their shape, the report but its articles and the mention index but its places' entries (the
 * full checks are returned, to run later). */
export async function loadDataset(fetched: Fetched, base: URL): Promise<LoadedDataset> {
  const deferred: DeferredCheck[] = [];
  const [places, claims, events, report, index] = await Promise.all([
    fetched.placesFile.then(async (name) => validate(name, placesCollectionSchema, await fetched['places.geojson'])),
    fetched.claimsFile.then(async (name) => {
      const raw = await fetched['claims.geojson'];
      // The compact claims' single sources name their article's outlet through the report (compact-claims.ts).
      const value = name === 'claims.compact.geojson' ? expandCompactClaims(raw, await outletsOf(fetched['report.json'])) : raw;
      const claims = shellChecked(name, value, claimsCollectionSchema, (f) => claimBranch(f) !== null);
      deferred.push(deferredCheck(name, value, claims.features, claimBranch, claimsCollectionSchema));
      return claims;
    }),
    fetched['events.geojson'].then((value) => {
      // Which file it came from is not kept: the compact form is the same contract, unindented.
      const file = 'events.geojson';
      const events = shellChecked(file, value, eventsCollectionSchema, () => true);
      deferred.push(deferredCheck(file, value, events.features, () => controlEventFeatureSchema, eventsCollectionSchema));
      return events;
    }),
    fetched.reportSummary.then(async (summary) =>
      reportChecked(summary ? 'report.summary.json' : 'report.json', await fetched['report.json'], deferred),
    ),
    fetched.mentionIndex.then((i) => (i === undefined ? undefined : indexChecked('mentions.index.json', i, deferred))),
  ]);
  if (await fetched.reportSummary)
    deferIssues(report, async () => issuesChecked('report.json', await fetchJson(new URL('report.json', base), 'report.json')));
  const compactClaims = (await fetched.claimsFile) === 'claims.compact.geojson';
  const dataset: Dataset = {
    places,
    claims,
    events,
    report,
    ...(index ? { mentions: createMentionSource(index, base) } : {}),
    ...(compactClaims ? { claimQuotes: createClaimQuoteSource(claims, base) } : {}),
  };
  return { dataset, deferred };
}
