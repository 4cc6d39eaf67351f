// Loads the three files the CLI writes and validates them against the data contract.
// A file that does not validate stops the viewer with a message naming the file and the field.
import { z } from 'zod';
import {
  claimFeatureSchema,
  claimsCollectionSchema,
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

const claimsShellSchema = z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });
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

/** The claims: each feature checked against the branch its type names, which is what the union decides but about
 * five times faster on tens of thousands of claims. Any failure is reported by the union, with its usual message. */
export function validateClaims(file: string, value: unknown): ClaimsCollection {
  const shell = claimsShellSchema.safeParse(value);
  if (shell.success && shell.data.features.every((f) => claimBranch(f)?.safeParse(f).success === true))
    return value as ClaimsCollection;
  return validate(file, claimsCollectionSchema, value);
}

/** Compact held-area claims may carry their circle's centre only (a Point): the circle is drawn here, as the CLI drew
 * it. Anything else is left for validation to judge. */
function drawCircles(value: unknown): unknown {
  const features = (value as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return value;
  for (const f of features as { geometry?: { type?: unknown; coordinates?: unknown }; properties?: { type?: unknown; areaKm2?: unknown } }[]) {
    const g = f?.geometry;
    const at = g?.coordinates;
    const area = f?.properties?.areaKm2;
    if (f?.properties?.type !== 'area-held' || g?.type !== 'Point' || typeof area !== 'number' || area <= 0) continue;
    if (!Array.isArray(at) || at.length !== 2 || !at.every((x) => typeof x === 'number' && Number.isFinite(x))) continue;
    f.geometry = heldAreaCircle(at as [number, number], area);
  }
  return value;
}

/** Validates the files (fetched by `fetchAll`, usually already in flight from prefetch.ts). */
export async function loadDataset(fetched: Fetched, base: URL): Promise<Dataset> {
  const get = async <T>(file: DataFile, schema: z.ZodType<T>): Promise<T> => validate(file, schema, await fetched[file]);
  const [places, claims, events, report, index] = await Promise.all([
    fetched.placesFile.then(async (name) => validate(name, placesCollectionSchema, await fetched['places.geojson'])),
    fetched.claimsFile.then(async (name) => {
      const value = await fetched['claims.geojson'];
      return validateClaims(name, name === 'claims.compact.geojson' ? drawCircles(value) : value);
    }),
    get('events.geojson', eventsCollectionSchema),
    fetched.reportSummary.then(async (summary) =>
      validate(summary ? 'report.summary.json' : 'report.json', reportSchema, await fetched['report.json']),
    ),
    fetched.mentionIndex.then((i) => (i === undefined ? undefined : validate('mentions.index.json', mentionIndexSchema, i))),
  ]);
  if (await fetched.reportSummary)
    deferIssues(report, async () => validate('report.json', reportSchema, await fetchJson(new URL('report.json', base), 'report.json')).issues);
  const compactClaims = (await fetched.claimsFile) === 'claims.compact.geojson';
  return {
    places,
    claims,
    events,
    report,
    ...(index ? { mentions: createMentionSource(index, base) } : {}),
    ...(compactClaims ? { claimQuotes: createClaimQuoteSource(claims, base) } : {}),
  };
}
