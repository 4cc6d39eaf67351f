// OSM place extracts: GeoJSON (a FeatureCollection as osmium export or ogr2ogr write it, one feature per line, or
// GeoJSON text sequences) and CSV (overpass `out:csv` with ::id/::type/::lat/::lon, or any header with name, name:ru,
// name:uk, place, lat, lon). Each feature or record becomes one plain place record.
import { z } from 'zod';
import type { PlaceKind } from '../../core/schema.ts';

export interface OsmPlace {
  /** "node/123", or null when the extract has no ids. */
  element: string | null;
  tags: Record<string, string>;
  lon: number;
  lat: number;
}

const featureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]).rest(z.number()) }),
});

const ELEMENT = /^(node|way|relation)\/(\d+)$/;
const SHORT_ELEMENT = /^([nwr])(\d+)$/;

function elementOf(id: unknown, props: Record<string, unknown>): string | null {
  const type = props['@type'] ?? props['osm_type'] ?? props['type'];
  const num = props['@id'] ?? props['osm_id'] ?? props['id'];
  for (const v of [id, num]) {
    if (typeof v === 'string' && ELEMENT.test(v)) return v;
    const s = typeof v === 'string' ? SHORT_ELEMENT.exec(v) : null;
    if (s) return `${{ n: 'node', w: 'way', r: 'relation' }[s[1] as 'n' | 'w' | 'r']}/${s[2]}`;
  }
  if (
    typeof type === 'string' &&
    /^(node|way|relation)$/.test(type) &&
    (typeof num === 'number' || (typeof num === 'string' && /^\d+$/.test(num)))
  )
    return `${type}/${num}`;
  return null;
}

/** A GeoJSON feature from one line of an extract; null for the lines around features (`{"type": "FeatureCollection",`,
 * `]}`), for non-point geometries and for features without tags. */
export function osmPlaceFromGeoJsonLine(line: string): OsmPlace | null {
  let text = line.trim().replace(/^\u001e/, '');
  if (text.endsWith(',')) text = text.slice(0, -1);
  if (!text.startsWith('{') || !/"Feature"/.test(text) || /"FeatureCollection"/.test(text)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const f = featureSchema.safeParse(parsed);
  if (!f.success || !f.data.properties) return null;
  const props = f.data.properties;
  const tags = Object.fromEntries(Object.entries(props).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const [lon, lat] = f.data.geometry.coordinates;
  return { element: elementOf(f.data.id, props), tags, lon, lat };
}

/** Every feature of a whole FeatureCollection held in one string (small files written on one line). */
export function osmPlacesFromGeoJson(text: string): OsmPlace[] {
  const fc = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }).parse(JSON.parse(text));
  return fc.features.flatMap((f) => osmPlaceFromGeoJsonLine(JSON.stringify(f)) ?? []);
}

/** Splits one CSV line (RFC 4180 quoting; fields with line breaks are not supported). */
export function splitCsv(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) (out.push(field), (field = ''));
    else field += ch;
  }
  out.push(field);
  return out;
}

/** Reads CSV records once the header line is known. */
export class OsmCsv {
  private readonly columns: string[];
  private readonly delimiter: string;

  constructor(header: string) {
    this.delimiter = header.includes('\t') ? '\t' : header.includes(';') && !header.includes(',') ? ';' : ',';
    this.columns = splitCsv(header, this.delimiter).map((c) => c.trim().replace(/^(::|@)/, ''));
    const has = (...names: string[]) => names.some((n) => this.columns.includes(n));
    if (!has('lat', 'latitude', 'y', 'Y') || !has('lon', 'lng', 'longitude', 'x', 'X') || !has('name'))
      throw new Error('CSV header needs name, lat and lon columns (or ::lat/::lon as overpass writes them)');
  }

  record(line: string): OsmPlace | null {
    if (!line.trim()) return null;
    const cells = splitCsv(line, this.delimiter);
    const row: Record<string, string> = {};
    this.columns.forEach((c, i) => {
      const v = cells[i]?.trim();
      if (v) row[c] = v;
    });
    const lat = Number(row.lat ?? row.latitude ?? row.y ?? row.Y);
    const lon = Number(row.lon ?? row.lng ?? row.longitude ?? row.x ?? row.X);
    if (
      !Number.isFinite(lat) ||
      !Number.isFinite(lon) ||
      Math.abs(lat) > 90 ||
      Math.abs(lon) > 180 ||
      (row.lat ?? row.latitude ?? row.y ?? row.Y) === undefined
    )
      return null;
    return { element: elementOf(row.id, row), tags: row, lon, lat };
  }
}

export function osmKind(place: string | undefined): PlaceKind {
  switch (place) {
    case 'city':
      return 'city';
    case 'town':
      return 'town';
    case 'village':
    case 'hamlet':
    case 'isolated_dwelling':
    case 'farm':
    case 'locality':
      return 'village';
    default:
      return 'other';
  }
}
