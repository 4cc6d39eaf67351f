// The embedded basemap style: vector tiles and SDF glyphs built by scripts/build-basemap.ts into data/basemap/
// (Natural Earth 10m, the gazetteer's settlements, Noto Sans). DOM-free: the viewer, the export renderer and the
// render tests use the same style. Quiet colours, so that data drawn on top (claims, places) stays the figure.
import type { StyleSpecification, LayerSpecification, ExpressionSpecification } from 'maplibre-gl';

export const LABEL_FONT = ['Noto Sans Regular'];
export const BOLD_FONT = ['Noto Sans Bold'];
export const ITALIC_FONT = ['Noto Sans Italic'];
export const BASEMAP_ATTRIBUTION =
  '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a> · <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> · ' +
  // The villages of data/gazetteer/ua-osm-settlements.json (from nuclearfall/sitrepc2@1a335e5): the ODbL asks for this line.
  '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">© OpenStreetMap contributors, ODbL</a> (villages via nuclearfall/sitrepc2@1a335e5)';

export const BASEMAP_COLOURS = {
  sea: '#c6dae6',
  land: '#f4f1ea',
  water: '#c6dae6',
  river: '#8db4d3',
  border: '#6f6480',
  admin1: '#a699b3',
  countryLabel: '#6d6378',
  regionLabel: '#8a7f96',
  place: '#2f2a36',
  placeLocal: '#6b6475',
  halo: '#f4f1ea',
};
const C = BASEMAP_COLOURS;

const zoomLinear = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

/** English name; from `localFrom` on, the local (Cyrillic) name under it, smaller and lighter. */
function bilingual(localFrom: number): ExpressionSpecification {
  return [
    'step',
    ['zoom'],
    ['get', 'name'],
    localFrom,
    [
      'case',
      ['has', 'local'],
      ['format', ['get', 'name'], {}, '\n', {}, ['get', 'local'], { 'font-scale': 0.82, 'text-color': C.placeLocal }],
      ['get', 'name'],
    ],
  ] as ExpressionSpecification;
}

/** Settlement labels in three size classes, the dot and the name placed together (one symbol); later layers are
 * placed first, so cities win collisions over towns and towns over villages. */
function placeLayers(): LayerSpecification[] {
  const classes: Array<{
    id: string;
    filter: ExpressionSpecification;
    minzoom: number;
    size: ExpressionSpecification;
    font: string[];
    icon: string;
    local: number;
  }> = [
    {
      id: 'bm-place-village',
      filter: ['>=', ['get', 'minzoom'], 10],
      minzoom: 10,
      size: zoomLinear(10, 10.5, 14, 13),
      font: LABEL_FONT,
      icon: 'dot-village',
      local: 12,
    },
    {
      id: 'bm-place-town',
      filter: ['all', ['>=', ['get', 'minzoom'], 7], ['<', ['get', 'minzoom'], 10]],
      minzoom: 6,
      size: zoomLinear(6, 10.5, 10, 12.5, 14, 15),
      font: LABEL_FONT,
      icon: 'dot-town',
      local: 10,
    },
    {
      id: 'bm-place-city',
      filter: ['<', ['get', 'minzoom'], 7],
      minzoom: 2,
      size: zoomLinear(3, 10.5, 7, 13, 12, 17),
      font: BOLD_FONT,
      icon: 'dot-city',
      local: 8,
    },
  ];
  return classes.map((c) => ({
    id: c.id,
    type: 'symbol',
    source: 'basemap',
    'source-layer': 'place',
    minzoom: c.minzoom,
    filter: ['all', c.filter, ['<=', ['get', 'minzoom'], ['zoom']]],
    layout: {
      'icon-image': ['case', ['==', ['get', 'capital'], 2], 'dot-capital', c.icon],
      'text-field': bilingual(c.local),
      'text-font': c.font,
      'text-size': c.size,
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.5,
      'text-justify': 'auto',
      'text-max-width': 9,
      'symbol-sort-key': ['get', 'rank'],
      'text-padding': 3,
    },
    paint: { 'text-color': C.place, 'text-halo-color': C.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 },
  }));
}

/** The offline basemap; `base` is the viewer's base URL (data/basemap/ lies under it). */
export function basemapStyle(base: URL | string): StyleSpecification {
  const root = new URL('data/basemap/', base).href;
  return {
    version: 8,
    name: 'briefmap embedded',
    glyphs: `${root}glyphs/{fontstack}/{range}.pbf`,
    sprite: `${root}sprite`,
    sources: {
      basemap: {
        type: 'vector',
        tiles: [`${root}tiles/{z}/{x}/{y}.pbf`],
        minzoom: 0,
        maxzoom: 9,
        attribution: BASEMAP_ATTRIBUTION,
        // Detail tiles exist only around the theatre: elsewhere MapLibre draws the nearest ancestor.
        sparse: true,
      } as StyleSpecification['sources'][string],
    },
    layers: [
      { id: 'bg-sea', type: 'background', paint: { 'background-color': C.sea } },
      { id: 'bm-land', type: 'fill', source: 'basemap', 'source-layer': 'land', paint: { 'fill-color': C.land, 'fill-antialias': false } },
      { id: 'bm-water', type: 'fill', source: 'basemap', 'source-layer': 'water', paint: { 'fill-color': C.water } },
      {
        id: 'bm-river',
        type: 'line',
        source: 'basemap',
        'source-layer': 'river',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': C.river,
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            4,
            ['case', ['<=', ['get', 'rank'], 7], 0.8, 0.4],
            9,
            ['case', ['<=', ['get', 'rank'], 9], 2, 1.1],
            13,
            ['case', ['<=', ['get', 'rank'], 9], 3.5, 2],
          ],
        },
      },
      {
        id: 'bm-admin1-line',
        type: 'line',
        source: 'basemap',
        'source-layer': 'boundary',
        minzoom: 3,
        filter: ['==', ['get', 'level'], 4],
        layout: { 'line-join': 'round' },
        paint: { 'line-color': C.admin1, 'line-width': zoomLinear(3, 0.4, 8, 1.1, 12, 1.8), 'line-dasharray': [3, 2] },
      },
      {
        id: 'bm-borders-casing',
        type: 'line',
        source: 'basemap',
        'source-layer': 'boundary',
        minzoom: 5,
        filter: ['all', ['==', ['get', 'level'], 2], ['==', ['get', 'disputed'], 0]],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': '#d9d0e0', 'line-width': zoomLinear(5, 3, 9, 7, 13, 10), 'line-opacity': 0.7 },
      },
      {
        id: 'bm-borders',
        type: 'line',
        source: 'basemap',
        'source-layer': 'boundary',
        filter: ['all', ['==', ['get', 'level'], 2], ['==', ['get', 'disputed'], 0]],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': C.border, 'line-width': zoomLinear(2, 0.6, 8, 1.8, 13, 2.8) },
      },
      {
        id: 'bm-borders-disputed',
        type: 'line',
        source: 'basemap',
        'source-layer': 'boundary',
        filter: ['all', ['==', ['get', 'level'], 2], ['==', ['get', 'disputed'], 1]],
        paint: { 'line-color': C.border, 'line-width': zoomLinear(2, 0.6, 8, 1.6, 13, 2.4), 'line-dasharray': [2, 2] },
      },
      {
        id: 'bm-river-label',
        type: 'symbol',
        source: 'basemap',
        'source-layer': 'river',
        minzoom: 7,
        filter: ['has', 'name'],
        layout: {
          'symbol-placement': 'line',
          'text-field': ['get', 'name'],
          'text-font': ITALIC_FONT,
          'text-size': zoomLinear(7, 10, 12, 13),
          'symbol-spacing': 500,
          'text-letter-spacing': 0.05,
        },
        paint: { 'text-color': '#5a86ad', 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
      },
      {
        id: 'bm-admin1-label',
        type: 'symbol',
        source: 'basemap',
        'source-layer': 'region_label',
        minzoom: 5,
        layout: {
          'text-field': bilingual(8),
          'text-font': LABEL_FONT,
          'text-size': zoomLinear(5, 10, 9, 12.5),
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 8,
          'text-padding': 4,
        },
        paint: { 'text-color': C.regionLabel, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
      },
      {
        id: 'bm-country-label',
        type: 'symbol',
        source: 'basemap',
        'source-layer': 'country_label',
        filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 3, 2, 4, 3, 6, 4]],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': BOLD_FONT,
          'text-size': zoomLinear(2, 11, 6, 15, 10, 20),
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.2,
          'text-max-width': 7,
          'text-padding': 8,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': C.countryLabel, 'text-opacity': 0.75, 'text-halo-color': C.halo, 'text-halo-width': 1.5 },
      },
      ...placeLayers(),
    ],
  };
}
