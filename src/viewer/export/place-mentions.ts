// The mentions of the places in an export bundle's visible.geojson. With the compact form the viewer holds no mentions
// (they are read a page at a time from mentions.json): they are read here for the places in view, up to a limit, so
// the bundle carries what the popups show. Beyond it (a busy place of a large corpus has 100,000 mentions, 170 MB for
// all of them) the places go without, and the bundle's manifest says where they are.
import type { Mention } from '../../core/schema.ts';
import type { AppState } from '../app/state.ts';

/** Mentions read for one export at most. */
export const EXPORT_MENTION_LIMIT = 5_000;

export type ExportMentions =
  /** Every visible place's mentions, by place id (uploaded ones included). */
  | { complete: true; byPlace: Map<string, Mention[]> }
  /** Too many to read: the places keep only the mentions the viewer holds (uploads). */
  | { complete: false; total: number };

export async function mentionsForExport(s: AppState, placeIds: ReadonlySet<string>): Promise<ExportMentions> {
  const source = s.dataset.mentions;
  const places = s.dataset.places.features.filter((f) => placeIds.has(f.properties.id));
  const byPlace = new Map<string, Mention[]>();
  if (!source) {
    for (const f of places) byPlace.set(f.properties.id, f.properties.mentions);
    return { complete: true, byPlace };
  }
  const total = places.reduce((n, f) => n + f.properties.mentionCount, 0);
  if (total > EXPORT_MENTION_LIMIT) return { complete: false, total };
  await Promise.all(
    places.map(async (f) => {
      const id = f.properties.id;
      const pages = await Promise.all(Array.from({ length: source.pages(id) }, (_, i) => source.page(id, i)));
      byPlace.set(id, [...pages.flat(), ...f.properties.mentions]);
    }),
  );
  return { complete: true, byPlace };
}
