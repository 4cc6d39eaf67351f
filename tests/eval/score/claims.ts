// Claim scoring: a predicted claim matches a gold claim when the figure spans overlap. Reported per gold kind:
// recall, precision, and over the matched pairs the share with the same kind, the same value and unit, the same
// period (asOf equal) and the same holder; and who says it (the claimant, counted as the events' is).
import { claimantCounts, type ClaimantCounts } from './claimant.ts';
import { groupBy, ratio } from './places.ts';
import { overlaps, type GoldArticle, type GoldClaim } from './gold.ts';
import type { PredictedClaim } from './predictions.ts';

export interface ClaimPair {
  set: string;
  article: string;
  gold: GoldClaim;
  prediction: PredictedClaim | null;
}

export interface ClaimFigures {
  gold: number;
  matched: number;
  recall: number | null;
  predictions: number;
  truePositives: number;
  precision: number | null;
  kindAccuracy: number | null;
  valueAccuracy: number | null;
  periodAccuracy: number | null;
  holderAccuracy: number | null;
  /** On matched claims, the pipeline's claimant (`attributedTo`) against the gold's, as for events. */
  claimant: ClaimantCounts;
}

export interface ClaimOutcomes {
  pairs: ClaimPair[];
  /** Predictions that overlap no gold claim, with the set they come from. */
  unmatched: { set: string; prediction: PredictedClaim }[];
  predictionsBySet: Map<string, PredictedClaim[]>;
}

export function claimOutcomes(articles: readonly { set: string; gold: GoldArticle }[], claims: readonly PredictedClaim[]): ClaimOutcomes {
  const byArticle = groupBy(claims, (c) => c.article);
  const pairs: ClaimPair[] = [];
  const unmatched: ClaimOutcomes['unmatched'] = [];
  const predictionsBySet = new Map<string, PredictedClaim[]>();
  for (const { set, gold } of articles) {
    const preds = byArticle.get(gold.file) ?? [];
    predictionsBySet.set(set, [...(predictionsBySet.get(set) ?? []), ...preds]);
    for (const g of gold.claims) pairs.push({ set, article: gold.file, gold: g, prediction: preds.find((p) => overlaps(p, g)) ?? null });
    for (const p of preds) if (!gold.claims.some((g) => overlaps(g, p))) unmatched.push({ set, prediction: p });
  }
  return { pairs, unmatched, predictionsBySet };
}

/**
 * Figures over a group of gold pairs (recall and the accuracies) and a group of predictions (precision). A prediction
 * counts as correct when it overlaps any gold claim of its article in `allPairs` (for per-kind rows: any kind).
 */
export function claimFigures(pairs: readonly ClaimPair[], predictions: readonly PredictedClaim[], allPairs: readonly ClaimPair[] = pairs): ClaimFigures {
  const matched = pairs.filter((p) => p.prediction);
  const tp = predictions.filter((p) => allPairs.some((x) => x.article === p.article && overlaps(x.gold, p)));
  const share = (ok: (p: ClaimPair) => boolean): number | null => ratio(matched.filter(ok).length, matched.length);
  return {
    gold: pairs.length,
    matched: matched.length,
    recall: ratio(matched.length, pairs.length),
    predictions: predictions.length,
    truePositives: tp.length,
    precision: ratio(tp.length, predictions.length),
    kindAccuracy: share((p) => p.prediction!.kind === p.gold.kind),
    valueAccuracy: share((p) => sameValue(p.gold, p.prediction!)),
    periodAccuracy: share((p) => p.prediction!.asOf.start === p.gold.asOf.start && p.prediction!.asOf.end === p.gold.asOf.end),
    holderAccuracy: share((p) => p.prediction!.holder === p.gold.holder),
    claimant: claimantCounts(matched.map((p) => [p.gold.claimant, p.prediction!.claimant] as const)),
  };
}

const MI2_KM2 = 2.589988;

/** Same unit (square miles compared in km²) and a value within 0.5 %. */
export function sameValue(g: GoldClaim, p: PredictedClaim): boolean {
  const [gv, gu] = g.unit === 'mi2' ? [g.value * MI2_KM2, 'km2'] : [g.value, g.unit];
  if (gu !== p.unit) return false;
  return Math.abs(gv - p.value) <= Math.max(0.005 * Math.abs(gv), 1e-9);
}
