// Reads a corpus folder (manifest.json + .txt articles) with every check of src/core/corpus.ts. The listing is
// checked up front; article texts are read one at a time, so a large corpus never sits in memory at once. Files are
// read through safe-read.ts: regular files inside the folder only, bounded by the bytes actually read.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkCorpusFiles,
  CorpusError,
  decodeManifest,
  MAX_ARTICLE_BYTES,
  MAX_MANIFEST_BYTES,
  parseManifest,
  validateArticleText,
  type ManifestOptions,
} from '../core/corpus.ts';
import { isoDate, type Article, type CorpusAbout, type ManifestEntry } from '../core/schema.ts';
import { inspectCorpusFile, readCorpusFile, realFolder, type BoundedReadOptions } from './safe-read.ts';
import { UserError } from './user-error.ts';

/** The run's date the CLI checks publication dates against: BRIEFMAP_TODAY (YYYY-MM-DD) when set, to repeat a run
 * exactly on another day or on a machine whose clock is wrong; else undefined, and the core's clock (runDate) reads the
 * system's. */
export function todayFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.BRIEFMAP_TODAY;
  if (raw === undefined || raw === '') return undefined;
  const r = isoDate.safeParse(raw);
  if (!r.success) throw new UserError(`BRIEFMAP_TODAY: ${JSON.stringify(raw.slice(0, 40))} is not a date: give YYYY-MM-DD or unset it`);
  return r.data;
}

export interface CorpusListing {
  dir: string;
  /** The folder's real path: every file read must lie inside it. */
  realDir: string;
  /** The manifest's corpus title and subtitle, if it gives them. */
  about: CorpusAbout;
  entries: ManifestEntry[];
}

/** The validated manifest of a corpus folder; throws a CorpusError naming the file and field. */
export function listCorpus(dir: string, options: ManifestOptions = {}): CorpusListing {
  let isDir: boolean | null = null;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    /* reported below */
  }
  if (isDir === null) throw new CorpusError(dir, null, 'corpus folder not found');
  if (!isDir) throw new CorpusError(dir, null, 'not a folder: give the corpus folder that holds manifest.json');
  const realDir = realFolder(dir);
  const manifestPath = join(dir, 'manifest.json');
  let bytes: Buffer;
  try {
    bytes = readCorpusFile(dir, realDir, 'manifest.json', {
      maxBytes: MAX_MANIFEST_BYTES,
      tooLarge: (n, file, exact) =>
        new CorpusError(
          file,
          null,
          `${exact ? `${(n / 1048576).toFixed(1)} MB` : `more than ${MAX_MANIFEST_BYTES / 1048576} MB`} is too large for a manifest (limit ${MAX_MANIFEST_BYTES / 1048576} MB)`,
        ),
    });
  } catch (err) {
    if (err instanceof CorpusError && err.detail.includes('(ENOENT)'))
      throw new CorpusError(manifestPath, null, 'missing: a corpus needs manifest.json listing its articles');
    throw err;
  }
  const today = options.today ?? todayFromEnv();
  const manifest = parseManifest(decodeManifest(bytes, manifestPath), manifestPath, today ? { today } : {});
  const txt = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  checkCorpusFiles(manifest, txt, manifestPath, dir);
  // Every article's kind, place and size up front: a link out of the folder or a 50 MB file is refused in a moment,
  // not after the gazetteer has loaded or hours into a large corpus.
  for (const entry of manifest.articles) inspectCorpusFile(dir, realDir, entry.file, ARTICLE_LIMIT);
  return { dir, realDir, about: { title: manifest.title, subtitle: manifest.subtitle }, entries: manifest.articles };
}

const ARTICLE_LIMIT: BoundedReadOptions = {
  maxBytes: MAX_ARTICLE_BYTES,
  tooLarge: (n, file, exact) =>
    new CorpusError(
      file,
      null,
      `${exact ? `${(n / 1048576).toFixed(1)} MB` : `more than ${MAX_ARTICLE_BYTES / 1048576} MB`} is too large for an article (limit ${MAX_ARTICLE_BYTES / 1048576} MB): split it into articles`,
    ),
};

/** One listed article with its validated text. */
export function readArticle(listing: Pick<CorpusListing, 'dir' | 'realDir'>, entry: ManifestEntry): Article {
  const bytes = readCorpusFile(listing.dir, listing.realDir, entry.file, ARTICLE_LIMIT);
  return { ...entry, text: validateArticleText(bytes, join(listing.dir, entry.file)) };
}

/** The whole corpus in memory: for small corpora and tests. */
export function readCorpus(dir: string, options: ManifestOptions = {}): Article[] {
  const listing = listCorpus(dir, options);
  return listing.entries.map((entry) => readArticle(listing, entry));
}
