// Loads the three files the CLI writes and validates them against the data contract.
// A file that does not validate stops the viewer with a message naming the file and the field.
import type { z } from 'zod';
import {
  claimsCollectionSchema,
  placesCollectionSchema,
  reportSchema,
  type ClaimsCollection,
  type PlacesCollection,
  type Report,
} from '../core/schema.ts';

export interface Dataset {
  places: PlacesCollection;
  claims: ClaimsCollection;
  report: Report;
}

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

/** "features[3].properties.confidence" */
function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : `${out ? '.' : ''}${String(k)}`;
  return out || '(root)';
}

export function validate<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((i) => `${pathOf(i.path)}: ${i.message}`);
  if (result.error.issues.length > 5) problems.push(`and ${result.error.issues.length - 5} more`);
  throw new DataError(file, problems);
}

async function fetchJson(url: URL, file: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new DataError(file, [`could not be fetched (${(e as Error).message})`]);
  }
  if (!res.ok) throw new DataError(file, [`HTTP ${res.status}: run \`npm run geocode\` to generate it`]);
  try {
    return await res.json();
  } catch {
    throw new DataError(file, ['is not valid JSON']);
  }
}

export async function loadDataset(base: URL): Promise<Dataset> {
  const get = async <T>(file: string, schema: z.ZodType<T>): Promise<T> =>
    validate(file, schema, await fetchJson(new URL(file, base), file));
  const [places, claims, report] = await Promise.all([
    get('places.geojson', placesCollectionSchema),
    get('claims.geojson', claimsCollectionSchema),
    get('report.json', reportSchema),
  ]);
  return { places, claims, report };
}
