// FlatGeobuf by the flatgeobuf package's own builders. Its one-call `geojson.serialize` guesses column types from
// the first feature (a null there makes the column text and breaks the numbers after it) and cannot write an empty
// layer, so the header is built here, with the package's FlatBuffers schema classes, from the table's typed
// columns (its own header helper sits in a module that also pulls a 250 kB zstd WebAssembly into the viewer build);
// geometries and features are the library's. One geometry type per file (readers such as ArcGIS want that):
// claims are split by geometry.
import { Builder } from 'flatbuffers';
import { Column as FgbColumn } from 'flatgeobuf/lib/mjs/flat-geobuf/column.js';
import { Crs } from 'flatgeobuf/lib/mjs/flat-geobuf/crs.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { magicbytes } from 'flatgeobuf/lib/mjs/constants.js';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { CellType, ExportGeometry, Table } from './table.ts';

const COLUMN_TYPES: Record<CellType, ColumnType> = {
  string: ColumnType.String,
  int: ColumnType.Int,
  double: ColumnType.Double,
  bool: ColumnType.Bool,
};
const GEOMETRY_TYPES: Record<ExportGeometry['type'], GeometryType> = {
  Point: GeometryType.Point,
  LineString: GeometryType.LineString,
  Polygon: GeometryType.Polygon,
};
const WGS84 = 4326;

/** The size-prefixed header table: layer name, geometry type, feature count, CRS (EPSG:4326), columns; no index. */
function buildHeader(name: string, header: HeaderMeta): Uint8Array {
  const b = new Builder(1024);
  const columns = Header.createColumnsVector(
    b,
    (header.columns ?? []).map((c) => {
      const columnName = b.createString(c.name);
      FgbColumn.startColumn(b);
      FgbColumn.addName(b, columnName);
      FgbColumn.addType(b, c.type);
      FgbColumn.addNullable(b, c.nullable);
      FgbColumn.addUnique(b, c.unique);
      FgbColumn.addPrimaryKey(b, c.primary_key);
      return FgbColumn.endColumn(b);
    }),
  );
  const org = b.createString('EPSG');
  Crs.startCrs(b);
  Crs.addOrg(b, org);
  Crs.addCode(b, WGS84);
  const crs = Crs.endCrs(b);
  const layerName = b.createString(name);
  Header.startHeader(b);
  Header.addName(b, layerName);
  Header.addGeometryType(b, header.geometryType);
  Header.addColumns(b, columns);
  Header.addFeaturesCount(b, BigInt(header.featuresCount));
  Header.addIndexNodeSize(b, 0);
  Header.addCrs(b, crs);
  b.finishSizePrefixed(Header.endHeader(b));
  return b.asUint8Array();
}

export function toFlatGeobuf(
  table: Table,
  geometryType: ExportGeometry['type'],
  layerName: string,
  omit: ReadonlySet<string> = new Set(),
): Uint8Array {
  const rows = table.rows.filter((r) => r.geometry?.type === geometryType);
  const columns: ColumnMeta[] = table.columns
    .filter((c) => !omit.has(c.name))
    .map((c) => ({
      name: c.name,
      type: COLUMN_TYPES[c.type],
      title: null,
      description: null,
      width: -1,
      precision: -1,
      scale: -1,
      nullable: true,
      unique: c.name === 'id',
      primary_key: c.name === 'id',
    }));
  const header: HeaderMeta = {
    geometryType: GEOMETRY_TYPES[geometryType],
    columns,
    envelope: null,
    featuresCount: rows.length,
    indexNodeSize: 0,
    crs: null,
    title: null,
    description: null,
    metadata: null,
  };
  const parts = [magicbytes, buildHeader(layerName, header)];
  for (const r of rows) {
    const properties = Object.fromEntries(columns.map((c) => [c.name, r.values[c.name] ?? null]));
    parts.push(buildFeature(parseGeometry(r.geometry!), properties, header));
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
