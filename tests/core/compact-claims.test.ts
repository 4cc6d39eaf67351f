// The viewer's compact claims (src/core/compact-claims.ts): what is left out is left out only when expanding gives back
// exactly the claim of claims.geojson, and expanding undoes it.
import { describe, expect, it } from 'vitest';
import { compactClaim, expandCompactClaims } from '../../src/core/compact-claims.ts';
import { movementLine } from '../../src/core/movement-line.ts';
import type { ClaimFeature } from '../../src/core/schema.ts';

const from: [number, number] = [131.9, 43.1];
const to: [number, number] = [36.19, 51.73];

function movement(geometry: unknown, outlet = 'Reuters', sources?: unknown[]): ClaimFeature {
  const source = { article: 'a.txt', outlet, published: '2024-11-02', quote: 'flown from Vladivostok to Kursk', start: 10, end: 40 };
  return {
    type: 'Feature',
    geometry,
    properties: {
      type: 'movement',
      id: 'a.txt:10',
      article: 'a.txt',
      published: '2024-11-02',
      quote: 'flown from Vladivostok to Kursk',
      start: 10,
      end: 40,
      sources: sources ?? [source],
      attributedTo: null,
      asOf: { start: '2024-11-02', end: '2024-11-02' },
      asOfBasis: 'the publication date',
      subject: 'troops',
      verb: 'flown',
      from: 'gn-1',
      to: 'gn-2',
    },
  } as unknown as ClaimFeature;
}
const outlets = new Map([['a.txt', 'Reuters']]);
const outletOf = (file: string) => outlets.get(file);
const roundTrip = (c: ClaimFeature) =>
  JSON.parse(JSON.stringify(expandCompactClaims({ features: [compactClaim(c, null, outletOf)] }, outletOf)));
const withoutQuotes = (c: ClaimFeature) =>
  JSON.parse(
    JSON.stringify({ ...c, properties: { ...c.properties, quote: '', sources: c.properties.sources.map((x) => ({ ...x, quote: '' })) } }),
  );

describe('compact claims', () => {
  it('a great circle becomes its two ends and a single source of the claim’s own article an empty list', () => {
    const c = movement(movementLine(from, to));
    const light = compactClaim(c, null, outletOf) as { geometry: unknown; properties: { sources: unknown[] } };
    expect(light.geometry).toEqual({ type: 'MultiPoint', coordinates: [from, to] });
    expect(light.properties.sources).toEqual([]);
    expect(roundTrip(c).features[0]).toEqual(withoutQuotes(c));
  });

  it('keeps what expanding would not give back: another line, another outlet, several sources', () => {
    const straight = movement({ type: 'LineString', coordinates: [from, to] });
    expect((compactClaim(straight, null, outletOf) as { geometry: unknown }).geometry).toEqual(straight.geometry);
    const other = movement(movementLine(from, to), 'AP');
    expect((compactClaim(other, null, outletOf) as { properties: { sources: unknown[] } }).properties.sources).toHaveLength(1);
    expect(roundTrip(other).features[0]).toEqual(withoutQuotes(other));
    const two = movement(movementLine(from, to), 'Reuters', [
      { article: 'a.txt', outlet: 'Reuters', published: '2024-11-02', quote: 'q', start: 10, end: 40 },
      { article: 'b.txt', outlet: 'AP', published: '2024-11-03', quote: 'q', start: 5, end: 35 },
    ]);
    expect(roundTrip(two).features[0]).toEqual(withoutQuotes(two));
  });

  it('leaves an empty source list it cannot fill for validation to reject', () => {
    const c = compactClaim(movement(movementLine(from, to)), null, outletOf);
    const expanded = expandCompactClaims({ features: [c] }, () => undefined) as { features: { properties: { sources: unknown[] } }[] };
    expect(expanded.features[0]!.properties.sources).toEqual([]);
  });
});
