// A small hand-built dataset for the export tests: every claim type, two control events, and untrusted text that
// tries every trick a CSV, KML or spreadsheet reader could fall for. Parsed with the contract's schemas, so it is
// data `briefmap geocode` could have written.
import { circle } from '@turf/turf';
import { claimsCollectionSchema, eventsCollectionSchema, placesCollectionSchema, reportSchema } from '../../src/core/schema.ts';
import type { ExportInput } from '../../src/export/export-data.ts';

/** Quotes, a line break, a spreadsheet formula, markup, an ampersand, Cyrillic. */
export const HOSTILE =
  'He said "hold, hold", then =HYPERLINK("http://evil.example/x","click")\nnext line <script>alert(1)</script> & Суджа';
/** Cells that a spreadsheet would run if they came first. */
export const FORMULAS: readonly [string, string, string, string, string, string, string] = [
  '=HYPERLINK("http://evil.example/x","click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)*cmd',
  '\t=1+1',
  '  =1+1',
  '＝1+1',
];

const mention = (article: string, text: string) => ({
  article,
  start: 0,
  end: text.length,
  text,
  context: `${text} ${HOSTILE}`,
  contextStart: 0,
});

export function fixtureInput(): ExportInput {
  const places = placesCollectionSchema.parse({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [35.41816, 51.19055] },
        properties: {
          id: 'gn-487846',
          name: 'Sudzha',
          kind: 'town',
          country: 'RU',
          admin1: 'Kursk Oblast',
          confidence: 0.93,
          precision: 'exact',
          source: 'geonames:487846',
          variants: ['Sudzha', 'Суджа', FORMULAS[0]],
          mentionCount: 3,
          articleCount: 2,
          mentions: [mention('a.txt', 'Sudzha'), mention('b.txt', 'Суджа'), mention('b.txt', 'Sudzha')],
          candidates: [],
        },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [36.18735, 51.73733] },
        properties: {
          id: 'gn-538560',
          name: 'Kursk',
          kind: 'city',
          country: 'RU',
          admin1: null,
          confidence: 1,
          precision: 'exact',
          source: 'geonames:538560',
          variants: ['Kursk'],
          mentionCount: 1,
          articleCount: 1,
          mentions: [mention('a.txt', 'Kursk')],
          candidates: [],
          note: HOSTILE,
        },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-0.1, -51.7] }, // negative numbers stay numbers, not defused text
        properties: {
          id: 'test-south-west',
          name: '-South',
          kind: 'other',
          country: 'FK',
          admin1: null,
          confidence: 0.41,
          precision: 'region',
          source: 'test:fixture',
          variants: ['-South'],
          mentionCount: 1,
          articleCount: 1,
          mentions: [mention('b.txt', '-South')],
          candidates: [],
        },
      },
    ],
  });
  const ring = circle([35.41816, 51.19055], Math.sqrt(800 / Math.PI), { steps: 16, units: 'kilometers' }).geometry;
  const provenance = (id: string, article: string, quote: string) => ({
    id,
    article,
    published: '2024-12-16',
    start: 0,
    end: 5,
    quote,
    sources: [{ article, outlet: 'AFP', published: '2024-12-16', quote, start: 0, end: 5 }],
    asOf: { start: '2024-12-01', end: '2024-12-16' },
    asOfBasis: '“mid-December”',
  });
  const claims = claimsCollectionSchema.parse({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: ring,
        properties: {
          type: 'area-held',
          ...provenance('a.txt:10', 'a.txt', HOSTILE),
          attributedTo: FORMULAS[0],
          side: 'UA',
          region: 'ne-ru-krs',
          anchor: 'gn-487846',
          areaKm2: 800,
          areaKm2Min: 800,
          areaKm2Max: 800,
          qualifier: 'about',
          original: { value: 800, valueMin: 800, valueMax: 800, unit: 'km2', text: '800 sq km' },
        },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [36.18735, 51.73733] },
        properties: {
          type: 'count',
          ...provenance('a.txt:20', 'a.txt', FORMULAS[1]),
          attributedTo: null,
          value: 11500,
          valueMin: 11000,
          valueMax: 12000,
          qualifier: 'between',
          counts: 'troops',
          side: null,
          subject: FORMULAS[3],
          place: 'gn-538560',
          precision: 'exact',
        },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [131.87353, 43.10562],
            [100.5, 52.25],
            [36.18735, 51.73733],
          ],
        },
        properties: {
          type: 'movement',
          ...provenance('b.txt:30', 'b.txt', FORMULAS[2]),
          attributedTo: 'Syrskyi',
          subject: 'troops',
          from: 'gn-2013348',
          to: 'gn-538560',
          verb: 'flown from',
        },
      },
    ],
  });
  const event = (id: string, over: Record<string, unknown>) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [35.41816, 51.19055] },
    properties: {
      type: 'control',
      id,
      article: 'b.txt',
      published: '2025-03-13',
      quote: HOSTILE,
      start: 3,
      end: 9,
      trigger: 'liberated',
      settlement: 'gn-487846',
      settlementName: 'Sudzha',
      precision: 'exact',
      action: 'liberated',
      actor: 'RU',
      holder: 'RU',
      claimant: FORMULAS[4],
      denied: false,
      asOf: { start: '2025-03-12', end: '2025-03-13' },
      asOfBasis: 'the publication date',
      confidence: 0.88,
      ...over,
    },
  });
  const events = eventsCollectionSchema.parse({
    type: 'FeatureCollection',
    features: [
      event('b.txt:3', {}),
      event('b.txt:90', {
        action: 'fighting',
        actor: null,
        holder: null,
        claimant: null,
        denied: true,
        precision: 'near',
        trigger: FORMULAS[5],
        confidence: 0.5,
      }),
    ],
  });
  const report = reportSchema.shape.articles.parse([
    {
      file: 'a.txt',
      title: FORMULAS[6],
      outlet: 'AFP',
      url: 'https://example.org/a?x=1&y="2"',
      published: '2024-12-16',
      characters: 10,
      mentions: 2,
      resolved: 2,
      unresolved: 0,
      lowConfidence: 0,
      notPlaces: 0,
      places: 2,
      claims: 2,
      events: 0,
    },
    {
      file: 'b.txt',
      title: 'Суджа <b>bold</b>',
      outlet: 'TASS',
      published: '2025-03-13',
      characters: 10,
      mentions: 3,
      resolved: 3,
      unresolved: 0,
      lowConfidence: 1,
      notPlaces: 0,
      places: 2,
      claims: 1,
      events: 2,
    },
  ]);
  return { places, claims, events, report: { articles: report } };
}
