// The pure core: no DOM, no Node APIs. Shared by the CLI, the tests and the viewer.
export { addArticles, CorpusBuilder, geoparseCorpus, GENERATOR, type CorpusResult } from './pipeline.ts';
export { createGazetteer, type Gazetteer, type GazetteerData } from './gazetteer/gazetteer.ts';
export {
  loadGazetteer,
  loadGazetteerSync,
  parseGazetteerData,
  LAYER_NAMES,
  IMPORTED_DIR,
  type LoadOptions,
  type ReadLayer,
} from './gazetteer/layers.ts';
export {
  geoparseArticle,
  defaultGeoparseOptions,
  type GeoparseOptions,
  type ParsedArticle,
  type ParsedMention,
} from './geoparse/geoparse.ts';
export { extractClaims } from './claims/index.ts';
export { timePhrases } from './claims/dates.ts';
export { parseManifest, validateArticleText, CorpusError } from './corpus.ts';
export * from './schema.ts';
