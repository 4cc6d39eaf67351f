// Fetching the generated data files, apart from validating them (data.ts) so that prefetch.ts can start the
// downloads without pulling zod and the schemas in front of it.
import type { OutputFile } from '../../core/output-files.ts';

export type DataFile = OutputFile;

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

/** The JSON of a file the output may lack (written by newer versions of `briefmap geocode`), else undefined. */
async function fetchOptional(url: URL, file: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    return undefined;
  }
  if (!res.ok) return undefined;
  try {
    return await res.json();
  } catch {
    throw new DataError(file, ['is not valid JSON']);
  }
}

/** What the viewer fetches: the three files, except that the places come without their mentions when the output
 * has the compact form (places.compact.geojson + mentions.index.json; mentions.json is read a page at a time). */
export interface Fetched extends Record<DataFile, Promise<unknown>> {
  /** The mention index, or undefined when the places came with their mentions. */
  mentionIndex: Promise<unknown>;
  /** Which file the places and the claims came from (for messages). */
  placesFile: Promise<string>;
  claimsFile: Promise<string>;
  /** Whether 'report.json' above is report.summary.json (the report without its issues, fetched later). */
  reportSummary: Promise<boolean>;
}

/** The compact file when the output has it, else the full one; and the name of the one read. */
function compactOrFull(base: URL, compactFile: string, fullFile: string): { json: Promise<unknown>; compact: Promise<unknown>; file: Promise<string> } {
  const compact = fetchOptional(new URL(compactFile, base), compactFile);
  return {
    compact,
    json: compact.then((c) => (c === undefined ? fetchJson(new URL(fullFile, base), fullFile) : c)),
    file: compact.then((c) => (c === undefined ? fullFile : compactFile), () => compactFile),
  };
}

/** Starts all downloads at once; the JSON of each, or a DataError naming the file. */
export function fetchAll(base: URL): Fetched {
  const places = compactOrFull(base, 'places.compact.geojson', 'places.geojson');
  const claims = compactOrFull(base, 'claims.compact.geojson', 'claims.geojson');
  const report = compactOrFull(base, 'report.summary.json', 'report.json');
  const index = fetchOptional(new URL('mentions.index.json', base), 'mentions.index.json');
  const out: Fetched = {
    'places.geojson': places.json,
    'claims.geojson': claims.json,
    // Output written before control events existed has none: an empty collection, not an error.
    'events.geojson': fetchOptional(new URL('events.compact.geojson', base), 'events.compact.geojson')
      .then((c) => c ?? fetchOptional(new URL('events.geojson', base), 'events.geojson'))
      .then((e) => e ?? { type: 'FeatureCollection', features: [] }),
    // The report's issues (most of its bytes on a large corpus) are not needed before the first idle.
    'report.json': report.json,
    // Compact places have no mentions of their own: the index says where they are.
    mentionIndex: Promise.all([places.compact, index]).then(([c, i]) => (c === undefined ? undefined : i)),
    placesFile: places.file,
    claimsFile: claims.file,
    reportSummary: report.compact.then((c) => c !== undefined),
  };
  // Awaited later by loadDataset: a failure must not count as an unhandled rejection in the meantime.
  for (const p of Object.values(out)) p.catch(() => {});
  return out;
}
