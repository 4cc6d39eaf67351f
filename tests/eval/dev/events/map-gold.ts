// The events dev gold (span-only: settlement text, action, actor, denied, part) as the held-out gold articles that
// mapStatusFigures reads. The dev gold lacks a settlement identity and point, a claimant, the period described and the
// publication date; what honestly exists stands in for them, the same for every file:
// - identity and point: the place the pipeline's geoparser located at the event's span (its feature id, name and
//   point, `placed` when that point is exact or near); a span it did not locate is its own settlement, named by its
//   text, with no point (never coloured by the pipeline, so a gold status the map misses);
// - claimant and period (asOf): those of the pipeline's event on the same span when it read one, else no claimant
//   and the publication date (with `publishedAsOf`, always the publication date);
// - publication date: the manifest's.
// Every place the pipeline located in a dev article becomes a gold place, so that a pipeline report anywhere on a
// settlement finds the gold settlement of that name (the held-out gold lists every place mention the same way).
import type { Article, ControlEventFeature, PlaceFeature } from '../../../../src/core/schema.ts';
import type { GoldArticle, GoldEvent, GoldPlace } from '../../score/gold.ts';
import { overlaps } from '../../score/gold.ts';

/** The span-only events dev gold file. */
export interface DevEventsGold {
  file: string;
  language: 'en' | 'uk' | 'ru';
  /** `part`: only part of the settlement taken, held, entered or left, the action as the clause frames it (contested
   * on the map); absent for the whole settlement. */
  events: { start: number; end: number; text: string; action: string; actor: GoldEvent['actor'] | null; denied: boolean; part?: boolean }[];
  skipped: { start: number; end: number; text: string }[];
}

export interface AdaptOptions {
  /** Date every gold report at its article's publication, not at the period the pipeline read on its span. */
  publishedAsOf?: boolean;
}

const settlementKey = (f: PlaceFeature): string => `${f.properties.name} [${f.properties.id}]`;

function pipelinePlace(f: PlaceFeature, m: { start: number; end: number; text: string }): GoldPlace {
  const [lon, lat] = f.geometry.coordinates;
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    name: settlementKey(f),
    kind: f.properties.kind,
    country: f.properties.country,
    admin1: f.properties.admin1,
    lat,
    lon,
    coordSource: null,
    precision: f.properties.precision,
  };
}

/** One dev gold file as a held-out gold article (see the header for what stands in for the missing fields). */
export function adaptDevGold(
  gold: DevEventsGold,
  article: Article,
  places: readonly PlaceFeature[],
  events: readonly ControlEventFeature[],
  options: AdaptOptions = {},
): GoldArticle {
  const located = places.flatMap((f) => f.properties.mentions.filter((m) => m.article === gold.file).map((m) => pipelinePlace(f, m)));
  const ours = events.filter((e) => e.properties.article === gold.file);
  const unlocated: GoldPlace[] = [];
  const goldEvents = gold.events.flatMap((g) => {
    if (g.actor === null) return []; // the held-out gold always names a side; no dev event lacks one so far
    let place = located.find((p) => overlaps(p, g));
    if (!place) {
      place = {
        start: g.start,
        end: g.end,
        text: g.text,
        name: `${g.text} [not located]`,
        kind: 'village',
        country: 'UA',
        admin1: null,
        lat: null,
        lon: null,
        coordSource: null,
        precision: 'exact',
        coordNote: 'the pipeline located no place at this span',
      };
      unlocated.push(place);
    }
    const read = ours.find((e) => overlaps(e.properties, g))?.properties;
    const asOf = read && !options.publishedAsOf ? read.asOf : { start: article.published, end: article.published };
    return [
      {
        start: g.start,
        end: g.end,
        text: g.text,
        settlement: place.name,
        lat: place.lat,
        lon: place.lon,
        coordSource: null,
        action: g.action as GoldEvent['action'],
        actor: g.actor,
        claimant: read?.claimant ?? null,
        denied: g.denied,
        ...(g.part ? { part: true } : {}),
        asOf,
      },
    ];
  });
  return {
    file: gold.file,
    language: gold.language,
    url: article.url ?? 'https://example.invalid/',
    published: article.published,
    notes: '',
    places: [...located, ...unlocated],
    traps: [],
    skipped: gold.skipped.map((s) => ({ ...s, why: 'dev gold' })),
    claims: [],
    events: goldEvents,
  };
}
