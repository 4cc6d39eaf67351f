// The corpus model, built incrementally: articles in (one at a time, in order), places/claims/report out. Pure and
// synchronous, so the CLI (in memory), the viewer's upload (on the main thread or in a Web Worker) and the tests all
// build the same corpus with the same code. The CLI's streaming writer feeds the same PlaceTally and TotalsTally.
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { ClaimMerger } from '../claims/merge.ts';
import type {
  Article,
  ClaimsCollection,
  ControlEventFeature,
  CorpusAbout,
  EventsCollection,
  Mention,
  PlaceFeature,
  PlacesCollection,
  Report,
  ReportIssue,
} from '../schema.ts';
import { parseArticle, type ArticleReport, type ArticleResult, type PipelineOptions } from './article.ts';
import { PlaceTally } from './places.ts';
import { TotalsTally } from './totals.ts';

export interface CorpusResult {
  places: PlacesCollection;
  claims: ClaimsCollection;
  events: EventsCollection;
  report: Report;
}

export const GENERATOR = 'briefmap 0.1.0';

export class CorpusBuilder {
  readonly #tally = new PlaceTally();
  readonly #totals = new TotalsTally();
  readonly #mentions = new Map<string, Mention[]>();
  /** Syndicated copies of one statement become one claim with several sources (claims/merge.ts). */
  readonly #claims = new ClaimMerger();
  readonly #events: ControlEventFeature[] = [];
  readonly #issues: ReportIssue[] = [];
  readonly #articles: ArticleReport[] = [];
  readonly #files = new Set<string>();
  /** Adopted places whose mentions were not loaded (the viewer's compact form): they keep only the added ones. */
  readonly #partial = new Set<string>();
  #generator = GENERATOR;

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly options: PipelineOptions = {},
    private about: CorpusAbout = {},
  ) {}

  /**
   * Starts from a corpus already built (e.g. the output the viewer opened), so articles added next merge into it
   * exactly as if they had been geoparsed with it. Only before any article is added.
   */
  adopt(corpus: CorpusResult): this {
    if (this.#articles.length) throw new Error('adopt() must come before the first article');
    this.#generator = corpus.report.generator;
    this.about = { title: corpus.report.title, subtitle: corpus.report.subtitle };
    for (const f of corpus.places.features) {
      this.#tally.adopt(f);
      this.#mentions.set(f.properties.id, [...f.properties.mentions]);
      if (f.properties.mentions.length !== f.properties.mentionCount) this.#partial.add(f.properties.id);
    }
    this.#claims.add(corpus.claims.features);
    this.#events.push(...corpus.events.features);
    this.#issues.push(...corpus.report.issues);
    for (const a of corpus.report.articles) this.#addReport(a);
    return this;
  }

  /** Files already in the corpus: an added article must not reuse one (see uniqueFileName). */
  get files(): ReadonlySet<string> {
    return this.#files;
  }

  /** Geoparses one article and merges it; returns its own result. */
  addArticle(article: Article): ArticleResult {
    const r = parseArticle(article, this.gazetteer, this.options);
    this.add(r);
    return r;
  }

  /** Merges one article's result (from parseArticle, possibly run elsewhere); results must arrive in corpus order. */
  add(r: ArticleResult): void {
    if (this.#files.has(r.report.file)) throw new Error(`article ${r.report.file} is already in the corpus`);
    for (const pm of r.mentions) {
      this.#tally.add(pm);
      const list = this.#mentions.get(pm.placeId);
      if (list) list.push(pm.mention);
      else this.#mentions.set(pm.placeId, [pm.mention]);
    }
    this.#claims.add(r.claims);
    this.#events.push(...r.events);
    this.#issues.push(...r.issues);
    this.#addReport(r.report);
  }

  #addReport(a: ArticleReport): void {
    this.#articles.push(a);
    this.#files.add(a.file);
    this.#totals.add(a);
  }

  /** The corpus so far: places sorted by id, claims and report lines in article order. */
  result(): CorpusResult {
    const features: PlaceFeature[] = this.#tally
      .ids()
      .map((id) =>
        this.#partial.has(id)
          ? this.#tally.featureWithSome(id, this.gazetteer, this.#mentions.get(id)!)
          : this.#tally.feature(id, this.gazetteer, this.#mentions.get(id)!),
      );
    return {
      places: { type: 'FeatureCollection', features },
      claims: { type: 'FeatureCollection', features: this.#claims.features() },
      events: { type: 'FeatureCollection', features: [...this.#events] },
      report: {
        generator: this.#generator,
        ...reportAbout(this.about),
        articles: [...this.#articles],
        totals: this.#totals.totals(features.length),
        issues: [...this.#issues],
      },
    };
  }
}

/** The report's title/subtitle keys, present only when the manifest gives them (so output without them is unchanged). */
export function reportAbout(about: CorpusAbout): CorpusAbout {
  return { ...(about.title ? { title: about.title } : {}), ...(about.subtitle ? { subtitle: about.subtitle } : {}) };
}

/** "a.txt", else "a-2.txt", "a-3.txt"…: the first name not taken. */
export function uniqueFileName(file: string, taken: ReadonlySet<string>): string {
  if (!taken.has(file)) return file;
  let i = 2;
  while (taken.has(file.replace(/\.txt$/, `-${i}.txt`))) i++;
  return file.replace(/\.txt$/, `-${i}.txt`);
}

/** The whole corpus in memory, article by article. */
export function geoparseCorpus(
  articles: readonly Article[],
  gazetteer: Gazetteer,
  options: PipelineOptions = {},
  onProgress?: (done: number, total: number) => void,
  about: CorpusAbout = {},
): CorpusResult {
  const builder = new CorpusBuilder(gazetteer, options, about);
  articles.forEach((a, i) => {
    builder.addArticle(a);
    onProgress?.(i + 1, articles.length);
  });
  return builder.result();
}

/**
 * Articles added to a corpus already built (the viewer's upload): files that clash with one already in the corpus
 * are renamed (a dropped "001.txt" is not the seed "001.txt"), then each is merged with the same code as the CLI.
 */
export function addArticles(
  current: CorpusResult,
  articles: readonly Article[],
  gazetteer: Gazetteer,
  options: PipelineOptions = {},
  onProgress?: (done: number, total: number) => void,
): CorpusResult {
  const builder = new CorpusBuilder(gazetteer, options).adopt(current);
  articles.forEach((a, i) => {
    builder.addArticle({ ...a, file: uniqueFileName(a.file, builder.files) });
    onProgress?.(i + 1, articles.length);
  });
  return builder.result();
}
