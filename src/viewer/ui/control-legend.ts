// The on-map legend for settlement control: one row per status shown at the date, naming who reports it
// ("Reported held by Ukraine — reported by Syrskyi, AFP"), and the footprint's convention. Hidden with no reports.
import type { AppState, Store } from '../app/state.ts';
import { el, svg } from './dom.ts';
import { orderLegend, type RankedRow } from '../../print/legend-order.ts';
import { claimantsByStatus, controlAt, settlementStale } from '../data/control-model.ts';
import { STALE_AFTER_DAYS } from '../../core/claims/visibility.ts';
import {
  CONTROL_LEGEND_HEADING,
  CONTROL_SYMBOLS,
  DISTRICT_RING,
  DISTRICT_RING_COLOUR,
  DISTRICT_RING_LABEL,
  FOOTPRINT_STYLE,
  staleRingDash,
  staleRingLabel,
  controlLegendLabel,
  footprintLabel,
  footprintPlace,
} from '../../print/control-symbols.ts';
import { onClipsSettled } from '../data/country-clip.ts';
import { hasOwnPoint } from '../../core/events/footprint.ts';

/** A settlement mark as the map draws it (the legend's own size of the ordinary ring; DISTRICT_RING as it is). */
function ringSwatch(
  color: string,
  dot: boolean,
  ring: { radius: number; width: number; fillOpacity: number; dotRadius: number } = {
    radius: 6,
    width: 2.5,
    fillOpacity: 0.12,
    dotRadius: 2.5,
  },
  dashed = false,
): SVGSVGElement {
  const g = svg('svg', { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true' });
  g.append(
    svg('circle', {
      cx: 9,
      cy: 9,
      r: ring.radius,
      fill: color,
      'fill-opacity': ring.fillOpacity,
      stroke: color,
      'stroke-width': ring.width,
      // The stale ring (control-symbols.ts STALE_RING): dashed, at full colour, without the light fill.
      ...(dashed ? { 'stroke-dasharray': staleRingDash(ring.radius).join(' '), 'fill-opacity': 0 } : {}),
    }),
  );
  if (dot) g.append(svg('circle', { cx: 9, cy: 9, r: ring.dotRadius, fill: color }));
  return g;
}

function footprintSwatch(color: string): SVGSVGElement {
  const g = svg('svg', { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true' });
  for (let i = -12; i < 18; i += 4)
    g.append(
      svg('line', { x1: i, y1: 17, x2: i + 16, y2: 1, stroke: color, 'stroke-width': 0.8, 'stroke-opacity': FOOTPRINT_STYLE.hatchOpacity }),
    );
  g.append(svg('rect', { x: 1, y: 1, width: 16, height: 16, fill: 'none', stroke: color, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' }));
  return g;
}

export function createControlLegend(store: Store): HTMLElement {
  const box = el('div', { class: 'control-legend', id: 'control-legend', role: 'note', 'aria-label': 'Settlement control legend' });
  const render = (s: AppState) => {
    const view = controlAt(s, s.date);
    box.hidden = view.statuses.length === 0;
    if (box.hidden) return box.replaceChildren();
    // The export's order (print/legend-order.ts): statuses, the dashed (stale) ring, the district ring, footprints.
    const rows: RankedRow<HTMLElement>[] = [];
    for (const [status, claimants] of claimantsByStatus(s, view.statuses)) {
      rows.push({
        group: 'control-status',
        row: el(
          'li',
          { 'data-status': status },
          ringSwatch(CONTROL_SYMBOLS[status].color, status === 'contested'),
          el('span', null, controlLegendLabel(status, claimants)),
        ),
      });
    }
    if (view.statuses.some((st) => !hasOwnPoint(st)))
      rows.push({
        group: 'control-district',
        row: el(
          'li',
          { 'data-status': 'at-district' },
          ringSwatch(DISTRICT_RING_COLOUR, false, DISTRICT_RING),
          el('span', null, DISTRICT_RING_LABEL),
        ),
      });
    if (view.statuses.some((st) => settlementStale(st, s.date))) {
      const swatch = ringSwatch(DISTRICT_RING_COLOUR, false, undefined, true);
      rows.push({
        group: 'control-stale',
        row: el('li', { 'data-status': 'stale' }, swatch, el('span', null, staleRingLabel(STALE_AFTER_DAYS))),
      });
    }
    // One row per footprint: a holder's footprints in two countries are two different things.
    for (const fp of view.footprints) {
      const label = footprintLabel(fp.holder, footprintPlace(fp.country, fp.regions));
      rows.push({
        group: 'control-footprint',
        row: el(
          'li',
          { 'data-footprint': fp.holder, 'data-country': fp.country ?? '' },
          footprintSwatch(CONTROL_SYMBOLS[fp.holder].color),
          el('span', null, label),
        ),
      });
    }
    box.replaceChildren(el('p', { class: 'control-legend-heading' }, CONTROL_LEGEND_HEADING), el('ul', null, ...orderLegend(rows)));
  };
  store.subscribe((s, prev) => {
    if (s.date !== prev.date || s.reading !== prev.reading || s.dataVersion !== prev.dataVersion) render(s);
  });
  onClipsSettled(() => render(store.get()));
  render(store.get());
  return box;
}
