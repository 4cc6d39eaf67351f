// Country polygons to clip the reported footprint to: the basemap's admin-1 polygons (data/basemap/admin1.geojson),
// grouped by country. Only the regions a footprint overlaps are unioned, on demand, so a footprint in Kursk Oblast
// never waits for a union of all of Russia. When the file is missing or invalid the footprint is drawn unclipped and
// the panel says so.
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import { cutToBox } from './cut-to-box.ts';

const admin1Schema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.looseObject({ country: z.string().length(2) }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
    }),
  ),
});

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

interface Region {
  feature: Feature<Polygon | MultiPolygon>;
  bbox: [number, number, number, number];
}

export interface CountryClips {
  /** The country whose admin-1 polygon contains the point, or null. */
  countryAt(point: [number, number]): string | null;
  /** The country's admin-1 polygons overlapping the boxes, joined: at least the part of the country inside each box
   * (more when a region is whole or a box is snapped outward), or null when there are none. */
  clipFor(country: string, boxes: readonly Box[]): Feature<Polygon | MultiPolygon> | null;
}

const overlaps = (a: readonly number[], b: readonly number[]): boolean => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

export function countryClips(geojson: unknown): CountryClips {
  const parsed = admin1Schema.parse(geojson);
  const byCountry = new Map<string, Region[]>();
  for (const f of parsed.features) {
    const feature = turf.feature(f.geometry as Polygon | MultiPolygon);
    const list = byCountry.get(f.properties.country) ?? [];
    list.push({ feature, bbox: turf.bbox(feature) as [number, number, number, number] });
    byCountry.set(f.properties.country, list);
  }
  const memo = new Map<string, Feature<Polygon | MultiPolygon> | null>();
  return {
    countryAt(point) {
      for (const [country, regions] of byCountry) {
        for (const r of regions) if (overlaps(r.bbox, [...point, ...point]) && turf.booleanPointInPolygon(point, r.feature)) return country;
      }
      return null;
    },
    clipFor(country, reaches) {
      // Snapped outward to a grid and kept: between two timeline dates a holder's settlements change by a few, their
      // boxes snap alike, and the union below (most of a date change's time) is not redone. A footprint inside the
      // reaches is clipped the same by the larger boxes.
      const boxes = reaches.map(snapOut);
      const key = `${country}|${boxes.map((b) => b.join(',')).join(';')}`;
      if (memo.has(key)) return memo.get(key)!;
      const clip = joinRegions(country, boxes);
      if (memo.size >= CLIP_MEMO_SIZE) memo.delete(memo.keys().next().value!);
      memo.set(key, clip);
      return clip;
    },
  };
  /** The regions of `country` meeting each box, each cut to that box first (linear, Sutherland–Hodgman): the union then
   * joins a few hundred vertices instead of whole oblasts' thousands (about 0.4 s for a footprint on the Kursk border),
   * and whatever the box holds, which is all a footprint inside it is clipped by, is the same. */
  function joinRegions(country: string, boxes: readonly Box[]): Feature<Polygon | MultiPolygon> | null {
    const regions = byCountry.get(country) ?? [];
    const pairs = boxes.flatMap((box) => regions.filter((r) => overlaps(r.bbox, box)).map((r) => ({ r, box })));
    if (pairs.length === 0) return null;
    if (pairs.length === 1) return pairs[0]!.r.feature;
    const cut = pairs.flatMap(({ r, box }) => cutToBox(r.feature as Feature<Polygon | MultiPolygon>, box) ?? []);
    if (cut.length === 0) return null;
    return cut.length === 1 ? cut[0]! : turf.union(turf.featureCollection(cut));
  }
}

/** The grid clip boxes snap outward to, in degrees, and how many clips are kept. */
const CLIP_GRID_DEG = 0.25;
const CLIP_MEMO_SIZE = 64;
export const snapOut = ([w, s, e, n]: readonly number[]): [number, number, number, number] => {
  const down = (v: number) => Math.floor(v / CLIP_GRID_DEG) * CLIP_GRID_DEG;
  const up = (v: number) => Math.ceil(v / CLIP_GRID_DEG) * CLIP_GRID_DEG;
  return [down(w!), down(s!), up(e!), up(n!)];
};

export type ClipState = { status: 'loading' } | { status: 'ready'; clips: CountryClips } | { status: 'missing'; reason: string };

let state: ClipState = { status: 'loading' };
let started = false;
const listeners: (() => void)[] = [];

export function clipState(): ClipState {
  return state;
}

/** Calls `listener` when the polygons load (or are known to be missing) later; nothing when they already have: a view
 * built now already used them. */
export function onClipsSettled(listener: () => void): void {
  if (state.status === 'loading') listeners.push(listener);
}

/** Resolves once the polygons are loaded or known to be missing. */
export function clipsSettled(): Promise<void> {
  return new Promise((resolve) => (state.status === 'loading' ? listeners.push(resolve) : resolve()));
}

/** Starts loading the basemap's admin-1 polygons (once). */
export function loadCountryClips(base: URL): void {
  if (started) return;
  started = true;
  const settle = (next: ClipState) => {
    state = next;
    for (const l of listeners.splice(0)) l();
  };
  fetch(new URL('data/basemap/admin1.geojson', base))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((json) => settle({ status: 'ready', clips: countryClips(json) }))
    .catch((e: unknown) => settle({ status: 'missing', reason: `data/basemap/admin1.geojson could not be read (${e instanceof Error ? e.message : String(e)})` }));
}
