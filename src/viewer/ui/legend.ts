// The viewer's legend: a collapsible panel on the map listing the symbols the data uses at the current date,
// rows and swatches from the same symbol table (print/symbols.ts) as the map layers and the export legend.
import type { IControl, Map as MlMap } from 'maplibre-gl';
import type { AppState, NavState, Store } from '../app/state.ts';
import { legendOf, type VisibleSet } from '../export/visible.ts';
import { shownAt } from '../data/claims-model.ts';
import { drawnOnMap, LOW_CONFIDENCE } from '../map/layers/places.ts';
import { drawSwatch } from './swatch.ts';
import { el } from './dom.ts';
import { readingOf } from '../data/control-model.ts';

/** Below this map width (CSS px) the legend starts folded: open, it is about 340 × 400 px, a fifth to a third of a
 * laptop's map, over the ground the reports are about. */
export const LEGEND_OPEN_MIN_MAP_WIDTH = 1280;
/** The room an open legend takes from the left of the map (its max width and margin): an opening view fitted to the
 * reports leaves it free. */
export const LEGEND_ROOM_PX = 360;

/** Whether the legend is open: as the user left it (the permalink's `legend`), else only on a wide map. */
export function legendOpen(s: Pick<NavState, 'legend'>, mapWidth: number): boolean {
  return s.legend ? s.legend === 'open' : mapWidth >= LEGEND_OPEN_MIN_MAP_WIDTH;
}

/** What the whole dataset shows at the state's date (the export legend reads what one image shows). The places
 * drawn count per kind, so the kinds come in the same order (most first) as an export's. */
function everything(s: AppState): VisibleSet {
  const places = s.dataset.places.features;
  const drawn = places.filter(drawnOnMap);
  return {
    claimIds: new Set(s.dataset.claims.features.filter((f) => shownAt(f, s.date, readingOf(s))).map((f) => f.properties.id)),
    placeIds: new Set(drawn.map((f) => f.properties.id)),
    overlayIds: new Set(s.overlays.map((o) => o.id)),
    renderedKinds: new Set(drawn.map((f) => f.properties.kind)),
    regions: places.some((f) => f.properties.kind === 'region'),
    approximate: places.some(
      (f) => f.properties.precision !== 'exact' && f.properties.kind !== 'region' && f.properties.kind !== 'country',
    ),
    lowConfidence: places.some((f) => f.properties.confidence < LOW_CONFIDENCE),
    clusters: false,
    highlighted: s.article !== null,
    controlSettlements: new Set(),
    controlFootprints: new Set(),
    bounds: null,
  };
}

function swatchCanvas(entry: ReturnType<typeof legendOf>['entries'][number]): HTMLCanvasElement {
  const ratio = window.devicePixelRatio || 1;
  const c = el('canvas', {
    width: String(Math.round(24 * ratio)),
    height: String(Math.round(18 * ratio)),
    'aria-hidden': 'true',
    class: 'legend-swatch',
  });
  const ctx = c.getContext('2d');
  if (ctx) drawSwatch(ctx, entry.swatch, 12 * ratio, 9 * ratio, ratio);
  return c;
}

export class LegendControl implements IControl {
  private root: HTMLDetailsElement | null = null;
  private unsubscribe: (() => void) | null = null;
  // `sections` are further legend blocks (the settlement-control legend) shown inside the same panel, so that
  // two legends never stack over each other in the map corner. They come first, as the export lists control before
  // claims and places (print/legend-order.ts).
  constructor(
    private store: Store,
    private sections: HTMLElement[] = [],
  ) {}

  onAdd(map: MlMap): HTMLElement {
    const list = el('ul', { class: 'legend-list' });
    const heading = el('p', { class: 'legend-heading' });
    // Open on wide maps, folded elsewhere (the summary stays reachable by keyboard either way); the user's choice
    // goes into the state and the permalink.
    const root = el(
      'details',
      { class: 'maplibregl-ctrl map-legend', open: legendOpen(this.store.get(), map.getContainer().clientWidth) },
      el('summary', null, 'Legend'),
      ...this.sections,
      heading,
      list,
    );
    this.root = root;
    root.addEventListener('toggle', () => {
      const s = this.store.get();
      // Fired for the user's click and for the state's own change below: only the first is news.
      if (root.open !== legendOpen(s, map.getContainer().clientWidth)) this.store.update({ legend: root.open ? 'open' : 'closed' });
    });
    const render = (s: AppState) => {
      const legend = legendOf(s, everything(s), s.date, readingOf(s));
      heading.textContent = legend.heading;
      list.replaceChildren(...legend.entries.map((e) => el('li', null, swatchCanvas(e), el('span', null, e.label))));
    };
    render(this.store.get());
    this.unsubscribe = this.store.subscribe((s, prev) => {
      if (s.legend !== prev.legend && s.legend) root.open = s.legend === 'open';
      if (
        s.date !== prev.date ||
        s.reading !== prev.reading ||
        s.dataVersion !== prev.dataVersion ||
        s.article !== prev.article ||
        s.overlays !== prev.overlays
      )
        render(s);
    });
    return this.root;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.root?.remove();
  }
}
