// The viewer's legend: a collapsible panel on the map listing the symbols the data uses at the current date,
// rows and swatches from the same symbol table (print/symbols.ts) as the map layers and the export legend.
import type { IControl, Map as MlMap } from 'maplibre-gl';
import type { AppState, Store } from '../app/state.ts';
import { legendOf, type VisibleSet } from '../export/visible.ts';
import { shownAt } from '../data/claims-model.ts';
import { LOW_CONFIDENCE } from '../map/layers/places.ts';
import { drawSwatch } from './swatch.ts';
import { el } from './dom.ts';

/** What the whole dataset shows at the state's date (the export legend reads what one image shows). */
function everything(s: AppState): VisibleSet {
  const places = s.dataset.places.features;
  return {
    claimIds: new Set(s.dataset.claims.features.filter((f) => shownAt(f, s.date)).map((f) => f.properties.id)),
    placeIds: new Set(),
    overlayIds: new Set(s.overlays.map((o) => o.id)),
    renderedKinds: new Set(places.map((f) => f.properties.kind)),
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
  // two legends never stack over each other in the map corner.
  constructor(
    private store: Store,
    private sections: HTMLElement[] = [],
  ) {}

  onAdd(_map: MlMap): HTMLElement {
    const list = el('ul', { class: 'legend-list' });
    const heading = el('p', { class: 'legend-heading' });
    // Open on wide screens, folded on phones (the summary stays reachable by keyboard either way).
    this.root = el(
      'details',
      { class: 'maplibregl-ctrl map-legend', open: window.matchMedia('(min-width: 700px)').matches },
      el('summary', null, 'Legend'),
      heading,
      list,
      ...this.sections,
    );
    const render = (s: AppState) => {
      const legend = legendOf(s, everything(s), s.date);
      heading.textContent = legend.heading;
      list.replaceChildren(...legend.entries.map((e) => el('li', null, swatchCanvas(e), el('span', null, e.label))));
    };
    render(this.store.get());
    this.unsubscribe = this.store.subscribe((s, prev) => {
      if (s.date !== prev.date || s.dataVersion !== prev.dataVersion || s.article !== prev.article || s.overlays !== prev.overlays)
        render(s);
    });
    return this.root;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.root?.remove();
  }
}
