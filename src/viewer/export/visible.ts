// What the exported map actually shows, read back from the drawn off-screen map: which claims, places and
// overlays are visible. The legend, the source list and the bundle's GeoJSON are built from this, so they
// describe the image rather than the whole dataset.
import { idsOf } from '../map/layers/stack.ts';
import type { ExportMentions } from './place-mentions.ts';
import type { Map as MlMap } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { AppState } from '../app/state.ts';
import type { ClaimFeature } from '../../core/schema.ts';
import { KIND_COLOURS } from '../map/layers/places.ts';
import { symbol, symbolOfClaim, type Swatch } from '../../print/symbols.ts';
import { areaGroupOf, countryOfClaim, currentAreas, isArea, latestAreas, shownAt, type CountryOfClaim } from '../data/claims-model.ts';
import { formatDate, formatPeriod } from '../ui/format.ts';
import { sourcesKnownAt, STALE_AFTER_DAYS, type TimeReading } from '../../core/claims/visibility.ts';
import { CLAIM_SYMBOLS, FIGURE_MARKER_KINDS, claimSymbolKey } from '../../print/claim-symbols.ts';
import type { SourceRef } from '../../print/page-api.ts';
import type { LegendEntry, LegendPacking } from '../../print/page-content.ts';
import { collectControl, controlFeatures, controlLegendRows } from './settlement-control.ts';
import { orderLegend, type LegendGroup, type RankedRow } from '../../print/legend-order.ts';
import { articlesOfPlace } from '../data/mentions.ts';

export type { LegendEntry, SourceRef };

export interface VisibleSet {
  claimIds: Set<string>;
  placeIds: Set<string>;
  overlayIds: Set<string>;
  renderedKinds: Set<string>;
  regions: boolean;
  approximate: boolean;
  lowConfidence: boolean;
  clusters: boolean;
  highlighted: boolean;
  /** Settlement ids and footprints (control-model footprintKey) of the control layer drawn. */
  controlSettlements: Set<string>;
  controlFootprints: Set<string>;
  /** [west, south, east, north] of everything drawn (union over tiles). */
  bounds: [number, number, number, number] | null;
}

export function emptyVisible(): VisibleSet {
  return {
    claimIds: new Set(),
    placeIds: new Set(),
    overlayIds: new Set(),
    renderedKinds: new Set(),
    regions: false,
    approximate: false,
    lowConfidence: false,
    clusters: false,
    highlighted: false,
    controlSettlements: new Set(),
    controlFootprints: new Set(),
    bounds: null,
  };
}

const CLAIM_QUERY = [
  'claims-area-fill',
  'claims-area-line',
  'claims-area-label',
  'claims-count',
  'claims-count-label',
  'claims-move',
  'claims-move-label',
  'claims-figure',
  'claims-figure-label',
];
const OVERLAY_QUERY = ['overlays-fill', 'overlays-line'];

/** Adds what `map` shows right now to `into`. Places count when their point is inside the map, clustered or not. */
export function collectVisible(map: MlMap, s: AppState, into: VisibleSet): void {
  const present = (ids: string[]) => ids.filter((id) => map.getLayer(id));
  for (const f of map.queryRenderedFeatures({ layers: present(CLAIM_QUERY) })) {
    // A stacked marker (stack.ts) stands for every claim drawn at its spot: all of them are sources of the map.
    for (const id of idsOf(f.properties)) into.claimIds.add(id);
  }
  for (const f of map.queryRenderedFeatures({ layers: present(OVERLAY_QUERY) })) {
    const id = f.properties?.overlay;
    if (typeof id === 'string') into.overlayIds.add(id);
  }
  for (const f of map.queryRenderedFeatures({
    layers: present(['places-circle', 'places-clusters', 'places-highlight', 'places-halo', 'regions-fill']),
  })) {
    if (f.layer.id === 'places-clusters') into.clusters = true;
    else if (f.layer.id === 'places-halo') into.approximate = true;
    else if (f.layer.id === 'regions-fill') into.regions = true;
    else if (f.layer.id === 'places-highlight') into.highlighted = true;
    else {
      const kind = f.properties?.kind;
      if (typeof kind === 'string') into.renderedKinds.add(kind);
      if (f.properties?.low === true) into.lowConfidence = true;
    }
  }
  collectControl(map, into.controlSettlements, into.controlFootprints);
  const canvas = map.getCanvas();
  const w = canvas.clientWidth || canvas.width;
  const h = canvas.clientHeight || canvas.height;
  const b = map.getBounds();
  const [west, south, east, north] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  for (const f of s.dataset.places.features) {
    const [x, y] = f.geometry.coordinates;
    // The bounding box is cheap and rules out most of a large dataset; projecting decides for a rotated view.
    if (x < west || x > east || y < south || y > north) continue;
    const p = map.project([x, y]);
    if (p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h) into.placeIds.add(f.properties.id);
  }
  const next: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  into.bounds = into.bounds
    ? [
        Math.min(into.bounds[0], next[0]),
        Math.min(into.bounds[1], next[1]),
        Math.max(into.bounds[2], next[2]),
        Math.max(into.bounds[3], next[3]),
      ]
    : next;
}

/** The articles behind the visible claims and places that had been published by `date`, newest first: a map made on
 * that date could not cite a later article. */
export function sourcesOf(s: AppState, v: VisibleSet, date: string): SourceRef[] {
  const byFile = new Map(s.dataset.report.articles.map((a) => [a.file, a]));
  const files = new Set<string>();
  for (const f of s.dataset.claims.features)
    if (v.claimIds.has(f.properties.id)) for (const src of sourcesKnownAt(f.properties.sources, date)) files.add(src.article);
  for (const f of s.dataset.places.features)
    if (v.placeIds.has(f.properties.id))
      for (const file of articlesOfPlace(s.dataset.mentions, f)) if ((byFile.get(file)?.published ?? '') <= date) files.add(file);
  for (const e of s.dataset.events.features)
    if (v.controlSettlements.has(e.properties.settlement) && e.properties.published <= date) files.add(e.properties.article);
  const out: SourceRef[] = [];
  for (const file of files) {
    const a = byFile.get(file);
    out.push(
      a
        ? { file, outlet: a.outlet, title: a.title, published: a.published, url: a.url }
        : { file, outlet: 'unknown outlet', title: file, published: '' },
    );
  }
  // The latest reporting is what a briefer reads first, and what a list cut short must keep.
  return out.sort((a, b) => b.published.localeCompare(a.published) || a.outlet.localeCompare(b.outlet) || a.title.localeCompare(b.title));
}

export type { Swatch };

/** The legend's line for each held-area group whose latest figure is stale (older than STALE_AFTER_DAYS) and drawn.
 * The group (holder and country) is named whenever another held area is drawn beside it, current or stale: the bare
 * "No held-area figure describes the 60 days before this date" under a current Ukrainian circle over Kursk (the
 * stale one Russian, in Ukraine) read as if no figure were current at all. */
export function staleAreaLabels(
  all: readonly ClaimFeature[],
  drawn: readonly ClaimFeature[],
  date: string,
  countryOf: CountryOfClaim,
  reading: TimeReading = 'reported',
): string[] {
  return staleAreaRows(all, drawn, date, countryOf, reading).map((r) => r.label);
}

/** The stale rows with, when their groups are named, their packed form (print/legend-packing.ts): the sentence once,
 * then each group and the period of its latest figure. */
function staleAreaRows(
  all: readonly ClaimFeature[],
  drawn: readonly ClaimFeature[],
  date: string,
  countryOf: CountryOfClaim,
  reading: TimeReading,
): { label: string; packed?: LegendPacking }[] {
  const current = new Set(currentAreas(all, date, countryOf, reading).map((f) => f.properties.id));
  const drawnIds = new Set(drawn.map((f) => f.properties.id));
  const stale = latestAreas(all, date, countryOf, reading).filter((f) => !current.has(f.properties.id) && drawnIds.has(f.properties.id));
  const named = stale.length > 1 || drawn.some((f) => isArea(f) && current.has(f.properties.id));
  const caption = `No held-area figure in the ${STALE_AFTER_DAYS} days before this date (the latest, faded):`;
  return stale.map((f) => ({
    label: `No held-area figure${named ? ` (${areaGroupOf(f, countryOf)})` : ''} describes the ${STALE_AFTER_DAYS} days before this date: the latest (${formatPeriod(f.properties.asOf)}) is drawn faded`,
    ...(named ? { packed: { caption, short: `${areaGroupOf(f, countryOf)} (${formatPeriod(f.properties.asOf)})` } } : {}),
  }));
}

/** Legend rows for exactly the symbols in the image (from the symbol table), plus what the date means under the
 * reading: exports are always "as reported up to D"; the live map may read "as described at D" (hindsight), and its
 * legend then says so (it said "as reported up to D (only articles published by then)" over a hindsight map).
 * Rows come in print/legend-order.ts's order: settlement control and area claims before the kinds of place dots, the
 * kind the frame draws most first, so that a busy export's "… and N more symbols" cuts place kinds, not control. */
export function legendOf(
  s: AppState,
  v: VisibleSet,
  date: string,
  reading: TimeReading = 'reported',
): { heading: string; entries: LegendEntry[]; brief: LegendEntry[] } {
  const rows: RankedRow<LegendEntry>[] = [];
  const added = new Set<string>();
  const add = (group: LegendGroup, id: string, weight = 0) => {
    if (added.has(id)) return;
    added.add(id);
    const sym = symbol(id);
    rows.push({ group, weight, row: { swatch: sym.swatch, label: sym.label, ...(sym.packed ? { packed: sym.packed } : {}) } });
  };
  const claims = s.dataset.claims.features.filter((f) => v.claimIds.has(f.properties.id) && shownAt(f, date, reading));
  const countryOf = countryOfClaim(s.dataset.places);
  const current = new Set(currentAreas(s.dataset.claims.features, date, countryOf, reading).map((f) => f.properties.id));
  for (const f of claims.filter(isArea)) add('area', current.has(f.properties.id) ? symbolOfClaim(f.properties) : 'area-earlier');
  for (const r of staleAreaRows(s.dataset.claims.features, claims, date, countryOf, reading))
    rows.push({ group: 'area-stale', row: { swatch: symbol('area-earlier').swatch, ...r } });
  if (claims.some((f) => f.properties.type === 'count')) add('count', 'count');
  if (claims.some((f) => f.properties.type === 'movement')) add('movement', 'movement');
  if (v.regions) add('region', 'region');
  // How many places of each kind the frame holds: the kind drawn most comes first among the kinds.
  const perKind = new Map<string, number>();
  for (const f of s.dataset.places.features)
    if (v.placeIds.has(f.properties.id)) perKind.set(f.properties.kind, (perKind.get(f.properties.kind) ?? 0) + 1);
  for (const kind of Object.keys(KIND_COLOURS))
    if (kind !== 'region' && v.renderedKinds.has(kind)) add('place-kind', `place-${kind}`, perKind.get(kind) ?? 0);
  if (v.approximate) add('place-modifier', 'place-approximate');
  if (v.lowConfidence) add('place-modifier', 'place-low-confidence');
  if (v.clusters) add('place-modifier', 'cluster');
  if (v.highlighted) add('place-modifier', 'highlight');
  // Area figures that are not held ground (peak, lost, retaken, gained, contested, shares, a peak share): marked, never
  // filled.
  for (const kind of FIGURE_MARKER_KINDS) {
    const sym = CLAIM_SYMBOLS[kind];
    if (claims.some((f) => claimSymbolKey(f.properties) === kind))
      rows.push({
        group: 'figure',
        row: {
          swatch: { kind: 'mark', color: sym.color, mark: sym.mark },
          label: `${sym.label}: a mark at its place, not ground`,
          packed: { caption: 'Area figures, each a mark at its place, not ground:', short: sym.label },
        },
      });
  }
  for (const o of s.overlays) {
    if (v.overlayIds.has(o.id))
      rows.push({ group: 'overlay', row: { swatch: symbol('overlay').swatch, label: `Overlay: ${o.name} (user-supplied)` } });
  }
  const control = (brief: boolean) => controlLegendRows(s, v.controlSettlements, v.controlFootprints, date, brief);
  const heading =
    reading === 'reported'
      ? `Claims shown: as reported up to ${formatDate(date)} (only articles published by then)`
      : `Claims shown: as described at ${formatDate(date)} (hindsight: includes articles published later)`;
  return { heading, entries: orderLegend([...rows, ...control(false)]), brief: orderLegend([...rows, ...control(true)]) };
}

/** The visible data as one GeoJSON file: full claim provenance, places, overlays, each tagged with its layer. The
 * places' mentions come from `mentions` when the viewer holds the compact form (place-mentions.ts). */
export function visibleGeoJson(s: AppState, v: VisibleSet, date: string, mentions?: ExportMentions): FeatureCollection {
  const features: Feature[] = [];
  for (const f of s.dataset.claims.features) {
    if (v.claimIds.has(f.properties.id) && shownAt(f, date) && f.geometry)
      features.push({ type: 'Feature', geometry: f.geometry, properties: { layer: 'claim', ...f.properties } });
  }
  for (const f of s.dataset.places.features) {
    if (!v.placeIds.has(f.properties.id)) continue;
    const properties: Record<string, unknown> = { layer: 'place', ...f.properties };
    if (mentions?.complete) properties.mentions = mentions.byPlace.get(f.properties.id) ?? f.properties.mentions;
    else if (mentions) properties.mentionsOmitted = true;
    features.push({ type: 'Feature', geometry: f.geometry, properties });
  }
  features.push(...controlFeatures(s, v.controlSettlements, v.controlFootprints, date));
  for (const o of s.overlays) {
    if (!v.overlayIds.has(o.id)) continue;
    for (const f of o.data.features)
      features.push({ type: 'Feature', geometry: f.geometry, properties: { layer: 'overlay', overlay: o.id, name: o.name } });
  }
  return { type: 'FeatureCollection', features };
}
