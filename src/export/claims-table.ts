// claims.geojson as one row per claim. All claim kinds share one set of columns (empty where a kind has no such
// field): the figure, its unit and range, which side holds, lost or gained what where, the two times, the source
// and the quote.
import {
  isShareFigure,
  type ClaimFeature,
  type ClaimsCollection,
  type PlacesCollection,
  type ShareFigureProperties,
} from '../core/schema.ts';
import { articleCells, articleColumns, type ArticleIndex } from './articles.ts';
import type { Cell, Column, Table } from './table.ts';
import { toWkt } from './wkt.ts';

export const claimColumns: readonly Column[] = [
  { name: 'id', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'value', type: 'double' },
  { name: 'valueMin', type: 'double' },
  { name: 'valueMax', type: 'double' },
  { name: 'unit', type: 'string' },
  { name: 'qualifier', type: 'string' },
  { name: 'figureText', type: 'string' },
  { name: 'subject', type: 'string' },
  { name: 'side', type: 'string' },
  { name: 'region', type: 'string' },
  { name: 'anchor', type: 'string' },
  { name: 'place', type: 'string' },
  { name: 'from', type: 'string' },
  { name: 'to', type: 'string' },
  { name: 'verb', type: 'string' },
  { name: 'asOfStart', type: 'string' },
  { name: 'asOfEnd', type: 'string' },
  { name: 'asOfBasis', type: 'string' },
  { name: 'published', type: 'string' },
  { name: 'attributedTo', type: 'string' },
  { name: 'sourceCount', type: 'int' },
  ...articleColumns,
  { name: 'quote', type: 'string' },
  { name: 'lat', type: 'double' },
  { name: 'lon', type: 'double' },
  { name: 'wkt', type: 'string' },
];

/** Columns a geometry-aware format carries in its geometry instead. */
export const geometryTextColumns: ReadonlySet<string> = new Set(['wkt']);

type Specific = Record<
  | 'value'
  | 'valueMin'
  | 'valueMax'
  | 'unit'
  | 'qualifier'
  | 'figureText'
  | 'subject'
  | 'side'
  | 'region'
  | 'anchor'
  | 'place'
  | 'from'
  | 'to'
  | 'verb'
  | 'lat'
  | 'lon',
  Cell
>;

const none: Specific = {
  value: null,
  valueMin: null,
  valueMax: null,
  unit: null,
  qualifier: null,
  figureText: null,
  subject: null,
  side: null,
  region: null,
  anchor: null,
  place: null,
  from: null,
  to: null,
  verb: null,
  lat: null,
  lon: null,
};

const qualified = (qualifier: string, mid: number, min: number, max: number): string =>
  `${qualifier === 'exact' ? '' : `${qualifier} `}${min === max ? `${mid}` : `${min}–${max}`}`;

/** The cells of an area or share figure: its value and range, and its anchor place with that place's point. */
function anchoredFigure(
  p: { qualifier: string; original: { text: string }; side: string | null; region: string | null; anchor: string },
  [value, valueMin, valueMax]: [number, number, number],
  unit: string,
  at: [number, number] | null,
): Specific {
  return {
    ...none,
    value,
    valueMin,
    valueMax,
    unit,
    qualifier: p.qualifier,
    figureText: p.original.text,
    side: p.side,
    region: p.region,
    anchor: p.anchor,
    lon: at?.[0] ?? null,
    lat: at?.[1] ?? null,
  };
}

/** The word a share's label gives its kind. */
const SHARE_WORD: Record<ShareFigureProperties['type'], string> = {
  'share-held': 'held',
  'share-lost': 'lost',
  'area-held-peak': 'held-peak',
};

/** Fields of one claim kind, and a label: an area or share claim's point is its anchor place (an area's circle centre). */
function specific(f: ClaimFeature, placeAt: (id: string) => [number, number] | null): { cells: Specific; label: string } {
  const p = f.properties;
  // A share (lost, held, or a peak written as one: "its peak of nearly 25%") is exported in percent.
  if (isShareFigure(p))
    return {
      cells: anchoredFigure(p, [p.percent, p.percentMin, p.percentMax], 'percent', placeAt(p.anchor)),
      label: `${qualified(p.qualifier, p.percent, p.percentMin, p.percentMax)}% ${SHARE_WORD[p.type]}${p.side ? ` (${p.side})` : ''}`,
    };
  switch (p.type) {
    case 'area-held':
    case 'area-held-peak':
    case 'area-lost':
    case 'area-retaken':
    case 'area-gained':
    case 'area-contested':
      return {
        cells: anchoredFigure(p, [p.areaKm2, p.areaKm2Min, p.areaKm2Max], 'km2', placeAt(p.anchor)),
        label: `${qualified(p.qualifier, p.areaKm2, p.areaKm2Min, p.areaKm2Max)} km² ${p.type.slice('area-'.length)}${p.side ? ` (${p.side})` : ''}`,
      };
    case 'count': {
      const [lon, lat] = f.geometry?.type === 'Point' ? f.geometry.coordinates : [null, null];
      return {
        cells: {
          ...none,
          value: p.value,
          valueMin: p.valueMin,
          valueMax: p.valueMax,
          unit: p.counts,
          qualifier: p.qualifier,
          subject: p.subject,
          place: p.place,
          lon,
          lat,
        },
        label: `${qualified(p.qualifier, p.value, p.valueMin, p.valueMax)} ${p.counts}: ${p.subject}`,
      };
    }
    case 'movement':
      return {
        cells: { ...none, subject: p.subject, from: p.from, to: p.to, verb: p.verb },
        label: `${p.subject}: ${p.verb} ${p.from} → ${p.to}`,
      };
  }
}

export function claimsTable(claims: ClaimsCollection, places: PlacesCollection, articles: ArticleIndex): Table {
  const points = new Map(places.features.map((f) => [f.properties.id, f.geometry.coordinates] as const));
  const rows = claims.features.map((f) => {
    const p = f.properties;
    const { cells, label } = specific(f, (id) => points.get(id) ?? null);
    return {
      geometry: f.geometry,
      values: {
        id: p.id,
        type: p.type,
        ...cells,
        asOfStart: p.asOf.start,
        asOfEnd: p.asOf.end,
        asOfBasis: p.asOfBasis,
        published: p.published,
        attributedTo: p.attributedTo,
        sourceCount: p.sources.length,
        ...articleCells(articles, p.article),
        quote: p.quote,
        wkt: f.geometry ? toWkt(f.geometry) : null,
      },
      label: `${label} · ${p.asOf.start === p.asOf.end ? p.asOf.start : `${p.asOf.start}/${p.asOf.end}`}`,
      summary: `${p.quote} (${p.attributedTo ? `${p.attributedTo}; ` : ''}${articles.get(p.article)?.outlet ?? p.article}, published ${p.published})`,
    };
  });
  return { name: 'claims', columns: claimColumns, rows };
}
