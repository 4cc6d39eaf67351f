// How often a country the articles name is mentioned, as the box at the map's edge and the printed page's line say
// it at the timeline's date.
import type { PlaceFeature } from '../../core/schema.ts';
import type { AppState } from '../app/state.ts';
import { readingOf } from './control-model.ts';
import { publishedAfter } from './lookup.ts';
import { articlesOfPlace } from './mentions.ts';

/**
 * The country's mentions, or null while an article naming it is published after the date (the reported reading): the
 * count covers every article, so at mid-March 2022 the events dev corpus said "Ukraine 1,256×" with 7 of its 837
 * articles published. Its card says how many of its articles were published by then.
 */
export function mentionsByDate(s: Pick<AppState, 'dataset' | 'date' | 'reading'>, f: PlaceFeature): number | null {
  if (readingOf(s) === 'described') return f.properties.mentionCount;
  return articlesOfPlace(s.dataset.mentions, f).some((file) => publishedAfter(s, file)) ? null : f.properties.mentionCount;
}
