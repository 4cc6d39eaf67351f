// The heavy geometry of the view the viewer opens on, computed in the geometry worker while the main thread builds
// the map and the panels: the settlement-control footprints at the date (a hull, buffers, unions and a cut to the
// country for each holder and country) and the held-area circles' cuts to their country. On a 10,000-article corpus
// they were about a second of the main thread before the first frame. The worker runs the same functions on its own
// copy of the same polygons; its answers join the page's memos (control-model.ts, layers/country-clip.ts), where the
// layers and panels then find them. If the worker fails, the page computes them itself as before.
import type { AppState } from '../app/state.ts';
import { footprintGroups, footprintKnown, readingOf, rememberFootprint, statusesAt } from './control-model.ts';
import { clipState } from './country-clip.ts';
import { circlesToClip } from '../map/layers/claims.ts';
import { countryShapesLoaded, rememberClip } from '../map/layers/country-clip.ts';
import { askGeometryWorker } from './geometry-worker.ts';
import type { FromFirstViewWorker } from './footprint-series-worker.ts';

/** Below this many settlements and circles the page computes them in milliseconds: starting a worker would cost
 * more than it saves. */
export const FIRST_VIEW_WORKER_MIN = 40;

/** Where the first view's geometry was computed: in the worker, or on the page (too little to send, or the worker
 * failed). */
export type FirstViewIn = 'worker' | 'page';

export async function primeFirstView(s: AppState, base: URL, min = FIRST_VIEW_WORKER_MIN): Promise<FirstViewIn> {
  const clips = clipState();
  if (clips.status === 'loading') return 'page'; // main.ts waits for the polygons first; if not, nothing to share
  const groups = footprintGroups(s.dataset, statusesAt(s, s.date, readingOf(s)), clips).filter((g) => !footprintKnown(s.dataset, g, clips));
  const circles = circlesToClip(s);
  const items = groups.reduce((n, g) => n + g.list.length, 0) + circles.length;
  if (items === 0 || items < min) return 'page';
  try {
    const answer = await askGeometryWorker<FromFirstViewWorker>({
      kind: 'first-view',
      id: 0,
      base: base.href,
      clip: clips.status === 'ready',
      shapes: countryShapesLoaded(),
      footprints: groups.map((g) => ({
        holder: g.holder,
        country: g.country,
        list: g.list.map((st) => ({ settlement: st.settlement, status: st.status, coordinates: st.coordinates })),
      })),
      circles,
    });
    if ('error' in answer) throw new Error(answer.error);
    groups.forEach((g, i) => rememberFootprint(s.dataset, g, clips, answer.footprints[i] ?? null));
    circles.forEach((c, i) => rememberClip(c.id, answer.circles[i]!));
    return 'worker';
  } catch (e) {
    console.warn(`first view geometry: ${e instanceof Error ? e.message : String(e)} (computed on the page instead)`);
    return 'page';
  }
}
