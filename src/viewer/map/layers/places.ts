// Places layer: one circle per geocoded place, sized by mentions, coloured by kind, hollow when the
// geocoder was unsure (confidence < 0.6), clustered where dense, labelled with collision handling.
import type {
  ExpressionSpecification,
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MlMap,
  MapLayerMouseEvent,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceFeature } from '../../../core/schema.ts';
import type { AppState, Store } from '../../app/state.ts';
import { LABEL_FONT } from '../basemap/embedded-style.ts';
import { HALO_COLOUR, KIND_COLOURS, placeRadiusExpression, RING_GAP_PX } from '../../../print/symbols.ts';
import { placesByArticle } from '../../data/dataset-index.ts';
import { placesReportedBy } from '../../data/reported-places.ts';
import { CLUSTER_RADIUS, PLACE_STROKE_PX, placeHitLayers } from './place-hit.ts';
import { pickPlaceAt } from '../pick-place.ts';

export const LOW_CONFIDENCE = 0.6;
export { KIND_COLOURS };

/** Ground radius of the uncertainty halo by precision (regions are drawn as their outline instead). */
export const HALO_METRES: Record<string, number> = { near: 5_000, district: 15_000, region: 40_000 };
/** Metres per pixel at zoom 0 on the equator for MapLibre's 512 px tiles. */
const M_PER_PX_Z0 = 78_271.517;

const kindColour = ['match', ['get', 'kind'], ...Object.entries(KIND_COLOURS).flat(), '#475569'] as unknown as string;

/** The uncertainty halo's radius in pixels at zoom 0 (doubles per zoom); 0 for exact places and for regions and
 * countries (outlined). */
function haloAtZoom0(f: PlaceFeature): number {
  if (f.properties.kind === 'region' || f.properties.kind === 'country') return 0;
  return (HALO_METRES[f.properties.precision] ?? 0) / (M_PER_PX_Z0 * Math.cos((f.geometry.coordinates[1] * Math.PI) / 180));
}

/** A country is named, not drawn: its centre is not where anything happened (issues 10, 11: nothing is pinned at a
 * country centroid), and a circle sized by its hundreds of mentions covered the settlements of central Ukraine. The
 * countries-named control (countries-named.ts) lists it at the map's edge instead. */
export const drawnOnMap = (f: PlaceFeature): boolean => f.properties.kind !== 'country';

/**
 * Only scalar properties go to the map: MapLibre would stringify nested arrays anyway. Only places named by articles
 * published by the timeline date are drawn, as a map made on that date would be, and no country (drawnOnMap).
 *
 * A place that is not exact carries its uncertainty halo (`halo0`), but only the first at each point and precision:
 * the villages a codifier places only at their district share its point, and one translucent disc each would stack
 * into an opaque blot that reads as a large, certain place. `haloPlaces` is how many places that halo stands for.
 * The halo stays on the clustered source, so a clustered place draws none.
 */
export function placesForMap(s: AppState): FeatureCollection<Point> {
  const halos = new Map<string, { haloPlaces: number }>(); // the properties of the first place at each point
  const features = placesReportedBy(s.dataset, s.date, s.reading)
    .filter(drawnOnMap)
    .map((f: PlaceFeature) => {
      const radius = haloAtZoom0(f);
      const key = `${f.geometry.coordinates.join(',')},${f.properties.precision}`;
      const shared = radius > 0 ? halos.get(key) : undefined;
      if (shared) shared.haloPlaces += 1;
      const properties = {
        id: f.properties.id,
        name: f.properties.name,
        kind: f.properties.kind,
        mentionCount: f.properties.mentionCount,
        confidence: f.properties.confidence,
        low: f.properties.confidence < LOW_CONFIDENCE,
        precision: f.properties.precision,
        halo0: radius > 0 && !shared ? radius : 0,
        haloPlaces: radius > 0 && !shared ? 1 : 0,
      };
      if (radius > 0 && !shared) halos.set(key, properties);
      return { type: 'Feature' as const, geometry: f.geometry, properties };
    });
  return { type: 'FeatureCollection', features };
}

/**
 * The highlighted article's places, in a small source of their own: highlighting re-uploads a few features instead
 * of the whole (possibly 50,000-place) clustered source. The selected place's ring is not on the map at all
 * (selection-ring.ts).
 */
export function focusForMap(s: AppState): FeatureCollection<Point> {
  const features: FeatureCollection<Point>['features'] = [];
  if (s.article)
    for (const f of placesByArticle(s.dataset).get(s.article) ?? [])
      features.push({
        type: 'Feature',
        geometry: f.geometry,
        properties: { id: f.properties.id, mentionCount: f.properties.mentionCount, role: 'highlight' },
      });
  return { type: 'FeatureCollection', features };
}

/**
 * A corpus the size of the seeds shows every place from zoom 7, so villages a few km apart stay apart. A large one
 * keeps clustering (points closer than the cluster radius) up to street level: what is drawn is then bounded by
 * the screen, one circle per ~24 px cell, not by the number of places.
 */
export const DENSE_PLACES = 2_000;
export function clusterMaxZoomFor(placeCount: number): number {
  return placeCount > DENSE_PLACES ? 12 : 6;
}

/** The places source as the viewer and the export make it (clustered; see clusterMaxZoomFor). */
export function placesSource(s: AppState): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: placesForMap(s),
    cluster: true,
    clusterRadius: 24,
    clusterMaxZoom: clusterMaxZoomFor(s.dataset.places.features.length),
    promoteId: 'id',
  };
}

/** A place label's size by its mentions. */
const LABEL_SIZE = ['interpolate', ['linear'], ['get', 'mentionCount'], 1, 12, 10, 15] as unknown as ExpressionSpecification;
/** Between a label and its circle's stroke, in px. */
export const LABEL_GAP_PX = 3;

/**
 * The places layers, bottom to top, on `source`: the one definition the viewer, the page export and the CLI snapshot
 * (which renders the viewer's style) draw, and the render tests check. Labels: the most-mentioned place is placed
 * first (`symbol-sort-key`), each tries four sides of its circle (`text-variable-anchor`, at a distance that clears
 * the circle whatever its size), and no label covers another label or any place's circle (place-hit.ts); a label
 * that cannot fit is left out, its circle stays.
 */
export function placeLayers(source = 'places', focusSource = 'places-focus'): LayerSpecification[] {
  const hit = placeHitLayers(source);
  return [
    // Drawn first: the glow rings a place's circle and never covers a cluster's count.
    {
      id: 'places-highlight',
      type: 'circle',
      source: focusSource,
      filter: ['==', ['get', 'role'], 'highlight'],
      paint: {
        'circle-radius': placeRadiusExpression(RING_GAP_PX) as ExpressionSpecification,
        'circle-color': '#facc15',
        'circle-opacity': 0.55,
        'circle-blur': 0.3,
      },
    },
    {
      id: 'places-clusters',
      type: 'circle',
      source,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#334155',
        'circle-opacity': 0.85,
        'circle-radius': CLUSTER_RADIUS,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'places-cluster-count',
      type: 'symbol',
      source,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['to-string', ['get', 'point_count']], 'text-font': LABEL_FONT, 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': '#fff' },
    },
    // Non-exact places: a soft halo of the uncertainty's ground radius around the point, one per point (placesForMap),
    // in the legend's neutral colour: it says where a place may lie, whatever its kind.
    {
      id: 'places-halo',
      type: 'circle',
      source,
      filter: ['all', ['!', ['has', 'point_count']], ['>', ['get', 'halo0'], 0]],
      paint: {
        'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 0, ['get', 'halo0'], 20, ['*', ['get', 'halo0'], 1_048_576]],
        'circle-color': HALO_COLOUR,
        'circle-opacity': 0.14,
        'circle-blur': 0.35,
        'circle-stroke-color': HALO_COLOUR,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.5,
      },
    },
    {
      id: 'places-circle',
      type: 'circle',
      source,
      // Regions are drawn as their outline (regions.ts), not as a point.
      filter: ['all', ['!', ['has', 'point_count']], ['!=', ['get', 'kind'], 'region']],
      // The less-mentioned place is drawn over the more-mentioned one: a village's disc next to a town's is smaller
      // and would be hidden under it, while the town's larger disc still shows round the village's.
      layout: { 'circle-sort-key': ['-', 0, ['get', 'mentionCount']] },
      paint: {
        'circle-radius': placeRadiusExpression() as ExpressionSpecification,
        'circle-color': kindColour,
        'circle-opacity': ['case', ['get', 'low'], 0, 0.85],
        'circle-stroke-color': ['case', ['get', 'low'], kindColour, '#ffffff'],
        'circle-stroke-width': ['case', ['get', 'low'], 2.5, PLACE_STROKE_PX],
      },
    },
    hit.below,
    {
      id: 'places-label',
      type: 'symbol',
      source,
      filter: ['!', ['has', 'point_count']],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': LABEL_SIZE,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        // In ems of the label's own size: its circle's radius, stroke and the gap.
        'text-radial-offset': [
          '/',
          placeRadiusExpression(PLACE_STROKE_PX + LABEL_GAP_PX),
          LABEL_SIZE,
        ] as unknown as ExpressionSpecification,
        'text-justify': 'auto',
        'text-padding': 2,
        'symbol-sort-key': ['-', 0, ['get', 'mentionCount']], // the most-mentioned place wins a collision
      },
      paint: { 'text-color': '#111827', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
    hit.above,
  ];
}

export function installPlaces(map: MlMap, s: AppState): void {
  map.addSource('places', placesSource(s));
  map.addSource('places-focus', { type: 'geojson', data: focusForMap(s) });
  for (const layer of placeLayers()) map.addLayer(layer);
}

export function updatePlaces(map: MlMap, s: AppState, prev: AppState): void {
  const src = map.getSource<GeoJSONSource>('places');
  if (!src) return;
  if (s.dataVersion !== prev.dataVersion) {
    const clusterMaxZoom = clusterMaxZoomFor(s.dataset.places.features.length);
    if (src.getClusterOptions().clusterMaxZoom !== clusterMaxZoom)
      void src.setClusterOptions({ cluster: true, clusterRadius: 24, clusterMaxZoom });
    src.setData(placesForMap(s));
  } else if (s.date !== prev.date || s.reading !== prev.reading) {
    // The set only grows with the date: re-upload only when its size changes.
    if (placesReportedBy(s.dataset, s.date, s.reading).length !== placesReportedBy(prev.dataset, prev.date, prev.reading).length) {
      src.setData(placesForMap(s));
    }
  }
  if (s.dataVersion !== prev.dataVersion || s.article !== prev.article) {
    map.getSource<GeoJSONSource>('places-focus')?.setData(focusForMap(s));
  }
}

/** Click selects a place; click on a cluster zooms into it. Installed once: layer ids survive style changes. */
export function bindPlaceEvents(map: MlMap, store: Store): void {
  map.on('click', 'places-circle', (e: MapLayerMouseEvent) => {
    const id = pickPlaceAt(map, store.get(), e);
    if (id !== null && store.get().selection?.id !== id) store.update({ selection: { kind: 'place', id } });
  });
  map.on('click', 'places-clusters', async (e: MapLayerMouseEvent) => {
    const f = e.features?.[0];
    const src = map.getSource<GeoJSONSource>('places');
    if (!f || !src || f.geometry.type !== 'Point') return;
    const zoom = await src.getClusterExpansionZoom(Number(f.properties.cluster_id));
    map.easeTo({ center: f.geometry.coordinates as [number, number], zoom });
  });
  for (const layer of ['places-circle', 'places-clusters']) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
}
