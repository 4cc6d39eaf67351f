// The single owner of app state. Everything changes through update(patch): the patch is validated,
// applied, and every subscriber re-renders from the new state. No module keeps its own copy.
import { z } from 'zod';
import { isoDate } from '../../core/schema.ts';
import type { TimeReading } from '../../core/claims/visibility.ts';
import type { Dataset } from '../data/data.ts';
import type { Overlay } from '../map/overlay.ts';

export const viewSchema = z.strictObject({
  zoom: z.number().min(0).max(22),
  lat: z.number().min(-85).max(85),
  lon: z.number().min(-180).max(180),
  bearing: z.number().min(-180).max(360),
  pitch: z.number().min(0).max(85),
});
export type View = z.infer<typeof viewSchema>;

/** A built-in basemap id, or an https style URL the user pasted (or a link carries). Bounded: the URL is shown in the
 * confirmation box and the permalink, and no style URL needs more than 2,048 characters. No user name or password:
 * the URL is copied into every permalink a user shares, and `https://user:pw@host` also disguises the host it names. */
export const MAX_STYLE_URL = 2048;
const withoutCredentials = (url: string): boolean => {
  const u = new URL(url);
  return u.username === '' && u.password === '';
};
export const basemapSchema = z.union([
  z.enum(['embedded', 'liberty', 'positron']),
  z
    .url({ protocol: /^https$/ })
    .max(MAX_STYLE_URL)
    .refine(withoutCredentials, 'a style URL may not carry a user name or password'),
]);
export type BasemapId = z.infer<typeof basemapSchema>;

export const selectionSchema = z.strictObject({ kind: z.enum(['place', 'claim']), id: z.string().min(1).max(200) });
export type Selection = z.infer<typeof selectionSchema>;

/** The part of the state that is user-controlled and travels in the permalink. */
export const navStateSchema = z.strictObject({
  view: viewSchema,
  date: isoDate,
  basemap: basemapSchema,
  selection: selectionSchema.nullable(),
  article: z.string().nullable(),
  /** How the timeline's date is read: `reported` (what was known on D, the default) or `described` (hindsight). */
  reading: z.enum(['reported', 'described']).optional(),
  /** The map legend as the user left it; unset: open only on a wide map (legend.ts, legendOpenByDefault). */
  legend: z.enum(['open', 'closed']).optional(),
});
export type NavState = z.infer<typeof navStateSchema>;

export interface AppState extends NavState {
  dataset: Dataset;
  overlays: Overlay[];
  /** A message for the user (basemap fell back, upload failed...). */
  notice: { text: string; tone: 'info' | 'error' } | null;
  /** Incremented when the dataset or overlays change, so layers know to re-upload data. */
  dataVersion: number;
  /** How the timeline's date is read: `reported` (what was known on D, the default) or `described` (hindsight). */
  reading?: TimeReading;
}

export type Listener = (state: AppState, prev: AppState) => void;

export interface Store {
  get(): AppState;
  update(patch: Partial<AppState>): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners: Listener[] = [];
  return {
    get: () => state,
    update(patch) {
      const next: AppState = { ...state, ...patch };
      if (patch.dataset || patch.overlays) next.dataVersion = state.dataVersion + 1;
      const nav = navStateSchema.safeParse({
        view: next.view,
        date: next.date,
        basemap: next.basemap,
        selection: next.selection,
        article: next.article,
        reading: next.reading,
        legend: next.legend,
      });
      if (!nav.success) {
        // A bad patch is a bug in the caller; keep the last good state rather than render garbage.
        console.warn('briefmap: rejected state update', nav.error.issues);
        return;
      }
      const prev = state;
      state = next;
      for (const l of listeners) l(state, prev);
    },
    subscribe(listener) {
      listeners.push(listener);
      return () => {
        const i = listeners.indexOf(listener);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
  };
}
