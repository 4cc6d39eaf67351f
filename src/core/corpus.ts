// Validation of a corpus: manifest.json and the article files it lists. Pure (bytes and names in, errors out) so the
// CLI and the viewer's upload give the same messages, each naming the file and the field.
import { manifestSchema, type Manifest } from './schema.ts';
import { firstDuplicateKey } from './json-duplicate-key.ts';
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
    throw new CorpusError(file, null, notUtf8(bytes));
  }
  if (raw.includes('\u0000')) throw new CorpusError(file, null, `contains NUL bytes${utf16Hint(bytes) || ': not a JSON text'}`);
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

/** Byte-order marks of the encodings an editor may save instead of UTF-8 (UTF-32 first: its LE mark starts FF FE). */
const FOREIGN_BOMS: readonly [string, readonly number[]][] = [
  ['UTF-32LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16LE', [0xff, 0xfe]],
  ['UTF-16BE', [0xfe, 0xff]],
];

/** The encoding a byte-order mark names, or null. */
function foreignBom(bytes: Uint8Array): string | null {
  for (const [name, mark] of FOREIGN_BOMS) if (mark.every((b, i) => bytes[i] === b)) return name;
  return null;
}

/** ": UTF-16 text (…): save it as UTF-8" when the bytes look like UTF-16 or UTF-32, else "". */
function utf16Hint(bytes: Uint8Array): string {
  const bom = foreignBom(bytes);
  if (bom) return `: ${bom} text (it starts with that byte-order mark): save it as UTF-8`;
  // ASCII saved as UTF-16 without a mark: every other byte is NUL.
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (half >= 4 && Math.max(even, odd) >= half * 0.9 && Math.min(even, odd) <= half * 0.1)
    return `: looks like ${odd > even ? 'UTF-16LE' : 'UTF-16BE'} text without a byte-order mark: save it as UTF-8`;
  return '';
}

/** Why bytes that are not UTF-8 were refused, naming UTF-16/UTF-32 when that is what they are. */
function notUtf8(bytes: Uint8Array): string {
  return `not valid UTF-8 text${utf16Hint(bytes)}`;
}

export interface ManifestOptions {
  /** The run's date, YYYY-MM-DD: no publication date may be after it (but for a day's time zones). Default: runDate(). */
  today?: string;
}

/** The run's date (UTC, YYYY-MM-DD): the one clock a corpus check reads. Every caller that must repeat a run passes
 * its own `today` (tests; the CLI's BRIEFMAP_TODAY), so the same input gives the same verdict on any day. */
export function runDate(options: ManifestOptions = {}): string {
  return options.today ?? new Date().toISOString().slice(0, 10);
}

/** The earliest publication date accepted: older dates are typos (`0024-…`), not war reporting. */
export const EARLIEST_PUBLISHED = '1900-01-01';

/** The latest publication date accepted: the day after the run's date, as a site in UTC+14 dates its copy a day ahead of
 * UTC. An article cannot be published later than it is read: a later date is a typo (`2205-03-01`, `2052`), and it would
 * stretch the viewer's timeline to that year. */
export function latestPublished(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Why a publication date is refused (before 1900, or after the run's date), or null. One rule for a manifest's date
 * and a date the viewer reads from an uploaded article's own text. */
export function implausiblePublished(published: string, today: string): string | null {
  if (published < EARLIEST_PUBLISHED) return `${published} is before ${EARLIEST_PUBLISHED}: not a date of war reporting (a typo?)`;
  if (published > latestPublished(today))
    return `${published} is after the run's date ${today} (UTC): an article cannot be published in the future (a typo?)`;
  return null;
}

// Lengths far above any real manifest (titles run to ~300 characters, outlets ~100, URLs ~350): a longer value is
// a pasted article or garbage, copied into every output file and panel that names the article.
const MAX_CORPUS_TITLE = 300;
const MAX_FILE_NAME = 255;
const MAX_ARTICLE_TITLE = 1000;
const MAX_OUTLET = 200;
const MAX_URL = 2048;

/** C0/C1 controls, line and paragraph separators and bidi embeddings/overrides/isolates: none belongs in one line of
 * metadata, and in a file name or title they forge log lines or reorder what is shown (`a\u202Egnp.txt` shows as
 * `atxt.png`). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Why `value` is not one line of plain text ("contains a bidi control character (U+202E) at index 3"), or null. One
 * wording for a manifest's metadata and the names and headlines of files dropped on the viewer. */
export function controlCharacterProblem(value: string): string | null {
  const control = CONTROL.exec(value);
  if (!control) return null;
  const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const what = /[\u202a-\u202e\u2066-\u2069]/.test(control[0]) ? 'a bidi control character' : 'a control character';
  return `contains ${what} (${code}) at index ${control.index}`;
}

/** `value` with every control and bidi character written as \uXXXX: a name quoted in a message stays one line and
 * cannot reorder the message around it. */
export function escapeControls(value: string): string {
  return value.replace(new RegExp(CONTROL.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A metadata string must be one line of plain text of a bounded length. */
function checkPlainText(value: string | undefined, file: string, field: string, max: number): void {
  if (value === undefined) return;
  const control = controlCharacterProblem(value);
  if (control) throw new CorpusError(file, field, `${control}: it must be one line of plain text`);
  if (value.length > max) throw new CorpusError(file, field, `${value.length} characters is too long (at most ${max})`);
}

/** A manifest nests three levels (the object, its articles, an article); far deeper JSON is an attack: 20 MB of `[`
 * took JSON.parse 30 s and 1 GB. */
const MAX_MANIFEST_DEPTH = 16;

/** The index where JSON text first nests deeper than `max` levels, or null: one pass, strings skipped. Checked before
 * JSON.parse, which spends seconds and hundreds of MB on a few MB of `[`. */
export function jsonTooDeep(text: string, max: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return null;
}

export function parseManifest(raw: string, file = 'manifest.json', options: ManifestOptions = {}): Manifest {
  let json: unknown;
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const deep = jsonTooDeep(text, MAX_MANIFEST_DEPTH);
  if (deep !== null)
    throw new CorpusError(file, null, `nested deeper than ${MAX_MANIFEST_DEPTH} levels at character ${deep}: not a manifest`);
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CorpusError(file, null, `not valid JSON (${(err as Error).message})`);
  }
  const duplicate = firstDuplicateKey(text);
  if (duplicate) {
    const shown = duplicate.key.length > 60 ? `${duplicate.key.slice(0, 60)}…` : duplicate.key;
    throw new CorpusError(
      file,
      issuePath([...duplicate.path, shown]),
      `"${shown}" is given twice in one object (JSON keeps the last and drops the other without a word): give it once`,
    );
  }
  const r = manifestSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new CorpusError(file, issuePath(issue.path) || null, issue.message);
  }
  checkPlainText(r.data.title, file, 'title', MAX_CORPUS_TITLE);
  checkPlainText(r.data.subtitle, file, 'subtitle', MAX_CORPUS_TITLE);
  const today = runDate(options);
  const seen = new Map<string, number>();
  r.data.articles.forEach((a, i) => {
    checkPlainText(a.file, file, `articles[${i}].file`, MAX_FILE_NAME);
    checkPlainText(a.title, file, `articles[${i}].title`, MAX_ARTICLE_TITLE);
    checkPlainText(a.outlet, file, `articles[${i}].outlet`, MAX_OUTLET);
    checkPlainText(a.url, file, `articles[${i}].url`, MAX_URL);
    const first = seen.get(a.file);
    if (first !== undefined) throw new CorpusError(file, `articles[${i}].file`, `"${a.file}" is listed twice (also articles[${first}])`);
    seen.set(a.file, i);
    const implausible = implausiblePublished(a.published, today);
    if (implausible) throw new CorpusError(file, `articles[${i}].published`, implausible);
  });
  return r.data;
}

/** Why a listed name that is missing looks present: a file whose name differs only in Unicode normalization (an
 * `é` typed as e + U+0301, as macOS writes names) or only in case (a case-insensitive file system) — else "". */
function nearName(name: string, files: readonly string[]): string {
  const nfc = name.normalize('NFC');
  const byForm = files.find((f) => f.normalize('NFC') === nfc);
  if (byForm) return `: a file's name differs from it only in Unicode normalization (NFC/NFD): write both the same way`;
  const lower = nfc.toLowerCase();
  const byCase = files.find((f) => f.normalize('NFC').toLowerCase() === lower);
  if (byCase) return `: "${byCase}" differs from it only in case`;
  return '';
}

/** Every listed file must exist and every .txt file must be listed. */
export function checkCorpusFiles(
  manifest: Manifest,
  txtFiles: readonly string[],
  manifestFile = 'manifest.json',
  /** The corpus folder, to name an unlisted file by its path (the CLI); omitted, by its name alone. */
  folder?: string,
): void {
  const present = new Set(txtFiles);
  manifest.articles.forEach((a, i) => {
    if (!present.has(a.file))
      throw new CorpusError(
        manifestFile,
        `articles[${i}].file`,
        `"${a.file}" is listed but there is no such file in the corpus folder${nearName(a.file, txtFiles)}`,
      );
  });
  const listed = new Set(manifest.articles.map((a) => a.file));
  for (const f of [...txtFiles].sort())
    if (!listed.has(f))
      throw new CorpusError(folder ? `${folder.replace(/\/+$/, '')}/${f}` : f, null, `article file is not listed in ${manifestFile}`);
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
    throw new CorpusError(file, null, notUtf8(bytes));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000'))
    throw new CorpusError(file, null, `contains NUL bytes${utf16Hint(bytes) || ': a binary file, not an article'}`);
  if (text.trim().length === 0) throw new CorpusError(file, null, 'the article is empty');
  return text;
}
