// The corpus pipeline: geoparse each article, extract its claims, and gather places, claims and the report.
// Pure and deterministic: the same articles and gazetteer give byte-identical output.
import { extractClaims } from './claims/index.ts';
import type { Gazetteer } from './gazetteer/gazetteer.ts';
import { geoparseArticle, type GeoparseOptions, type ParsedMention } from './geoparse/geoparse.ts';
import type { Article, Candidate, ClaimFeature, ClaimsCollection, PlaceFeature, PlacesCollection, Report, ReportIssue } from './schema.ts';

export interface CorpusResult {
  places: PlacesCollection;
  claims: ClaimsCollection;
  report: Report;
}

export const GENERATOR = 'briefmap 0.1.0';
const MAX_CANDIDATES = 5;

interface PlaceAccumulator {
  mentions: { article: string; m: ParsedMention }[];
  candidates: Map<string, Candidate>;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function geoparseCorpus(articles: readonly Article[], gazetteer: Gazetteer, options: Partial<GeoparseOptions> = {}, onProgress?: (done: number, total: number) => void): CorpusResult {
  const places = new Map<string, PlaceAccumulator>();
  const claims: ClaimFeature[] = [];
  const issues: ReportIssue[] = [];
  const perArticle: Report['articles'] = [];

  articles.forEach((article, i) => {
    const parsed = geoparseArticle(article.text, gazetteer, options);
    const articleClaims = extractClaims({ article, parsed, gazetteer });
    claims.push(...articleClaims);
    const placeIds = new Set<string>();
    const count = { resolved: 0, unresolved: 0, lowConfidence: 0, notPlaces: 0 };
    for (const m of parsed.mentions) {
      if (m.status === 'rejected') {
        count.notPlaces++;
        issues.push({ article: article.file, start: m.start, end: m.end, text: m.text, status: 'not-a-place', reason: m.reason, placeId: null });
        continue;
      }
      if (m.status === 'unresolved' || !m.entry || m.entry.lon === null) {
        count.unresolved++;
        issues.push({ article: article.file, start: m.start, end: m.end, text: m.text, status: 'unresolved', reason: m.reason, placeId: m.entry?.id ?? null });
        continue;
      }
      if (m.status === 'low-confidence') {
        count.lowConfidence++;
        issues.push({ article: article.file, start: m.start, end: m.end, text: m.text, status: 'low-confidence', reason: m.reason, placeId: m.entry.id });
      } else count.resolved++;
      placeIds.add(m.entry.id);
      const acc: PlaceAccumulator = places.get(m.entry.id) ?? { mentions: [], candidates: new Map() };
      places.set(m.entry.id, acc);
      acc.mentions.push({ article: article.file, m });
      if (m.scored.length > 1)
        for (const s of m.scored) {
          const e = s.entry;
          if (e.id === m.entry.id || e.lon === null) continue;
          const prev = acc.candidates.get(e.id);
          if (!prev || prev.score < s.score)
            acc.candidates.set(e.id, { id: e.id, name: e.name, kind: e.kind, country: e.country, admin1: e.admin1, source: e.source, lon: e.lon, lat: e.lat, score: s.score });
        }
    }
    perArticle.push({
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
      claims: articleClaims.length,
    });
    onProgress?.(i + 1, articles.length);
  });

  const textOf = new Map(articles.map((a) => [a.file, a.text]));
  const features: PlaceFeature[] = [...places.entries()]
    .sort(([a], [b]) => byString(a, b))
    .map(([id, acc]) => {
      const e = gazetteer.byId(id)!;
      if (e.lon === null) throw new Error(`unreachable: unlocated entry ${id} mapped`);
      return {
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
        properties: {
          id,
          name: e.name,
          kind: e.kind,
          country: e.country,
          admin1: e.admin1,
          confidence: Math.max(...acc.mentions.map(({ m }) => m.confidence)),
          source: e.source,
          variants: [...new Set(acc.mentions.map(({ m }) => m.text))].sort(byString),
          mentionCount: acc.mentions.length,
          articleCount: new Set(acc.mentions.map(({ article }) => article)).size,
          mentions: acc.mentions.map(({ article, m }) => ({
            article,
            start: m.start,
            end: m.end,
            text: m.text,
            sentence: textOf.get(article)!.slice(m.sentence.start, m.sentence.end),
          })),
          candidates: [...acc.candidates.values()].sort((a, b) => b.score - a.score || byString(a.id, b.id)).slice(0, MAX_CANDIDATES),
          ...(e.note ? { note: e.note } : {}),
        },
      };
    });

  const totals = {
    articles: articles.length,
    mentions: perArticle.reduce((n, a) => n + a.mentions, 0),
    places: features.length,
    unresolved: perArticle.reduce((n, a) => n + a.unresolved, 0),
    lowConfidence: perArticle.reduce((n, a) => n + a.lowConfidence, 0),
    claims: claims.length,
  };
  return {
    places: { type: 'FeatureCollection', features },
    claims: { type: 'FeatureCollection', features: claims },
    report: { generator: GENERATOR, articles: perArticle, totals, issues },
  };
}
