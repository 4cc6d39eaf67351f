// The panel line beside each reported footprint (src/viewer/ui/panels/footprint-summary.ts): the area claim it is
// set beside must be about the same side and the same country. Ukraine's 1,000 km² in Kursk was printed as the
// figure for the settlements Ukraine holds in Ukraine.
import { describe, expect, it } from 'vitest';
import type { ClaimFeature } from '../../src/core/schema.ts';
import type { AreaClaim } from '../../src/viewer/data/claims-model.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import {
  claimedPhrase,
  footprintHead,
  footprintSentences,
  latestAreaFor,
  spanPhrase,
} from '../../src/viewer/ui/panels/footprint-summary.ts';

const COUNTRY_OF_ANCHOR: Record<string, string> = { 'ru-sudzha': 'RU', 'ua-kupiansk': 'UA' };

function held(id: string, anchor: string, month: string, km2: number): ClaimFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [] },
    properties: {
      type: 'area-held',
      id,
      side: 'UA',
      anchor,
      region: anchor,
      areaKm2: km2,
      published: `2024-${month}-20`,
      asOf: { start: `2024-${month}-18`, end: `2024-${month}-18` },
    },
  } as unknown as ClaimFeature;
}

const claims = [held('kursk', 'ru-sudzha', '08', 1000), held('kupiansk', 'ua-kupiansk', '06', 40)];
const of = (c: AreaClaim) => COUNTRY_OF_ANCHOR[c.properties.anchor] ?? null;

describe('footprint summary', () => {
  it('pairs a footprint with the latest claim about its own country', () => {
    expect(latestAreaFor(claims, 'UA', '2024-09-01', 'reported', of, 'UA')?.properties.id).toBe('kupiansk');
    expect(latestAreaFor(claims, 'UA', '2024-09-01', 'reported', of, 'RU')?.properties.id).toBe('kursk');
    // Without a country (the footprint's is unknown) the latest claim of the side, as before.
    expect(latestAreaFor(claims, 'UA', '2024-09-01', 'reported', of, null)?.properties.id).toBe('kursk');
  });

  it('says none rather than another country’s figure', () => {
    expect(latestAreaFor([claims[0]!], 'UA', '2024-09-01', 'reported', of, 'UA')).toBeNull();
  });

  it('says the age of a figure long past its period, as the map does', () => {
    const old = claims[0] as AreaClaim; // describes 18 Aug 2024
    expect(claimedPhrase(old, '2024-09-01', () => 'AFP')).not.toContain('no newer figure');
    expect(claimedPhrase(old, '2025-03-20', () => 'AFP')).toContain('no newer figure · 7 months before this date');
  });

  it('agrees the verb with the number of settlements', () => {
    expect(spanPhrase(1, 20.2)).toBe('the 1 settlement reported held spans 20 km²');
    expect(spanPhrase(4, 263)).toBe('the 4 settlements reported held span 263 km²');
  });
});

describe('claimed area without a footprint', () => {
  it('names every latest figure, also where no settlement is reported held', () => {
    const state = {
      date: '2024-09-01',
      reading: 'reported',
      dataset: {
        claims: { features: claims },
        places: { features: ['ru-sudzha', 'ua-kupiansk'].map((id) => ({ properties: { id, country: COUNTRY_OF_ANCHOR[id] } })) },
        events: { type: 'FeatureCollection', features: [] },
        report: { articles: [] },
      },
    } as unknown as AppState;
    const [kursk, kupiansk, ...rest] = footprintSentences(state).map((l) => l.text);
    expect(rest).toEqual([]);
    expect(kursk).toMatch(/^Ukraine in Russia: .*1,000 km² claimed \(mid-Aug 2024, .*\); no settlement reported held\.$/);
    expect(kupiansk).toMatch(
      /^Ukraine in Ukraine: .*40 km² claimed \(mid-Jun 2024, .*no newer figure · 2 months before this date\); no settlement/,
    );
  });
});

describe('a figure about another region than the footprint', () => {
  const fp = { holder: 'UA' as const, country: 'RU', regions: ['Belgorod Oblast'], settlements: ['ru-x'], areaKm2: 20.2 };
  it('is not headed by the region of the settlements left', () => {
    // 20 Mar 2025, events dev corpus: Syrskyi's 1,150 km² of Kursk Oblast beside the one settlement in Belgorod Oblast.
    expect(footprintHead(fp, '1,150 km² claimed (mid-Aug 2024, AFP)', 'Kursk Oblast')).toBe(
      'Ukraine in Russia: 1,150 km² claimed (mid-Aug 2024, AFP) about Kursk Oblast; the 1 settlement reported held in Belgorod Oblast spans 20 km²',
    );
  });
  it('is headed by their region when it is about it, or when its region is unknown', () => {
    const line = 'Ukraine in Belgorod Oblast, Russia: 40 km² claimed (AFP); the 1 settlement reported held spans 20 km²';
    expect(footprintHead(fp, '40 km² claimed (AFP)', 'Belgorod Oblast')).toBe(line);
    expect(footprintHead(fp, '40 km² claimed (AFP)', null)).toBe(line);
    expect(footprintHead(fp, null, null)).toBe(
      'Ukraine in Belgorod Oblast, Russia: no area figure reported; the 1 settlement reported held spans 20 km²',
    );
  });
});
