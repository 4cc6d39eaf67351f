// Claims on the map as dated annotations: area-held claims as their equal-area circles clipped to the country they
// are about, drawn with the symbol table's "approximate" symbol (hatched, dashed edge; blue Ukrainian-held, red
// Russian-held) and labelled "Held by Ukraine (claimed)" along the outline; the other area figures (peak, lost,
// retaken, gained, contested, share lost) as markers with their kind's symbol; count claims as markers at their
// place; movements as great-circle lines. Only claims reported by the timeline date are drawn (or, with the hindsight
// toggle, those whose period had begun); the latest area claim is emphasised and older ones faded.
import type { FilterSpecification, GeoJSONSource, LayerSpecification, Map as MlMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { ClaimFeature } from '../../../core/schema.ts';
import type { AppState, Store } from '../../app/state.ts';
import { LABEL_FONT } from '../basemap/embedded-style.ts';
import { AREA_SYMBOLS, countryName, symbolOfClaim } from '../../../print/symbols.ts';
import { clipToCountry, countryShapesLoaded } from './country-clip.ts';
import { areaLabel, claimHeadline, countFigure, formatPeriod } from '../../ui/format.ts';
import { claimSymbolKey, kindColorExpression, MARK_IMAGE_PREFIX, MARKER_RADIUS_PX } from '../../../print/claim-symbols.ts';
import {
  countryOfClaim,
  currentAreas,
  isArea,
  isOtherArea,
  latestAreas,
  shownAt,
  type CountryOfClaim,
  type TimeReading,
} from '../../data/claims-model.ts';
import { daysBefore, STALE_AFTER_DAYS } from '../../../core/claims/visibility.ts';
import { claimAnchor } from '../../data/lookup.ts';
import { idsOf, stackCoincident } from './stack.ts';

export const CLAIM_LAYERS = ['claims-area-fill', 'claims-area-line', 'claims-count', 'claims-move', 'claims-figure'];
const UA_BLUE = '#1d4ed8';

/** "Held by Ukraine (claimed)": who holds the ground and on what basis, before the figure. */
export function holderPhrase(p: { side: string | null; basis?: string }): string {
  if (p.side === null) return 'Control unknown (claimed)';
  return `Held by ${countryName(p.side)} (${p.basis === 'assessed' ? 'assessed' : 'claimed'})`;
}

/** Data-driven paint from the symbol table: one `match` over the features' `symbol`. */
function bySymbol<T>(pick: (a: NonNullable<(typeof AREA_SYMBOLS)[number]['area']>) => T, fallback: T): unknown {
  return ['match', ['get', 'symbol'], ...AREA_SYMBOLS.flatMap((s) => [s.id, pick(s.area!)]), fallback];
}

export function outletLookup(s: AppState): (file: string) => string | undefined {
  const m = new Map(s.dataset.report.articles.map((a) => [a.file, a.outlet]));
  return (file) => m.get(file);
}

let drawn: { key: unknown[]; collection: FeatureCollection } | null = null;

/**
 * Every claim drawn at the state's date, in one collection: each feature's `role` (area, pin, count, move) picks its
 * layers. One source rather than four: one upload per date change and a quarter of the tile work on the map. The last
 * collection is kept: the popup of a claim reads its stack from it (drawnStack) instead of building it again.
 */
export function claimsForMap(s: AppState): FeatureCollection {
  const key = [
    s.dataset.claims.features,
    s.dataset.places,
    s.dataset.report.articles,
    s.date,
    s.reading ?? 'reported',
    s.selection?.kind === 'claim' ? s.selection.id : null,
    countryShapesLoaded(),
  ];
  if (drawn && drawn.key.every((k, i) => k === key[i])) return drawn.collection;
  drawn = { key, collection: buildClaimsForMap(s) };
  return drawn.collection;
}

function buildClaimsForMap(s: AppState): FeatureCollection {
  const reading = s.reading ?? 'reported';
  const countryOf = countryOfClaim(s.dataset.places);
  const claims = drawnClaims(s.dataset.claims.features, s.date, s.selection?.kind === 'claim' ? s.selection.id : null, countryOf, reading);
  // Each holder's latest figure about each country is emphasised only while it still describes the date; a stale one
  // is faded and says its age.
  const latest = new Set(latestAreas(s.dataset.claims.features, s.date, countryOf, reading).map((f) => f.properties.id));
  const current = new Set(currentAreas(s.dataset.claims.features, s.date, countryOf, reading).map((f) => f.properties.id));
  const outletOf = outletLookup(s);
  const selected = s.selection?.kind === 'claim' ? s.selection.id : null;
  const area: Feature[] = [];
  const pin: Feature[] = []; // the latest/selected label, pinned above its circle so it shows at any zoom
  const count: Feature[] = [];
  const move: Feature[] = [];
  const figure: Feature[] = []; // area figures that are not held ground: marked, never filled
  // Largest first, so smaller circles draw on top and stay clickable.
  const areas = claims.filter(isArea).sort((a, b) => b.properties.areaKm2 - a.properties.areaKm2);
  for (const f of areas) {
    // A figure about a whole country has no ground to draw (geometry null): the table and chart list it.
    if (!f.geometry || !shownAt(f, s.date, reading)) continue;
    const p = f.properties;
    const sym = symbolOfClaim(p);
    const centre = polygonCentre(f.geometry.coordinates[0] ?? []);
    const geometry = centre && countryShapesLoaded() ? clipToCountry(p.id, f.geometry, centre) : f.geometry;
    const label = `${holderPhrase(p)} · ${areaLabel(p, outletOf)}`;
    area.push({
      type: 'Feature',
      geometry,
      properties: {
        id: p.id,
        symbol: sym,
        label,
        latest: current.has(p.id),
        selected: selected === p.id,
        areaKm2: p.areaKm2,
      },
    });
    if (latest.has(p.id) || selected === p.id) {
      const age = latest.has(p.id) && !current.has(p.id) ? `\n${staleNote(daysBefore(p, s.date))}` : '';
      pin.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: claimAnchor({ ...f, geometry } as typeof f) as [number, number] },
        properties: { id: p.id, symbol: sym, label: `${holderPhrase(p)}\n${areaLabel(p, outletOf)}${age}` },
      });
    }
  }
  // Newest first: a stack of coincident markers shows its newest claim (stack.ts).
  for (const f of claims.filter((c) => !isArea(c) && shownAt(c, s.date, reading)).sort(newestFirst)) {
    const p = f.properties;
    if (isOtherArea(f) && f.geometry?.type === 'Point') {
      const q = f.properties;
      // A figure describing a time long before the date (a share of Sievierodonetsk from June 2022, on the map of
      // March 2025) has its mark faded and says its period, as a stale area figure does: drawn alike, it read as current.
      const stale = daysBefore(q, s.date) > STALE_AFTER_DAYS;
      figure.push({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: q.id,
          kind: claimSymbolKey(q),
          label: stale ? `${claimHeadline(q)} · ${formatPeriod(q.asOf)}` : claimHeadline(q),
          selected: selected === q.id,
          stale,
        },
      });
    } else if (p.type === 'count' && f.geometry) {
      count.push({
        type: 'Feature',
        geometry: f.geometry,
        properties: { id: p.id, label: countFigure(p), selected: selected === p.id },
      });
    } else if (p.type === 'movement') {
      move.push({
        type: 'Feature',
        geometry: f.geometry as Feature['geometry'],
        // The direction is drawn as arrows along the line (claims-move-arrow), not as a glyph the fonts lack.
        properties: { id: p.id, label: `${p.subject} ${p.verb}`, selected: selected === p.id },
      });
    }
  }
  const tag = (role: string, features: Feature[]) => features.map((f) => ({ ...f, properties: { ...f.properties, role } }));
  return {
    type: 'FeatureCollection',
    features: [
      ...tag('area', area),
      ...tag('move', stackCoincident(move)),
      ...tag('count', stackCoincident(count)),
      ...tag('figure', stackCoincident(figure)),
      ...tag('pin', pin),
    ],
  };
}

/** The claim ids drawn in the same marker as `id` at the state's date, newest first (its own included; none when it
 * is not drawn as a marker): the stack as claimsForMap drew it. */
export function drawnStack(s: AppState, id: string): string[] {
  for (const f of claimsForMap(s).features) {
    const role = f.properties?.role;
    if (role !== 'count' && role !== 'move' && role !== 'figure') continue;
    const ids = idsOf(f.properties);
    if (ids.includes(id)) return ids;
  }
  return [];
}

/** The claim whose period began most recently first (the newest word on the situation), then by id. */
function newestFirst(a: ClaimFeature, b: ClaimFeature): number {
  const [x, y] = [a.properties, b.properties];
  if (x.asOf.start !== y.asOf.start) return x.asOf.start < y.asOf.start ? 1 : -1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

const role = (r: 'area' | 'pin' | 'count' | 'move' | 'figure'): FilterSpecification => ['==', ['get', 'role'], r];
/** A stale figure's disc and mark (buildClaimsForMap), unless selected. */
const FIGURE_OPACITY = ['case', ['all', ['==', ['get', 'stale'], true], ['!', ['get', 'selected']]], 0.5, 1] as never;
/** Claims of one type drawn at a date, at most: a corpus of thousands of articles has tens of thousands of claims,
 * and thousands of overlapping circles neither render in time nor say anything. The table and chart list them all. */
export const MAX_DRAWN_PER_TYPE = 500;
/** Held-area circles are large translucent fills: past a few dozen they only darken the same ground, and every frame
 * pays for each one's overdraw (software WebGL draws a corpus's 500 circles in seconds). */
export const MAX_DRAWN_AREAS = 50;
const capOf = (type: string): number => (type === 'area-held' ? MAX_DRAWN_AREAS : MAX_DRAWN_PER_TYPE);

/**
 * The claims drawn at `date`: all of them when each type has at most MAX_DRAWN_PER_TYPE shown, else per type the
 * ones whose period began most recently (the newest word on the situation), plus the latest area claims and the
 * selected claim whatever their rank.
 */
export function drawnClaims(
  claims: ClaimFeature[],
  date: string,
  selected: string | null,
  countryOf: CountryOfClaim,
  reading: TimeReading = 'reported',
): ClaimFeature[] {
  const byType = new Map<string, ClaimFeature[]>();
  for (const f of claims) {
    if (!shownAt(f, date, reading)) continue;
    const list = byType.get(f.properties.type);
    if (list) list.push(f);
    else byType.set(f.properties.type, [f]);
  }
  if ([...byType].every(([type, l]) => l.length <= capOf(type))) return claims;
  const keep = new Set<string>();
  if (selected) keep.add(selected);
  for (const f of latestAreas(claims, date, countryOf, reading)) keep.add(f.properties.id);
  for (const [type, list] of byType) {
    if (list.length <= capOf(type)) {
      for (const f of list) keep.add(f.properties.id);
      continue;
    }
    const newest = [...list].sort(newestFirst);
    for (const f of newest.slice(0, capOf(type))) keep.add(f.properties.id);
  }
  return claims.filter((f) => keep.has(f.properties.id));
}

/** The centre of a claim circle (the mean of its ring): the anchor it was drawn around. */
/** "no newer figure: 7 months before this date" — the age of a stale latest figure, in the largest whole unit. */
export function staleNote(days: number): string {
  const months = Math.floor(days / 30.44);
  const age = months >= 2 ? `${months} months` : `${Math.floor(days / 7)} weeks`;
  return `no newer figure · ${age} before this date`;
}

function polygonCentre(ring: number[][]): [number, number] | null {
  const pts = ring.slice(0, -1);
  if (pts.length === 0) return null;
  return [pts.reduce((a, p) => a + p[0]!, 0) / pts.length, pts.reduce((a, p) => a + p[1]!, 0) / pts.length];
}

/** The claim layers, their paint from the symbol table (DOM-free: the render tests use them too). */
export function claimLayers(): LayerSpecification[] {
  const layers: LayerSpecification[] = [];
  const emphasised = ['any', ['get', 'latest'], ['get', 'selected']];
  layers.push({
    id: 'claims-area-fill',
    type: 'fill',
    source: 'claims',
    filter: role('area'),
    paint: {
      'fill-color': bySymbol((a) => a.color, UA_BLUE),
      'fill-opacity': ['case', emphasised, bySymbol((a) => a.tint, 0.1), 0.025],
    } as never,
  });
  // Hatching (the "approximate" symbol) only on the latest or selected claim: nested hatches would merge.
  layers.push({
    id: 'claims-area-hatch',
    type: 'fill',
    source: 'claims',
    filter: [
      'all',
      role('area'),
      emphasised,
      ['in', ['get', 'symbol'], ['literal', AREA_SYMBOLS.filter((s) => s.area!.pattern).map((s) => s.id)]],
    ] as unknown as FilterSpecification,
    // Lighter once zoomed in to village level, where the area fills the screen and the labels under it must read.
    paint: {
      'fill-pattern': bySymbol((a) => a.pattern ?? '', ''),
      'fill-opacity': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 12, 0.3],
    } as never,
  });
  layers.push({
    id: 'claims-area-line',
    type: 'line',
    source: 'claims',
    filter: role('area'),
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': bySymbol((a) => a.color, UA_BLUE),
      'line-width': ['case', ['get', 'selected'], 3.2, ['get', 'latest'], 2.4, 1.1],
      'line-opacity': ['case', emphasised, 1, 0.45],
      'line-blur': 0.6, // a soft edge: the boundary is not surveyed
      'line-dasharray': [3, 1.5],
    } as never,
  });
  layers.push({
    id: 'claims-move',
    type: 'line',
    source: 'claims',
    filter: role('move'),
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': '#9333ea', 'line-width': ['case', ['get', 'selected'], 3.5, 2], 'line-dasharray': [2, 1.5] },
  });
  layers.push({
    id: 'claims-count',
    type: 'circle',
    source: 'claims',
    filter: role('count'),
    paint: {
      'circle-radius': 7,
      'circle-color': '#dc2626',
      'circle-stroke-color': '#fff',
      'circle-stroke-width': ['case', ['get', 'selected'], 3.5, 2],
      'circle-translate': [0, -14],
    },
  });
  layers.push({
    id: 'claims-figure',
    type: 'circle',
    source: 'claims',
    filter: role('figure'),
    paint: {
      'circle-radius': MARKER_RADIUS_PX,
      'circle-color': kindColorExpression() as never,
      'circle-stroke-color': '#fff',
      'circle-stroke-width': ['case', ['get', 'selected'], 3.5, 2],
      'circle-translate': [14, 0],
      'circle-opacity': FIGURE_OPACITY,
      'circle-stroke-opacity': FIGURE_OPACITY,
    },
  });
  layers.push({
    id: 'claims-figure-label',
    type: 'symbol',
    source: 'claims',
    filter: role('figure'),
    // The kind's mark (claim-symbols.ts) as an image on its disc, always drawn; the words beside it when they fit.
    layout: {
      'icon-image': ['concat', MARK_IMAGE_PREFIX, ['get', 'kind']],
      'icon-offset': [14, 0],
      'icon-allow-overlap': true,
      'icon-ignore-placement': false, // labels placed after it (places', the basemap's) keep off the mark
      'icon-padding': 0, // but the settlement it is anchored at (14 px left) keeps its dot and name
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-anchor': 'left',
      'text-offset': [2.4, 0],
      'text-max-width': 18,
      'text-optional': true,
    },
    paint: {
      'text-color': kindColorExpression() as never,
      'text-halo-color': '#fff',
      'text-halo-width': 1.6,
      'icon-opacity': FIGURE_OPACITY,
      // The words stay opaque: faded they fell to about 2:1 on the basemap; their period says the age.
    },
  });
  layers.push({
    id: 'claims-area-label',
    type: 'symbol',
    source: 'claims',
    filter: role('area'),
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONT,
      'text-size': ['case', ['get', 'latest'], 13, 11],
      'symbol-spacing': 400,
      'text-max-angle': 35,
      'symbol-sort-key': ['case', ['get', 'latest'], 0, 1],
    },
    paint: {
      'text-color': bySymbol((a) => a.color, UA_BLUE),
      'text-opacity': ['case', ['any', ['get', 'latest'], ['get', 'selected']], 1, 0.6],
      'text-halo-color': '#fff',
      'text-halo-width': 1.8,
    } as never,
  });
  layers.push({
    id: 'claims-pin-label',
    type: 'symbol',
    source: 'claims',
    filter: role('pin'),
    layout: {
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONT,
      'text-size': 13,
      'text-anchor': 'bottom',
      'text-offset': [0, -0.4],
      'text-max-width': 30,
    },
    paint: { 'text-color': bySymbol((a) => a.color, UA_BLUE), 'text-halo-color': '#fff', 'text-halo-width': 2 } as never,
  });
  layers.push({
    id: 'claims-count-label',
    type: 'symbol',
    source: 'claims',
    filter: role('count'),
    layout: { 'text-field': ['get', 'label'], 'text-font': LABEL_FONT, 'text-size': 12, 'text-anchor': 'bottom', 'text-offset': [0, -2.2] },
    paint: { 'text-color': '#991b1b', 'text-halo-color': '#fff', 'text-halo-width': 1.6 },
  });
  layers.push({
    id: 'claims-move-label',
    type: 'symbol',
    source: 'claims',
    filter: role('move'),
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONT,
      'text-size': 12,
      'symbol-spacing': 600,
      'text-offset': [0, -0.9], // above the line, clear of its arrows
    },
    paint: { 'text-color': '#6b21a8', 'text-halo-color': '#fff', 'text-halo-width': 1.6 },
  });
  // The movement's direction: its mark (an arrow) along the line, turned with it.
  layers.push({
    id: 'claims-move-arrow',
    type: 'symbol',
    source: 'claims',
    filter: role('move'),
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 140,
      'icon-image': `${MARK_IMAGE_PREFIX}movement`,
      'icon-rotation-alignment': 'map',
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
  });
  return layers as LayerSpecification[];
}

/** The figure markers, disc and mark, lifted above the other data layers once all are installed: placed first, so a
 * place's label gives way to the mark instead of covering it (a figure is anchored at a place the articles name). */
export function raiseClaimMarkers(map: MlMap): void {
  for (const id of ['claims-figure', 'claims-figure-label']) if (map.getLayer(id)) map.moveLayer(id);
}

export function installClaims(map: MlMap, s: AppState, beforeId?: string): void {
  map.addSource('claims', { type: 'geojson', data: claimsForMap(s) });
  for (const layer of claimLayers()) map.addLayer(layer, layer.type === 'symbol' ? undefined : beforeId);
}

const selectedClaim = (s: AppState): string | null => (s.selection?.kind === 'claim' ? s.selection.id : null);

/** Re-uploads the claims for a new date, data, reading or selected claim (selecting a place leaves them as they are:
 * thousands of claims are not re-tiled for a popup). */
export function updateClaims(map: MlMap, s: AppState, prev: AppState): void {
  if (s.date === prev.date && s.dataVersion === prev.dataVersion && selectedClaim(s) === selectedClaim(prev) && s.reading === prev.reading)
    return;
  map.getSource<GeoJSONSource>('claims')?.setData(claimsForMap(s));
}

export function bindClaimEvents(map: MlMap, store: Store): void {
  for (const layer of ['claims-count', 'claims-move', 'claims-area-line', 'claims-figure']) {
    map.on('click', layer, (e: MapLayerMouseEvent) => {
      const id = e.features?.[0]?.properties?.id;
      if (typeof id === 'string') store.update({ selection: { kind: 'claim', id } });
    });
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
}
