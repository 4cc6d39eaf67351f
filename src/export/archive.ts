// Several export files as one download: a ZIP with a fixed entry date, so the same data gives the same bytes.
import { zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './export-data.ts';

// Zip entries carry a DOS date in local time: a fixed local date keeps the bytes the same in every time zone.
export const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) entries[f.name] = [f.bytes, { mtime: FIXED_MTIME }];
  return zipSync(entries, { level: 6 });
}

/** One file as it is; several as `<baseName>.zip`. */
export function asOneDownload(files: readonly ExportFile[], baseName: string): ExportFile {
  if (files.length === 1) return files[0]!;
  return { name: `${baseName}.zip`, mime: 'application/zip', bytes: zipFiles(files) };
}
