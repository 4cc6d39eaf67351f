/** The files `briefmap geocode` writes: the contract for GIS tools. */
export const OUTPUT_FILES = ['places.geojson', 'claims.geojson', 'events.geojson', 'report.json'] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

/** What the viewer loads instead of places.geojson and claims.geojson (which stay the contract for GIS tools): the
 * places without their mentions, the mentions in pages it reads with HTTP byte ranges when a popup opens, and the
 * claims without indentation, without what the viewer draws or looks up again (compact-claims.ts) and without their
 * quotes (a line of claims.quotes.json per claim, read with a byte range from the offsets in claims.quotes.index.json
 * when its popup opens), and the report, unindented, without its issues (read by the
 * viewer after its first idle, or when the list of names not on the map is opened), and the events without
 * indentation. Older output may lack them. */
export const VIEWER_FILES = [
  'places.compact.geojson',
  'mentions.json',
  'mentions.index.json',
  'claims.compact.geojson',
  'report.summary.json',
  'claims.quotes.json',
  'claims.quotes.index.json',
  'events.compact.geojson',
] as const;
