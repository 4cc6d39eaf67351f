// The place circle's scale (src/print/symbols.ts): the plain 4 + 3√n up to 100 mentions, then logarithmic, and the
// MapLibre expression the map draws with gives the same radius as the function the rings and exports use.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { placeRadius, placeRadiusExpression, RING_GAP_PX } from '../../src/print/symbols.ts';

function evaluate(expression: unknown[], mentionCount: number): number {
  const compiled = createExpression(expression, {
    type: 'number',
    'property-type': 'data-driven',
    expression: { interpolated: false, parameters: ['zoom', 'feature'] },
  } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 }, { type: 'Point', properties: { mentionCount } } as never) as number;
}

describe('place circle radius', () => {
  it('is 4 + 3√n up to 100 mentions, as before the cap', () => {
    for (const n of [1, 2, 10, 67, 100]) expect(placeRadius(n)).toBeCloseTo(4 + 3 * Math.sqrt(n), 10);
  });
  it('grows with the logarithm beyond 100: bounded for huge corpora, still ordered', () => {
    expect(placeRadius(104_633)).toBeLessThan(80);
    expect(placeRadius(104_633)).toBeGreaterThan(placeRadius(79_284));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 }), (a, b) =>
        a <= b ? placeRadius(a) <= placeRadius(b) : placeRadius(a) >= placeRadius(b),
      ),
    );
  });
  it('the map expression draws what the function says, with and without the ring gap', () => {
    for (const n of [0, 1, 5, 67, 100, 101, 2_500, 104_633]) {
      expect(evaluate(placeRadiusExpression(), n)).toBeCloseTo(placeRadius(n), 6);
      expect(evaluate(placeRadiusExpression(RING_GAP_PX), n)).toBeCloseTo(placeRadius(n) + RING_GAP_PX, 6);
    }
  });
});
