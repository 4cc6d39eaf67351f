// RFC 4180 CSV (comma, CRLF, fields with comma, quote or line break quoted, quotes doubled) by papaparse.
// Article text is untrusted, so a text cell a spreadsheet would run as a formula is defused the OWASP way
// ("CSV Injection"): a leading = + - @ tab or CR (also after spaces, and their full-width forms, which some
// spreadsheets fold) gets a ' in front, and the cell is quoted. Numbers and booleans are left as they are.
import Papa from 'papaparse';
import type { Table } from './table.ts';

export const FORMULA_START = /^(?:[\t\r]|[ \u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel reads the file as UTF-8 (Cyrillic names, quotes). */
  bom?: boolean;
  /** Columns left out (e.g. none: CSV keeps the geometry as WKT). */
  omit?: ReadonlySet<string>;
}

export function toCsv(table: Table, options: CsvOptions = {}): string {
  const fields = table.columns.map((c) => c.name).filter((name) => !options.omit?.has(name));
  const data = table.rows.map((r) => fields.map((name) => r.values[name] ?? null));
  // Header and records as one array of rows: papaparse turns `{ fields, data: [] }` into a header plus an empty record.
  const body = Papa.unparse([fields, ...data], { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START });
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}
