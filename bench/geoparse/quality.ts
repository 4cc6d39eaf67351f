// Side by side: what briefmap and the naive baseline find in the same articles. There is no hand-annotated gold
// standard, so each naive hit is classed by what briefmap read at the same span (briefmap's reading of the seeds is
// pinned by tests/core/seeds.test.ts); the classes say where the two disagree, not who is right every time.
import { distanceKm } from '../../src/core/geo.ts';
import type { CorpusResult } from '../../src/core/pipeline.ts';
import type { Article, PlaceKind } from '../../src/core/schema.ts';
import type { NaiveMention } from '../baselines/naive.ts';

/** Same place: within this distance of briefmap's point. */
const SAME_PLACE_KM = 25;
/** A region's name read by naive as its capital ("Kursk" of "Kursk region"): within this distance of the region's point. */
const REGION_CAPITAL_KM = 150;
const EXAMPLES = 8;

type Reading = { start: number; end: number } & (
  { status: 'mapped'; lon: number; lat: number; kind: PlaceKind; name: string } | { status: 'not-a-place' | 'unresolved' }
);

export interface NaiveHitClasses {
  /** briefmap maps the span to the same place. */
  agree: number;
  /** briefmap maps the span to another place (naive's "China" is a town in Mexico). */
  otherPlace: number;
  /** briefmap reads the span as a person, organisation, unit or common word ("Bradley", "Kim"). */
  notAPlace: number;
  /** briefmap identifies the name but cannot map it ("Vorozhba", the village without a sourced coordinate). */
  unresolved: number;
  /** briefmap does not take the span for a place name at all ("August", "Research"). */
  notSpotted: number;
}

export interface QualitySummary {
  briefmap: { mappedMentions: number; places: number; notPlaces: number; unresolved: number };
  naive: { hits: number; places: number };
  naiveHits: NaiveHitClasses;
  /** Mapped briefmap mentions that no naive hit overlaps, by the kind of place: a city list has no countries or
   * regions, and its exact names miss variant spellings and inflected forms of settlements. */
  missedByNaive: { countries: number; regions: number; settlements: number };
  /** The most frequent texts of each class, "text ×count", most frequent first; missed settlements only. */
  examples: Record<keyof NaiveHitClasses | 'missedSettlements', string[]>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function readingsByArticle(result: CorpusResult): Map<string, Reading[]> {
  const by = new Map<string, Reading[]>();
  const add = (article: string, r: Reading): void => {
    const list = by.get(article);
    if (list) list.push(r);
    else by.set(article, [r]);
  };
  for (const f of result.places.features) {
    const [lon, lat] = f.geometry.coordinates;
    for (const m of f.properties.mentions)
      add(m.article, { start: m.start, end: m.end, status: 'mapped', lon, lat, kind: f.properties.kind, name: f.properties.name });
  }
  for (const i of result.report.issues) if (i.status !== 'low-confidence') add(i.article, { start: i.start, end: i.end, status: i.status });
  return by;
}

function classify(hit: NaiveMention, readings: readonly Reading[]): keyof NaiveHitClasses {
  const at = readings.filter((r) => overlaps(r, hit));
  const mapped = at.find((r) => r.status === 'mapped');
  if (mapped?.status === 'mapped') {
    const [lon, lat] = hit.city.loc.coordinates;
    const km = distanceKm({ lon, lat }, mapped);
    return km <= SAME_PLACE_KM || (mapped.kind === 'region' && km <= REGION_CAPITAL_KM) ? 'agree' : 'otherPlace';
  }
  if (at.some((r) => r.status === 'not-a-place')) return 'notAPlace';
  if (at.some((r) => r.status === 'unresolved')) return 'unresolved';
  return 'notSpotted';
}

class Tally {
  private counts = new Map<string, number>();
  add(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  top(n: number): string[] {
    return [...this.counts]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, n)
      .map(([k, c]) => `${k} ×${c.toLocaleString('en-US')}`);
  }
}

export function compareWithNaive(articles: readonly Article[], result: CorpusResult, naive: readonly NaiveMention[][]): QualitySummary {
  const readings = readingsByArticle(result);
  const classes: NaiveHitClasses = { agree: 0, otherPlace: 0, notAPlace: 0, unresolved: 0, notSpotted: 0 };
  const tallies = {
    agree: new Tally(),
    otherPlace: new Tally(),
    notAPlace: new Tally(),
    unresolved: new Tally(),
    notSpotted: new Tally(),
    missedSettlements: new Tally(),
  };
  const naivePlaces = new Set<number>();
  let hits = 0;
  const missedByNaive = { countries: 0, regions: 0, settlements: 0 };
  articles.forEach((a, i) => {
    const here = readings.get(a.file) ?? [];
    const found = naive[i] ?? [];
    for (const hit of found) {
      const c = classify(hit, here);
      classes[c]++;
      tallies[c].add(c === 'agree' || c === 'notSpotted' ? hit.text : `${hit.text} (naive: ${hit.city.name}, ${hit.city.country})`);
      naivePlaces.add(hit.city.cityId);
    }
    hits += found.length;
    for (const r of here)
      if (r.status === 'mapped' && !found.some((h) => overlaps(h, r))) {
        if (r.kind === 'country') missedByNaive.countries++;
        else if (r.kind === 'region') missedByNaive.regions++;
        else {
          missedByNaive.settlements++;
          tallies.missedSettlements.add(`${a.text.slice(r.start, r.end)}${a.text.slice(r.start, r.end) === r.name ? '' : ` (${r.name})`}`);
        }
      }
  });
  const issues = result.report.issues;
  return {
    briefmap: {
      mappedMentions: result.places.features.reduce((n, f) => n + f.properties.mentionCount, 0),
      places: result.places.features.length,
      notPlaces: issues.filter((i) => i.status === 'not-a-place').length,
      unresolved: issues.filter((i) => i.status === 'unresolved').length,
    },
    naive: { hits, places: naivePlaces.size },
    naiveHits: classes,
    missedByNaive,
    examples: {
      agree: tallies.agree.top(EXAMPLES),
      otherPlace: tallies.otherPlace.top(EXAMPLES),
      notAPlace: tallies.notAPlace.top(EXAMPLES),
      unresolved: tallies.unresolved.top(EXAMPLES),
      notSpotted: tallies.notSpotted.top(EXAMPLES),
      missedSettlements: tallies.missedSettlements.top(EXAMPLES),
    },
  };
}
