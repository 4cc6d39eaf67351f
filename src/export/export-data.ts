// The analyst exports, as named files in memory: CSV (one file per layer), KML and KMZ (one document, a folder per
// layer), FlatGeobuf (one file per layer and geometry type). DOM-free and Node-free: `briefmap export` writes
// these files to disk, the viewer offers them as downloads; both call exportFiles, so the bytes are the same.
import type { ClaimsCollection, EventsCollection, PlacesCollection, Report } from '../core/schema.ts';
import { articleIndex } from './articles.ts';
import { placesTable } from './places-table.ts';
import { claimsTable, geometryTextColumns } from './claims-table.ts';
import { eventsTable } from './events-table.ts';
import { toCsv } from './csv.ts';
import { toKml, toKmz } from './kml.ts';
import { geometryTypesOf, toFlatGeobuf } from './fgb.ts';
import type { ExportGeometry, Table } from './table.ts';
import type { ExportFormat } from './formats.ts';

export { ExportFormatError, exportFormats, parseFormats, type ExportFormat } from './formats.ts';

export interface ExportInput {
  places: PlacesCollection;
  claims: ClaimsCollection;
  /** events.geojson; null for output written before briefmap extracted events. */
  events: EventsCollection | null;
  /** report.json: titles and outlets of the articles. */
  report: Pick<Report, 'articles'> | null;
}

export interface ExportOptions {
  /** CSV only: a UTF-8 byte order mark for Excel. */
  bom?: boolean;
}

export interface ExportFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export function exportTables(input: ExportInput): Table[] {
  const articles = articleIndex(input.report);
  const tables = [placesTable(input.places), claimsTable(input.claims, input.places, articles)];
  if (input.events) tables.push(eventsTable(input.events, articles));
  return tables;
}

const encoder = new TextEncoder();
const GEOMETRY_SUFFIX: Record<ExportGeometry['type'], string> = { Polygon: 'polygons', Point: 'points', LineString: 'lines' };

function filesOf(format: ExportFormat, tables: readonly Table[], options: ExportOptions): ExportFile[] {
  switch (format) {
    case 'csv':
      return tables.map((t) => ({
        name: `${t.name}.csv`,
        mime: 'text/csv;charset=utf-8',
        bytes: encoder.encode(toCsv(t, { bom: options.bom ?? false })),
      }));
    case 'kml':
      return [
        { name: 'briefmap.kml', mime: 'application/vnd.google-earth.kml+xml', bytes: encoder.encode(toKml(tables, geometryTextColumns)) },
      ];
    case 'kmz':
      return [{ name: 'briefmap.kmz', mime: 'application/vnd.google-earth.kmz', bytes: toKmz(tables, geometryTextColumns) }];
    case 'fgb':
      return tables.flatMap((t) =>
        geometryTypesOf(t).map((g) => {
          const layer = t.name === 'claims' ? `claims-${GEOMETRY_SUFFIX[g]}` : t.name;
          return { name: `${layer}.fgb`, mime: 'application/octet-stream', bytes: toFlatGeobuf(t, g, layer, geometryTextColumns) };
        }),
      );
  }
}

/** Every file of the chosen formats, sorted by name. Same input, same bytes. */
export function exportFiles(input: ExportInput, formats: readonly ExportFormat[], options: ExportOptions = {}): ExportFile[] {
  const tables = exportTables(input);
  return formats.flatMap((f) => filesOf(f, tables, options)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
