// The seed corpus end to end: the design card's places where their sources put them, the four area claims with the
// periods the text supports, and Vorozhba not put in the wrong country.
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../src/core/geo.ts';
import { geoparseCorpus } from '../../src/core/pipeline.ts';
import type { AreaClaimProperties, PlaceFeature } from '../../src/core/schema.ts';
import { claimsCollectionSchema, placesCollectionSchema, reportSchema } from '../../src/core/schema.ts';
import { readCorpus } from '../../src/cli/corpus-dir.ts';
import { QUOTE_MAX } from '../../src/core/claims/quote.ts';
import { gazetteer } from './gazetteer-cache.ts';

const result = geoparseCorpus(readCorpus('seeds'), gazetteer());
const place = (id: string): PlaceFeature => {
  const f = result.places.features.find((p) => p.properties.id === id);
  if (!f) throw new Error(`no place ${id}; have ${result.places.features.map((p) => p.properties.id).join(', ')}`);
  return f;
};
const at = (f: PlaceFeature): { lon: number; lat: number } => ({ lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] });

// Expected positions, each from its own source (not read back from the gazetteer under test).
const EXPECTED = [
  { name: 'Kursk', variant: 'Kursk', lon: 36.18735, lat: 51.73733, source: 'GeoNames 538560' },
  {
    name: 'Kursk Oblast',
    variant: 'Kursk region',
    lon: 36.2921,
    lat: 51.7358,
    source: 'Natural Earth admin-1 label point, GeoNames 538555',
  },
  { name: 'Plekhovo', variant: 'Plekhovo', lon: 35.33333, lat: 51.1, source: 'en.wikipedia Plyokhovo, Kursk Oblast (51°06′N 35°20′E)' },
  { name: 'Martynovka', variant: 'Martynovka', lon: 35.36639, lat: 51.23889, source: 'es.wikipedia Martínovka (Kursk)' },
  { name: 'Vladivostok', variant: 'Vladivostok', lon: 131.87353, lat: 43.10562, source: 'GeoNames 2013348' },
  { name: 'Sumy', variant: 'Sumy', lon: 34.80029, lat: 50.9216, source: 'GeoNames 692194' },
];

describe('seed corpus', () => {
  it('writes output that validates against the contract', () => {
    expect(placesCollectionSchema.safeParse(result.places).success).toBe(true);
    expect(claimsCollectionSchema.safeParse(result.claims).success).toBe(true);
    expect(reportSchema.safeParse(result.report).success).toBe(true);
  });

  it.each(EXPECTED)('puts $name within 2 km of its source ($source)', ({ name, variant, lon, lat }) => {
    const found = result.places.features.filter((f) => f.properties.name === name && f.properties.variants.includes(variant));
    expect(found).toHaveLength(1);
    expect(distanceKm(at(found[0]!), { lon, lat })).toBeLessThan(2);
  });

  it('reads "Plekhovo, Vorozhba, and Martynovka" as the Sudzha-district villages, not the Sumy-oblast town', () => {
    expect(place('ru-plekhovo').properties.admin1).toBe('Kursk Oblast');
    expect(place('ru-martynovka-sudzhansky').properties.admin1).toBe('Kursk Oblast');
    expect(result.places.features.some((f) => f.properties.id === 'ua-vorozhba')).toBe(false);
    // Vorobzha has no sourced coordinate: reported, identified, not invented.
    const issue = result.report.issues.find((i) => i.text === 'Vorozhba');
    expect(issue).toMatchObject({ status: 'unresolved', placeId: 'ru-vorobzha', article: '003_0bbff3ab38a749b9.txt' });
    expect(issue!.reason).toMatch(/Vorobzha/);
  });

  it('keeps people, organisations, units and demonyms off the map', () => {
    const names = result.places.features.flatMap((f) => f.properties.variants);
    for (const notAPlace of [
      'Lee',
      'Lord',
      'Singh',
      'Watling',
      'Vance',
      'Storm',
      'Magura',
      'Bradley',
      'Sibylline',
      'North',
      'New York',
      'Kim',
      'Go',
    ])
      expect(names).not.toContain(notAPlace);
    const rejected = result.report.issues.filter((i) => i.status === 'not-a-place').map((i) => i.text);
    expect(rejected).toEqual(expect.arrayContaining(['Bradley', 'New York']));
  });

  it('extracts the four area claims with the periods the text supports', () => {
    const areas = result.claims.features
      .map((f) => f.properties)
      .filter((p): p is AreaClaimProperties => p.type === 'area-held')
      .map((p) => ({
        min: p.areaKm2Min,
        max: p.areaKm2Max,
        km2: p.areaKm2,
        q: p.qualifier,
        asOf: p.asOf,
        side: p.side,
        region: p.region,
        anchor: p.anchor,
        article: p.article.slice(0, 3),
      }))
      .sort((a, b) => a.asOf.start.localeCompare(b.asOf.start));
    expect(areas).toEqual([
      // "a decrease from earlier claims of 1,400 square kilometers": after the August start the article gives, before publication
      {
        min: 1400,
        max: 1400,
        km2: 1400,
        q: 'exact',
        asOf: { start: '2024-08-01', end: '2024-12-16' },
        side: 'UA',
        region: 'ne-ru-krs',
        anchor: 'ru-sudzha',
        article: '003',
      },
      // "from about 1,000 sq km in late August"
      {
        min: 1000,
        max: 1000,
        km2: 1000,
        q: 'about',
        asOf: { start: '2024-08-21', end: '2024-08-31' },
        side: 'UA',
        region: 'ne-ru-krs',
        anchor: 'ru-sudzha',
        article: '002',
      },
      // "between 600 sq km and 700 sq km in October" (published 24 October)
      {
        min: 600,
        max: 700,
        km2: 700,
        q: 'between',
        asOf: { start: '2024-10-01', end: '2024-10-24' },
        side: 'UA',
        region: 'ne-ru-krs',
        anchor: 'ru-sudzha',
        article: '002',
      },
      // "confirming the control of 800 square kilometers": present tense, publication date
      {
        min: 800,
        max: 800,
        km2: 800,
        q: 'exact',
        asOf: { start: '2024-12-16', end: '2024-12-16' },
        side: 'UA',
        region: 'ne-ru-krs',
        anchor: 'ru-sudzha',
        article: '003',
      },
    ]);
  });

  it('draws each area claim as a circle of the claimed area', async () => {
    const { area } = await import('@turf/turf');
    for (const f of result.claims.features) {
      if (f.properties.type !== 'area-held') continue;
      const km2 = area(f as Parameters<typeof area>[0]) / 1e6;
      expect(Math.abs(km2 - f.properties.areaKm2) / f.properties.areaKm2).toBeLessThan(0.01);
    }
  });

  it('attributes the 800 km² figure and links the movement from Vladivostok to Kursk region', () => {
    const p = result.claims.features.map((f) => f.properties);
    expect(p.find((c) => c.type === 'area-held' && c.areaKm2 === 800)?.attributedTo).toBe('a Ukrainian military source');
    expect(p.find((c) => c.type === 'movement' && c.from === 'gn-2013348')).toMatchObject({ to: 'ne-ru-krs', verb: 'flown from' });
  });

  it('quotes every claim from its articles at the offsets its sources give, in bounded quotes', () => {
    const texts = new Map(readCorpus('seeds').map((a) => [a.file, a.text]));
    for (const f of result.claims.features) {
      expect(f.properties.sources[0]).toMatchObject({
        article: f.properties.article,
        start: f.properties.start,
        quote: f.properties.quote,
      });
      for (const s of f.properties.sources) {
        const text = texts.get(s.article)!;
        expect(text).toContain(s.quote.replace(/^…|…$/g, ''));
        expect(s.quote).toContain(text.slice(s.start, s.end));
        expect(s.quote.length).toBeLessThanOrEqual(QUOTE_MAX + 2);
      }
    }
  });

  it('accounts for every mention in the report', () => {
    const t = result.report.totals;
    expect(t.articles).toBe(5);
    const mapped = result.places.features.reduce((n, f) => n + f.properties.mentionCount, 0);
    expect(mapped + t.unresolved).toBe(t.mentions);
  });
});
