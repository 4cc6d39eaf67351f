// The ground round a lone settlement (one the hull leaves out, or any below three) is turf's buffer, about 3 ms each;
// the same settlements stand apart at date after date, so footprint.ts keeps each by point and radius. Same output.
import { describe, expect, it } from 'vitest';
import { footprintOf, pointBuffersMadeSoFar } from '../../src/core/events/footprint.ts';
import type { SettlementStatus } from '../../src/core/events/status.ts';

const held = (settlement: string, coordinates: [number, number]): SettlementStatus =>
  ({ settlement, status: 'UA', coordinates, latest: { properties: {} } }) as unknown as SettlementStatus;

describe('lone settlements in a footprint', () => {
  // Two settlements 60 km apart: no hull, each buffered on its own.
  const apart = [held('a', [35.27, 51.19]), held('b', [36.1, 51.3])];

  it('are buffered once, whatever date asks again, and give the same footprint', () => {
    const before = pointBuffersMadeSoFar();
    const first = footprintOf(apart, 'UA', null);
    expect(pointBuffersMadeSoFar() - before).toBe(2);
    const again = footprintOf([...apart, held('c', [37.5, 50.5])], 'UA', null);
    expect(pointBuffersMadeSoFar() - before).toBe(3);
    expect(JSON.stringify(footprintOf(apart, 'UA', null))).toBe(JSON.stringify(first));
    expect(pointBuffersMadeSoFar() - before).toBe(3);
    expect(again!.settlements).toEqual(['a', 'b', 'c']);
  });

  it('are kept by radius too', () => {
    const small = footprintOf(apart, 'UA', null)!;
    const wide = footprintOf(apart, 'UA', null, { bufferKm: 5 })!;
    expect(wide.areaKm2).toBeGreaterThan(small.areaKm2 * 3.5);
  });
});
