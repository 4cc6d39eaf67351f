// Place scoring: a predicted mention matches a gold place when the spans overlap. Recall = matched gold / gold;
// precision = matched predictions / (predictions − those overlapping only `skipped` spans); predictions on traps or
// on nothing are false positives. Acc@161 = share of matched gold mentions with a gold point whose predicted point
// lies within 161 km of it; median km over matched settlements (city/town/village) whose gold point is exact.
import { distanceKm } from '../../../src/core/geo.ts';
import type { ReportIssue } from '../../../src/core/schema.ts';
import { overlaps, type GoldArticle, type GoldPlace, type Language } from './gold.ts';
import type { PredictedMention } from './predictions.ts';

export const ACC_KM = 161;
const settlementKinds = new Set(['city', 'town', 'village']);

export interface ScoredArticle {
  set: string;
  gold: GoldArticle;
}

export interface GoldOutcome {
  set: string;
  article: string;
  language: Language;
  gold: GoldPlace;
  match: PredictedMention | null;
  km: number | null;
  /** Why it was missed (only when match is null). */
  why: string | null;
}

export interface PredictionOutcome {
  set: string;
  article: string;
  language: Language;
  prediction: PredictedMention;
  status: 'match' | 'skipped' | 'trap' | 'nothing';
  why: string | null;
}

export interface PlaceFigures {
  gold: number;
  matched: number;
  recall: number | null;
  predictions: number;
  scored: number; // predictions − skipped-only
  truePositives: number;
  precision: number | null;
  within161: number;
  acc161: number | null;
  settlementsMeasured: number;
  medianKm: number | null;
}

export function outcomes(articles: readonly ScoredArticle[], mentions: readonly PredictedMention[], issues: readonly ReportIssue[]): { gold: GoldOutcome[]; predictions: PredictionOutcome[] } {
  const byArticle = groupBy(mentions, (m) => m.article);
  const issuesByArticle = groupBy(issues, (i) => i.article);
  const gold: GoldOutcome[] = [];
  const predictions: PredictionOutcome[] = [];
  for (const { set, gold: g } of articles) {
    const preds = byArticle.get(g.file) ?? [];
    for (const place of g.places) {
      const match = bestOverlap(place, preds);
      const km = match && place.lat !== null && place.lon !== null ? distanceKm(match, { lat: place.lat, lon: place.lon }) : null;
      const why = match ? null : missReason(place, issuesByArticle.get(g.file) ?? []);
      gold.push({ set, article: g.file, language: g.language, gold: place, match, km, why });
    }
    for (const p of preds) {
      let status: PredictionOutcome['status'] = 'nothing';
      let why: string | null = null;
      if (g.places.some((x) => overlaps(x, p))) status = 'match';
      else {
        const trap = g.traps.find((t) => overlaps(t, p));
        if (trap) [status, why] = ['trap', trap.why];
        else if (g.skipped.some((s) => overlaps(s, p))) status = 'skipped';
      }
      predictions.push({ set, article: g.file, language: g.language, prediction: p, status, why });
    }
  }
  return { gold, predictions };
}

export function figures(gold: readonly GoldOutcome[], predictions: readonly PredictionOutcome[]): PlaceFigures {
  const matched = gold.filter((o) => o.match);
  const located = matched.filter((o) => o.km !== null); // gold with a point
  const within = located.filter((o) => o.km! <= ACC_KM);
  const scored = predictions.filter((p) => p.status !== 'skipped');
  const tp = scored.filter((p) => p.status === 'match');
  const kms = located.filter((o) => settlementKinds.has(o.gold.kind) && o.gold.precision === 'exact').map((o) => o.km!);
  return {
    gold: gold.length,
    matched: matched.length,
    recall: ratio(matched.length, gold.length),
    predictions: predictions.length,
    scored: scored.length,
    truePositives: tp.length,
    precision: ratio(tp.length, scored.length),
    within161: within.length,
    acc161: ratio(within.length, located.length),
    settlementsMeasured: kms.length,
    medianKm: median(kms),
  };
}

/** Figures per group: gold outcomes grouped by goldKey, predictions by predKey (e.g. the predicted kind). */
export function figuresBy(gold: readonly GoldOutcome[], predictions: readonly PredictionOutcome[], goldKey: (o: GoldOutcome) => string, predKey: (o: PredictionOutcome) => string): Map<string, PlaceFigures> {
  const g = groupBy(gold, goldKey);
  const p = groupBy(predictions, predKey);
  const keys = [...new Set([...g.keys(), ...p.keys()])].sort();
  return new Map(keys.map((k) => [k, figures(g.get(k) ?? [], p.get(k) ?? [])]));
}

function bestOverlap(place: GoldPlace, preds: readonly PredictedMention[]): PredictedMention | null {
  let best: PredictedMention | null = null;
  let bestLen = 0;
  for (const p of preds) {
    const len = Math.min(place.end, p.end) - Math.max(place.start, p.start);
    if (len > bestLen) [best, bestLen] = [p, len];
  }
  return best;
}

function missReason(place: GoldPlace, issues: readonly ReportIssue[]): string {
  const issue = issues.find((i) => overlaps(i, place));
  if (!issue) return 'not spotted';
  if (issue.status === 'unresolved') return `spotted, not located: ${issue.reason}`;
  if (issue.status === 'not-a-place') return `judged not a place: ${issue.reason}`;
  return `${issue.status}: ${issue.reason}`;
}

export function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}
