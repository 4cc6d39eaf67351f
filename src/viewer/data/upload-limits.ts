// What one drop of files may hold in the viewer. Every file is read into memory and the articles are geoparsed in the
// page, so a drop is bounded as a whole, not only file by file: a folder of 100,000 files or a 2 GB "manifest.json"
// must be refused unread, with a message, instead of freezing or crashing the tab. A corpus that large is the CLI's.
import { controlCharacterProblem, escapeControls, jsonTooDeep } from '../../core/corpus.ts';

/** An article, an overlay or a manifest: far above any of them (a manifest of 2,000 articles is about 0.4 MB). */
export const MAX_FILE_BYTES = 5_000_000;
/** Files in one drop (an article each, plus a manifest and overlays). */
export const MAX_UPLOAD_FILES = 2_000;
/** Bytes in one drop: about 10,000 articles of 5 kB, a minute of geoparsing in the page. */
export const MAX_UPLOAD_BYTES = 50_000_000;

const CLI_HINT = 'geoparse a larger corpus with `briefmap geocode <folder> --out <dir>` and open it with `briefmap view`';

/** Why a whole drop is refused before any file is read, or null when it may be read file by file. */
export function uploadRefusal(files: readonly { size: number }[]): string | null {
  if (files.length > MAX_UPLOAD_FILES)
    return `${files.length.toLocaleString('en-GB')} files dropped: the viewer takes at most ${MAX_UPLOAD_FILES.toLocaleString('en-GB')} at a time; ${CLI_HINT}`;
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_UPLOAD_BYTES)
    return `${(total / 1e6).toFixed(0)} MB dropped: the viewer takes at most ${MAX_UPLOAD_BYTES / 1e6} MB at a time; ${CLI_HINT}`;
  return null;
}

/** Why one file is skipped unread for its size, or null. */
export function fileTooLarge(file: { name: string; size: number }): string | null {
  return file.size > MAX_FILE_BYTES ? `${file.name}: larger than ${MAX_FILE_BYTES / 1e6} MB, skipped` : null;
}

/** Why a dropped file's name is refused, in one line, or null. The CLI refuses a manifest naming such a file; a drop
 * has no manifest to check, so the name itself is: a U+202E in `report\u202Etxt.exe` shows as `reportexe.txt`, and
 * a line break or escape in a name forges the messages and panels that show it. The name is quoted escaped. */
export function fileNameProblem(name: string): string | null {
  const problem = controlCharacterProblem(name);
  return problem ? `${escapeControls(name)}: the file name ${problem}: rename the file` : null;
}

/** GeoJSON nests about eight levels (collection, features, feature, geometry, four of coordinates); properties a few
 * more. Deeper is an attack: 5 MB of `[` held the page's JSON.parse for four seconds. */
export const MAX_OVERLAY_DEPTH = 64;

/** Why an overlay's text is refused unparsed for its nesting, or null. */
export function overlayTooDeep(name: string, text: string): string | null {
  const at = jsonTooDeep(text, MAX_OVERLAY_DEPTH);
  return at === null ? null : `${name}: nested deeper than ${MAX_OVERLAY_DEPTH} levels at character ${at}: not GeoJSON, refused`;
}

/** Remembers the bytes of the files of one drop, to read a file dropped twice (the same file from two folders, or
 * picked again under another name) once: geoparsed twice, its every mention and claim would count double. */
export class DropCopies {
  readonly #bySize = new Map<number, { name: string; bytes: Uint8Array }[]>();

  /** The name of an earlier file of the drop with exactly these bytes, else null (and these bytes are remembered).
   * Empty files are never copies: each is refused as empty by name. */
  earlierCopy(name: string, bytes: Uint8Array): string | null {
    if (bytes.length === 0) return null;
    const same = this.#bySize.get(bytes.length) ?? [];
    const earlier = same.find((f) => sameBytes(f.bytes, bytes));
    if (earlier) return earlier.name;
    same.push({ name, bytes });
    this.#bySize.set(bytes.length, same);
    return null;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
