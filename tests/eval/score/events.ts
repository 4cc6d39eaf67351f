// Event scoring (settlement control events): a predicted event matches a gold event with the same action and actor
// when the settlement spans overlap, or when it names a settlement within 5 km of the gold one in the same sentence.
import { distanceKm } from '../../../src/core/geo.ts';
import { claimantCounts, type ClaimantCounts } from './claimant.ts';
import { groupBy, ratio } from './places.ts';
import type { GoldArticle, GoldEvent, Language } from './gold.ts';
import { overlaps } from './gold.ts';
import type { PredictedEvent } from './predictions.ts';

export const EVENT_KM = 5;

export interface EventFigures {
  gold: number;
  matched: number;
  recall: number | null;
  predictions: number;
  truePositives: number;
  precision: number | null;
  /** On matched events (action and actor agree), whether the pipeline's `part` (only part of the settlement) agrees
   * with the gold's: a figure of its own, as the action is matched without it. */
  part: { agreed: number; gold: number; predicted: number; both: number };
  /** On matched events, whether the pipeline's claimant agrees with the gold's: both none, or one person or body by
   * claimant-identity (a gold "Name (Body)" agrees by either part); `gold`/`predicted` count the named ones, `same`
   * the pairs both named and agreeing, `bothNone` the pairs with none on either side. */
  claimant: ClaimantCounts;
}

export interface EventOutcome {
  set: string;
  article: string;
  language: Language;
  gold: GoldEvent[];
  predictions: PredictedEvent[];
  matchedGold: GoldEvent[];
  matchedPredictions: PredictedEvent[];
}

/** Sentence index of an offset: sentences end at . ! ? or a line break (enough for "same sentence"). */
function sentenceOf(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (/[.!?\n]/.test(text[i]!)) n++;
  return n;
}

/**
 * Whether p reports g: same action and actor, and the settlement spans overlap — or p names a settlement within 5 km
 * of g's in the same sentence, when g's point is the settlement's own (precision exact).
 */
export function eventMatches(g: GoldEvent, p: PredictedEvent, text: string, exactPoint = true): boolean {
  if (g.action !== p.action || g.actor !== p.actor) return false;
  if (overlaps(g, p)) return true;
  if (!exactPoint || g.lat === null || g.lon === null) return false;
  return sentenceOf(text, g.start) === sentenceOf(text, p.start) && distanceKm({ lat: g.lat, lon: g.lon }, p) <= EVENT_KM;
}

export function eventOutcomes(articles: readonly { set: string; gold: GoldArticle; text: string }[], events: readonly PredictedEvent[]): EventOutcome[] {
  const byArticle = groupBy(events, (e) => e.article);
  return articles.map(({ set, gold, text }) => {
    const g = gold.events ?? [];
    const p = byArticle.get(gold.file) ?? [];
    const exact = (e: GoldEvent): boolean => gold.places.some((x) => x.start === e.start && x.end === e.end && x.precision === 'exact');
    // one-to-one: span matches first, then the same-sentence distance rule; each prediction and gold event used once
    const pairs: [GoldEvent, PredictedEvent][] = [];
    const used = new Set<PredictedEvent>();
    for (const bySpan of [true, false])
      for (const x of g) {
        if (pairs.some(([y]) => y === x)) continue;
        const hit = p.find((y) => !used.has(y) && (bySpan ? overlaps(x, y) && eventMatches(x, y, text) : eventMatches(x, y, text, exact(x))));
        if (hit) {
          pairs.push([x, hit]);
          used.add(hit);
        }
      }
    return {
      set,
      article: gold.file,
      language: gold.language,
      gold: g,
      predictions: p,
      matchedGold: pairs.map(([x]) => x),
      matchedPredictions: pairs.map(([, y]) => y),
    };
  });
}

export function eventFigures(outcomes: readonly EventOutcome[]): EventFigures {
  const sum = (f: (o: EventOutcome) => number): number => outcomes.reduce((s, o) => s + f(o), 0);
  const gold = sum((o) => o.gold.length);
  const matched = sum((o) => o.matchedGold.length);
  const predictions = sum((o) => o.predictions.length);
  const tp = sum((o) => o.matchedPredictions.length);
  // matchedGold[i] and matchedPredictions[i] are one pair
  const pairs = outcomes.flatMap((o) => o.matchedGold.map((g, i) => [g.part === true, o.matchedPredictions[i]!.part] as const));
  const part = {
    agreed: pairs.filter(([g, p]) => g === p).length,
    gold: pairs.filter(([g]) => g).length,
    predicted: pairs.filter(([, p]) => p).length,
    both: pairs.filter(([g, p]) => g && p).length,
  };
  const claimants = outcomes.flatMap((o) => o.matchedGold.map((g, i) => [g.claimant, o.matchedPredictions[i]!.claimant] as const));
  const claimant = claimantCounts(claimants);
  return { gold, matched, recall: ratio(matched, gold), predictions, truePositives: tp, precision: ratio(tp, predictions), part, claimant };
}

/** Why events were missed or extra, counted per language (no text: the held-out sets are read as figures only). */
export type EventFailureCounts = Record<string, number>;

/**
 * Each missed gold event in one class: its settlement was not located (a geoparse miss), located with no event on it,
 * or given an event with another action or actor (`wrong actor` when the action agrees); each extra prediction: on a
 * gold event's settlement (wrong action/actor) or on none. The missed ones are also counted by their gold action.
 */
export function eventFailures(outcome: EventOutcome, mentions: readonly { start: number; end: number }[]): EventFailureCounts {
  const counts: EventFailureCounts = {};
  const add = (k: string): void => {
    counts[k] = (counts[k] ?? 0) + 1;
  };
  for (const g of outcome.gold) {
    if (outcome.matchedGold.includes(g)) continue;
    add(`missed ${g.action}`);
    const on = outcome.predictions.filter((p) => overlaps(g, p));
    if (!mentions.some((m) => overlaps(g, m))) add('miss: not located');
    else if (!on.length) add('miss: located, no event');
    else if (on.some((p) => p.action === g.action)) add(`miss: wrong actor (${on.find((p) => p.action === g.action)!.actor ?? 'none'} for ${g.actor ?? 'none'})`);
    else add(`miss: wrong action (${on[0]!.action} for ${g.action})`);
  }
  for (const p of outcome.predictions) {
    if (outcome.matchedPredictions.includes(p)) continue;
    add(`extra ${p.action}/${p.actor || 'none'}`);
    if (!p.actor) add('extra: no actor');
    add(outcome.gold.some((g) => overlaps(g, p)) ? 'extra: on a gold event, other action/actor' : 'extra: on no gold event');
  }
  return counts;
}
