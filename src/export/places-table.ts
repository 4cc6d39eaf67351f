// places.geojson as one row per place. Mentions stay in the GeoJSON (they are many, and the viewer's compact form
// loads them on demand, so the row uses only the counts both have).
import type { PlacesCollection } from '../core/schema.ts';
import { joinList, type Column, type Table } from './table.ts';

export const placeColumns: readonly Column[] = [
  { name: 'id', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'country', type: 'string' },
  { name: 'admin1', type: 'string' },
  { name: 'lat', type: 'double' },
  { name: 'lon', type: 'double' },
  { name: 'precision', type: 'string' },
  { name: 'confidence', type: 'double' },
  { name: 'source', type: 'string' },
  { name: 'mentionCount', type: 'int' },
  { name: 'articleCount', type: 'int' },
  { name: 'variants', type: 'string' },
  { name: 'note', type: 'string' },
];

export function placesTable(places: PlacesCollection): Table {
  const rows = places.features.map((f) => {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    return {
      geometry: f.geometry,
      values: {
        id: p.id,
        name: p.name,
        kind: p.kind,
        country: p.country,
        admin1: p.admin1,
        lat,
        lon,
        precision: p.precision,
        confidence: p.confidence,
        source: p.source,
        mentionCount: p.mentionCount,
        articleCount: p.articleCount,
        variants: joinList(p.variants),
        note: p.note ?? null,
      },
      label: p.name,
      summary: `${p.name} (${p.kind}, ${p.admin1 ? `${p.admin1}, ` : ''}${p.country}): ${p.mentionCount} mention${p.mentionCount === 1 ? '' : 's'} in ${p.articleCount} article${p.articleCount === 1 ? '' : 's'}; confidence ${p.confidence}; coordinates from ${p.source}`,
    };
  });
  return { name: 'places', columns: placeColumns, rows };
}
