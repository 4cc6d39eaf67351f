// The dev map-status adapter on a hand-made article: a gold event on a span the pipeline located takes that place's
// identity, point, claimant and period; one on a span it did not locate is its own, unplaced settlement dated at
// publication; the adapted article passes the held-out gold schema.
import { describe, expect, it } from 'vitest';
import type { Article, ControlEventFeature, PlaceFeature } from '../../src/core/schema.ts';
import { goldArticleSchema } from '../eval/score/gold.ts';
import { adaptDevGold, type DevEventsGold } from '../eval/dev/events/map-gold.ts';

const text = 'Russian forces captured Sudzha on Monday. Fighting continued near Plekhovo.';
const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word });
const article: Article = { file: 'en-01.txt', title: 't', outlet: 'o', url: 'https://example.org/a', published: '2025-03-12', text };
const gold: DevEventsGold = {
  file: 'en-01.txt',
  language: 'en',
  events: [
    { ...at('Sudzha'), action: 'captured', actor: 'RU', denied: false },
    { ...at('Plekhovo'), action: 'fighting', actor: 'RU', denied: false },
  ],
  skipped: [],
};
const sudzha: PlaceFeature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [35.27, 51.19] },
  properties: {
    id: 'ru-sudzha',
    name: 'Sudzha',
    kind: 'town',
    country: 'RU',
    admin1: 'Kursk',
    confidence: 1,
    precision: 'exact',
    source: 'geonames:1',
    variants: ['Sudzha'],
    mentionCount: 1,
    articleCount: 1,
    mentions: [{ article: 'en-01.txt', ...at('Sudzha'), context: text, contextStart: 0 }],
    candidates: [],
  },
};
const read: ControlEventFeature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [35.27, 51.19] },
  properties: {
    type: 'control',
    id: 'e1',
    article: 'en-01.txt',
    published: '2025-03-12',
    quote: '',
    ...at('Sudzha'),
    trigger: 'captured',
    settlement: 'ru-sudzha',
    settlementName: 'Sudzha',
    precision: 'exact',
    action: 'captured',
    actor: 'RU',
    holder: 'RU',
    claimant: 'Russia',
    denied: false,
    asOf: { start: '2025-03-10', end: '2025-03-10' },
    asOfBasis: 'weekday',
    confidence: 1,
  },
};

describe('adaptDevGold', () => {
  const adapted = adaptDevGold(gold, article, [sudzha], [read]);
  it('passes the held-out gold schema', () => {
    expect(goldArticleSchema.safeParse(adapted).success).toBe(true);
  });
  it("gives a located span the pipeline's place, claimant and period", () => {
    expect(adapted.events![0]).toMatchObject({
      settlement: 'Sudzha [ru-sudzha]',
      lat: 51.19,
      lon: 35.27,
      claimant: 'Russia',
      asOf: { start: '2025-03-10', end: '2025-03-10' },
    });
  });
  it('makes an unlocated span its own settlement without a point, dated at publication', () => {
    expect(adapted.events![1]).toMatchObject({
      settlement: 'Plekhovo [not located]',
      lat: null,
      claimant: null,
      asOf: { start: '2025-03-12', end: '2025-03-12' },
    });
  });
  it('dates every report at publication with publishedAsOf', () => {
    expect(adaptDevGold(gold, article, [sudzha], [read], { publishedAsOf: true }).events![0]!.asOf).toEqual({
      start: '2025-03-12',
      end: '2025-03-12',
    });
  });
});
