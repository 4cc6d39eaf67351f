// Keyboard access to the places drawn on the map. One tab stop (a roving tabindex) leads into the places and clusters
// in view, in map reading order (rows of ROW_PX from north to south, west to east within a row); the arrow keys move
// the focus ring from one to the next, Home/End jump to the ends, Enter or Space opens the place's popup (a cluster
// zooms in on it) and Escape closes it again (popups.ts gives the focus back here). The buttons sit over the symbols,
// transparent and click-through, so nothing changes for the mouse; a caption names the focused place and the keys.
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Store } from '../../app/state.ts';
import { el } from '../../ui/dom.ts';
import { rovingIndex } from '../../ui/roving.ts';
import './place-keys.css';

const LAYERS = ['places-circle', 'places-clusters'];
/** Reading-order rows: places within this many pixels of height read left to right. */
const ROW_PX = 48;
/** At most this many stops (the most-mentioned first): beyond that the map is zoomed out too far to read anyway. */
const MAX_STOPS = 200;

interface Stop {
  key: string;
  lngLat: [number, number];
  label: string;
  /** Ring radius in px (the drawn symbol's). */
  radius: number;
  weight: number;
  place?: string;
  cluster?: number;
}

function stopsInView(map: MlMap): Stop[] {
  const layers = LAYERS.filter((l) => map.getLayer(l));
  if (layers.length === 0) return [];
  const seen = new Map<string, Stop>();
  for (const f of map.queryRenderedFeatures({ layers })) {
    if (f.geometry.type !== 'Point') continue;
    const p = f.properties;
    const lngLat = f.geometry.coordinates as [number, number];
    if (p.point_count != null) {
      const key = `cluster:${p.cluster_id}`;
      const n = Number(p.point_count);
      seen.set(key, {
        key,
        lngLat,
        label: `${n.toLocaleString('en-GB')} places close together (Enter zooms in)`,
        radius: Math.min(22, 13 + ((n - 2) * 9) / 18),
        weight: n,
        cluster: Number(p.cluster_id),
      });
    } else if (typeof p.id === 'string') {
      const key = `place:${p.id}`;
      const m = Number(p.mentionCount) || 0;
      const unsure = p.low === true || p.low === 'true' ? ', location uncertain' : '';
      seen.set(key, {
        key,
        lngLat,
        label: `${String(p.name)}, ${String(p.kind)}, ${m} mention${m === 1 ? '' : 's'}${unsure}`,
        radius: 4 + 3 * Math.sqrt(m),
        weight: m,
        place: p.id,
      });
    }
  }
  const stops = [...seen.values()].sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key)).slice(0, MAX_STOPS);
  const at = new Map(stops.map((s) => [s.key, map.project(s.lngLat)]));
  return stops.sort((a, b) => {
    const pa = at.get(a.key)!;
    const pb = at.get(b.key)!;
    return Math.floor(pa.y / ROW_PX) - Math.floor(pb.y / ROW_PX) || pa.x - pb.x || a.key.localeCompare(b.key);
  });
}

export function bindPlaceKeys(map: MlMap, store: Store): void {
  const hint = el('p', { class: 'place-keys-hint', id: 'place-keys-hint' });
  const list = el('div', {
    class: 'place-keys',
    role: 'group',
    'aria-label': 'Places on the map, in map order',
    'aria-describedby': 'place-keys-hint',
  });
  const box = el('div', { class: 'place-keys-box' }, list, hint);
  const host = map.getContainer();
  host.insertBefore(box, host.querySelector('.maplibregl-control-container'));

  let stops: Stop[] = [];
  const buttons = new Map<string, HTMLButtonElement>();
  let current = 0; // index of the stop that holds the tab stop

  const place = (b: HTMLButtonElement, s: Stop) => {
    const p = map.project(s.lngLat);
    b.style.transform = `translate(${Math.round(p.x - s.radius - 4)}px, ${Math.round(p.y - s.radius - 4)}px)`;
  };
  const describe = () => {
    const s = stops[current];
    hint.textContent = s
      ? `${current + 1} of ${stops.length}: ${s.label}. Arrow keys: next or previous place · Enter: open · Escape: close`
      : 'No places in view.';
  };
  const focusStop = (i: number) => {
    if (stops.length === 0) return;
    current = Math.max(0, Math.min(stops.length - 1, i));
    for (const [k, b] of buttons) b.tabIndex = k === stops[current]!.key ? 0 : -1;
    buttons.get(stops[current]!.key)?.focus({ preventScroll: true });
    describe();
  };
  const activate = (s: Stop) => {
    if (s.place) {
      store.update({ selection: { kind: 'place', id: s.place } });
      return;
    }
    const src = map.getSource<GeoJSONSource>('places');
    if (!src || s.cluster == null) return;
    void src.getClusterExpansionZoom(s.cluster).then((zoom) => map.easeTo({ center: s.lngLat, zoom }));
  };

  const rebuild = () => {
    const focused = list.contains(document.activeElement) ? stops[current] : undefined;
    const before = focused ? map.project(focused.lngLat) : null;
    stops = stopsInView(map);
    const keep = new Set(stops.map((s) => s.key));
    for (const [k, b] of buttons)
      if (!keep.has(k)) {
        b.remove();
        buttons.delete(k);
      }
    const ordered = stops.map((s) => {
      let b = buttons.get(s.key);
      if (!b) {
        b = el('button', { type: 'button', class: 'place-key', tabindex: '-1' });
        b.addEventListener('click', () => {
          const i = stops.findIndex((x) => x.key === b!.dataset.key);
          if (i >= 0) activate(stops[i]!);
        });
        b.addEventListener('focus', () => {
          const i = stops.findIndex((x) => x.key === b!.dataset.key);
          if (i >= 0 && i !== current) {
            current = i;
            describe();
          }
        });
        buttons.set(s.key, b);
      }
      b.dataset.key = s.key;
      b.setAttribute('aria-label', s.label);
      b.style.width = b.style.height = `${Math.round(2 * (s.radius + 4))}px`;
      place(b, s);
      return b;
    });
    // Reorder only when the order changed: moving the focused button would take the focus away.
    const same = ordered.length === list.children.length && ordered.every((b, i) => list.children[i] === b);
    if (!same) list.replaceChildren(...ordered);
    let i = focused ? stops.findIndex((s) => s.key === focused.key) : -1;
    if (i < 0 && before && stops.length) {
      // The focused stop left the view (a cluster opened, the map moved): the nearest one takes the focus.
      let best = Infinity;
      stops.forEach((s, k) => {
        const p = map.project(s.lngLat);
        const d = (p.x - before.x) ** 2 + (p.y - before.y) ** 2;
        if (d < best) ((best = d), (i = k));
      });
    }
    current = Math.max(0, Math.min(stops.length - 1, i < 0 ? Math.min(current, stops.length - 1) : i));
    for (const [k, b] of buttons) b.tabIndex = k === stops[current]?.key ? 0 : -1;
    if (focused && stops[current] && document.activeElement !== buttons.get(stops[current]!.key)) focusStop(current);
    describe();
  };

  list.addEventListener('keydown', (e) => {
    const to = rovingIndex(e.key, current, stops.length);
    if (to === undefined) return;
    e.preventDefault();
    focusStop(to);
  });
  // Positions follow the map while it moves (only when someone is using the list); the set is read again at rest.
  map.on('move', () => {
    if (!box.matches(':focus-within')) return;
    for (const s of stops) {
      const b = buttons.get(s.key);
      if (b) place(b, s);
    }
  });
  // After the other `idle` listeners (the first-idle timing among them), not inside the event.
  let pending = false;
  map.on('idle', () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      rebuild();
    }, 0);
  });
  describe();
}
