// FlatGeobuf by the flatgeobuf package's own builders. Its one-call `geojson.serialize` guesses column types from
// the first feature (a null there makes the column text and breaks the numbers after it) and cannot write an empty
// layer, so the header is built here from the table's typed columns; geometries and features are the library's.
// One geometry type per file (FlatGeobuf readers such as ArcGIS want that): claims are split by geometry.
import { buildHeader } from 'flatgeobuf/lib/mjs/generic/featurecollection.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { CellType, ExportGeometry, Table } from './table.ts';

const COLUMN_TYPES: Record<CellType, ColumnType> = { string: ColumnType.String, int: ColumnType.Int, double: ColumnType.Double, bool: ColumnType.Bool };
const GEOMETRY_TYPES: Record<ExportGeometry['type'], GeometryType> = { Point: GeometryType.Point, LineString: GeometryType.LineString, Polygon: GeometryType.Polygon };
const WGS84 = 4326;

export function toFlatGeobuf(table: Table, geometryType: ExportGeometry['type'], omit: ReadonlySet<string> = new Set()): Uint8Array {
  const rows = table.rows.filter((r) => r.geometry.type === geometryType);
  const columns: ColumnMeta[] = table.columns
    .filter((c) => !omit.has(c.name))
    .map((c) => ({ name: c.name, type: COLUMN_TYPES[c.type], title: null, description: null, width: -1, precision: -1, scale: -1, nullable: true, unique: c.name === 'id', primary_key: c.name === 'id' }));
  const header: HeaderMeta = { geometryType: GEOMETRY_TYPES[geometryType], columns, envelope: null, featuresCount: rows.length, indexNodeSize: 0, crs: null, title: null, description: null, metadata: null };
  const parts = [magicbytes, buildHeader(header, WGS84)];
  for (const r of rows) {
    const properties = Object.fromEntries(columns.map((c) => [c.name, r.values[c.name] ?? null]));
    parts.push(buildFeature(parseGeometry(r.geometry), properties, header));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** The geometry types a table has rows of, in a fixed order (places and events: points only). */
export function geometryTypesOf(table: Table): ExportGeometry['type'][] {
  if (table.name !== 'claims') return ['Point'];
  return ['Polygon', 'Point', 'LineString'];
}
