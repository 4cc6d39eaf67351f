// briefmap export: the geocode output folder in, analyst formats out (CSV, KML, KMZ, FlatGeobuf). Every input file
// is validated with the core schemas (one line naming file and field); all output is made in memory first, then
// written under temporary names and renamed into place, so a failed run leaves the output folder as it was.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { claimsCollectionSchema, eventsCollectionSchema, placesCollectionSchema, reportSchema } from '../core/schema.ts';
import { CorpusError } from '../core/corpus.ts';
import { validationMessage } from '../core/validation-message.ts';
import { readCorpusFile, realFolder } from './safe-read.ts';
import { ExportFormatError, exportFiles, exportFormats, parseFormats, type ExportFile, type ExportInput } from '../export/export-data.ts';

export const EXPORT_HELP = `Usage: briefmap export --data <outDir> --out <dir> [--format csv,kml,kmz,fgb] [--bom]
  --data    a folder written by briefmap geocode (places.geojson, claims.geojson, events.geojson, report.json;
            events.geojson and report.json may be missing in older output)
  --format  comma-separated, any of: ${exportFormats.join(', ')} (default: all)
            csv: places.csv, claims.csv, events.csv · kml/kmz: briefmap.kml/.kmz, a folder per layer
            fgb: places.fgb, claims-polygons.fgb, claims-points.fgb, claims-lines.fgb, events.fgb
  --bom     start CSV files with a UTF-8 byte order mark (for Excel)
`;

class ExportInputError extends Error {}

/** Far above any real output (the 868-article events dev corpus writes under 10 MB of places); a larger file is
 * refused before it is parsed. */
export const MAX_EXPORT_INPUT_BYTES = 512 * 1024 * 1024;

/** An output folder is untrusted as a corpus is: only a regular file whose real path lies inside it is read (its
 * outputs are links into its own `.briefmap/`), so a `report.json` linked to /etc/passwd, a FIFO or /dev/zero is
 * refused in one line instead of being read, hanging, or echoed in the error. */
function readInside(dir: string, name: string): string {
  try {
    return readCorpusFile(dir, realFolder(dir), name, {
      maxBytes: MAX_EXPORT_INPUT_BYTES,
      folderName: 'output folder',
      tooLarge: (bytes, file) => new CorpusError(file, null, `${bytes} bytes, over the ${MAX_EXPORT_INPUT_BYTES}-byte limit: refused`),
    }).toString('utf8');
  } catch (e) {
    if (e instanceof CorpusError) throw new ExportInputError(e.message);
    throw e;
  }
}

function readJson<T>(dir: string, name: string, schema: z.ZodType<T>, required: boolean): T | null {
  const path = join(dir, name);
  if (!existsSync(path)) {
    if (required) throw new ExportInputError(`${path}: missing (run briefmap geocode first)`);
    return null;
  }
  const text = readInside(dir, name);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ExportInputError(`${path}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const r = schema.safeParse(value);
  if (!r.success) throw new ExportInputError(validationMessage(path, r.error.issues));
  return r.data;
}

export function readExportInput(dir: string): ExportInput {
  return {
    places: readJson(dir, 'places.geojson', placesCollectionSchema, true)!,
    claims: readJson(dir, 'claims.geojson', claimsCollectionSchema, true)!,
    events: readJson(dir, 'events.geojson', eventsCollectionSchema, false),
    report: readJson(dir, 'report.json', reportSchema, false),
  };
}

/** All files to temporary names first, then renamed: a failure part-way removes the temporaries and keeps the old files. */
function writeAll(dir: string, files: readonly ExportFile[]): void {
  mkdirSync(dir, { recursive: true });
  const temps = files.map((f) => ({ tmp: join(dir, `.${f.name}.${process.pid}.tmp`), path: join(dir, f.name), bytes: f.bytes }));
  try {
    for (const t of temps) writeFileSync(t.tmp, t.bytes);
    for (const t of temps) renameSync(t.tmp, t.path);
  } finally {
    for (const t of temps) rmSync(t.tmp, { force: true });
  }
}

export interface ExportIo {
  out(text: string): void;
  err(text: string): void;
}

/** The command without the process: returns the exit code, so tests can run it in-process. */
export function runExport(args: string[], io: ExportIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string', short: 'd' },
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      bom: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (values.help) {
    io.out(EXPORT_HELP);
    return 0;
  }
  const fail = (message: string): number => {
    io.err(`briefmap: ${message}\n`);
    return 1;
  };
  if (positionals.length) return fail(`export takes no positional arguments ("${positionals[0]}"); use --data <outDir>`);
  if (!values.data) return fail('export needs --data <outDir> (a folder written by briefmap geocode)');
  if (!values.out) return fail('export needs --out <dir>');
  try {
    const formats = parseFormats(values.format ?? exportFormats.join(','));
    const files = exportFiles(readExportInput(values.data), formats, { bom: values.bom ?? false });
    writeAll(values.out, files);
    if (!values.quiet) for (const f of files) io.err(`wrote ${join(values.out, f.name)} (${f.bytes.length} bytes)\n`);
    return 0;
  } catch (e) {
    if (e instanceof ExportInputError || e instanceof ExportFormatError) return fail(e.message);
    throw e;
  }
}

export function exportCommand(args: string[]): void {
  process.exitCode = runExport(args, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
}
