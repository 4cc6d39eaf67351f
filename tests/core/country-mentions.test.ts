// The count beside a country the articles name (the box at the map's edge, the printed page's line) counts no article
// published after the timeline's date: at mid-March 2022 the events dev corpus said "Ukraine 1,256×" with 7 of its 837
// articles published. Round 33 then left such a country without a count, unexplained ("Ukraine · Russian Federation ·
// Moldova, Republic of 1×"); every country now has the same count, the articles to date, and the line says so.
import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../src/core/schema.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import { articlesByDate } from '../../src/viewer/data/country-mentions.ts';
import { countriesLine } from '../../src/print/countries-line.ts';

const article = (file: string, published: string) => ({ file, title: file, outlet: 'Wire', published });
const ukraine = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [31, 49] },
  properties: {
    id: 'ne-ua',
    name: 'Ukraine',
    kind: 'country',
    mentionCount: 3,
    mentions: [
      { article: 'early.txt', start: 0, end: 7, text: 'Ukraine', context: 'Ukraine' },
      { article: 'late.txt', start: 0, end: 7, text: 'Ukraine', context: 'Ukraine' },
      { article: 'late.txt', start: 20, end: 27, text: 'Ukraine', context: 'Ukraine' },
    ],
  },
} as unknown as PlaceFeature;
const state = (date: string, reading: AppState['reading']) =>
  ({
    date,
    reading,
    dataset: { report: { articles: [article('early.txt', '2022-03-01'), article('late.txt', '2025-01-01')] } },
  }) as unknown as AppState;

describe('a country’s articles at a date', () => {
  it('counts the articles naming it published by the date, all of them in hindsight', () => {
    expect(articlesByDate(state('2022-03-15', 'reported'), ukraine)).toBe(1);
    expect(articlesByDate(state('2025-01-01', 'reported'), ukraine)).toBe(2);
    expect(articlesByDate(state('2022-03-15', 'described'), ukraine)).toBe(2);
  });

  it('gives every country a count and says what it counts', () => {
    const countries = [
      { name: 'Ukraine', articles: 1 },
      { name: 'Belarus', articles: 1 },
    ];
    expect(countriesLine(countries, 1000, () => true)?.replace(/\u00a0/g, ' ')).toBe(
      'Countries named, not drawn (articles to date): Ukraine 1 · Belarus 1',
    );
  });
});
