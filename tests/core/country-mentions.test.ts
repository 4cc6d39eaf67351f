// The count beside a country the articles name (the box at the map's edge, the printed page's line) counts no article
// published after the timeline's date: at mid-March 2022 the events dev corpus said "Ukraine 1,256×" with 7 of its 837
// articles published.
import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../src/core/schema.ts';
import type { AppState } from '../../src/viewer/app/state.ts';
import { mentionsByDate } from '../../src/viewer/data/country-mentions.ts';
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

describe('a country’s mentions at a date', () => {
  it('are counted only when every article naming it is published by the date', () => {
    expect(mentionsByDate(state('2022-03-15', 'reported'), ukraine)).toBeNull();
    expect(mentionsByDate(state('2025-01-01', 'reported'), ukraine)).toBe(3);
    // Hindsight reads every article.
    expect(mentionsByDate(state('2022-03-15', 'described'), ukraine)).toBe(3);
  });

  it('a country without a count is printed by its name alone', () => {
    const countries = [
      { name: 'Ukraine', mentions: null },
      { name: 'Belarus', mentions: 5 },
    ];
    expect(countriesLine(countries, 1000, () => true)).toBe('Countries named, not drawn: Ukraine · Belarus 5×');
  });
});
