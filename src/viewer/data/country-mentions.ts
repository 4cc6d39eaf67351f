// How many articles name a country the map does not draw, as the box at the map's edge and the printed page's line
// count it at the timeline's date.
import type { PlaceFeature } from '../../core/schema.ts';
import type { AppState } from '../app/state.ts';
import { readingOf } from './control-model.ts';
import { publishedAfter } from './lookup.ts';
import { articlesOfPlace } from './mentions.ts';

/**
 * The articles naming the country that were published by the date (every article when reading in hindsight). A
 * count of articles, not mentions: the mentions of an article are read a page at a time (mentions.ts), its file is
 * known at once. Round 33 printed a mention count only for a country no later article named ("Ukraine · Russian
 * Federation · Moldova, Republic of 1×"), and the page did not say why two had none.
 */
export function articlesByDate(s: Pick<AppState, 'dataset' | 'date' | 'reading'>, f: PlaceFeature): number {
  const files = articlesOfPlace(s.dataset.mentions, f);
  if (readingOf(s) === 'described') return files.length;
  return files.filter((file) => !publishedAfter(s, file)).length;
}
