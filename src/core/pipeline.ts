// The corpus pipeline: every article through parseArticle, merged in article order by the corpus builder. The CLI
// streams the same per-article results through the same tallies (src/cli/geocode/), so both give byte-identical
// output. Pure and deterministic: the same articles and gazetteer give byte-identical output.
export { parseArticle, type ArticleResult, type PlaceMention } from './pipeline/article.ts';
export {
  addArticles,
  CorpusBuilder,
  GENERATOR,
  geoparseCorpus,
  reportAbout,
  uniqueFileName,
  type CorpusResult,
} from './pipeline/builder.ts';
