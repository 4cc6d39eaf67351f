// What one drop of files may hold in the viewer. Every file is read into memory and the articles are geoparsed in the
// page, so a drop is bounded as a whole, not only file by file: a folder of 100,000 files or a 2 GB "manifest.json"
// must be refused unread, with a message, instead of freezing or crashing the tab. A corpus that large is the CLI's.

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
