// Settlement status over a sequence of dated reports: captures, a recapture, a contradiction and a denial, read
// "as reported up to D" (only what was published by D) and "as described at D". Then the footprint drawn from it.
import * as turf from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractControlEvents } from '../../src/core/events/extract.ts';
import { footprintOf } from '../../src/core/events/footprint.ts';
import { statusAt, type SettlementStatus } from '../../src/core/events/status.ts';
import { geoparseArticle } from '../../src/core/geoparse/geoparse.ts';
import type { ControlEventFeature } from '../../src/core/schema.ts';
import { gazetteer } from './gazetteer-cache.ts';

const ARTICLES = [
  { published: '2024-08-08', text: 'Ukrainian troops entered Sudzha, local officials said.' },
  { published: '2024-08-13', text: 'Ukrainian forces captured Plekhovo, Martynovka and Malaya Loknya, Syrskyi said.' },
  { published: '2024-08-15', text: 'Russian forces recaptured Martynovka, the Russian defence ministry said.' },
  { published: '2025-03-14', text: "Russia's defence ministry said its forces had recaptured Sudzha on Thursday." },
  { published: '2025-03-16', text: 'Kyiv denied that Russian troops had captured Sudzha.' },
];

let events: ControlEventFeature[] = [];
beforeAll(() => {
  const g = gazetteer();
  events = ARTICLES.flatMap(({ published, text }, i) => {
    const article = { file: `a${i}.txt`, title: `a${i}`, outlet: 'fixture', published, text };
    return extractControlEvents({ article, parsed: geoparseArticle(text, g), gazetteer: g });
  });
}, 60_000);

const statusMap = (list: SettlementStatus[]): Record<string, string> => Object.fromEntries(list.map((s) => [s.name, s.status]));

describe('settlement status timeline', () => {
  it('reads every report', () => {
    expect(
      events.map((e) => `${e.properties.settlementName}:${e.properties.action}:${e.properties.holder}:${e.properties.denied}`),
    ).toEqual([
      'Sudzha:entered:UA:false',
      'Plekhovo:captured:UA:false',
      'Martynovka:captured:UA:false',
      'Malaya Loknya:captured:UA:false',
      'Martynovka:liberated:RU:false',
      'Sudzha:liberated:RU:false',
      'Sudzha:liberated:RU:true', // Russia taking back its own town is a liberation, whatever the verb
    ]);
  });

  it('knows nothing before the first report', () => {
    expect(statusAt(events, '2024-08-07')).toEqual([]);
  });

  it('follows captures as they are reported', () => {
    expect(statusMap(statusAt(events, '2024-08-10'))).toEqual({ Sudzha: 'UA' });
    expect(statusMap(statusAt(events, '2024-08-14'))).toEqual({ Sudzha: 'UA', Plekhovo: 'UA', Martynovka: 'UA', 'Malaya Loknya': 'UA' });
  });

  it('marks a settlement contested when the sides contradict each other within the window', () => {
    const martynovka = statusAt(events, '2024-08-16').find((s) => s.name === 'Martynovka')!;
    expect(martynovka.status).toBe('contested');
    expect(martynovka.latest.properties.holder).toBe('RU');
    expect(martynovka.contradicting.map((e) => e.properties.holder)).toEqual(['UA']);
  });

  it('shows nothing before it was published: the recapture of Sudzha appears on 14 March, not on the 13th it describes', () => {
    expect(statusMap(statusAt(events, '2025-03-13')).Sudzha).toBe('UA');
    expect(statusMap(statusAt(events, '2025-03-14')).Sudzha).toBe('RU');
    expect(statusMap(statusAt(events, '2025-03-13', { reading: 'described' })).Sudzha).toBe('RU');
  });

  it('marks a denied report contested', () => {
    expect(statusMap(statusAt(events, '2025-03-16')).Sudzha).toBe('contested');
  });
});

describe('reported footprint', () => {
  it('spans the settlements reported held, and is clipped to the country given', () => {
    const statuses = statusAt(events, '2024-08-14');
    const fp = footprintOf(statuses, 'UA', null)!;
    expect(fp.settlements).toHaveLength(4);
    for (const s of statuses) expect(turf.booleanPointInPolygon(turf.point(s.coordinates), fp.geometry)).toBe(true);
    expect(fp.areaKm2).toBeGreaterThan(20);
    expect(fp.areaKm2).toBeLessThan(2000);
    // Clipped to a box north of 51.2°N, only part of it remains.
    const box = turf.bboxPolygon([34, 51.2, 37, 52]);
    const clipped = footprintOf(statuses, 'UA', box)!;
    expect(clipped.areaKm2).toBeGreaterThan(0);
    expect(clipped.areaKm2).toBeLessThan(fp.areaKm2);
    expect(footprintOf(statuses, 'RU', null)).toBeNull();
  });
});

describe('reports of one article and one period', () => {
  const report = (
    start: number,
    action: ControlEventFeature['properties']['action'],
    holder: 'UA' | 'RU',
    claimant: string | null = 'the General Staff',
  ): ControlEventFeature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [35.27, 51.19] },
    properties: {
      type: 'control',
      id: `a.txt:${start}:${action}`,
      article: 'a.txt',
      published: '2024-09-01',
      quote: '',
      start,
      end: start + 5,
      trigger: action,
      settlement: 'x',
      settlementName: 'X',
      precision: 'exact',
      action,
      actor: holder,
      holder,
      claimant,
      denied: false,
      asOf: { start: '2024-09-01', end: '2024-09-01' },
      asOfBasis: 'the publication date',
      confidence: 0.8,
    },
  });

  it("take the lead's report as the latest: later paragraphs give the background", () => {
    // offsets chosen so that their text order ("1200" < "980") and their number order differ
    const [s] = statusAt([report(1200, 'captured', 'RU'), report(980, 'liberated', 'UA')], '2024-09-01');
    expect(s!.status).toBe('UA');
    expect(s!.history.map((e) => e.properties.start)).toEqual([1200, 980]);
  });

  it('lets the background, told without a speaker of its own, contest the lead only under backgroundContests', () => {
    // "Ukraine liberated X, the General Staff said. … X had been occupied by the Russians since March": one article,
    // one period
    const reports = [report(1200, 'captured', 'RU', null), report(980, 'liberated', 'UA')];
    expect(statusAt(reports, '2024-09-01')[0]!.status).toBe('contested'); // the default (rounds 49, 50: kept on)
    const [s] = statusAt(reports, '2024-09-01', { backgroundContests: false });
    expect(s!.status).toBe('UA');
    expect(s!.contradicting).toEqual([]);
  });

  it('lets a background report on part of the settlement contest the lead either way', () => {
    // "Ukraine says its troops are holding on in X. … forces had practically cleared the center of X": divided now
    const part = report(1200, 'cleared', 'RU', null);
    const reports = [{ ...part, properties: { ...part.properties, part: true as const } }, report(980, 'controls', 'UA')];
    for (const backgroundContests of [false, true]) {
      const [s] = statusAt(reports, '2024-09-01', { backgroundContests });
      expect(s!.status).toBe('contested');
      expect(s!.contradicting.map((e) => e.properties.start)).toEqual([1200]);
    }
  });

  it('contests the lead with another speaker of the same article either way', () => {
    const reports = [report(1200, 'captured', 'RU', "Russia's defence ministry"), report(980, 'liberated', 'UA')];
    expect(statusAt(reports, '2024-09-01', { backgroundContests: false })[0]!.status).toBe('contested');
  });
});
