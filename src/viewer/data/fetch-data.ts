// Fetching the generated data files, apart from validating them (data.ts) so that prefetch.ts can start the
// downloads without pulling zod and the schemas in front of it.
export const DATA_FILES = ['places.geojson', 'claims.geojson', 'events.geojson', 'report.json'] as const;
export type DataFile = (typeof DATA_FILES)[number];

export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}

export async function fetchJson(url: URL, file: string): Promise<unknown> {
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

/** Starts all three downloads; the JSON of each, or a DataError naming the file. */
export function fetchAll(base: URL): Record<DataFile, Promise<unknown>> {
  const out = {} as Record<DataFile, Promise<unknown>>;
  for (const file of DATA_FILES) {
    out[file] = fetchJson(new URL(file, base), file);
    // Awaited later by loadDataset: a failure must not count as an unhandled rejection in the meantime.
    out[file].catch(() => {});
  }
  return out;
}
