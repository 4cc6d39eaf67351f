// Deterministic benchmark corpus: articles of 3–7 kB recombined from the seed articles' sentences, with theatre places
// (and their spelling variants), figures and dates substituted, so the text keeps the seeds' news prose and claims.
// Same arguments → byte-identical output (seeded PRNG, no clock, no locale).
//
//   node --import tsx bench/generate-corpus.ts --articles 10000 --out bench/generated/corpus-10000 [--seed 1]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus } from '../src/cli/corpus-dir.ts';
import type { Manifest, ManifestEntry } from '../src/core/schema.ts';
import { articleUrl, EXTRA_TITLES, monthsUpTo, OUTLETS, publishedDate } from './generate/metadata.ts';
import { createRng, type Rng } from './generate/prng.ts';
import { createArticleRenderer, groupForSubstitution } from './generate/render.ts';
import { createTemplater, type Template, type TheatrePlace } from './generate/templates.ts';

/** Bump when the output for given arguments changes, so cached corpora in bench/generated/ are regenerated. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 1;
export const MIN_BYTES = 3200;
export const MAX_BYTES = 7000;

export interface GenerateOptions {
  articles: number;
  seed?: number;
}

export interface GeneratedCorpus {
  manifest: Manifest;
  files: { file: string; text: string }[];
}

const root = join(import.meta.dirname, '..');

interface Sources {
  byId: Map<string, TheatrePlace>;
  groups: Map<string, TheatrePlace[]>;
  runs: Template[][]; // each seed's usable sentences, in order, so consecutive ones make a paragraph
  titles: Template[];
}

let sources: Sources | undefined;
function loadSources(): Sources {
  if (sources) return sources;
  const places = (JSON.parse(readFileSync(join(root, 'data', 'gazetteer', 'theatre.json'), 'utf8')) as { entries: TheatrePlace[] }).entries;
  const templater = createTemplater(places);
  const seeds = readCorpus(join(root, 'seeds'));
  sources = {
    byId: new Map(places.map((p) => [p.id, p])),
    groups: groupForSubstitution(places),
    runs: seeds.map((a) => templater.seedTemplates(a.text, a.title)),
    titles: [...seeds.map((a) => a.title), ...EXTRA_TITLES].map(templater.toTemplate),
  };
  return sources;
}

/** Sentences are added in runs of one to four consecutive seed sentences until the article reaches its drawn size. */
function articleBody(render: (t: Template) => string, runs: readonly Template[][], rng: Rng, target: number): string {
  const used = new Set<Template>();
  const paragraphs: string[] = [];
  let bytes = 0;
  // Give up after a streak of draws that do not fit: the article is then within a short sentence of its target.
  for (let misses = 0; misses < 20 && bytes < target - 150;) {
    const run = rng.pick(runs);
    const first = rng.int(0, run.length - 1);
    const length = rng.int(1, 4);
    const sentences: string[] = [];
    for (let k = first; k < first + length && k < run.length; k++) {
      const t = run[k]!;
      if (used.has(t) || (t.subhead && (k > first || paragraphs.length === 0))) break;
      const s = render(t);
      const b = Buffer.byteLength(s) + 1; // plus the space or line break after it
      if (bytes + b > target) break;
      sentences.push(s);
      used.add(t);
      bytes += b;
      if (t.subhead) break; // a crosshead is a paragraph of its own
    }
    if (sentences.length > 0) {
      paragraphs.push(sentences.join(' '));
      misses = 0;
    } else misses++;
  }
  return `${paragraphs.join('\n')}\n`;
}

export function generateCorpus({ articles, seed = DEFAULT_SEED }: GenerateOptions): GeneratedCorpus {
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`articles must be a positive integer, got ${articles}`);
  const { byId, groups, runs, titles } = loadSources();
  const rng = createRng(seed);
  const width = Math.max(5, String(articles - 1).length);
  const entries: ManifestEntry[] = [];
  const files: GeneratedCorpus['files'] = [];
  for (let i = 0; i < articles; i++) {
    const published = publishedDate(rng);
    const { render } = createArticleRenderer(rng, byId, groups, monthsUpTo(published), Number(published.slice(8)));
    const title = render(rng.pick(titles)); // first, so the headline and the body name the same places
    const outlet = rng.pick(OUTLETS);
    const file = `${String(i).padStart(width, '0')}_${rng.hex16()}.txt`;
    const url = rng.chance(0.8) ? articleUrl(outlet, published, title, i) : undefined;
    entries.push({ file, title, outlet, ...(url ? { url } : {}), published });
    files.push({ file, text: articleBody(render, runs, rng, rng.int(MIN_BYTES, MAX_BYTES)) });
  }
  return { manifest: { articles: entries }, files };
}

const STAMP = 'generated.json';
const stampOf = (o: GenerateOptions): string =>
  `${JSON.stringify({ generator: 'bench/generate-corpus.ts', version: GENERATOR_VERSION, articles: o.articles, seed: o.seed ?? DEFAULT_SEED })}\n`;

/** True when `dir` holds a complete corpus this generator wrote with these options. */
export function isGenerated(dir: string, o: GenerateOptions): boolean {
  try {
    return readFileSync(join(dir, STAMP), 'utf8') === stampOf(o);
  } catch {
    return false;
  }
}

/** Writes manifest.json and the articles to `dir`, replacing an earlier generated corpus there. The stamp file is
 * written last, so an interrupted write is never mistaken for a complete corpus. */
export function writeCorpus(dir: string, corpus: GeneratedCorpus, o: GenerateOptions): void {
  if (existsSync(dir)) {
    const present = readdirSync(dir);
    if (present.length > 0 && !present.includes(STAMP))
      throw new Error(`${dir}: not empty and not a generated corpus; refusing to overwrite`);
    rmSync(join(dir, STAMP), { force: true });
    // Files of the new corpus are overwritten in place; only stale articles are removed (unlinking is the slow part).
    const keep = new Set(corpus.files.map((f) => f.file));
    for (const f of present) if (f.endsWith('.txt') && !keep.has(f)) rmSync(join(dir, f));
  }
  mkdirSync(dir, { recursive: true });
  for (const { file, text } of corpus.files) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(corpus.manifest, null, 2)}\n`);
  writeFileSync(join(dir, STAMP), stampOf(o));
}

/** Generates into `dir` unless it already holds this corpus; returns whether it wrote. */
export function ensureCorpus(dir: string, o: GenerateOptions): boolean {
  if (isGenerated(dir, o)) return false;
  writeCorpus(dir, generateCorpus(o), o);
  return true;
}

function main(): void {
  const { values } = parseArgs({ options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const articles = Number(values.articles ?? 10_000);
  const seed = Number(values.seed ?? DEFAULT_SEED);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles: expected a positive integer, got ${values.articles}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`--seed: expected an integer 0..4294967295, got ${values.seed}`);
  const out = values.out ?? join('bench', 'generated', `corpus-${articles}`);
  const t0 = performance.now();
  const corpus = generateCorpus({ articles, seed });
  writeCorpus(out, corpus, { articles, seed });
  const mb = corpus.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;
  process.stderr.write(`wrote ${articles} articles (${mb.toFixed(1)} MB) to ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
