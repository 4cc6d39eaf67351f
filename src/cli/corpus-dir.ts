// Reads a corpus folder (manifest.json + .txt articles) with every check of src/core/corpus.ts. The listing is
// checked up front; article texts are read one at a time, so a large corpus never sits in memory at once.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpusFiles, CorpusError, checkArticleSize, parseManifest, validateArticleText } from '../core/corpus.ts';
import type { Article, CorpusAbout, ManifestEntry } from '../core/schema.ts';

export interface CorpusListing {
  dir: string;
  /** The manifest's corpus title and subtitle, if it gives them. */
  about: CorpusAbout;
  entries: ManifestEntry[];
}

/** The validated manifest of a corpus folder; throws a CorpusError naming the file and field. */
export function listCorpus(dir: string): CorpusListing {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) throw new CorpusError(dir, null, 'corpus folder not found');
  const manifestPath = join(dir, 'manifest.json');
  let raw: string;
  try {
    raw = readFileSync(manifestPath, 'utf8');
  } catch {
    throw new CorpusError(manifestPath, null, 'missing: a corpus needs manifest.json listing its articles');
  }
  const manifest = parseManifest(raw, manifestPath);
  const txt = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  checkCorpusFiles(manifest, txt, manifestPath);
  return { dir, about: { title: manifest.title, subtitle: manifest.subtitle }, entries: manifest.articles };
}

/** One listed article with its validated text. */
export function readArticle(dir: string, entry: ManifestEntry): Article {
  const path = join(dir, entry.file);
  let bytes: Buffer;
  try {
    checkArticleSize(statSync(path).size, path); // before reading, so a huge file is refused without loading it
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    throw new CorpusError(path, null, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return { ...entry, text: validateArticleText(bytes, path) };
}

/** The whole corpus in memory: for small corpora and tests. */
export function readCorpus(dir: string): Article[] {
  const { entries } = listCorpus(dir);
  return entries.map((entry) => readArticle(dir, entry));
}
