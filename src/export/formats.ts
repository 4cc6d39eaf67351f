// The export format names, apart from the writers: the viewer lists them without loading papaparse, tokml or
// flatgeobuf until the first download.
export const exportFormats = ['csv', 'kml', 'kmz', 'fgb'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export class ExportFormatError extends Error {}

/** "csv,kml" → ['csv', 'kml'], in the order given, without repeats; an unknown name is an error that lists the known ones. */
export function parseFormats(list: string): ExportFormat[] {
  const out: ExportFormat[] = [];
  for (const raw of list.split(',')) {
    const f = raw.trim().toLowerCase();
    if (!(exportFormats as readonly string[]).includes(f))
      throw new ExportFormatError(`unknown format "${raw.trim()}" (known: ${exportFormats.join(', ')})`);
    if (!out.includes(f as ExportFormat)) out.push(f as ExportFormat);
  }
  return out;
}
