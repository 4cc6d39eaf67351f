// Claim markers at exactly the same spot are drawn as one (src/viewer/map/layers/stack.ts): a large corpus stacks
// hundreds of count markers on a few dozen places. The stack shows its newest claim (or the selected one), says how
// many more it holds, keeps every id for the export's sources, and the popup lists the others.
import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { ClaimFeature } from '../../src/core/schema.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import { claimsForMap, drawnStack } from '../../src/viewer/map/layers/claims.ts';
import { idsOf } from '../../src/viewer/map/layers/stack.ts';

const KURSK: [number, number] = [36.2921, 51.7358];
const SUDZHA: [number, number] = [35.2706, 51.1908];

function count(id: string, at: [number, number], month: string, value: number): ClaimFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: {
      type: 'count',
      id,
      article: 'a.txt',
      published: '2024-12-01',
      quote: '',
      start: 0,
      end: 1,
      sources: [],
      attributedTo: null,
      asOf: { start: `${month}-01`, end: `${month}-28` },
      asOfBasis: 'in the month',
      value,
      valueMin: value,
      valueMax: value,
      qualifier: 'exact',
      counts: 'troops',
      side: 'DPRK',
      subject: 'troops',
      place: 'p',
      precision: 'region',
    },
  } as unknown as ClaimFeature;
}

const claims = [
  count('c1', KURSK, '2024-08', 1000),
  count('c2', KURSK, '2024-10', 2000),
  count('c3', SUDZHA, '2024-09', 300),
  count('c4', KURSK, '2024-09', 1500),
];
const state = (selected: string | null) =>
  ({
    date: '2024-12-31',
    reading: 'reported',
    selection: selected ? { kind: 'claim', id: selected } : null,
    dataset: { claims: { features: claims }, places: { features: [] }, report: { articles: [] } },
  }) as unknown as AppState;
const counts = (s: AppState): Feature[] => claimsForMap(s).features.filter((f) => f.properties?.role === 'count');

describe('coincident claim markers', () => {
  it('draws one marker per spot, showing the newest claim and how many more are there', () => {
    const drawn = counts(state(null));
    expect(drawn).toHaveLength(2);
    const kursk = drawn.find((f) => JSON.stringify((f.geometry as { coordinates: unknown }).coordinates) === JSON.stringify(KURSK))!;
    expect(kursk.properties!.id).toBe('c2');
    expect(kursk.properties!.label).toBe('2,000 troops (+2 more)');
    expect(idsOf(kursk.properties).sort()).toEqual(['c1', 'c2', 'c4']);
    const sudzha = drawn.find((f) => f !== kursk)!;
    expect(sudzha.properties!.label).toBe('300 troops');
    expect(idsOf(sudzha.properties)).toEqual(['c3']);
  });

  it('puts the selected claim on top of its stack', () => {
    const kursk = counts(state('c1')).find((f) => idsOf(f.properties).includes('c1'))!;
    expect(kursk.properties!.id).toBe('c1');
    expect(kursk.properties!.selected).toBe(true);
    expect(kursk.properties!.label).toBe('1,000 troops (+2 more)');
  });

  it("lists a marker's claims for its popup, newest first, from the drawn stack", () => {
    // The stack as drawn (its ids), newest first: the popup lists all but the claim itself.
    expect(drawnStack(state('c1'), 'c1')).toEqual(['c2', 'c4', 'c1']);
    expect(drawnStack(state('c3'), 'c3')).toEqual(['c3']);
    expect(drawnStack(state(null), 'nowhere')).toEqual([]);
  });

  it('keeps any character of an id (ids are file names)', () => {
    expect(idsOf({ ids: JSON.stringify(['a b.txt:1', 'c,"d".txt:2']) })).toEqual(['a b.txt:1', 'c,"d".txt:2']);
    expect(idsOf({ id: 'x' })).toEqual(['x']);
  });
});
