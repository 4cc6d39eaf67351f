// The map-status scorer of `npm run eval` on a hand-made case: two articles about one village, the gold map against
// a pipeline map that is right on the first date, misses the recapture and colours a village the gold never mentions.
import { describe, expect, it } from 'vitest';
import type { ControlEventFeature } from '../../src/core/schema.ts';
import type { GoldArticle, GoldEvent } from '../eval/score/gold.ts';
import { goldFeatures, mapStatusFigures } from '../eval/score/map-status.ts';

const first = 'Russian forces captured Sudzha on Monday. Fighting continued near Plekhovo.';
const second = 'Ukraine retook Sudzha, its army said.';

const place = (text: string, word: string, name: string, lat: number | null) => {
  const start = text.indexOf(word);
  return {
    start,
    end: start + word.length,
    text: word,
    name,
    kind: 'village' as const,
    country: 'RU',
    admin1: 'Kursk',
    lat,
    lon: lat === null ? null : 35.27,
    coordSource: lat === null ? null : ('geonames:1' as const),
    precision: lat === null ? ('region' as const) : ('exact' as const),
    ...(lat === null ? { coordNote: 'no source' } : {}),
  };
};

const event = (
  text: string,
  word: string,
  name: string,
  action: GoldEvent['action'],
  actor: GoldEvent['actor'],
  day: string,
): GoldEvent => {
  const start = text.indexOf(word);
  return {
    start,
    end: start + word.length,
    text: word,
    settlement: name,
    lat: 51.19,
    lon: 35.27,
    coordSource: 'geonames:1',
    action,
    actor,
    claimant: null,
    denied: false,
    asOf: { start: day, end: day },
  };
};

const article = (file: string, text: string, published: string, places: GoldArticle['places'], events: GoldEvent[]): GoldArticle => ({
  file,
  language: 'en',
  url: `https://example.org/${file}`,
  published,
  notes: '',
  places,
  traps: [],
  skipped: [],
  claims: [],
  events,
});

const gold: GoldArticle[] = [
  article(
    'a.txt',
    first,
    '2024-08-10',
    [place(first, 'Sudzha', 'Sudzha', 51.19), place(first, 'Plekhovo', 'Plekhovo', null)],
    [
      event(first, 'Sudzha', 'Sudzha', 'captured', 'RU', '2024-08-10'),
      event(first, 'Plekhovo', 'Plekhovo', 'fighting', 'RU', '2024-08-10'),
    ],
  ),
  article(
    'b.txt',
    second,
    '2024-08-20',
    [place(second, 'Sudzha', 'Sudzha', 51.19)],
    [event(second, 'Sudzha', 'Sudzha', 'liberated', 'UA', '2024-08-20')],
  ),
];

/** A pipeline event as events.geojson carries it (only the fields statusAt and the scorer read matter). */
function predicted(
  file: string,
  text: string,
  word: string,
  settlement: string,
  holder: 'UA' | 'RU' | null,
  action: ControlEventFeature['properties']['action'],
  day: string,
): ControlEventFeature {
  const start = text.indexOf(word);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [35.27, 51.19] },
    properties: {
      type: 'control',
      id: `${file}#${start}`,
      article: file,
      published: day,
      quote: text,
      start,
      end: start + word.length,
      trigger: '',
      settlement,
      settlementName: word,
      precision: 'exact',
      action,
      actor: holder,
      holder,
      claimant: null,
      denied: false,
      asOf: { start: day, end: day },
      asOfBasis: 'published',
      confidence: 0.9,
    },
  };
}

describe('map-status scorer', () => {
  it('keys gold settlements by their reference name and keeps villages without a point', () => {
    const features = goldFeatures(gold);
    expect(features.map((f) => [f.properties.settlement, f.properties.holder])).toEqual([
      ['Sudzha', 'RU'],
      ['Plekhovo', null],
      ['Sudzha', 'UA'],
    ]);
  });

  it('compares the two maps at each publication date', () => {
    const ours = [
      predicted('a.txt', first, 'Sudzha', 'gn:1', 'RU', 'captured', '2024-08-10'),
      predicted('a.txt', first, 'Plekhovo', 'gn:2', null, 'fighting', '2024-08-10'),
      // a village the gold has no event for: coloured on the map, so it costs precision
      predicted('b.txt', second, 'Ukraine', 'gn:3', 'UA', 'controls', '2024-08-20'),
    ];
    // 10 Aug: gold Sudzha RU, Plekhovo contested; ours the same → 2/2.
    // 20 Aug: gold Sudzha UA, Plekhovo contested; ours Sudzha RU (recapture missed), Plekhovo contested, one extra.
    const f = mapStatusFigures(gold, ours);
    expect(f).toMatchObject({ dates: 2, gold: 4, agreed: 3, predicted: 5, goldPlaced: 2, agreedPlaced: 1 });
    expect(f.recall).toBeCloseTo(3 / 4);
    expect(f.precision).toBeCloseTo(3 / 5);
    expect(f.recallPlaced).toBeCloseTo(1 / 2);
    // the one gold settlement-date not agreed: Sudzha on 20 Aug, shown RU for UA
    expect(f.missed).toEqual({
      other: 1,
      sideForContested: 0,
      contestedForSide: 0,
      readNotColoured: 0,
      holderUnknown: 0,
      farOff: 0,
      notRead: 0,
    });
  });

  it('says why a gold settlement-date was not agreed: read but not coloured, or nothing read', () => {
    const sudzha = predicted('a.txt', first, 'Sudzha', 'gn:1', 'RU', 'captured', '2024-08-10');
    // placed only in its district with no entry of its own: read, not coloured
    const uncoloured = { ...sudzha, properties: { ...sudzha.properties, precision: 'district' as const } };
    const f = mapStatusFigures(gold, [uncoloured]);
    // 10 Aug: Sudzha read not coloured, Plekhovo not read; 20 Aug: the same
    expect(f.missed).toEqual({
      other: 0,
      sideForContested: 0,
      contestedForSide: 0,
      readNotColoured: 2,
      holderUnknown: 0,
      farOff: 0,
      notRead: 2,
    });
  });

  it('does not count reports published after the date', () => {
    const late = predicted('b.txt', second, 'Sudzha', 'gn:1', 'UA', 'liberated', '2024-08-20');
    const f = mapStatusFigures([gold[0]!], [{ ...late, properties: { ...late.properties, article: 'a.txt' } }]);
    expect(f).toMatchObject({ dates: 1, predicted: 0, agreed: 0 });
  });
});
