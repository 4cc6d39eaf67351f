// A polygon cut to a box before heavier overlay work (union, intersection): Sutherland–Hodgman is linear, so the
// overlay then handles the few hundred vertices inside the box instead of a whole country's or oblast's.
import { bboxClip, feature } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon } from 'geojson';

/** `shape` cut to `box`, its degenerate rings dropped; null when nothing of it lies in the box. */
export function cutToBox(shape: Feature<Polygon | MultiPolygon>, box: BBox): Feature<MultiPolygon> | null {
  const g = bboxClip(shape, box).geometry as Polygon | MultiPolygon;
  const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).filter((q) => q.length > 0 && q[0]!.length >= 4);
  return parts.length ? feature<MultiPolygon>({ type: 'MultiPolygon', coordinates: parts }) : null;
}
