// Reads a corpus folder (manifest.json + .txt articles) with every check of src/core/corpus.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpusFiles, CorpusError, parseManifest, validateArticleText } from '../core/corpus.ts';
import type { Article } from '../core/schema.ts';

export function readCorpus(dir: string): Article[] {
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
  return manifest.articles.map((entry) => ({ ...entry, text: validateArticleText(readFileSync(join(dir, entry.file)), join(dir, entry.file)) }));
}
