// What the map shows, scored: each settlement's reported controller at a date (the viewer's colouring, core
// statusAt), from the gold events and from the pipeline's events, compared at every publication date of a set.
// Event scoring asks whether each sentence was read; this asks whether the briefer's map on day D is right, which is
// what issue 11 promises ("the map at chosen dates shows the expected controllers"). Both sides go through the same
// statusAt (same bitemporal reading, same contest window), so only the extraction is measured.
import { statusAt } from '../../../src/core/events/status.ts';
import { distanceKm } from '../../../src/core/geo.ts';
import type { ControlAction, ControlEventFeature, Side } from '../../../src/core/schema.ts';
import { overlaps, type GoldArticle } from './gold.ts';
import { ACC_KM, ratio } from './places.ts';

export interface MapStatusFigures {
  /** Settlement-dates where the gold map shows a controller or `contested`. */
  gold: number;
  /** …of which the pipeline's map shows the same status for the same settlement. */
  agreed: number;
  recall: number | null;
  /** The same over the gold settlements a source gives a point for (exact or near): the villages nobody could place,
   * the tool included, left out. */
  goldPlaced: number;
  agreedPlaced: number;
  recallPlaced: number | null;
  /** Settlement-dates where the pipeline's map shows a controller or `contested` (precision = agreed / predicted:
   * each gold settlement-date agrees with one of them at most). */
  predicted: number;
  precision: number | null;
  /** The dates compared: every distinct publication date of the set's articles. */
  dates: number;
  /** Why gold settlement-dates were not agreed: the pipeline's map shows the settlement with another status
   * (`other`, of which `sideForContested`/`contestedForSide` are one side against contested); it read a report on it
   * published by then but does not colour it (`readNotColoured`: of which `holderUnknown`, reports naming no holder;
   * `farOff`, coloured more than 161 km from the gold point, a namesake; the rest placed only in an oblast, or in a
   * district with no identity of their own); or it read nothing on it by then (`notRead`). */
  missed: {
    other: number;
    sideForContested: number;
    contestedForSide: number;
    readNotColoured: number;
    holderUnknown: number;
    farOff: number;
    notRead: number;
  };
}

/** Who holds the settlement after the report: the extractor's rule, restated for the gold's action and actor. */
function holderAfter(action: ControlAction, actor: Side | null): Side | null {
  if (!actor || action === 'fighting') return null;
  if (action === 'withdrew') return actor === 'RU' ? 'UA' : 'RU';
  return actor;
}

/**
 * The gold events of a set as the pipeline's features, so that statusAt reads both alike. A gold settlement is its
 * reference place's name (one per place across the set's articles, whatever the spelling in the text); every gold
 * event counts, also a village no source gives a point for: the map should colour it where the tool can place it.
 */
export function goldFeatures(gold: readonly GoldArticle[]): ControlEventFeature[] {
  const out: ControlEventFeature[] = [];
  for (const article of gold)
    for (const e of article.events ?? [])
      out.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [e.lon ?? 0, e.lat ?? 0] },
        properties: {
          type: 'control',
          id: `${article.file}#${e.start}`,
          article: article.file,
          published: article.published,
          quote: '',
          start: e.start,
          end: e.end,
          trigger: '',
          settlement: e.settlement,
          settlementName: e.settlement,
          precision: 'exact',
          action: e.action,
          actor: e.actor,
          holder: holderAfter(e.action, e.actor),
          claimant: e.claimant,
          denied: e.denied,
          ...(e.part ? { part: true as const } : {}), // a part of the settlement: contested on the map
          asOf: e.asOf,
          asOfBasis: 'gold',
          confidence: 1,
        },
      });
  return out;
}

/** The gold settlement a predicted settlement is, by the text: the gold place under one of its reports' names,
 * unless the gold gives that place a point more than 161 km off (a namesake coloured elsewhere is not the place). */
export function goldSettlementOf(history: readonly ControlEventFeature[], gold: ReadonlyMap<string, GoldArticle>, anywhere = false): string | null {
  for (const e of history) {
    const place = gold.get(e.properties.article)?.places.find((p) => overlaps(p, e.properties));
    if (!place) continue;
    const [lon, lat] = e.geometry.coordinates;
    if (!anywhere && place.lat !== null && place.lon !== null && distanceKm({ lat: place.lat, lon: place.lon }, { lat, lon }) > ACC_KM)
      continue;
    return place.name;
  }
  return null;
}

/** The set's maps compared at each publication date of its articles. */
export function mapStatusFigures(gold: readonly GoldArticle[], predicted: readonly ControlEventFeature[]): MapStatusFigures {
  const goldEvents = goldFeatures(gold);
  const byFile = new Map(gold.map((g) => [g.file, g]));
  const ours = predicted.filter((e) => byFile.has(e.properties.article));
  const dates = [...new Set(gold.map((g) => g.published))].sort();
  let goldN = 0;
  let agreed = 0;
  let predictedN = 0;
  let goldPlaced = 0;
  let agreedPlaced = 0;
  const missed = { other: 0, sideForContested: 0, contestedForSide: 0, readNotColoured: 0, holderUnknown: 0, farOff: 0, notRead: 0 };
  // each predicted report's gold settlement and publication date, for the settlements the map does not colour
  const read = ours.flatMap((e) => {
    const name = goldSettlementOf([e], byFile, true);
    return name === null ? [] : [{ name, published: e.properties.published }];
  });
  const placed = new Set(
    gold.flatMap((a) => (a.events ?? []).filter((e) => a.places.some((p) => overlaps(p, e) && p.lat !== null && (p.precision === 'exact' || p.precision === 'near'))).map((e) => e.settlement)),
  );
  for (const date of dates) {
    const truth = new Map<string, string>();
    for (const s of statusAt(goldEvents, date)) if (s.status !== 'unknown') truth.set(s.settlement, s.status);
    const agreedHere = new Set<string>();
    const shown = new Map<string, string>();
    const unknownHolder = new Set<string>();
    const far = new Set<string>();
    for (const s of statusAt(ours, date)) {
      if (s.status === 'unknown') {
        const name = goldSettlementOf(s.history, byFile, true);
        if (name !== null) unknownHolder.add(name);
        continue;
      }
      predictedN++;
      const name = goldSettlementOf(s.history, byFile);
      const anywhere = name ?? goldSettlementOf(s.history, byFile, true);
      if (name === null && anywhere !== null) far.add(anywhere);
      if (name !== null) shown.set(name, s.status);
      if (name !== null && truth.get(name) === s.status) agreedHere.add(name);
    }
    const readBy = new Set(read.filter((r) => r.published <= date).map((r) => r.name));
    for (const [name, status] of truth) {
      if (agreedHere.has(name)) continue;
      const ourStatus = shown.get(name);
      if (ourStatus !== undefined) {
        missed.other++;
        if (status === 'contested') missed.sideForContested++;
        else if (ourStatus === 'contested') missed.contestedForSide++;
      } else if (readBy.has(name)) {
        missed.readNotColoured++;
        if (unknownHolder.has(name)) missed.holderUnknown++;
        else if (far.has(name)) missed.farOff++;
      } else missed.notRead++;
    }
    goldN += truth.size;
    agreed += agreedHere.size;
    goldPlaced += [...truth.keys()].filter((k) => placed.has(k)).length;
    agreedPlaced += [...agreedHere].filter((k) => placed.has(k)).length;
  }
  return {
    gold: goldN,
    agreed,
    recall: ratio(agreed, goldN),
    goldPlaced,
    agreedPlaced,
    recallPlaced: ratio(agreedPlaced, goldPlaced),
    predicted: predictedN,
    precision: ratio(agreed, predictedN),
    dates: dates.length,
    missed,
  };
}
/** Sums of several sets' figures (recall and precision recomputed from the counts). */
export function sumMapStatus(figures: readonly MapStatusFigures[]): MapStatusFigures {
  const sum = (f: (x: MapStatusFigures) => number): number => figures.reduce((s, x) => s + f(x), 0);
  const gold = sum((x) => x.gold);
  const agreed = sum((x) => x.agreed);
  const predicted = sum((x) => x.predicted);
  const goldPlaced = sum((x) => x.goldPlaced);
  const agreedPlaced = sum((x) => x.agreedPlaced);
  return {
    gold,
    agreed,
    recall: ratio(agreed, gold),
    goldPlaced,
    agreedPlaced,
    recallPlaced: ratio(agreedPlaced, goldPlaced),
    predicted,
    precision: ratio(agreed, predicted),
    dates: sum((x) => x.dates),
    missed: {
      other: sum((x) => x.missed.other),
      sideForContested: sum((x) => x.missed.sideForContested),
      contestedForSide: sum((x) => x.missed.contestedForSide),
      readNotColoured: sum((x) => x.missed.readNotColoured),
      holderUnknown: sum((x) => x.missed.holderUnknown),
      farOff: sum((x) => x.missed.farOff),
      notRead: sum((x) => x.missed.notRead),
    },
  };
}
