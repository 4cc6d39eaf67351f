// Footprint geometry off the main thread, on the worker's own copy of the clip polygons and with the same code as the
// map's (control-model.ts, country-clip.ts):
// - the chart's series: the reported footprint's area for each holder at every control change date. Each date is a
//   polygon union of a few hundred ms on a large corpus, which no slicing can split: on the main thread a popup
//   opened meanwhile waited for it;
// - the first view's geometry (first-view.ts): the footprints and the held-area circles' country cuts at the date the
//   viewer opens on, computed while the main thread builds the map and the panels (on a 10,000-article corpus they
//   were about a second of the main thread before the first frame).
import { footprintFor, footprintsAt, type ControlFootprint } from './control-model.ts';
import type { Reading, SettlementStatus } from '../../core/events/status.ts';
import { clipState, clipsSettled, loadCountryClips } from './country-clip.ts';
import { clipToCountry, loadCountryShapes } from '../map/layers/country-clip.ts';
import type { ControlEventFeature, PlaceFeature, Side } from '../../core/schema.ts';
import type { Dataset } from './data.ts';
import type { MultiPolygon, Polygon } from 'geojson';

export interface ToSeriesWorker {
  kind: 'series';
  id: number;
  base: string;
  /** Whether the page clips footprints (its polygons loaded): the worker then loads and uses the same file. */
  clip: boolean;
  events: ControlEventFeature[];
  /** Place id → country, for the settlements the events name (countryOf in control-model.ts). */
  countries: [string, string][];
  reading: Reading;
  dates: string[];
}

/** Start loading the polygons now (sent as the page starts, so they are parsed while the data downloads). */
export interface ToWarmWorker {
  kind: 'warm';
  base: string;
}

export interface ToFirstViewWorker {
  kind: 'first-view';
  id: number;
  base: string;
  /** Whether the page's admin-1 clips and country shapes loaded: only then does the worker use them. */
  clip: boolean;
  shapes: boolean;
  /** Each footprint to draw: holder, country and the settlements (what footprintOf reads of a status). */
  footprints: { holder: Side; country: string | null; list: Pick<SettlementStatus, 'settlement' | 'status' | 'coordinates'>[] }[];
  circles: { id: string; area: Polygon; centre: [number, number] }[];
}

export type ToGeometryWorker = ToSeriesWorker | ToWarmWorker | ToFirstViewWorker;
export type FromSeriesWorker = { id: number; areas: [Side, number][][] } | { id: number; error: string };
export type FromFirstViewWorker =
  | { id: number; footprints: (ControlFootprint | null)[]; circles: (Polygon | MultiPolygon)[] }
  | { id: number; error: string };

let shapesLoaded: Promise<void> | null = null;
const clipsFrom = async (base: string) => {
  loadCountryClips(new URL(base));
  await clipsSettled();
};
const shapesFrom = (base: string) => (shapesLoaded ??= loadCountryShapes(new URL(base)));

async function firstView(job: ToFirstViewWorker): Promise<FromFirstViewWorker> {
  if (job.clip) await clipsFrom(job.base);
  if (job.shapes && job.circles.length > 0) await shapesFrom(job.base);
  const clips = job.clip ? clipState() : ({ status: 'missing', reason: '' } as const);
  // The page clips with polygons this worker could not read: its footprints would differ, so the page draws its own.
  if (job.clip && clips.status !== 'ready') throw new Error('the clip polygons did not load in the worker');
  const dataset = {} as Dataset; // footprintFor's memo key only
  const footprints = job.footprints.map((g) => footprintFor(dataset, g.holder, g.country, g.list as SettlementStatus[], clips));
  const circles = job.circles.map((c) => clipToCountry(c.id, c.area, c.centre));
  return { id: job.id, footprints, circles };
}

self.onmessage = async (e: MessageEvent<ToGeometryWorker>) => {
  const job = e.data;
  if (job.kind === 'warm') {
    // Failures surface when a job needs the polygons (the page then computes the geometry itself).
    void clipsFrom(job.base).catch(() => {});
    void shapesFrom(job.base).catch(() => {});
    return;
  }
  if (job.kind === 'first-view') {
    try {
      self.postMessage(await firstView(job));
    } catch (err) {
      self.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies FromFirstViewWorker);
    }
    return;
  }
  try {
    if (job.clip) await clipsFrom(job.base);
    const places = job.countries.map(([id, country]) => ({ properties: { id, country } }) as unknown as PlaceFeature);
    const dataset = { places: { type: 'FeatureCollection', features: places }, events: { type: 'FeatureCollection', features: job.events } };
    const s = { dataset: dataset as unknown as Dataset };
    const areas = job.dates.map((date) => {
      const out = new Map<Side, number>();
      for (const fp of footprintsAt(s, date, job.reading)) out.set(fp.holder, (out.get(fp.holder) ?? 0) + fp.areaKm2);
      return [...out];
    });
    self.postMessage({ id: job.id, areas } satisfies FromSeriesWorker);
  } catch (err) {
    self.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies FromSeriesWorker);
  }
};
