// The one flat shape every export format is written from: a layer is typed columns plus rows, each row with its
// geometry, its values and a human label. CSV, KML and FlatGeobuf all read these, so they agree cell for cell.
import type { LineString, Point, Polygon } from 'geojson';

export type CellType = 'string' | 'int' | 'double' | 'bool';
export type Cell = string | number | boolean | null;
export type ExportGeometry = Point | Polygon | LineString;

export interface Column {
  name: string;
  type: CellType;
}

export interface TableRow {
  /** null for a count listed without a place: a CSV row and a KML placemark without geometry, not in FlatGeobuf. */
  geometry: ExportGeometry | null;
  /** One value per column name; null when the data has none. */
  values: Record<string, Cell>;
  /** A short title for map tools (KML placemark name). */
  label: string;
  /** Plain text shown in a map tool's popup (escaped as HTML where the format renders HTML). */
  summary: string;
}

export interface Table {
  name: 'places' | 'claims' | 'events';
  columns: readonly Column[];
  rows: TableRow[];
}

/** Several values in one cell (variants, article files). */
export const LIST_SEPARATOR = ' | ';

export const joinList = (items: readonly string[]): string => items.join(LIST_SEPARATOR);
