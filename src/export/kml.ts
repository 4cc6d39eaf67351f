// KML (and KMZ: the same document zipped as doc.kml) by @placemarkio/tokml: one Folder per layer, one Placemark
// per row with every column as ExtendedData. Google Earth renders a placemark's <description> as HTML, so the
// description (built from untrusted article text) is HTML-escaped first; the XML itself is escaped by tokml.
import { foldersToKML } from '@placemarkio/tokml';
import { strToU8 } from 'fflate';
import type { Feature, Geometry } from 'geojson';
import type { Table } from './table.ts';
import { zipFiles } from './archive.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

function placemark(table: Table, row: Table['rows'][number], omit: ReadonlySet<string>): Feature<Geometry | null> {
  const properties: Record<string, string | number | boolean> = { name: row.label, description: escapeHtml(row.summary) };
  for (const c of table.columns) {
    const v = row.values[c.name];
    // A place's `name` column is its label already (the placemark name); nulls are left out, not written as "null".
    if (v === null || v === undefined || omit.has(c.name) || c.name === 'name') continue;
    properties[c.name] = v;
  }
  return { type: 'Feature', geometry: row.geometry!, properties };
}

export function toKml(tables: readonly Table[], omit: ReadonlySet<string> = new Set()): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${foldersToKML({
    type: 'root',
    children: tables.map((t) => ({
      type: 'folder',
      meta: { name: t.name },
      children: t.rows.filter((r) => r.geometry !== null).map((r) => placemark(t, r, omit)),
    })),
  })}\n`;
}

export function toKmz(tables: readonly Table[], omit: ReadonlySet<string> = new Set()): Uint8Array {
  return zipFiles([{ name: 'doc.kml', bytes: strToU8(toKml(tables, omit)) }]);
}
