// A held-area claim feature for the tests of the two time axes (visibility, series, staleness): a small polygon, one
// source.
import type { ClaimFeature } from '../../src/core/schema.ts';

export function areaHeld(id: string, start: string, end: string, km2: number, published = end): ClaimFeature {
  return {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [35, 51],
          [35.1, 51],
          [35.1, 51.1],
          [35, 51],
        ],
      ],
    },
    properties: {
      type: 'area-held',
      id,
      article: 'a.txt',
      published,
      quote: 'q',
      start: 0,
      end: 1,
      sources: [{ article: 'a.txt', outlet: 'o', published, quote: 'q', start: 0, end: 1 }],
      attributedTo: null,
      asOf: { start, end },
      asOfBasis: 'b',
      side: 'UA',
      region: 'r',
      anchor: 'x',
      areaKm2: km2,
      areaKm2Min: km2,
      areaKm2Max: km2,
      qualifier: 'exact',
      original: { value: km2, valueMin: km2, valueMax: km2, unit: 'km2', text: `${km2} km²` },
    },
  };
}
