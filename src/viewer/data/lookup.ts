// Finding things in the dataset by id, and where on the map they are.
import { bbox } from '@turf/turf';
import type { LngLatBoundsLike, LngLatLike } from 'maplibre-gl';
import type { ClaimFeature, PlaceFeature, Report } from '../../core/schema.ts';
import type { AppState } from '../app/state.ts';
import { articlesByFile, placesById } from './dataset-index.ts';

export function findPlace(s: AppState, id: string): PlaceFeature | undefined {
  return placesById(s.dataset.places).get(id);
}

export function findClaim(s: AppState, id: string): ClaimFeature | undefined {
  return s.dataset.claims.features.find((f) => f.properties.id === id);
}

export function findArticle(s: AppState, file: string): Report['articles'][number] | undefined {
  return articlesByFile(s.dataset.report).get(file);
}

/** An article published after the timeline date (a place's mentions come from every article: a popup "as reported up
 * to 15 Sep 2022" listed a 2025 report among them as if it had been known then). */
export const publishedAfter = (s: Pick<AppState, 'dataset' | 'date'>, file: string): boolean =>
  (articlesByFile(s.dataset.report).get(file)?.published ?? '') > s.date;

/** Where a claim's popup points: the top of an area circle, a count's marker, a movement's midpoint; null for a count
 * listed off the map. */
export function claimAnchor(f: ClaimFeature): LngLatLike | null {
  const g = f.geometry;
  if (!g) return null;
  if (g.type === 'Point') return g.coordinates;
  if (g.type === 'LineString') return g.coordinates[Math.floor(g.coordinates.length / 2)] ?? [0, 0];
  let top = g.coordinates[0]?.[0] ?? [0, 0];
  for (const p of g.coordinates[0] ?? []) if (p[1] > top[1]) top = p;
  return top;
}

export function claimBounds(f: ClaimFeature): LngLatBoundsLike | null {
  if (!f.geometry) return null;
  const [w, s, e, n] = bbox(f.geometry);
  return [w, s, e, n] as [number, number, number, number];
}
