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
import { DataError, fetchJson, type DataFile, type Fetched } from './fetch-data.ts';
import { deferIssues } from './report-issues.ts';
import { heldAreaCircle } from '../../core/held-area-circle.ts';
import { createClaimQuoteSource, type ClaimQuoteSource } from './claim-quotes.ts';
import { mentionIndexSchema } from '../../core/mention-index.ts';
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

/** Compact held-area claims may carry their circle's centre only (a Point): the circle is drawn here, as the CLI drew
 * it, when its geometry is first read (a corpus has thousands of circles and draws at most 50 at a date, so drawing
 * them all up front cost a fifth of a second before the first frame). Anything else is left for validation to judge. */
function drawCircles(value: unknown): unknown {
  const features = (value as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return value;
  for (const f of features as { geometry?: { type?: unknown; coordinates?: unknown }; properties?: { type?: unknown; areaKm2?: unknown } }[]) {
    const g = f?.geometry;
    const at = g?.coordinates;
    const area = f?.properties?.areaKm2;
    if (f?.properties?.type !== 'area-held' || g?.type !== 'Point' || typeof area !== 'number' || area <= 0) continue;
    if (!Array.isArray(at) || at.length !== 2 || !at.every((x) => typeof x === 'number' && Number.isFinite(x))) continue;
    let circle: ReturnType<typeof heldAreaCircle> | null = null;
    Object.defineProperty(f, 'geometry', {
      enumerable: true,
      configurable: true,
      get: () => (circle ??= heldAreaCircle(at as [number, number], area)),
      set: (value: unknown) => Object.defineProperty(f, 'geometry', { value, writable: true, enumerable: true, configurable: true }),
    });
  }
  return value;
}

/** The dataset, and the full checks of its large collections still to run (after the first idle). */
export interface LoadedDataset {
  dataset: Dataset;
  deferred: DeferredCheck[];
}

/** Validates the files (fetched by `fetchAll`, usually already in flight from prefetch.ts): the places, the report and
 * the mention index in full, the claims and events for their shape (their full check is returned, to run later). */
export async function loadDataset(fetched: Fetched, base: URL): Promise<LoadedDataset> {
  const deferred: DeferredCheck[] = [];
  const [places, claims, events, report, index] = await Promise.all([
    fetched.placesFile.then(async (name) => validate(name, placesCollectionSchema, await fetched['places.geojson'])),
    fetched.claimsFile.then(async (name) => {
      const raw = await fetched['claims.geojson'];
      const value = name === 'claims.compact.geojson' ? drawCircles(raw) : raw;
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
      validate(summary ? 'report.summary.json' : 'report.json', reportSchema, await fetched['report.json']),
    ),
    fetched.mentionIndex.then((i) => (i === undefined ? undefined : validate('mentions.index.json', mentionIndexSchema, i))),
  ]);
  if (await fetched.reportSummary)
    deferIssues(report, async () => validate('report.json', reportSchema, await fetchJson(new URL('report.json', base), 'report.json')).issues);
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
