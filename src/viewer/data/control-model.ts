// Settlement control at the timeline date, for the map, the legend, the panel and the export: the core's statusAt
// under the viewer's reading, and for each holder the reported footprint (core footprintOf) per country, clipped to
// that country. Pure apart from the cached clip polygons; memoised per (events, date, reading, clip state).
import { groupClaimants } from '../../print/claimant-key.ts';
import { changeDates, statusAt, type Reading, type SettlementStatus } from '../../core/events/status.ts';
import { defaultFootprintOptions, footprintOf, groupsOf, hasOwnPoint, type Footprint } from '../../core/events/footprint.ts';
import type { ControlEventFeature, Side } from '../../core/schema.ts';
import type { AppState } from '../app/state.ts';
import type { Dataset } from './data.ts';
import { dateRange, storyStart } from './claims-model.ts';
import { placesById, articlesByFile } from './dataset-index.ts';
import { clipState, type ClipState } from './country-clip.ts';
import { CONTROL_STATUS_ORDER, type ControlStatus } from '../../print/control-symbols.ts';
import { parseDay, dayToIso } from '../../core/days.ts';
import { runDate } from '../../core/corpus.ts';
import { staleAt } from '../../core/claims/visibility.ts';

export interface ControlFootprint extends Footprint {
  /** ISO country the settlements are in (null: unknown, not clipped). */
  country: string | null;
  /** The regions (admin1) its settlements are in, sorted: with the country, what its labels say it covers. */
  regions: string[];
  /** Whether it was clipped to the country's polygons. */
  clipped: boolean;
}

export interface ControlView {
  date: string;
  reading: Reading;
  statuses: SettlementStatus[];
  footprints: ControlFootprint[];
  /** Why footprints are not clipped, when they are not. */
  clipNote: string | null;
}

export const readingOf = (s: Pick<AppState, 'reading'>): Reading => s.reading ?? 'reported';

const SIDES: readonly Side[] = ['UA', 'RU', 'DPRK'];

function countryOf(s: AppState['dataset'], st: SettlementStatus, clips: ClipState): string | null {
  const place = placesById(s.places).get(st.settlement);
  if (place) return place.properties.country;
  return clips.status === 'ready' ? clips.clips.countryAt(st.coordinates) : null;
}

/** Footprints already drawn, by holder, country, clip state and settlement set: the area chart asks for one per
 * change date, and between two dates most holders' sets do not change (bounded, cleared with a new dataset). */
const FOOTPRINT_MEMO_SIZE = 256;
let footprintMemo: { dataset: Dataset | null; clips: ClipState | null; map: Map<string, ControlFootprint | null> } = {
  dataset: null,
  clips: null,
  map: new Map(),
};

/** Degrees of latitude per km (the meridian's shortest, at the equator: an upper bound for the pad). */
const DEG_PER_KM = 1 / 110.574;

/**
 * A box that holds the footprint of these settlements: their box padded by more than the footprint's buffer. It picks
 * the country's regions to clip to without drawing the footprint twice (the unclipped one was drawn only for its box:
 * about half the footprints' cost). A region it adds beyond the footprint's own box does not meet the footprint, so
 * the clipped shape is the same.
 */
export function reachOf(list: readonly SettlementStatus[]): [number, number, number, number] {
  return boxAround(list.map((st) => st.coordinates));
}

function boxAround(points: readonly (readonly [number, number])[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  const dLat = 1.5 * defaultFootprintOptions.bufferKm * DEG_PER_KM;
  const dLon = dLat / Math.max(0.01, Math.cos((Math.min(89, Math.max(Math.abs(s), Math.abs(n)) + dLat) * Math.PI) / 180));
  return [w - dLon, s - dLat, e + dLon, n + dLat];
}

/**
 * The boxes that hold the footprint of these settlements: reachOf each group the footprint hulls on its own (core
 * groupsOf, the one grouping of both), so each group's hull and buffers lie inside its box, and a settlement apart
 * from the rest is only its buffer. One box over all of them spanned, on the events dev corpus, Kursk to a settlement
 * in Siberia (34.8–81.5°E): every region between was cut and joined for nothing, the largest part of the viewer's
 * opening time.
 */
export function reachesOf(list: readonly SettlementStatus[]): [number, number, number, number][] {
  return groupsOf(
    list.map((st) => st.coordinates),
    defaultFootprintOptions.groupGapKm,
  )
    .map(boxAround)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

function footprintFor(dataset: Dataset, holder: Side, country: string | null, list: SettlementStatus[], clips: ClipState): ControlFootprint | null {
  if (footprintMemo.dataset !== dataset || footprintMemo.clips !== clips) footprintMemo = { dataset, clips, map: new Map() };
  const key = `${holder}|${country}|${list.map((st) => st.settlement).join(',')}`;
  const known = footprintMemo.map.get(key);
  if (known !== undefined) return known;
  const clip = country && clips.status === 'ready' ? clips.clips.clipFor(country, reachesOf(list)) : null;
  const fp = footprintOf(list, holder, clip);
  const out = fp ? { ...fp, country, regions: regionsOf(dataset, fp.settlements), clipped: clip !== null } : null;
  if (footprintMemo.map.size >= FOOTPRINT_MEMO_SIZE) footprintMemo.map.delete(footprintMemo.map.keys().next().value!);
  footprintMemo.map.set(key, out);
  return out;
}

function regionsOf(dataset: Dataset, settlements: readonly string[]): string[] {
  const places = placesById(dataset.places);
  const regions = new Set<string>();
  for (const id of settlements) {
    const admin1 = places.get(id)?.properties.admin1;
    if (admin1) regions.add(admin1);
  }
  return [...regions].sort();
}

/** One footprint among a holder's (one per country): the key the export's legend and bundle select it by. */
export const footprintKey = (fp: Pick<ControlFootprint, 'holder' | 'country'>): string => `${fp.holder}|${fp.country ?? ''}`;

function footprints(dataset: Dataset, statuses: SettlementStatus[], clips: ClipState): ControlFootprint[] {
  const out: ControlFootprint[] = [];
  for (const holder of SIDES) {
    const held = statuses.filter((st) => st.status === holder && hasOwnPoint(st));
    if (held.length === 0) continue;
    const byCountry = new Map<string | null, SettlementStatus[]>();
    for (const st of held) {
      const c = countryOf(dataset, st, clips);
      const list = byCountry.get(c);
      if (list) list.push(st);
      else byCountry.set(c, [st]);
    }
    for (const [country, list] of [...byCountry].sort(([a], [b]) => String(a).localeCompare(String(b)))) {
      const fp = footprintFor(dataset, holder, country, list, clips);
      if (fp) out.push(fp);
    }
  }
  return out;
}

/** The footprints at a date without touching controlAt's memo (which holds the timeline date's view): for series. */
export function footprintsAt(s: Pick<AppState, 'dataset'>, date: string, reading: Reading): ControlFootprint[] {
  return footprints(s.dataset, statusAt(s.dataset.events.features, date, { reading }), clipState());
}

let memo: { key: unknown[]; view: ControlView } | null = null;
/** The statuses do not depend on the clip polygons: when those arrive only the footprints are redone. */
let statusMemo: { key: unknown[]; statuses: SettlementStatus[] } | null = null;

function statusesAt(s: Pick<AppState, 'dataset'>, date: string, reading: Reading): SettlementStatus[] {
  const key = [s.dataset.events, date, reading];
  if (statusMemo && statusMemo.key.every((k, i) => k === key[i])) return statusMemo.statuses;
  const statuses = statusAt(s.dataset.events.features, date, { reading });
  statusMemo = { key, statuses };
  return statuses;
}

/** The statuses and footprints at `date` under `reading` (the state's, unless given: exports force `reported`). */
export function controlAt(s: Pick<AppState, 'dataset' | 'reading'>, date: string, reading: Reading = readingOf(s)): ControlView {
  const clips = clipState();
  const key = [s.dataset.events, date, reading, clips];
  if (memo && memo.key.every((k, i) => k === key[i])) return memo.view;
  const statuses = statusesAt(s, date, reading);
  const clipNote =
    clips.status === 'missing' ? `Not clipped to the country: ${clips.reason}.` : clips.status === 'loading' ? 'Country polygons still loading: not yet clipped.' : null;
  const view: ControlView = { date, reading, statuses, footprints: footprints(s.dataset, statuses, clips), clipNote };
  memo = { key, view };
  return view;
}

/** The timeline ticks: dates on which some settlement's reported status may change, inside the timeline's span. */
export function controlTicks(events: readonly ControlEventFeature[], reading: Reading): string[] {
  return changeDates(events, reading);
}

const ranges = new WeakMap<Dataset, { start: string; end: string }>();

/** The timeline's span: claims-model.dateRange (claims, else the articles), widened to whole months around the events
 * (once per dataset: the default date and the timeline both ask, and it scans every claim, article and event). */
export function timelineRange(d: Dataset): { start: string; end: string } {
  let range = ranges.get(d);
  if (!range) ranges.set(d, (range = computeRange(d)));
  return range;
}

function computeRange(d: Dataset): { start: string; end: string } {
  const base = dateRange(
    d.claims.features,
    d.report.articles.map((a) => a.published),
    runDate(),
  );
  const events = d.events.features;
  if (events.length === 0) return base;
  let lo = Infinity;
  let hi = -Infinity;
  let firstPublished = Infinity;
  for (const e of events) {
    lo = Math.min(lo, parseDay(e.properties.asOf.start));
    hi = Math.max(hi, parseDay(e.properties.published), parseDay(e.properties.asOf.end));
    firstPublished = Math.min(firstPublished, parseDay(e.properties.published));
  }
  lo = storyStart(lo, firstPublished);
  const start = new Date(lo * 86_400_000);
  start.setUTCDate(1);
  const end = new Date(hi * 86_400_000);
  end.setUTCMonth(end.getUTCMonth() + 1, 0);
  const s = dayToIso(Math.round(start.getTime() / 86_400_000));
  const e = dayToIso(Math.round(end.getTime() / 86_400_000));
  return { start: s < base.start ? s : base.start, end: e > base.end ? e : base.end };
}

/** Who says so: the claimant named in the text, else the outlet. */
export function claimantOf(s: Pick<AppState, 'dataset'>, e: ControlEventFeature): string {
  return e.properties.claimant ?? articlesByFile(s.dataset.report).get(e.properties.article)?.outlet ?? e.properties.article;
}

/** For each status shown, the claimants of the deciding reports, most frequent first (then by name), each once
 * whatever its spelling (claimant-key.ts). */
export function claimantsByStatus(s: Pick<AppState, 'dataset'>, statuses: readonly SettlementStatus[]): Map<ControlStatus, string[]> {
  const counts = new Map<ControlStatus, Map<string, number>>();
  for (const st of statuses) {
    const m = counts.get(st.status) ?? new Map<string, number>();
    for (const e of [st.latest, ...st.contradicting]) {
      const who = claimantOf(s, e);
      m.set(who, (m.get(who) ?? 0) + 1);
    }
    counts.set(st.status, m);
  }
  const out = new Map<ControlStatus, string[]>();
  for (const status of CONTROL_STATUS_ORDER) {
    const m = counts.get(status);
    if (m) out.set(status, groupClaimants(m)); // one name per claimant, however the articles spell it
  }
  return out;
}

/** The report about a settlement that describes the latest period among those known at the date (its history). */
export function newestReport(st: SettlementStatus): ControlEventFeature {
  let best = st.latest;
  for (const e of st.history) if (e.properties.asOf.end > best.properties.asOf.end) best = e;
  return best;
}

/** Whether no known report about the settlement describes the STALE_AFTER_DAYS before `date` (drawn faded). */
export const settlementStale = (st: SettlementStatus, date: string): boolean => staleAt(newestReport(st).properties, date);
