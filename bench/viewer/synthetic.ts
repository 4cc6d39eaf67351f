// A synthetic but schema-valid dataset of N places over the Ukraine/Russia theatre, for scale benchmarks and the
// scale browser test. Deterministic: the same N and seed give byte-identical files. Not real places or claims.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  claimsCollectionSchema,
  placesCollectionSchema,
  reportSchema,
  type ClaimFeature,
  type PlaceFeature,
  type PlaceKind,
  type Report,
} from '../../src/core/schema.ts';

/** mulberry32: a small seeded PRNG, good enough to spread points. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The theatre: from the Polish border to the Volga, from Crimea to Moscow. */
export const THEATRE = { west: 22, south: 44.5, east: 46, north: 57 };
/** Denser around the front, as a real corpus would be: Kursk, Kharkiv, Donetsk, Zaporizhzhia, Kherson. */
const HUBS: [number, number][] = [
  [35.3, 51.3],
  [36.2, 50.0],
  [37.8, 48.0],
  [35.2, 47.8],
  [32.6, 46.6],
];
const KINDS: [PlaceKind, number][] = [
  ['village', 0.6],
  ['town', 0.25],
  ['city', 0.1],
  ['region', 0.04],
  ['other', 0.01],
];
const SYLLABLES = [
  'no',
  'vo',
  'pil',
  'ske',
  'ka',
  'mi',
  'ro',
  'lyu',
  'bo',
  'dar',
  'ivan',
  'ne',
  'ter',
  'zor',
  'hor',
  'ya',
  'ma',
  'ly',
  'chi',
  'sla',
];
const OUTLETS = ['Synthetic Wire', 'Example Times', 'Test Gazette', 'Sample Post', 'Model Herald'];

export interface SyntheticDataset {
  places: { type: 'FeatureCollection'; features: PlaceFeature[] };
  claims: { type: 'FeatureCollection'; features: ClaimFeature[] };
  report: Report;
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
const DAY0 = Date.UTC(2024, 7, 1) / 86_400_000; // 2024-08-01

const articleIndex = (file: string) => Number(file.slice(4, 9));

function pick<T>(rnd: () => number, weighted: [T, number][]): T {
  let r = rnd();
  for (const [v, w] of weighted) if ((r -= w) < 0) return v;
  return weighted[weighted.length - 1]![0];
}

function nameOf(rnd: () => number, i: number): string {
  const n = 2 + Math.floor(rnd() * 2);
  let s = '';
  for (let k = 0; k < n; k++) s += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  // The index keeps names unique enough for search tests without looking real.
  return `${s[0]!.toUpperCase()}${s.slice(1)} ${i % 97}`;
}

/** A point: 60% near a front hub (gaussian, ~1.5°), the rest anywhere in the theatre. */
function pointOf(rnd: () => number): [number, number] {
  if (rnd() < 0.6) {
    const [x, y] = HUBS[Math.floor(rnd() * HUBS.length)]!;
    const r = Math.sqrt(-2 * Math.log(1 - rnd())) * 1.5;
    const a = rnd() * 2 * Math.PI;
    const lon = Math.min(THEATRE.east, Math.max(THEATRE.west, x + r * Math.cos(a)));
    const lat = Math.min(THEATRE.north, Math.max(THEATRE.south, y + r * Math.sin(a) * 0.65));
    return [Number(lon.toFixed(5)), Number(lat.toFixed(5))];
  }
  return [
    Number((THEATRE.west + rnd() * (THEATRE.east - THEATRE.west)).toFixed(5)),
    Number((THEATRE.south + rnd() * (THEATRE.north - THEATRE.south)).toFixed(5)),
  ];
}

/** A 64-step circle of `km2` around a point (equirectangular; good enough for test data). */
function circle([lon, lat]: [number, number], km2: number): [number, number][][] {
  const r = Math.sqrt(km2 / Math.PI);
  const ring: [number, number][] = [];
  for (let k = 0; k <= 64; k++) {
    const a = ((k % 64) / 64) * 2 * Math.PI;
    ring.push([lon + (r * Math.cos(a)) / (111.32 * Math.cos((lat * Math.PI) / 180)), lat + (r * Math.sin(a)) / 110.57]);
  }
  return [ring];
}

export function syntheticDataset(placeCount: number, seed = 20240806): SyntheticDataset {
  const rnd = prng(seed);
  const articleCount = Math.max(10, Math.round(placeCount / 25));
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    file: `syn_${String(i).padStart(5, '0')}.txt`,
    title: `Synthetic report ${i + 1} on the fighting`,
    outlet: OUTLETS[i % OUTLETS.length]!,
    url: `https://example.org/synthetic/${i}`,
    published: isoDay(DAY0 + Math.floor(rnd() * 150)),
    characters: 4000,
    mentions: 0,
    resolved: 0,
    unresolved: 0,
    lowConfidence: 0,
    notPlaces: 0,
    places: 0,
    claims: 0,
    events: 0,
  }));

  const places: PlaceFeature[] = [];
  for (let i = 0; i < placeCount; i++) {
    const name = nameOf(rnd, i);
    const coordinates = pointOf(rnd);
    const kind = pick(rnd, KINDS);
    const confidence = Number((0.3 + rnd() * 0.7).toFixed(3));
    // A few hubs are mentioned everywhere (popups with hundreds of mentions); most places once or twice.
    const n = i < 20 ? 100 + Math.floor(rnd() * 200) : 1 + Math.floor(rnd() * rnd() * 4);
    const mentions = Array.from({ length: n }, () => {
      const a = articles[Math.floor(rnd() * articleCount)]!;
      const start = 27 + Math.floor(rnd() * 3900); // the context starts 27 characters before the name
      return {
        article: a.file,
        start,
        end: start + name.length,
        text: name,
        context: `Fighting was reported near ${name} on ${a.published}, according to a synthetic source.`,
        contextStart: start - 27,
      };
    });
    const files = new Set(mentions.map((m) => m.article));
    for (const file of files) articles[articleIndex(file)]!.places++;
    for (const m of mentions) {
      const a = articles[articleIndex(m.article)]!;
      a.mentions++;
      a.resolved++;
      if (confidence < 0.6) a.lowConfidence++;
    }
    const id = `syn-${String(i).padStart(6, '0')}`;
    const country = coordinates[0] > 38.5 || coordinates[1] > 52.3 ? 'RU' : 'UA';
    places.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates },
      properties: {
        id,
        name,
        kind,
        country,
        admin1: `Synthetic Oblast ${1 + (i % 24)}`,
        confidence,
        precision: 'exact',
        source: `synthetic:${i}`,
        variants: [name],
        mentionCount: n,
        articleCount: files.size,
        mentions,
        candidates:
          confidence < 0.6
            ? [
                {
                  id: `${id}-alt`,
                  name,
                  kind: 'village',
                  country,
                  admin1: null,
                  source: `synthetic:${i}:alt`,
                  lon: coordinates[0] + 0.3,
                  lat: coordinates[1] - 0.2,
                  score: 0.4,
                },
              ]
            : [],
      },
    });
  }

  const claims = syntheticClaims(rnd, places, articles);
  const issues: Report['issues'] = [];
  for (let i = 0; i < Math.round(placeCount / 50); i++) {
    const a = articles[i % articleCount]!;
    a.unresolved++;
    a.mentions++;
    issues.push({
      article: a.file,
      start: 10 * i,
      end: 10 * i + 6,
      text: `Nowhere ${i}`,
      status: 'unresolved',
      reason: 'synthetic: no gazetteer entry',
      placeId: null,
    });
  }
  const report: Report = {
    generator: 'briefmap synthetic',
    articles,
    totals: {
      articles: articleCount,
      mentions: articles.reduce((t, a) => t + a.mentions, 0),
      places: places.length,
      unresolved: issues.length,
      lowConfidence: articles.reduce((t, a) => t + a.lowConfidence, 0),
      claims: claims.length,
      events: 0,
    },
    issues,
  };
  return { places: { type: 'FeatureCollection', features: places }, claims: { type: 'FeatureCollection', features: claims }, report };
}

type ArticleRow = Report['articles'][number];

/** A dozen area claims shrinking over the autumn around the first hub, counts at random places, a few movements. */
function syntheticClaims(rnd: () => number, places: PlaceFeature[], articles: ArticleRow[]): ClaimFeature[] {
  const out: ClaimFeature[] = [];
  const prov = (k: number, a: ArticleRow, start: string, end: string) => ({
    id: `${a.file}:${k}`,
    article: a.file,
    published: a.published,
    quote: `A synthetic source said something measurable (${k}).`,
    start: k,
    end: k + 10,
    sources: [
      {
        article: a.file,
        outlet: a.outlet,
        published: a.published,
        quote: `A synthetic source said something measurable (${k}).`,
        start: k,
        end: k + 10,
      },
    ],
    attributedTo: k % 3 === 0 ? null : 'a synthetic source',
    asOf: { start, end },
    asOfBasis: 'synthetic',
  });
  const anchor = places[0]!;
  for (let k = 0; k < 12; k++) {
    const a = articles[k % articles.length]!;
    const day = isoDay(DAY0 + k * 12);
    const km2 = 1400 - k * 60;
    a.claims++;
    out.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: circle(anchor.geometry.coordinates, km2) },
      properties: {
        type: 'area-held',
        ...prov(k, a, day, day),
        side: 'UA',
        region: anchor.properties.id,
        anchor: anchor.properties.id,
        areaKm2: km2,
        areaKm2Min: km2,
        areaKm2Max: km2,
        qualifier: 'about',
        original: { value: km2, valueMin: km2, valueMax: km2, unit: 'km2', text: `about ${km2} km²` },
      },
    });
  }
  for (let k = 12; k < 40; k++) {
    const a = articles[Math.floor(rnd() * articles.length)]!;
    const p = places[Math.floor(rnd() * places.length)]!;
    const day = isoDay(DAY0 + Math.floor(rnd() * 140));
    const value = 100 * (1 + Math.floor(rnd() * 100));
    a.claims++;
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.geometry.coordinates },
      properties: {
        type: 'count',
        ...prov(k, a, day, day),
        value,
        valueMin: value,
        valueMax: value,
        qualifier: 'exact',
        counts: 'troops',
        side: null,
        subject: 'synthetic troops',
        place: p.properties.id,
        precision: 'exact',
      },
    });
  }
  for (let k = 40; k < 44; k++) {
    const a = articles[k % articles.length]!;
    const from = places[Math.floor(rnd() * places.length)]!;
    const to = places[0]!;
    const day = isoDay(DAY0 + Math.floor(rnd() * 140));
    a.claims++;
    out.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [from.geometry.coordinates, to.geometry.coordinates] },
      properties: {
        type: 'movement',
        ...prov(k, a, day, day),
        subject: 'synthetic units',
        from: from.properties.id,
        to: to.properties.id,
        verb: 'moved from',
      },
    });
  }
  return out;
}

/** Validates against the data contract (a bad generator must fail here, not as a blank viewer) and writes the data files (no control events). */
export function writeSyntheticDataset(dir: string, placeCount: number, seed?: number): SyntheticDataset {
  const d = syntheticDataset(placeCount, seed);
  placesCollectionSchema.parse(d.places);
  claimsCollectionSchema.parse(d.claims);
  reportSchema.parse(d.report);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'places.geojson'), JSON.stringify(d.places));
  writeFileSync(join(dir, 'claims.geojson'), JSON.stringify(d.claims));
  writeFileSync(join(dir, 'events.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
  writeFileSync(join(dir, 'report.json'), JSON.stringify(d.report));
  return d;
}
