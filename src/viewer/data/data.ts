// Loads the three files the CLI writes and validates them against the data contract.
// A file that does not validate stops the viewer with a message naming the file and the field.
import type { z } from 'zod';
import {
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
import { DataError, type DataFile } from './fetch-data.ts';

export { DataError };

export interface Dataset {
  places: PlacesCollection;
  claims: ClaimsCollection;
  events: EventsCollection;
  report: Report;
}

export function validate<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new DataError(file, issueList(result.error.issues));
}

/** Validates the three files (fetched by `fetchAll`, usually already in flight from prefetch.ts). */
export async function loadDataset(fetched: Record<DataFile, Promise<unknown>>): Promise<Dataset> {
  const get = async <T>(file: DataFile, schema: z.ZodType<T>): Promise<T> => validate(file, schema, await fetched[file]);
  const [places, claims, events, report] = await Promise.all([
    get('places.geojson', placesCollectionSchema),
    get('claims.geojson', claimsCollectionSchema),
    get('events.geojson', eventsCollectionSchema),
    get('report.json', reportSchema),
  ]);
  return { places, claims, events, report };
}
