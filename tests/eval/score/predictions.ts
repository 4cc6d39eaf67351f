// What the pipeline predicted, reduced to the shapes the scorers compare with the gold: mapped place mentions with
// their point, claims with figure span, value, unit, holder and period, and (once the pipeline has them) events.
import type { CorpusResult } from '../../../src/core/index.ts';
import type { PlaceKind, Precision, ReportIssue } from '../../../src/core/schema.ts';

export interface PredictedMention {
  article: string;
  start: number;
  end: number;
  text: string;
  placeId: string;
  name: string;
  kind: PlaceKind;
  precision: Precision;
  lat: number;
  lon: number;
}

export interface PredictedClaim {
  article: string;
  start: number;
  end: number;
  text: string;
  kind: string; // 'area-held' | 'count' as the pipeline names them
  value: number;
  unit: string;
  holder: string | null;
  asOf: { start: string; end: string };
  /** Who the pipeline says states it (`attributedTo`), or null. */
  claimant: string | null;
}

export interface PredictedEvent {
  article: string;
  start: number;
  end: number;
  text: string;
  lat: number;
  lon: number;
  action: string;
  actor: string;
  /** Only part of the settlement (the pipeline's `part`). */
  part: boolean;
  /** Who the pipeline says reports it, or null. */
  claimant: string | null;
}

export interface Predictions {
  mentions: PredictedMention[];
  issues: ReportIssue[];
  claims: PredictedClaim[];
  /** null: the pipeline does not produce events (yet). */
  events: PredictedEvent[] | null;
}

export function predictionsOf(result: CorpusResult, texts: ReadonlyMap<string, string>): Predictions {
  const mentions: PredictedMention[] = [];
  for (const f of result.places.features) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    for (const m of p.mentions)
      mentions.push({ article: m.article, start: m.start, end: m.end, text: m.text, placeId: p.id, name: p.name, kind: p.kind, precision: p.precision, lat, lon });
  }
  mentions.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));

  const claims: PredictedClaim[] = [];
  for (const { properties } of result.claims.features) {
    // One statement published in several places (headline, lead, quote; syndicated copies) is one claim with a source
    // for each: every source's figure span is a prediction, as the gold marks every place a figure stands.
    const sources = (properties.sources as { article: string; start: number; end: number }[] | undefined) ?? [];
    const spans = sources.length ? sources : [properties];
    for (const { article, start, end } of spans) {
      const claim = claimOf({ ...(properties as unknown as Record<string, unknown>), article, start, end }, texts);
      if (claim) claims.push(claim);
    }
  }

  return { mentions, issues: result.report.issues, claims, events: eventsOf(result) };
}

/**
 * Area and count figures in whatever claim types the pipeline has: an area (`areaKm2`) keeps its type or `kind` as
 * the claim kind (today `area-held`); a count (`counts`) is a `count` in the unit it counts. Movements are neither
 * and are not scored.
 */
function claimOf(c: Record<string, unknown>, texts: ReadonlyMap<string, string>): PredictedClaim | null {
  const { article, start, end } = c;
  if (typeof article !== 'string' || typeof start !== 'number' || typeof end !== 'number') return null;
  const claimant = typeof c.attributedTo === 'string' && c.attributedTo.trim() !== '' ? c.attributedTo : null;
  const base = { article, start, end, text: texts.get(article)?.slice(start, end) ?? '', asOf: c.asOf as PredictedClaim['asOf'], claimant };
  const side = c.side ?? c.holder; // claims contract v2 calls it `side`
  // The gold's holder is the side holding the ground at `asOf`; the contract's `side` of a loss is the side that lost
  // it, so the ground lost is held by the other side.
  const lost = c.type === 'area-lost' || c.type === 'share-lost';
  const holder = typeof side === 'string' ? (lost && (side === 'UA' || side === 'RU') ? (side === 'UA' ? 'RU' : 'UA') : side) : null;
  if (typeof c.areaKm2 === 'number') return { ...base, kind: String(c.kind ?? c.type), value: c.areaKm2, unit: 'km2', holder };
  // A share of a place held ("20 % of Pokrovsk") is the gold's `area-held` written in percent.
  if (typeof c.percent === 'number')
    return {
      ...base,
      // a peak share ("its peak of nearly 25%") is the gold's `area-held-peak` in percent
      kind: c.type === 'share-held' ? 'area-held' : c.type === 'area-held-peak' ? 'area-held-peak' : 'share-lost',
      value: c.percent,
      unit: 'percent',
      holder,
    };
  if (typeof c.counts === 'string' && typeof c.value === 'number') return { ...base, kind: 'count', value: c.value, unit: c.counts, holder };
  return null;
}

/**
 * Events are not in the pipeline output yet. When they land, accept either an array of event records or a GeoJSON
 * FeatureCollection of Points whose properties carry article, start, end, action and actor (the gold's shape).
 */
export function eventsOf(result: unknown): PredictedEvent[] | null {
  const raw = (result as { events?: unknown }).events;
  if (raw === undefined || raw === null) return null;
  const items: unknown[] = Array.isArray(raw) ? raw : Array.isArray((raw as { features?: unknown }).features) ? (raw as { features: unknown[] }).features : [];
  const out: PredictedEvent[] = [];
  for (const item of items) {
    const props = ((item as { properties?: unknown }).properties ?? item) as Record<string, unknown>;
    const coords = (item as { geometry?: { coordinates?: unknown } }).geometry?.coordinates;
    const lon = Array.isArray(coords) ? Number(coords[0]) : Number(props.lon);
    const lat = Array.isArray(coords) ? Number(coords[1]) : Number(props.lat);
    if (typeof props.article !== 'string' || typeof props.start !== 'number' || typeof props.end !== 'number') continue;
    out.push({
      article: props.article,
      start: props.start,
      end: props.end,
      text: typeof props.text === 'string' ? props.text : '',
      lat,
      lon,
      action: String(props.action ?? ''),
      actor: String(props.actor ?? ''),
      part: props.part === true,
      claimant: typeof props.claimant === 'string' && props.claimant.trim() !== '' ? props.claimant : null,
    });
  }
  return out;
}
