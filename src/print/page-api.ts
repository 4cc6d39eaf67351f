// The contract between the page's export code and whatever drives it (the dialog, the CLI, tests):
// what an export returns, how the page API is called, and the one sentence that describes a result.
import type { ExportOptionsInput, SeriesOptionsInput } from './options.ts';
import type { CorpusTitle } from '../core/corpus-title.ts';

/** An article behind what an export shows: the page's source list and the bundle's manifest. */
export interface SourceRef {
  file: string;
  outlet: string;
  title: string;
  published: string;
  url?: string | undefined;
}

/** What was drawn: the page in pixels and points, and the map pixels the GPU actually produced. */
export interface RenderFacts {
  widthPx: number;
  heightPx: number;
  dpi: number;
  widthPt: number;
  heightPt: number;
  achievedMapPx: { width: number; height: number };
  achievedDpi: number;
  tiles: number;
}

export interface ExportResult extends RenderFacts {
  bytes: Uint8Array;
  mime: string;
  filename: string;
  date: string;
  sources: SourceRef[];
  /** How many of `sources` the page names (in full, or by outlet and date); fewer ends its list with "… and N more". */
  sourcesNamed: number;
  ms: number;
}

export type EncodedResult = Omit<ExportResult, 'bytes'> & { base64: string };

export interface BriefmapExportApi {
  render(options: ExportOptionsInput): Promise<EncodedResult>;
  bundle(options: ExportOptionsInput): Promise<{ base64: string; filename: string; mime: string; image: Omit<EncodedResult, 'base64'> }>;
  series(
    options: ExportOptionsInput,
    series: SeriesOptionsInput,
  ): Promise<{ base64: string; filename: string; mime: string; dates: string[] }>;
  seriesDates(series: SeriesOptionsInput): string[];
  /** The corpus's title and subtitle (the manifest's, else said from the data): the default export title. */
  corpusTitle(): CorpusTitle;
  /** What of the page's link (the snapshot's --view and --date) the viewer did not use as linked, one line each naming
   * the field; `afterData`: a date after the data's timeline (the viewer shows its end). */
  linkProblems(): { field: string; text: string; afterData?: boolean }[];
}

declare global {
  interface Window {
    __briefmapExport?: BriefmapExportApi;
  }
}

/** "3508 × 2480 px at 300 dpi; map drawn at 3508 × 2100 px (300 dpi, 2 tiles)": the dialog and the CLI say the same. */
export function describeResult(r: RenderFacts): string {
  return `${r.widthPx} × ${r.heightPx} px at ${r.dpi} dpi; map drawn at ${r.achievedMapPx.width} × ${r.achievedMapPx.height} px (${r.achievedDpi} dpi${r.tiles > 1 ? `, ${r.tiles} tiles` : ''})`;
}

/** What the page's source list holds, for the CLI's line: "9 sources, all named on the page", or how many it could
 * name and where the rest are ("names 40 of 120 sources; the bundle's manifest.json lists them all"). */
export function describeSources(
  r: Pick<ExportResult, 'sources' | 'sourcesNamed'>,
  bundle: boolean,
  elsewhere = '--bundle lists them all',
): string {
  const n = r.sources.length;
  if (n === 0) return 'no article behind what is shown';
  if (r.sourcesNamed >= n) return `${n} source${n === 1 ? '' : 's'}, all named on the page`;
  return `the page names ${r.sourcesNamed} of ${n} sources; ${bundle ? "the bundle's manifest.json lists them all" : elsewhere}`;
}
