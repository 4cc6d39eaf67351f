// The offline basemap: Natural Earth land, country borders, RU/UA/BY oblast borders and labels,
// all from data/basemap (built by scripts/build-basemap.ts). No glyphs URL: MapLibre draws the
// label glyphs locally with the browser's fonts, so no font server is needed.
import type { StyleSpecification } from 'maplibre-gl';

export const LABEL_FONT = ['Noto Sans Regular'];
const NE = '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>';

export function embeddedStyle(base: URL): StyleSpecification {
  const src = (file: string) => ({ type: 'geojson' as const, data: new URL(`data/basemap/${file}`, base).href, attribution: NE });
  return {
    version: 8,
    name: 'briefmap embedded',
    sources: {
      land: src('land.geojson'),
      borders: src('borders.geojson'),
      admin1: src('admin1.geojson'),
      labels: src('labels.geojson'),
    },
    layers: [
      { id: 'bg-sea', type: 'background', paint: { 'background-color': '#cfdfe8' } },
      { id: 'bm-land', type: 'fill', source: 'land', paint: { 'fill-color': '#f6f3ec' } },
      {
        id: 'bm-admin1-theatre',
        type: 'fill',
        source: 'admin1',
        filter: ['in', ['get', 'code'], ['literal', ['RU-KRS', 'RU-BEL', 'RU-BRY', 'UA-59']]],
        paint: { 'fill-color': '#efe7d6' },
      },
      {
        id: 'bm-admin1-line',
        type: 'line',
        source: 'admin1',
        minzoom: 3,
        paint: { 'line-color': '#a99bb5', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 8, 1.2], 'line-dasharray': [3, 2] },
      },
      {
        id: 'bm-borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': '#7d6f8c', 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 2.2] },
      },
      {
        id: 'bm-admin1-label',
        type: 'symbol',
        source: 'labels',
        minzoom: 5,
        filter: ['==', ['get', 'kind'], 'admin1'],
        layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 11, 'text-transform': 'uppercase', 'text-letter-spacing': 0.08, 'text-max-width': 8 },
        paint: { 'text-color': '#8b7f97', 'text-halo-color': '#f6f3ec', 'text-halo-width': 1.2 },
      },
      {
        id: 'bm-country-label',
        type: 'symbol',
        source: 'labels',
        filter: ['all', ['==', ['get', 'kind'], 'country'], ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 3, 2, 4, 3]]],
        layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 6, 15], 'text-max-width': 7 },
        paint: { 'text-color': '#5b516a', 'text-halo-color': '#f6f3ec', 'text-halo-width': 1.5 },
      },
    ],
  };
}
