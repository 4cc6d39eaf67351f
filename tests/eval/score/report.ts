// Scores each set's pipeline output against its gold and assembles the figures (JSON-ready, deterministic) and the
// failure lists developers read: misses, false positives, far-off points, claim misses and extra claims.
import { claimFigures, claimOutcomes, type ClaimFigures, type ClaimPair } from './claims.ts';
import { eventFailures, eventFigures, eventOutcomes, type EventFailureCounts, type EventFigures, type EventOutcome } from './events.ts';
import type { ControlEventFeature } from '../../../src/core/schema.ts';
import { languages, type GoldArticle } from './gold.ts';
import { mapStatusFigures, sumMapStatus, type MapStatusFigures } from './map-status.ts';
import { ACC_KM, figures, figuresBy, groupBy, outcomes, type GoldOutcome, type PlaceFigures, type PredictionOutcome } from './places.ts';
import type { Predictions } from './predictions.ts';

export interface SetRun {
  name: string;
  gold: GoldArticle[];
  texts: ReadonlyMap<string, string>;
  predictions: Predictions;
  /** The pipeline's control events as it writes them (for the map's statuses); absent: not scored. */
  controlEvents?: readonly ControlEventFeature[];
}

export interface Miss {
  set: string;
  article: string;
  start: number;
  end: number;
  text: string;
  name: string;
  kind: string;
  why: string;
}

export interface FalsePositive {
  set: string;
  article: string;
  start: number;
  end: number;
  text: string;
  predicted: string;
  why: string;
}

export interface FarOff {
  set: string;
  article: string;
  start: number;
  text: string;
  gold: string;
  predicted: string;
  km: number;
}

export interface EvalReport {
  sets: string[];
  places: {
    overall: PlaceFigures;
    bySet: Record<string, PlaceFigures>;
    byLanguage: Record<string, PlaceFigures>;
    bySetLanguage: Record<string, PlaceFigures>;
    byKind: Record<string, PlaceFigures>;
  };
  claims: { overall: ClaimFigures; bySet: Record<string, ClaimFigures>; byKind: Record<string, ClaimFigures> };
  events: {
    overall: EventFigures;
    byLanguage: Record<string, EventFigures>;
    bySet: Record<string, EventFigures>;
    /** Failure classes counted per language (see eventFailures). */
    failures: Record<string, EventFailureCounts>;
  } | null;
  /** The settlements' reported controllers as the viewer colours them, gold map against pipeline map, compared at
   * every publication date of each set (see map-status.ts). */
  mapStatus: { overall: MapStatusFigures; bySet: Record<string, MapStatusFigures> } | null;
  /** Gold events per set, shown even while the pipeline has none. */
  goldEvents: Record<string, number>;
  misses: Miss[];
  falsePositives: FalsePositive[];
  farOff: FarOff[];
  claimMisses: { set: string; article: string; text: string; kind: string; value: number; unit: string }[];
  extraClaims: { set: string; article: string; text: string; kind: string; value: number; unit: string }[];
}

export function evaluate(runs: readonly SetRun[]): EvalReport {
  const gold: GoldOutcome[] = [];
  const preds: PredictionOutcome[] = [];
  const pairs: ClaimPair[] = [];
  const extra: EvalReport['extraClaims'] = [];
  const claimPredsBySet: Record<string, number> = {};
  const allClaimPreds: { set: string; p: Predictions['claims'][number] }[] = [];
  let events: EventOutcome[] | null = runs.some((r) => r.predictions.events !== null) ? [] : null;
  const failures: Record<string, EventFailureCounts> = {};

  for (const run of runs) {
    const articles = run.gold.map((g) => ({ set: run.name, gold: g }));
    const o = outcomes(articles, run.predictions.mentions, run.predictions.issues);
    gold.push(...o.gold);
    preds.push(...o.predictions);
    const c = claimOutcomes(articles, run.predictions.claims);
    pairs.push(...c.pairs);
    for (const u of c.unmatched) extra.push({ set: run.name, article: u.prediction.article, text: u.prediction.text, kind: u.prediction.kind, value: u.prediction.value, unit: u.prediction.unit });
    const inGold = new Set(run.gold.map((g) => g.file));
    const setClaims = run.predictions.claims.filter((p) => inGold.has(p.article));
    claimPredsBySet[run.name] = setClaims.length;
    allClaimPreds.push(...setClaims.map((p) => ({ set: run.name, p })));
    if (events && run.predictions.events) {
      const outcomes = eventOutcomes(run.gold.map((g) => ({ set: run.name, gold: g, text: run.texts.get(g.file) ?? '' })), run.predictions.events);
      events.push(...outcomes);
      for (const o of outcomes) {
        const counts = eventFailures(o, run.predictions.mentions.filter((m) => m.article === o.article));
        const into = (failures[o.language] ??= {});
        for (const [k, n] of Object.entries(counts)) into[k] = (into[k] ?? 0) + n;
      }
    }
    else if (events) events.push(...eventOutcomes(run.gold.map((g) => ({ set: run.name, gold: g, text: '' })), []));
  }

  const record = <T,>(m: Map<string, T>): Record<string, T> => Object.fromEntries(m);
  const claimsFor = (set: string | null, kind: string | null) => {
    const ps = pairs.filter((p) => (set === null || p.set === set) && (kind === null || p.gold.kind === kind));
    const cs = allClaimPreds.filter((x) => (set === null || x.set === set) && (kind === null || x.p.kind === kind)).map((x) => x.p);
    const scope = pairs.filter((p) => set === null || p.set === set);
    return claimFigures(ps, cs, scope);
  };
  const claimKindsSeen = [...new Set([...pairs.map((p) => p.gold.kind), ...allClaimPreds.map((x) => x.p.kind)])].sort();

  const mapBySet = runs.flatMap((r) => (r.controlEvents ? [[r.name, mapStatusFigures(r.gold, r.controlEvents)] as const] : []));

  return {
    sets: runs.map((r) => r.name),
    places: {
      overall: figures(gold, preds),
      bySet: record(figuresBy(gold, preds, (o) => o.set, (o) => o.set)),
      byLanguage: record(figuresBy(gold, preds, (o) => o.language, (o) => o.language)),
      bySetLanguage: record(figuresBy(gold, preds, (o) => `${o.set}/${o.language}`, (o) => `${o.set}/${o.language}`)),
      // recall, Acc@161 and median by the gold kind; precision by the predicted kind
      byKind: record(figuresBy(gold, preds, (o) => o.gold.kind, (o) => o.prediction.kind)),
    },
    claims: {
      overall: claimsFor(null, null),
      bySet: Object.fromEntries(runs.map((r) => [r.name, claimsFor(r.name, null)])),
      byKind: Object.fromEntries(claimKindsSeen.map((k) => [k, claimsFor(null, k)])),
    },
    events: events
      ? {
          overall: eventFigures(events),
          byLanguage: Object.fromEntries(languages.map((l) => [l, eventFigures(events!.filter((e) => e.language === l))])),
          bySet: Object.fromEntries(runs.map((r) => [r.name, eventFigures(events!.filter((e) => e.set === r.name))])),
          failures: Object.fromEntries(Object.entries(failures).sort(([a], [b]) => (a < b ? -1 : 1)).map(([l, c]) => [l, Object.fromEntries(Object.entries(c).sort(([a], [b]) => (a < b ? -1 : 1)))])),
        }
      : null,
    mapStatus: mapBySet.length ? { overall: sumMapStatus(mapBySet.map(([, f]) => f)), bySet: Object.fromEntries(mapBySet) } : null,
    goldEvents: Object.fromEntries(runs.map((r) => [r.name, r.gold.reduce((n, g) => n + (g.events?.length ?? 0), 0)])),
    misses: gold
      .filter((o) => !o.match)
      .map((o) => ({ set: o.set, article: o.article, start: o.gold.start, end: o.gold.end, text: o.gold.text, name: o.gold.name, kind: o.gold.kind, why: o.why! })),
    falsePositives: preds
      .filter((p) => p.status === 'trap' || p.status === 'nothing')
      .map((p) => ({
        set: p.set,
        article: p.article,
        start: p.prediction.start,
        end: p.prediction.end,
        text: p.prediction.text,
        predicted: `${p.prediction.name} (${p.prediction.kind}, ${p.prediction.placeId})`,
        why: p.status === 'trap' ? `trap: ${p.why}` : 'not a place in the gold',
      })),
    farOff: gold
      .filter((o) => o.km !== null && o.km > ACC_KM)
      .map((o) => ({ set: o.set, article: o.article, start: o.gold.start, text: o.gold.text, gold: o.gold.name, predicted: `${o.match!.name} (${o.match!.placeId})`, km: Math.round(o.km!) })),
    claimMisses: pairs.filter((p) => !p.prediction).map((p) => ({ set: p.set, article: p.article, text: p.gold.text, kind: p.gold.kind, value: p.gold.value, unit: p.gold.unit })),
    extraClaims: extra,
  };
}

/** Rounds every number for a byte-stable JSON file. */
export function stableJson(report: EvalReport): string {
  return JSON.stringify(report, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v), 2) + '\n';
}

export { groupBy };
