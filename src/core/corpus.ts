// Validation of a corpus: manifest.json and the article files it lists. Pure (bytes and names in, errors out) so the
// CLI and the viewer's upload give the same messages, each naming the file and the field.
import { manifestSchema, type Manifest } from './schema.ts';
import { issuePath } from './validation-message.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    readonly detail: string,
  ) {
    super(`${file}${field ? ` (${field})` : ''}: ${detail}`);
    this.name = 'CorpusError';
  }
}

/** Far above any real manifest (100,000 articles take about 20 MB); a bigger file is refused unread. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** Manifest bytes → text: valid UTF-8 only (a title must not silently become U+FFFD), BOM dropped. */
export function decodeManifest(bytes: Uint8Array, file = 'manifest.json'): string {
  if (bytes.length > MAX_MANIFEST_BYTES)
    throw new CorpusError(
      file,
      null,
      `${(bytes.length / 1048576).toFixed(1)} MB is too large for a manifest (limit ${MAX_MANIFEST_BYTES / 1048576} MB)`,
    );
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    throw new CorpusError(file, null, 'not valid UTF-8 text');
  }
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

export interface ManifestOptions {
  /** YYYY-MM-DD; publication dates may be at most a year after it. Default: the current UTC date. Injected by tests. */
  today?: string;
}

/** The earliest publication date accepted: older dates are typos (`0024-…`), not war reporting. */
export const EARLIEST_PUBLISHED = '1900-01-01';

/** The latest publication date accepted: a year after `today` (clock skew and embargoed copy, not typos). */
export function latestPublished(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

export function parseManifest(raw: string, file = 'manifest.json', options: ManifestOptions = {}): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  } catch (err) {
    throw new CorpusError(file, null, `not valid JSON (${(err as Error).message})`);
  }
  const r = manifestSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new CorpusError(file, issuePath(issue.path) || null, issue.message);
  }
  const latest = latestPublished(options.today ?? new Date().toISOString().slice(0, 10));
  const seen = new Map<string, number>();
  r.data.articles.forEach((a, i) => {
    const first = seen.get(a.file);
    if (first !== undefined) throw new CorpusError(file, `articles[${i}].file`, `"${a.file}" is listed twice (also articles[${first}])`);
    seen.set(a.file, i);
    if (a.published < EARLIEST_PUBLISHED || a.published > latest)
      throw new CorpusError(
        file,
        `articles[${i}].published`,
        `${a.published} is outside the plausible range ${EARLIEST_PUBLISHED} … ${latest}`,
      );
  });
  return r.data;
}

/** Every listed file must exist and every .txt file must be listed. */
export function checkCorpusFiles(manifest: Manifest, txtFiles: readonly string[], manifestFile = 'manifest.json'): void {
  const present = new Set(txtFiles);
  manifest.articles.forEach((a, i) => {
    if (!present.has(a.file))
      throw new CorpusError(manifestFile, `articles[${i}].file`, `"${a.file}" is listed but there is no such file in the corpus folder`);
  });
  const listed = new Set(manifest.articles.map((a) => a.file));
  for (const f of [...txtFiles].sort()) if (!listed.has(f)) throw new CorpusError(f, null, `article file is not listed in ${manifestFile}`);
}

/** Far above any news article (a long one is ~50 kB); a bigger file is a mistake or a dump, not an article. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

/** Refuses an article by its size alone, before reading it. */
export function checkArticleSize(byteLength: number, file: string): void {
  if (byteLength > MAX_ARTICLE_BYTES)
    throw new CorpusError(
      file,
      null,
      `${(byteLength / 1048576).toFixed(1)} MB is too large for an article (limit ${MAX_ARTICLE_BYTES / 1048576} MB): split it into articles`,
    );
}

/**
 * Article bytes → text: UTF-8 only, not empty, not binary, within the size limit. A BOM is dropped so offsets match
 * what editors show. The one check of article bytes: the CLI and the viewer's upload both call it.
 */
export function validateArticleText(bytes: Uint8Array, file: string): string {
  checkArticleSize(bytes.length, file);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new CorpusError(file, null, 'not valid UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) throw new CorpusError(file, null, 'contains NUL bytes: a binary file, not an article');
  if (text.trim().length === 0) throw new CorpusError(file, null, 'the article is empty');
  return text;
}
