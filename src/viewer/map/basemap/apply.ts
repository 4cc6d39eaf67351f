// Applies state.basemap to the map. An online style that fails to load (offline, blocked, bad URL, refused by
// style-check.ts) falls back to the embedded style and tells the user why, instead of leaving a blank map.
import type { Map as MlMap } from 'maplibre-gl';
import type { Store } from '../../app/state.ts';
import { embeddedStyle } from './embedded-style.ts';
import { BASEMAPS, styleUrlOf } from './catalog.ts';
import { checkStyleText, readStyleBody } from './style-check.ts';

const ONLINE_TIMEOUT_MS = 20_000;

export function bindBasemap(map: MlMap, store: Store, base: URL): void {
  let pending: { id: string; timer: number } | null = null;

  const fallBack = (reason: string) => {
    if (!pending) return;
    const failed = pending.id;
    clearTimeout(pending.timer);
    pending = null;
    store.update({
      basemap: 'embedded',
      notice: { tone: 'error', text: `Could not load the “${failed}” basemap (${reason}); showing the embedded offline basemap.` },
    });
  };

  map.on('style.load', () => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
  });
  map.on('error', (e) => {
    // Only errors while an online style is still loading mean "this basemap does not work".
    if (pending) fallBack(e.error?.message || 'network error');
  });

  const apply = (id: string) => {
    const url = styleUrlOf(id);
    if (url === null) {
      if (pending) clearTimeout(pending.timer);
      pending = null;
      map.setStyle(embeddedStyle(base), { diff: false });
      return;
    }
    if (pending) clearTimeout(pending.timer);
    const current = { id, timer: window.setTimeout(() => fallBack('timed out'), ONLINE_TIMEOUT_MS) };
    pending = current;
    // The built-in styles are ours to trust; a pasted or linked one is read and checked here before MapLibre sees it.
    if (BASEMAPS.some((b) => b.id === id)) map.setStyle(url, { diff: false });
    else
      void loadCheckedStyle(url).then(
        (style) => {
          if (pending !== current) return; // another basemap was chosen meanwhile, or this one timed out
          if (style.ok) map.setStyle(style.style, { diff: false });
          else fallBack(style.problem);
        },
        (err: unknown) => {
          if (pending === current) fallBack((err as Error).message || 'network error');
        },
      );
  };

  store.subscribe((s, prev) => {
    if (s.basemap !== prev.basemap) apply(s.basemap);
  });
  if (store.get().basemap !== 'embedded') apply(store.get().basemap);
}

/** A pasted or linked style fetched, bounded and checked (style-check.ts): the style, or why not in one line. */
async function loadCheckedStyle(url: string) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false as const, problem: `HTTP ${response.status}` };
  }
  const body = await readStyleBody(response);
  return body.ok ? checkStyleText(body.text) : body;
}
