// What picking an article does to the selection. The map then flies to the article's places, and a popup of a place
// the article does not name stayed open over the new view, anchored off the map's top edge across the zoom buttons
// (round 33, a briefer's pass: Siversk's popup from search, then an article about other towns). A briefing map keeps
// the reader's selection only while it belongs to what they are now reading.
import type { AppState, Selection } from './state.ts';
import { placesByArticle } from '../data/dataset-index.ts';
import { findClaim } from '../data/lookup.ts';

/** The selection to keep when the article `file` is picked (`null`: the article unpicked, nothing changes): a place
 * the article names, or a claim it is a source of; anything else is cleared, and its popup or card closes with it. */
export function selectionWithArticle(s: AppState, file: string | null): Selection | null {
  const sel = s.selection;
  if (!sel || !file) return sel;
  if (sel.kind === 'place') return (placesByArticle(s.dataset).get(file) ?? []).some((f) => f.properties.id === sel.id) ? sel : null;
  const claim = findClaim(s, sel.id);
  return claim && (claim.properties.article === file || claim.properties.sources.some((x) => x.article === file)) ? sel : null;
}
