// Settlement control as reported, at the timeline date: each settlement an outlined ring in the colour of its
// reported holder (a ring with a centre dot when contested; a small thin ring for a village known only with its
// district, drawn at that centre; a dashed ring when its newest report is old), and per holder the reported footprint drawn as a dashed
// outline with a light hatch, labelled as derived from named settlements. Claims, not an assessment: nothing here is
// solid or drawn as a line between sides. Clicking a settlement selects its place, whose popup lists the history.
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MlMap,
  MapLayerMouseEvent,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { AppState, Store } from '../../app/state.ts';
import { pickPlaceAt } from '../pick-place.ts';
import { controlAt, newestReport, readingOf, settlementStale } from '../../data/control-model.ts';
import {
  CONTROL_SYMBOLS,
  DISTRICT_RING,
  FOOTPRINT_STYLE,
  SETTLEMENT_RING,
  STALE_RING_IMAGE,
  footprintPlace,
  sideName,
} from '../../../print/control-symbols.ts';
import { hasOwnPoint } from '../../../core/events/footprint.ts';
import { hatchLines } from '../../../print/hatch.ts';
import type { Reading, SettlementStatus } from '../../../core/events/status.ts';
import { LABEL_FONT } from '../basemap/embedded-style.ts';
import { km2 } from '../../ui/format.ts';

export const CONTROL_SETTLEMENT_LAYERS = ['control-settlement', 'control-settlement-stale', 'control-settlement-dot'];
export const CONTROL_FOOTPRINT_LAYERS = [
  'control-footprint-fill',
  'control-footprint-hatch',
  'control-footprint-line',
  'control-footprint-label',
];

/** Everything drawn for the date, in one collection; `role` picks the layers. */
export function controlForMap(s: Pick<AppState, 'dataset' | 'reading'>, date: string, reading: Reading = readingOf(s)): FeatureCollection {
  const view = controlAt(s, date, reading);
  const features: Feature[] = [];
  for (const fp of view.footprints) {
    const color = CONTROL_SYMBOLS[fp.holder].color;
    const place = footprintPlace(fp.country, fp.regions);
    const label = `${sideName(fp.holder)}${place ? ` in ${place}` : ''}: settlements reported held span ${km2(Math.round(fp.areaKm2))} (derived from named settlements)`;
    const props = {
      role: 'footprint',
      holder: fp.holder,
      color,
      areaKm2: fp.areaKm2,
      settlements: fp.settlements.length,
      country: fp.country ?? '',
      label,
    };
    features.push({ type: 'Feature', geometry: fp.geometry, properties: props });
    features.push({
      type: 'Feature',
      geometry: hatchLines(fp.geometry, FOOTPRINT_STYLE.hatchSpacingKm),
      properties: { ...props, role: 'hatch' },
    });
  }
  for (const st of view.statuses) {
    const stale = settlementStale(st, date);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: st.coordinates },
      properties: {
        role: 'settlement',
        id: st.settlement,
        name: st.name,
        status: st.status,
        color: CONTROL_SYMBOLS[st.status].color,
        event: st.latest.properties.id,
        borrowedPoint: !hasOwnPoint(st),
        stale,
        drawOrder: drawOrder(st, stale),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Where rings overlap (a dense front at a wide zoom), which is drawn on top: a settlement with a recent report above a
 * stale one, a contested one above a held one, then the newer report above the older (its period's end as a number,
 * YYYYMMDD). MapLibre draws the highest `circle-sort-key` last; in the corpus's order an old report could cover
 * the ring of the town the latest reports are about.
 */
export function drawOrder(st: SettlementStatus, stale: boolean): number {
  const day = Number(newestReport(st).properties.asOf.end.replaceAll('-', ''));
  return (stale ? 0 : 2e8) + (st.status === 'contested' ? 1e8 : 0) + day;
}

/** The sort key of the rings' layers (0 for a feature without one, e.g. a render fixture's). */
const drawOrderKey: ExpressionSpecification = ['coalesce', ['get', 'drawOrder'], 0];

const role = (r: string): FilterSpecification => ['==', ['get', 'role'], r];
/** A paint value for a settlement at its own point, and for a village drawn at its district's (DISTRICT_RING). */
const byPoint = (own: number, borrowedPoint: number): ExpressionSpecification => ['case', ['get', 'borrowedPoint'], borrowedPoint, own];
/** 0 for a settlement with no recent report (its dashed ring is the 'control-settlement-stale' icon), else `v`. The
 * circle stays, invisible, so clicks and the export's rendered-feature query find it as before. */
const unlessStale = (v: number | ExpressionSpecification): ExpressionSpecification => ['case', ['get', 'stale'], 0, v];

/** Footprints go below the claims (`beforeId`), settlement rings on top of everything. */
export function installControl(map: MlMap, s: AppState, footprintBeforeId?: string): void {
  map.addSource('control', { type: 'geojson', data: controlForMap(s, s.date) });
  const before = footprintBeforeId && map.getLayer(footprintBeforeId) ? footprintBeforeId : undefined;
  const color: ['get', string] = ['get', 'color'];
  map.addLayer(
    {
      id: 'control-footprint-fill',
      type: 'fill',
      source: 'control',
      filter: role('footprint'),
      paint: { 'fill-color': color, 'fill-opacity': 0.04 },
    },
    before,
  );
  map.addLayer(
    {
      id: 'control-footprint-hatch',
      type: 'line',
      source: 'control',
      filter: role('hatch'),
      paint: { 'line-color': color, 'line-width': FOOTPRINT_STYLE.hatchWidth, 'line-opacity': FOOTPRINT_STYLE.hatchOpacity },
    },
    before,
  );
  map.addLayer(
    {
      id: 'control-footprint-line',
      type: 'line',
      source: 'control',
      filter: role('footprint'),
      paint: { 'line-color': color, 'line-width': FOOTPRINT_STYLE.lineWidth, 'line-dasharray': FOOTPRINT_STYLE.dash },
    },
    before,
  );
  map.addLayer({
    id: 'control-footprint-label',
    type: 'symbol',
    source: 'control',
    filter: role('footprint'),
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONT,
      'text-size': 11,
      'symbol-spacing': 500,
      'text-max-angle': 35,
    },
    paint: { 'text-color': color, 'text-halo-color': '#fff', 'text-halo-width': 1.6 },
  });
  for (const layer of settlementLayers()) map.addLayer(layer);
}

/** The settlement rings, on top of everything: the stale settlement's dashed ring, the ring, the contested dot. The
 * stale rings go first, so where rings overlap a settlement with a recent report is drawn over one without (drawOrder
 * orders each layer within itself). */
export function settlementLayers(): LayerSpecification[] {
  const color: ['get', string] = ['get', 'color'];
  return [
    staleRingLayer(),
    {
      id: 'control-settlement',
      type: 'circle',
      source: 'control',
      filter: role('settlement'),
      layout: { 'circle-sort-key': drawOrderKey },
      paint: {
        'circle-radius': byPoint(SETTLEMENT_RING.radius, DISTRICT_RING.radius),
        'circle-color': color,
        'circle-opacity': unlessStale(byPoint(SETTLEMENT_RING.fillOpacity, DISTRICT_RING.fillOpacity)),
        'circle-stroke-opacity': unlessStale(1),
        'circle-stroke-color': color,
        'circle-stroke-width': byPoint(SETTLEMENT_RING.width, DISTRICT_RING.width),
      },
    },
    {
      id: 'control-settlement-dot',
      type: 'circle',
      source: 'control',
      filter: ['all', ['==', ['get', 'role'], 'settlement'], ['==', ['get', 'status'], 'contested']],
      layout: { 'circle-sort-key': drawOrderKey },
      paint: { 'circle-radius': byPoint(SETTLEMENT_RING.dotRadius, DISTRICT_RING.dotRadius), 'circle-color': color },
    },
  ];
}

/** A settlement with no recent report: a dashed ring at full colour (control-symbols.ts STALE_RING), scaled down to
 * DISTRICT_RING's size for a village drawn at its district's point. Never hidden by collision. */
function staleRingLayer(): SymbolLayerSpecification {
  return {
    id: 'control-settlement-stale',
    type: 'symbol',
    source: 'control',
    filter: ['all', ['==', ['get', 'role'], 'settlement'], ['==', ['get', 'stale'], true]],
    layout: {
      'icon-image': ['concat', STALE_RING_IMAGE, ['get', 'status']],
      'icon-size': byPoint(1, DISTRICT_RING.radius / SETTLEMENT_RING.radius),
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'symbol-sort-key': drawOrderKey,
    },
  };
}

export function setControlData(map: MlMap, s: Pick<AppState, 'dataset' | 'reading'>, date: string, reading?: Reading): void {
  map.getSource<GeoJSONSource>('control')?.setData(controlForMap(s, date, reading));
}

export function updateControl(map: MlMap, s: AppState, prev: AppState): void {
  if (s.date === prev.date && s.dataVersion === prev.dataVersion && s.reading === prev.reading) return;
  setControlData(map, s, s.date);
}

export function bindControlEvents(map: MlMap, store: Store): void {
  map.on('click', 'control-settlement', (e: MapLayerMouseEvent) => {
    // The same choice as a click on the place discs under the ring (pick-place.ts), which may have made it already.
    const id = pickPlaceAt(map, store.get(), e);
    if (id !== null && store.get().selection?.id !== id) store.update({ selection: { kind: 'place', id } });
  });
  map.on('mouseenter', 'control-settlement', () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', 'control-settlement', () => (map.getCanvas().style.cursor = ''));
}
