// Well-known text of the three geometries claims use, so a spreadsheet row still carries its exact shape
// (QGIS and PostGIS read it from a CSV column).
import type { ExportGeometry } from './table.ts';

const pair = (c: readonly number[]): string => `${c[0]} ${c[1]}`;

export function toWkt(g: ExportGeometry | null): string {
  if (g === null) return '';
  switch (g.type) {
    case 'Point':
      return `POINT (${pair(g.coordinates)})`;
    case 'LineString':
      return `LINESTRING (${g.coordinates.map(pair).join(', ')})`;
    case 'Polygon':
      return `POLYGON (${g.coordinates.map((ring) => `(${ring.map(pair).join(', ')})`).join(', ')})`;
  }
}
