// Applies state.basemap to the map. An online style that fails to load (offline, blocked, bad URL)
// falls back to the embedded style and tells the user why, instead of leaving a blank map.
import type { Map as MlMap } from 'maplibre-gl';
import type { Store } from '../../app/state.ts';
import { embeddedStyle } from './embedded-style.ts';
import { styleUrlOf } from './catalog.ts';

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
    pending = { id, timer: window.setTimeout(() => fallBack('timed out'), ONLINE_TIMEOUT_MS) };
    map.setStyle(url, { diff: false });
  };

  store.subscribe((s, prev) => {
    if (s.basemap !== prev.basemap) apply(s.basemap);
  });
  if (store.get().basemap !== 'embedded') apply(store.get().basemap);
}
