// One article through the pipeline: geoparse it, extract its claims, and reduce both to plain data (mentions of
// mapped places, report issues, claims, the report line). Plain data so it can cross a worker boundary
// (structured clone) and be merged in article order by a corpus builder, in memory or streamed.
import { extractClaims } from '../claims/index.ts';
import { placeIdOf } from '../geoparse/place-id.ts';
import { extractControlEvents, type EventOptions } from '../events/extract.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { geoparseArticle, type GeoparseOptions } from '../geoparse/geoparse.ts';
import { contextWindow } from '../text/context.ts';
import {
  type Article,
  type Candidate,
  type ClaimFeature,
  type ControlEventFeature,
  type Mention,
  type Report,
  type ReportIssue,
} from '../schema.ts';

export type ArticleReport = Report['articles'][number];

/** A mention of a place that goes on the map, with what the place feature needs from it. */
export interface PlaceMention {
  placeId: string;
  confidence: number;
  mention: Mention;
  /** Other located readings the disambiguator scored, best score per id; empty when the name was unambiguous. */
  candidates: Candidate[];
}

export interface ArticleResult {
  report: ArticleReport;
  issues: ReportIssue[];
  claims: ClaimFeature[];
  /** Settlement control events, in text order. */
  events: ControlEventFeature[];
  /** In text order. */
  mentions: PlaceMention[];
}

/** The geoparser's options, and the event reader's under `events` (measuring switches such as the clause reading alone). */
export type PipelineOptions = Partial<GeoparseOptions> & { events?: Partial<EventOptions> };

export function parseArticle(article: Article, gazetteer: Gazetteer, options: PipelineOptions = {}): ArticleResult {
  const { events: eventOptions, ...geoparseOptions } = options;
  const parsed = geoparseArticle(article.text, gazetteer, geoparseOptions);
  const context = { article, parsed, gazetteer }; // one context: claims and events share its per-sentence work
  const claims = extractClaims(context);
  const events = extractControlEvents(context, eventOptions);
  const issues: ReportIssue[] = [];
  const mentions: PlaceMention[] = [];
  const placeIds = new Set<string>();
  const count = { resolved: 0, unresolved: 0, lowConfidence: 0, notPlaces: 0 };
  const issue = (
    m: { start: number; end: number; text: string; reason: string },
    status: ReportIssue['status'],
    placeId: string | null,
  ): void => {
    issues.push({ article: article.file, start: m.start, end: m.end, text: m.text, status, reason: m.reason, placeId });
  };

  for (const m of parsed.mentions) {
    if (m.status === 'rejected') {
      count.notPlaces++;
      issue(m, 'not-a-place', null);
      continue;
    }
    if (m.status === 'unresolved' || !m.entry || m.entry.lon === null) {
      count.unresolved++;
      issue(m, 'unresolved', m.entry?.id ?? null);
      continue;
    }
    // A settlement no layer knows that the text puts near a known one (approximate.ts) is its own feature at that
    // one's point, with precision `near`; "in the Y district"/"Y region" mentions are the district's or region's own.
    // A village known with its district alone is its own feature (its own entry, at its container's point).
    const placeId = placeIdOf({ ...m, entry: m.entry });
    if (m.status === 'low-confidence') {
      count.lowConfidence++;
      issue(m, 'low-confidence', placeId);
    } else count.resolved++;
    placeIds.add(placeId);
    const candidates: Candidate[] = [];
    if (m.scored.length > 1)
      for (const { entry: e, score } of m.scored) {
        if (e.id === m.entry.id || e.lon === null) continue;
        const prev = candidates.findIndex((c) => c.id === e.id);
        const candidate: Candidate = {
          id: e.id,
          name: e.name,
          kind: e.kind,
          country: e.country,
          admin1: e.admin1,
          source: e.source,
          lon: e.lon,
          lat: e.lat,
          score,
        };
        if (prev < 0) candidates.push(candidate);
        else if (candidates[prev]!.score < score) candidates[prev] = candidate;
      }
    mentions.push({
      placeId,
      confidence: m.confidence,
      mention: {
        article: article.file,
        start: m.start,
        end: m.end,
        text: m.text,
        ...contextWindow(article.text, m.start, m.end, { within: m.sentence }),
      },
      candidates,
    });
  }

  const report: ArticleReport = {
    file: article.file,
    title: article.title,
    outlet: article.outlet,
    ...(article.url ? { url: article.url } : {}),
    published: article.published,
    characters: article.text.length,
    mentions: parsed.mentions.length - count.notPlaces,
    resolved: count.resolved,
    unresolved: count.unresolved,
    lowConfidence: count.lowConfidence,
    notPlaces: count.notPlaces,
    places: placeIds.size,
    claims: claims.length,
    events: events.length,
  };
  return { report, issues, claims, events, mentions };
}
