// The corpus pipeline in memory: every article through parseArticle, merged in article order. The CLI streams
// the same per-article results through the same tallies (src/cli/geocode/), so both give byte-identical output.
// Pure and deterministic: the same articles and gazetteer give byte-identical output.
import { ClaimMerger } from './claims/merge.ts';
import type { Gazetteer } from './gazetteer/gazetteer.ts';
import type { GeoparseOptions } from './geoparse/geoparse.ts';
import { parseArticle } from './pipeline/article.ts';
import { PlaceTally } from './pipeline/places.ts';
import { TotalsTally } from './pipeline/totals.ts';
import type { Article, ClaimsCollection, Mention, PlacesCollection, Report, ReportIssue } from './schema.ts';

export { parseArticle, type ArticleResult, type PlaceMention } from './pipeline/article.ts';

export interface CorpusResult {
  places: PlacesCollection;
  claims: ClaimsCollection;
  report: Report;
}

export const GENERATOR = 'briefmap 0.1.0';

export function geoparseCorpus(articles: readonly Article[], gazetteer: Gazetteer, options: Partial<GeoparseOptions> = {}, onProgress?: (done: number, total: number) => void): CorpusResult {
  const tally = new PlaceTally();
  const totals = new TotalsTally();
  const mentionsOf = new Map<string, Mention[]>();
  const claims = new ClaimMerger(); // syndicated copies of one statement become one claim with several sources
  const issues: ReportIssue[] = [];
  const perArticle: Report['articles'] = [];

  articles.forEach((article, i) => {
    const r = parseArticle(article, gazetteer, options);
    for (const pm of r.mentions) {
      tally.add(pm);
      const list = mentionsOf.get(pm.placeId);
      if (list) list.push(pm.mention);
      else mentionsOf.set(pm.placeId, [pm.mention]);
    }
    claims.add(r.claims);
    issues.push(...r.issues);
    perArticle.push(r.report);
    totals.add(r.report);
    onProgress?.(i + 1, articles.length);
  });

  const features = tally.ids().map((id) => tally.feature(id, gazetteer, mentionsOf.get(id)!));
  return {
    places: { type: 'FeatureCollection', features },
    claims: { type: 'FeatureCollection', features: claims.features() },
    report: { generator: GENERATOR, articles: perArticle, totals: totals.totals(features.length), issues },
  };
}
