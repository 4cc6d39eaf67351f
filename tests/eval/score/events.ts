// Event scoring (settlement control events): a predicted event matches a gold event with the same action and actor
// when the settlement spans overlap, or when it names a settlement within 5 km of the gold one in the same sentence.
import { distanceKm } from '../../../src/core/geo.ts';
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

export function eventMatches(g: GoldEvent, p: PredictedEvent, text: string): boolean {
  if (g.action !== p.action || g.actor !== p.actor) return false;
  if (overlaps(g, p)) return true;
  if (g.lat === null || g.lon === null) return false;
  return sentenceOf(text, g.start) === sentenceOf(text, p.start) && distanceKm({ lat: g.lat, lon: g.lon }, p) <= EVENT_KM;
}

export function eventOutcomes(articles: readonly { set: string; gold: GoldArticle; text: string }[], events: readonly PredictedEvent[]): EventOutcome[] {
  const byArticle = groupBy(events, (e) => e.article);
  return articles.map(({ set, gold, text }) => {
    const g = gold.events ?? [];
    const p = byArticle.get(gold.file) ?? [];
    return {
      set,
      article: gold.file,
      language: gold.language,
      gold: g,
      predictions: p,
      matchedGold: g.filter((x) => p.some((y) => eventMatches(x, y, text))),
      matchedPredictions: p.filter((y) => g.some((x) => eventMatches(x, y, text))),
    };
  });
}

export function eventFigures(outcomes: readonly EventOutcome[]): EventFigures {
  const sum = (f: (o: EventOutcome) => number): number => outcomes.reduce((s, o) => s + f(o), 0);
  const gold = sum((o) => o.gold.length);
  const matched = sum((o) => o.matchedGold.length);
  const predictions = sum((o) => o.predictions.length);
  const tp = sum((o) => o.matchedPredictions.length);
  return { gold, matched, recall: ratio(matched, gold), predictions, truePositives: tp, precision: ratio(tp, predictions) };
}
